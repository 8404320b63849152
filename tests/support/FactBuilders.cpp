#include "FactBuilders.h"

#include "dns/DnsName.h"

namespace mailready::test {

dns::Answer answer(const QString& name, dns::RRType type, const QString& result)
{
    dns::Answer a;
    a.name = dns::absoluteName(name);
    a.type = type;
    a.server = QStringLiteral("192.0.2.53:53");
    if (result == QLatin1String("NXDOMAIN")) {
        a.outcome = dns::Outcome::NXDomain;
        return a;
    }
    if (result == QLatin1String("NODATA")) {
        a.outcome = dns::Outcome::NoData;
        return a;
    }
    if (result == QLatin1String("SERVFAIL") || result == QLatin1String("TIMEOUT")) {
        a.outcome = result == QLatin1String("SERVFAIL") ? dns::Outcome::ServFail : dns::Outcome::Timeout;
        a.error = result;
        return a;
    }
    a.outcome = dns::Outcome::NoError;
    for (const QString& value : result.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        dns::Record r;
        r.owner = a.name;
        r.type = type;
        r.ttl = 300;
        if (type == dns::RRType::A || type == dns::RRType::AAAA)
            r.address = QHostAddress(value);
        else
            r.target = dns::absoluteName(value);
        a.records << r;
    }
    return a;
}

dns::Answer txtAnswer(const QString& name, const QList<QByteArray>& records)
{
    dns::Answer a = answer(name, dns::RRType::TXT, QStringLiteral("NODATA"));
    if (records.isEmpty())
        return a;
    a.outcome = dns::Outcome::NoError;
    for (const QByteArray& text : records) {
        dns::Record r;
        r.owner = a.name;
        r.type = dns::RRType::TXT;
        r.ttl = 300;
        r.txt = text;
        r.txtStrings = {text};
        a.records << r;
    }
    return a;
}

checks::ReverseLookup reverseLookup(const char* ip, const char* ptr, std::initializer_list<const char*> forward)
{
    checks::ReverseLookup r;
    r.address = QHostAddress(QString::fromUtf8(ip));
    r.addressText = dns::addressText(r.address);
    r.isV6 = !r.addressText.contains(QLatin1Char('.'));
    r.ptr = answer(dns::reverseName(r.address), dns::RRType::PTR, QString::fromUtf8(ptr));
    if (!r.ptr.hasData())
        return r;
    for (const QString& name : r.ptr.targets()) {
        checks::PtrTarget t;
        t.name = dns::absoluteName(name);
        t.forward.name = t.name;
        t.forward.type = r.forwardType();
        for (const char* text : forward) {
            const QString f = QString::fromUtf8(text);
            if (dns::absoluteName(f.section(QLatin1Char('='), 0, 0)) == t.name)
                t.forward = answer(t.name, r.forwardType(), f.section(QLatin1Char('='), 1));
        }
        t.confirmed = checks::answerHolds(t.forward, r.address);
        r.targets << t;
    }
    return r;
}

checks::ReverseFacts reverseFacts(std::initializer_list<const char*> addresses,
                                  const QList<checks::ReverseLookup>& lookups)
{
    checks::ReverseFacts facts;
    for (const char* a : addresses)
        facts.addresses << QHostAddress(QString::fromUtf8(a));
    facts.lookups = lookups;
    return facts;
}

} // namespace mailready::test
