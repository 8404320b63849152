#include "PathAdvisor.h"

#include "checks/CheckIds.h"
#include "checks/dnsbl/DnsblVerdict.h"
#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace mailready::report {

QString deliveryPathName(DeliveryPath path)
{
    return path == DeliveryPath::Relay ? QStringLiteral("relay") : QStringLiteral("direct");
}

QJsonObject DeliveryAdvice::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), deliveryPathName(path));
    QJsonArray list;
    for (const AdviceReason& r : reasons)
        list.append(QJsonObject{{QStringLiteral("kind"), r.kind}, {QStringLiteral("text"), r.text}});
    o.insert(QStringLiteral("reasons"), list);
    o.insert(QStringLiteral("unverified"), QJsonArray::fromStringList(unverified));
    return o;
}

bool DeliveryAdvice::hasReason(const QString& kind) const
{
    return std::any_of(reasons.begin(), reasons.end(), [&kind](const AdviceReason& r) { return r.kind == kind; });
}

// A listing that says the address belongs to a home or dynamic range (Spamhaus PBL, SpamRATS Dyna and the like),
// as the blocklist catalog's meaning of the answer code puts it.
static bool isResidentialListing(const CheckItem& item)
{
    static const QRegularExpression words(QStringLiteral("residential|dynamic|home line|\\bPBL\\b|policy block|"
                                                         "not meant to send mail directly"),
                                          QRegularExpression::CaseInsensitiveOption);
    return words.match(item.fields.value(QStringLiteral("meaning")).toString()).hasMatch();
}

namespace {

// The report as the advice reads it: the items about the server's own addresses.
struct OwnView
{
    const Report& report;
    QStringList own;
    QSet<QString> ownSet;
    bool relayed; // items judged on the relay's addresses say nothing about the home line

    explicit OwnView(const Report& r)
        : report(r), own(r.serverIps.isEmpty() ? r.ips : r.serverIps), ownSet(own.begin(), own.end()),
          relayed(!r.relay.isEmpty())
    {}

    QList<CheckItem> items(const QString& id) const
    {
        QList<CheckItem> out;
        const CheckResult* r = report.find(id);
        if (!r || (relayed && id != checkid::Port25))
            return out;
        for (const CheckItem& i : r->items)
            if (id == checkid::Port25 || ownSet.contains(i.fields.value(QStringLiteral("ip")).toString()))
                out << i;
        return out;
    }

    void noteUnverified(const QString& id, const QString& what, DeliveryAdvice& advice) const
    {
        const CheckResult* r = report.find(id);
        if (!r || r->status == Status::Skipped || r->status == Status::Unknown || (relayed && id != checkid::Port25))
            advice.unverified << what;
    }
};

} // namespace

static void adviseOnBlocklists(const OwnView& view, DeliveryAdvice& advice)
{
    for (const CheckItem& i : view.items(checkid::Dnsbl)) {
        if ((i.status == Status::Fail || i.status == Status::Warn) && isResidentialListing(i)) {
            const QString key = i.fields.value(QStringLiteral("ip")).toString();
            // The `meaning` field is the catalog's own text; the reason shows it in the reader's language.
            QString meaning =
                checks::dnsbl::catalogText(i.fields.value(QStringLiteral("meaning")).toString()).trimmed();
            while (meaning.endsWith(QLatin1Char('.')))
                meaning.chop(1);
            advice.reasons << AdviceReason{
                QStringLiteral("residential-listing"),
                QCoreApplication::translate(
                    "PathAdvisor", "%1 is on %2 as a home or dynamic address (%3). Many receivers refuse mail sent "
                                   "directly from such addresses, whatever else is set up.")
                    .arg(key, i.fields.value(QStringLiteral("list")).toString(), meaning)};
        }
    }
    view.noteUnverified(checkid::Dnsbl, QCoreApplication::translate("PathAdvisor", "blocklists"), advice);
}

static void adviseOnReverseDns(const OwnView& view, DeliveryAdvice& advice)
{
    for (const CheckItem& i : view.items(checkid::Ptr)) {
        const QString ip = i.fields.value(QStringLiteral("ip")).toString();
        if (i.fields.value(QStringLiteral("generic")).toBool())
            advice.reasons << AdviceReason{
                QStringLiteral("generic-ptr"),
                QCoreApplication::translate("PathAdvisor",
                                            "The reverse DNS name of %1 is your ISP's generic name for a "
                                            "home line; receivers score it as residential, and only the "
                                            "ISP can change it.")
                    .arg(ip)};
        else if (i.status == Status::Fail && i.fields.value(QStringLiteral("names")).toArray().isEmpty())
            advice.reasons << AdviceReason{
                QStringLiteral("no-ptr"),
                QCoreApplication::translate("PathAdvisor", "%1 has no reverse DNS name, and only its owner (your ISP) "
                                                           "can set one.")
                    .arg(ip)};
    }
    view.noteUnverified(checkid::Ptr, QCoreApplication::translate("PathAdvisor", "reverse DNS"), advice);
}

static void adviseOnPort25(const OwnView& view, DeliveryAdvice& advice)
{
    for (const CheckItem& i : view.items(checkid::Port25)) {
        if (i.fields.value(QStringLiteral("blocked")).toBool()) {
            advice.reasons << AdviceReason{
                QStringLiteral("port25-blocked"),
                QCoreApplication::translate("PathAdvisor", "This network cannot reach port 25 of other mail servers: "
                                                           "the ISP blocks it, so mail cannot be delivered directly.")};
            break;
        }
    }
    view.noteUnverified(checkid::Port25, QCoreApplication::translate("PathAdvisor", "outbound port 25"), advice);
}

static void adviseOnAddressChange(const QStringList& own, const QList<QHostAddress>& rememberedIps,
                                  DeliveryAdvice& advice)
{
    if (rememberedIps.isEmpty() || own.isEmpty())
        return;
    QStringList remembered;
    for (const QHostAddress& a : rememberedIps)
        remembered << dns::addressText(a);
    QStringList a = remembered, b = own;
    a.sort();
    b.sort();
    if (a != b)
        advice.reasons << AdviceReason{
            QStringLiteral("address-changed"),
            QCoreApplication::translate("PathAdvisor", "The public address changed since the last run (%1, now "
                                                       "%2): a dynamic address, and every record naming it goes "
                                                       "stale when it changes.")
                .arg(remembered.join(QStringLiteral(", ")), own.join(QStringLiteral(", ")))};
}

DeliveryAdvice adviseDelivery(const Report& report, const QList<QHostAddress>& rememberedIps)
{
    DeliveryAdvice advice;
    const OwnView view(report);
    adviseOnBlocklists(view, advice);
    adviseOnReverseDns(view, advice);
    adviseOnPort25(view, advice);
    adviseOnAddressChange(view.own, rememberedIps, advice);

    if (!advice.reasons.isEmpty()) {
        advice.path = DeliveryPath::Relay;
    } else {
        advice.path = DeliveryPath::Direct;
        advice.reasons << AdviceReason{
            QStringLiteral("none"),
            QCoreApplication::translate("PathAdvisor", "Nothing points to a home line: the address is on no "
                                                       "residential blocklist, has a proper reverse name, and port 25 "
                                                       "is not blocked as far as checked. Delivering directly works.")};
    }
    return advice;
}

} // namespace mailready::report
