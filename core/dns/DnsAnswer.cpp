#include "DnsAnswer.h"

#include "DnsName.h"

#include <QJsonArray>

#include <limits>

namespace mailready::dns {

QString rrTypeName(RRType type)
{
    switch (type) {
    case RRType::A:
        return QStringLiteral("A");
    case RRType::NS:
        return QStringLiteral("NS");
    case RRType::CNAME:
        return QStringLiteral("CNAME");
    case RRType::SOA:
        return QStringLiteral("SOA");
    case RRType::PTR:
        return QStringLiteral("PTR");
    case RRType::MX:
        return QStringLiteral("MX");
    case RRType::TXT:
        return QStringLiteral("TXT");
    case RRType::AAAA:
        return QStringLiteral("AAAA");
    case RRType::SPF:
        return QStringLiteral("SPF");
    }
    return QStringLiteral("TYPE%1").arg(static_cast<quint16>(type));
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoError:
        return QStringLiteral("NOERROR");
    case Outcome::NoData:
        return QStringLiteral("NODATA");
    case Outcome::NXDomain:
        return QStringLiteral("NXDOMAIN");
    case Outcome::ServFail:
        return QStringLiteral("SERVFAIL");
    case Outcome::Refused:
        return QStringLiteral("REFUSED");
    case Outcome::Timeout:
        return QStringLiteral("TIMEOUT");
    case Outcome::NetworkError:
        return QStringLiteral("NETWORK-ERROR");
    case Outcome::FormatError:
        return QStringLiteral("FORMAT-ERROR");
    }
    return QStringLiteral("?");
}

// A character-string in zone-file form: printable ASCII as is, quote and backslash escaped, others as \DDD.
static QString quoteCharacterString(const QByteArray& bytes)
{
    QString out = QStringLiteral("\"");
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\')
            out += QLatin1Char(0x5c), out += QLatin1Char(static_cast<char>(c));
        else if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(static_cast<char>(c));
        else
            out += QStringLiteral("\\%1").arg(c, 3, 10, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

QString Record::presentation() const
{
    switch (type) {
    case RRType::A:
    case RRType::AAAA:
        return addressText(address);
    case RRType::MX:
        return QStringLiteral("%1 %2").arg(preference).arg(target);
    case RRType::TXT:
    case RRType::SPF: {
        QStringList parts;
        for (const QByteArray& s : txtStrings)
            parts << quoteCharacterString(s);
        return parts.join(QLatin1Char(' '));
    }
    case RRType::SOA:
        return QStringLiteral("%1 serial %2 minimum %3").arg(target).arg(soaSerial).arg(soaMinimum);
    default:
        return target;
    }
}

bool Answer::isDefinite() const
{
    return outcome == Outcome::NoError || outcome == Outcome::NoData || outcome == Outcome::NXDomain;
}

quint32 Answer::minTtl() const
{
    if (records.isEmpty())
        return negativeTtl;
    quint32 ttl = std::numeric_limits<quint32>::max();
    for (const Record& r : records)
        ttl = qMin(ttl, r.ttl);
    return ttl;
}

QList<QHostAddress> Answer::addresses() const
{
    QList<QHostAddress> out;
    for (const Record& r : records)
        if (r.type == RRType::A || r.type == RRType::AAAA)
            out << r.address;
    return out;
}

QStringList Answer::targets() const
{
    QStringList out;
    for (const Record& r : records)
        if (!r.target.isEmpty())
            out << r.target;
    return out;
}

QList<QByteArray> Answer::texts() const
{
    QList<QByteArray> out;
    for (const Record& r : records)
        if (r.type == RRType::TXT || r.type == RRType::SPF)
            out << r.txt;
    return out;
}

QJsonObject Answer::toEvidence() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("type"), rrTypeName(type));
    o.insert(QStringLiteral("server"), server);
    o.insert(QStringLiteral("rcode"), outcome == Outcome::NoData ? QStringLiteral("NOERROR") : outcomeName(outcome));
    o.insert(QStringLiteral("outcome"), outcomeName(outcome));
    QJsonArray answers;
    for (const Record& r : records)
        answers.append(r.presentation());
    o.insert(QStringLiteral("answers"), answers);
    if (!records.isEmpty() || negativeTtl)
        o.insert(QStringLiteral("ttl"), static_cast<qint64>(minTtl()));
    o.insert(QStringLiteral("ms"), ms);
    if (!cnameChain.isEmpty())
        o.insert(QStringLiteral("cname"), QJsonArray::fromStringList(cnameChain));
    if (authenticData)
        o.insert(QStringLiteral("ad"), true);
    if (viaTcp)
        o.insert(QStringLiteral("tcp"), true);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace mailready::dns
