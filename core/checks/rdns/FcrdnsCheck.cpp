#include "FcrdnsCheck.h"

#include "AddressScope.h"
#include "PtrName.h"
#include "ReverseLookup.h"
#include "checks/ReceiverRules.h"
#include "checks/Wording.h"
#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailready::checks {

// What the forward lookup of one PTR name said, for people: "mail.example.com has no A record".
static QString forwardStory(const PtrTarget& t, const ReverseLookup& r)
{
    const QString name = dns::displayName(t.name);
    const QString type = dns::rrTypeName(r.forwardType());
    if (t.forward.hasData()) {
        QStringList held;
        for (const QHostAddress& a : t.forward.addresses())
            held << dns::addressText(a);
        return QCoreApplication::translate("FcrdnsCheck", "%1 resolves to %2, not %3")
            .arg(name, held.join(QStringLiteral(", ")), r.addressText);
    }
    if (t.forward.outcome == dns::Outcome::NXDomain)
        return QCoreApplication::translate("FcrdnsCheck", "%1 does not exist (NXDOMAIN)").arg(name);
    if (t.forward.isDefinite())
        return QCoreApplication::translate("FcrdnsCheck", "%1 has no %2 record").arg(name, type);
    return QCoreApplication::translate("FcrdnsCheck", "the %1 lookup of %2 failed (%3)")
        .arg(type, name, dns::outcomeName(t.forward.outcome));
}

// No PTR name of the address resolves back: the fix and the next step. An ISP's generic name lives in the ISP's zone,
// where the user can publish nothing; another name may be the user's own, or its owner can point it back.
static std::pair<QString, QString> fixForUnconfirmed(const ReverseLookup& r)
{
    const QString name = dns::displayName(r.targets.first().name);
    const QString type = dns::rrTypeName(r.forwardType());
    if (!genericPtrReason(r.targets.first().name, r.address).isEmpty())
        return {QCoreApplication::translate("FcrdnsCheck",
                                            "%1 is your ISP's generic name for a home line: it lives in the ISP's "
                                            "zone, where you cannot publish. Ask the ISP for a custom PTR record (%2 "
                                            "-> your mail server's name, whose %3 record in your zone holds %2); most "
                                            "only do that on a business line. Otherwise send through a relay.")
                    .arg(name, r.addressText, type),
                homeLineStep()};
    return {QCoreApplication::translate("FcrdnsCheck",
                                        "If %1 is a name in your own zone, publish there: %1. IN %2 %3. Otherwise ask "
                                        "whoever owns %3 to change its PTR record to your mail server's name, whose "
                                        "%2 record holds %3.")
                .arg(name, type, r.addressText),
            QCoreApplication::translate("FcrdnsCheck",
                                        "Make %1 resolve to %2 if it is yours; otherwise have the PTR record of %2 "
                                        "changed.")
                .arg(name, r.addressText)};
}

