#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace mailready::mail {

// What one Received: header field (RFC 5321 4.4) records about a hop. The formats differ by MTA: Postfix, OpenSMTPD,
// Stalwart and Gmail write "from HELO (PTR [IP])", Exim "from PTR ([IP] helo=HELO)" (the HELO only when it differs),
// Microsoft "from HELO (IP)", Yahoo "from 127.0.0.1 (EHLO HELO) (IP)".
struct ReceivedHop
{
    bool hasFrom = false; // the line records a connection ("from ..."); Gmail's internal "by 2002:..." lines do not
    QString helo;         // the HELO/EHLO name the sending side announced; empty when the line does not say
    QString ptr;          // the reverse-DNS name the receiver found for the address; empty when none or not written
    bool ptrNone = false; // the receiver wrote that the address has no reverse name ("unknown")
    QHostAddress ip;      // the connecting address; null when the line gives none
    QString by;           // the receiving host
    QString with;         // the protocol word: ESMTPS, ESMTP, SMTP, LMTP, ...
    QString tls;          // "TLSv1.3", "TLSv1.2", ...; "TLS" when encrypted without a version; empty when none
    QString software;     // the receiving software where the line names it ("Postfix", "Exim 4.96", ...)
};

// Reads one Received: field value (unfolded). Never fails: what it cannot find stays empty.
ReceivedHop parseReceived(const QString& value);

} // namespace mailready::mail
