#pragma once

#include "mail/AuthResults.h"
#include "mail/MessageText.h"

#include <QHostAddress>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace mailready::receiver {

// Where the sending server handed the message to the receiver, as the receiver recorded it.
struct Connection
{
    QHostAddress ip;           // the connecting address
    QString helo;              // the HELO/EHLO name it announced; empty when the receiver did not write it
    QString ptr;               // the reverse name the receiver found; empty when none or not written
    bool ptrNone = false;      // the receiver wrote that the address had no reverse name
    QString receiver;          // the receiving host ("mx.google.com")
    QString tls;               // "TLSv1.3", "TLS" (version not written), empty: no TLS recorded
    QString software;          // the receiving software where the line names it
    qsizetype fieldIndex = -1; // the Received: field (index into MessageText::headers); -1 when read elsewhere
    QString source;            // the header field it was read from: "Received" or "X-Forefront-Antispam-Report"

    // {"ip","helo","receiver","tls"} as the contract names them, plus "ptr".
    QJsonValue toJson() const;
};

// The topmost Received: field that records a connection from outside the receiver: lines without "from" (Gmail's
// "by 2002:..."), from a private or loopback address, or from a host of a site the receiver received with (Microsoft's
// internal hops) are the receiver's own and skipped. Microsoft's X-Forefront-Antispam-Report (CIP:, H:, PTR:) is used
// when present. `receiver`, when given, names the receiving host instead: the topmost line received by it (or by a host
// below it) is the connection, whatever its address. Empty, with `why` set, when no such hop exists.
std::optional<Connection> findConnection(const mail::MessageText& message, QString* why, const QString& receiver = {});

// What the receiver concluded itself: its Authentication-Results (RFC 8601) above the connection's hop, or just below
// it with its own authserv-id (where Gmail writes them), those of its own authserv-id first; its
// ARC-Authentication-Results when it wrote no Authentication-Results. Nothing without the connection's hop.
struct ReceiverResults
{
    QString authservId; // whose results these are; empty for Microsoft's form
    QString field;      // "Authentication-Results" or "ARC-Authentication-Results"; empty: none found
    QList<mail::AuthResult> results;
};
ReceiverResults findReceiverResults(const mail::MessageText& message, const std::optional<Connection>& connection);

// The last two labels of a host name: "mx.google.com" -> "google.com". Used only to tell a receiver's internal hops
// (both ends in one site) from the connection that came from outside.
QString siteOf(const QString& host);

} // namespace mailready::receiver