// One public address: is some PTR name of it forward-confirmed?
static void judgeLookup(const ReverseLookup& r, CheckResult& result, CheckItem& item)
{
    const QString type = dns::rrTypeName(r.forwardType());
    if (r.ptr.isTemporaryFailure()) {
        item.status = Status::Unknown;
        item.detail =
            FcrdnsCheck::tr("The PTR lookup of %1 failed (%2)").arg(r.addressText, dns::outcomeName(r.ptr.outcome));
    } else if (!r.ptr.hasData()) {
        item.status = Status::Fail;
        item.detail = FcrdnsCheck::tr("%1 has no PTR record, so there is nothing to confirm").arg(r.addressText);
        result.addFinding(
            Severity::Error,
            FcrdnsCheck::tr("%1 has no PTR name, so receivers cannot confirm it forward.%2")
                .arg(r.addressText, ReceiverRules::sentence(QStringLiteral("gmail-ptr"))),
            FcrdnsCheck::tr("First get a PTR record for %1 (see the PTR check), then publish the "
                            "matching %2 record.")
                .arg(r.addressText, type),
            FcrdnsCheck::tr("Ask whoever owns %1 for a PTR record naming your mail server.").arg(r.addressText));
    } else if (r.anyConfirmed()) {
        QStringList confirmed;
        for (const PtrTarget& t : r.targets)
            if (t.confirmed)
                confirmed << dns::displayName(t.name);
        item.status = Status::Pass;
        item.detail = QStringLiteral("%1 -> %2 -> %1").arg(r.addressText, confirmed.join(QStringLiteral(", ")));
        item.fields.insert(QStringLiteral("confirmed"), QJsonArray::fromStringList(confirmed));
    } else {
        QStringList stories;
        bool temporary = false;
        for (const PtrTarget& t : r.targets) {
            stories << forwardStory(t, r);
            temporary = temporary || t.forward.isTemporaryFailure();
        }
        item.detail = stories.join(QStringLiteral("; "));
        if (temporary) {
            // A name we could not look up might still hold the address: not verified either way.
            item.status = Status::Unknown;
            result.addFinding(Severity::Warning,
                              FcrdnsCheck::tr("Could not confirm %1 forward: %2.").arg(r.addressText, item.detail),
                              FcrdnsCheck::tr("Check that the nameserver in use answers, then run the check "
                                              "again."),
                              retryLookupStep());
        } else {
            item.status = Status::Fail;
            const auto [fix, next] = fixForUnconfirmed(r);
            result.addFinding(
                Severity::Error,
                FcrdnsCheck::tr("The reverse DNS of %1 is not forward-confirmed: %2. Receivers (Gmail, Outlook, "
                                "most spam filters) treat an address whose PTR name does not point back to it "
                                "like one without reverse DNS.")
                        .arg(r.addressText, item.detail) +
                    ReceiverRules::sentence(QStringLiteral("gmail-ptr")),
                fix, next);
        }
    }
}

CheckResult FcrdnsCheck::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, ctx.sendingIps));
}

ReverseFacts FcrdnsCheck::gather(dns::Resolver& resolver, const QList<QHostAddress>& addresses)
{
    return gatherReverse(resolver, addresses, true);
}

CheckResult FcrdnsCheck::judge(const ReverseFacts& facts)
{
    CheckResult result;
    result.id = checkid::Fcrdns;
    result.title = FcrdnsCheck().title();

    // Addresses receivers never see first (the PTR check says why), then every looked-up one.
    for (const QHostAddress& ip : facts.addresses) {
        if (isNeverPublic(addressScope(ip))) {
            CheckItem item;
            item.subject = dns::addressText(ip);
            item.fields.insert(QStringLiteral("ip"), item.subject);
            item.status = Status::Fail;
            item.detail = tr("%1 is not a public address (see the PTR check)").arg(item.subject);
            result.items << item;
        }
    }
    for (const ReverseLookup& r : facts.lookups) {
        CheckItem item;
        item.subject = r.addressText;
        item.fields.insert(QStringLiteral("ip"), r.addressText);
        item.fields.insert(QStringLiteral("names"), QJsonArray::fromStringList(r.names()));
        result.addEvidence(r.ptr);
        for (const PtrTarget& t : r.targets)
            result.addEvidence(t.forward);
        judgeLookup(r, result, item);
        result.items << item;
    }
    result.aggregate();
    int good = 0;
    for (const CheckItem& i : std::as_const(result.items))
        good += i.status == Status::Pass ? 1 : 0;
    switch (result.status) {
    case Status::Pass:
        result.summary = result.items.size() == 1
                             ? result.items.first().detail
                             : tr("All %1 sending addresses are forward-confirmed").arg(result.items.size());
        break;
    case Status::Fail:
        result.summary =
            tr("%n of %1 sending addresses are not forward-confirmed", nullptr, int(result.items.size() - good))
                .arg(result.items.size());
        break;
    default:
        result.summary = tr("Forward-confirmed reverse DNS could not be verified");
        break;
    }
    return result;
}

} // namespace mailready::checks
