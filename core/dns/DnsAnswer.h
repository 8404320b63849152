#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailready::dns {

// Record types MailReady asks for; values are the IANA numbers.
enum class RRType : quint16 {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SPF = 99,
};

QString rrTypeName(RRType type);

// How a query ended. NoData and NXDomain are answers; the last four are "could not find out".
enum class Outcome {
    NoError,      // NOERROR with records of the asked type
    NoData,       // NOERROR, the name exists, no records of that type
    NXDomain,     // the name does not exist
    ServFail,     // SERVFAIL from the server
    Refused,      // REFUSED from the server
    Timeout,      // no answer within the configured bound
    NetworkError, // could not send or receive (no route, bad address, ...)
    FormatError,  // FORMERR/NOTIMP/other rcodes, or a malformed answer
};

QString outcomeName(Outcome outcome); // "NOERROR", "NODATA", "NXDOMAIN", "SERVFAIL", "REFUSED", "TIMEOUT", ...

struct Record
{
    QString owner; // absolute owner name
    RRType type = RRType::A;
    quint32 ttl = 0;
    QHostAddress address;         // A, AAAA
    QString target;               // PTR, CNAME, NS, MX exchange, SOA mname (absolute)
    quint16 preference = 0;       // MX
    QByteArray txt;               // TXT/SPF: all character-strings joined with no separator, as bytes
    QList<QByteArray> txtStrings; // TXT/SPF: the character-strings as sent
    quint32 soaMinimum = 0;       // SOA: negative-caching TTL
    quint32 soaSerial = 0;

    QString presentation() const; // the value as a human reads it (address, name, "10 mx.example.", "\"v=spf1 ...\"")
};

// One question and everything a verdict needs to know about how it was answered.
struct Answer
{
    QString name; // absolute, as asked
    RRType type = RRType::A;
    Outcome outcome = Outcome::Timeout;
    QList<Record> records;      // records of the asked type, at the end of any CNAME chain
    QStringList cnameChain;     // names followed, in order (empty when none)
    QString server;             // "127.0.0.1:5353" of the server that answered (or last tried)
    qint64 ms = 0;              // wall time of the whole lookup
    bool authenticData = false; // AD bit
    bool viaTcp = false;        // a truncated UDP answer was retried over TCP
    quint32 negativeTtl = 0;    // SOA minimum of an NXDOMAIN/NODATA answer, when given
    QString error;              // human detail for the failure outcomes

    // The name exists/does not exist, or it has data: a definite answer.
    bool isDefinite() const;
    // Anything that means "could not find out": SERVFAIL, REFUSED, timeout, network or format error.
    bool isTemporaryFailure() const { return !isDefinite(); }
    bool hasData() const { return outcome == Outcome::NoError && !records.isEmpty(); }
    quint32 minTtl() const;

    QList<QHostAddress> addresses() const; // A/AAAA
    QStringList targets() const;           // PTR/NS/MX/CNAME targets
    QList<QByteArray> texts() const;       // TXT joined strings

    // The contract's evidence object: name, type, server, rcode, answers, ttl, ms.
    QJsonObject toEvidence() const;
};

} // namespace mailready::dns
