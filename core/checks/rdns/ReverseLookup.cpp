#include "ReverseLookup.h"

#include "AddressScope.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"

#include <QCoreApplication>

namespace mailready::checks {

QStringList ReverseLookup::names() const
{
    QStringList out;
    for (const PtrTarget& t : targets)
        out << dns::displayName(t.name);
    return out;
}

bool ReverseLookup::anyConfirmed() const
{
    return std::any_of(targets.begin(), targets.end(), [](const PtrTarget& t) { return t.confirmed; });
}

static bool sameAddress(const QHostAddress& a, const QHostAddress& b)
{
    bool aV4 = false, bV4 = false;
    const quint32 a4 = a.toIPv4Address(&aV4);
    const quint32 b4 = b.toIPv4Address(&bV4);
    if (aV4 || bV4)
        return aV4 && bV4 && a4 == b4;
    return a.isEqual(b, QHostAddress::StrictConversion);
}

bool answerHolds(const dns::Answer& answer, const QHostAddress& address)
{
    const QList<QHostAddress> held = answer.addresses();
    return std::any_of(held.begin(), held.end(), [&](const QHostAddress& h) { return sameAddress(h, address); });
}

QList<ReverseLookup> lookupReverse(dns::Resolver& resolver, const QList<QHostAddress>& addresses, bool forward)
{
    QList<ReverseLookup> out;
    QList<dns::Question> ptrQuestions;
    for (const QHostAddress& ip : addresses) {
        ReverseLookup r;
        r.address = ip;
        r.addressText = dns::addressText(ip);
        r.isV6 = !r.addressText.contains(QLatin1Char('.'));
        out << r;
        ptrQuestions << dns::Question{dns::reverseName(ip), dns::RRType::PTR};
    }
    const QList<dns::Answer> ptrs = dns::queryAll(resolver, ptrQuestions);
    QList<dns::Question> forwardQuestions;
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].ptr = ptrs[i];
        if (!ptrs[i].hasData())
            continue;
        for (const QString& name : ptrs[i].targets()) {
            PtrTarget t;
            t.name = dns::absoluteName(name);
            t.forward.name = t.name;
            t.forward.type = out[i].forwardType();
            t.forward.error = QCoreApplication::translate("ReverseLookup", "not looked up");
            out[i].targets << t;
            if (forward)
                forwardQuestions << dns::Question{t.name, out[i].forwardType()};
        }
    }
    if (!forward || forwardQuestions.isEmpty())
        return out;
    const QList<dns::Answer> answers = dns::queryAll(resolver, forwardQuestions);
    qsizetype k = 0;
    for (ReverseLookup& r : out) {
        for (PtrTarget& t : r.targets) {
            t.forward = answers[k++];
            t.confirmed = answerHolds(t.forward, r.address);
        }
    }
    return out;
}

ReverseFacts gatherReverse(dns::Resolver& resolver, const QList<QHostAddress>& addresses, bool forward)
{
    ReverseFacts facts;
    facts.addresses = addresses;
    QList<QHostAddress> publicIps;
    for (const QHostAddress& ip : addresses)
        if (!isNeverPublic(addressScope(ip)))
            publicIps << ip;
    facts.lookups = lookupReverse(resolver, publicIps, forward);
    return facts;
}

} // namespace mailready::checks
