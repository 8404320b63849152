#include "EhloCheck.h"

#include "AddressScope.h"
#include "PtrName.h"
#include "ReverseLookup.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "relay/RelayServices.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailready::checks {

// The first PTR name of the address that resolves back to it and is a server's own name, not an ISP's generic one
// (announcing that would match, but receivers would still see a home line); empty when there is none.
static QString confirmedName(const ReverseLookup& r)
{
    for (const PtrTarget& t : r.targets)
        if (t.confirmed && genericPtrReason(t.name, r.address).isEmpty())
            return t.name;
    return {};
}

// On a home line the PTR name is the ISP's generic one, in the ISP's zone: nothing the user publishes or announces
// makes it theirs. The way on is a relay, or a custom PTR record from the provider.
// `wanted` is the name the custom PTR record should give: the EHLO name, unless that is the ISP's name itself.
static Finding homeLineFinding(const ReverseLookup& r, const QString& wanted, const QString& message)
{
    return {Severity::Error, message,
            QCoreApplication::translate("EhloCheck",
                                        "%1 is your ISP's generic name for a home line, in the ISP's zone: do not "
                                        "announce it, and nothing you publish changes it. Ask the ISP for a custom "
                                        "PTR record (%2 -> %3, whose %4 record in your zone holds %2); most only do "
                                        "that on a business line. Otherwise send through a relay.")
                .arg(r.names().join(QStringLiteral(", ")), r.addressText, wanted, dns::rrTypeName(r.forwardType())),
            homeLineStep()};
}

static bool isGenericPtr(const ReverseLookup& r)
{
    return std::any_of(r.targets.begin(), r.targets.end(),
                       [&r](const PtrTarget& t) { return !genericPtrReason(t.name, r.address).isEmpty(); });
}

// The EHLO name is a PTR name but does not resolve back: publish the record, or announce a name that already works.
static Finding unconfirmedFinding(const ReverseLookup& r, const QString& hostText, const QString& message)
{
    const QString type = dns::rrTypeName(r.forwardType());
    const QString record = QStringLiteral("%1. IN %2 %3").arg(hostText, type, r.addressText);
    if (!genericPtrReason(hostText, r.address).isEmpty())
        return homeLineFinding(r, QCoreApplication::translate("EhloCheck", "your mail server's name"), message);
    if (const QString better = confirmedName(r); !better.isEmpty())
        return {Severity::Error, message,
                QCoreApplication::translate("EhloCheck",
                                            "Publish in your zone: %1. Or announce %2, which already resolves back: "
                                            "%3.")
                    .arg(record, dns::displayName(better), ehloConfigFix(better)),
                QCoreApplication::translate("EhloCheck", "Set your mail server's EHLO name to %1.")
                    .arg(dns::displayName(better))};
    return {Severity::Error, message, QCoreApplication::translate("EhloCheck", "Publish in your zone: %1").arg(record),
            QCoreApplication::translate("EhloCheck", "Publish the %1 record of %2 in your zone.").arg(type, hostText)};
}

// The EHLO name is not a PTR name of the address: the finding, with the fix that changes least.
static void judgeMismatch(const ReverseLookup& r, const QString& hostText, CheckResult& result, CheckItem& item)
{
    const QString type = dns::rrTypeName(r.forwardType());
    item.status = Status::Fail;
    if (!r.ptr.hasData()) {
        item.detail = EhloCheck::tr("%1 has no PTR name to match %2").arg(r.addressText, hostText);
        result.addFinding(
            Severity::Error,
            EhloCheck::tr("%1 has no PTR record, so the EHLO name %2 cannot match it.").arg(r.addressText, hostText),
            EhloCheck::tr("Ask whoever owns %1 to set its PTR record to %2.").arg(r.addressText, hostText),
            EhloCheck::tr("Ask whoever owns %1 for a PTR record naming %2.").arg(r.addressText, hostText));
        return;
    }
    item.detail = EhloCheck::tr("EHLO name %1 is not the PTR name of %2 (%3)")
                      .arg(hostText, r.addressText, r.names().join(QStringLiteral(", ")));
    const QString message = EhloCheck::tr("Your server says \"EHLO %1\", but the reverse DNS of %2 names %3. "
                                          "Receivers compare the two; a mismatch looks like a spam bot.")
                                .arg(hostText, r.addressText, r.names().join(QStringLiteral(", ")));
    // Prefer a PTR name that already resolves back: announcing it fixes everything at once. A PTR name that does not
    // resolve back is never proposed (announcing it would trade one failure for another), nor an ISP's generic name.
    if (const QString better = confirmedName(r); !better.isEmpty()) {
        result.addFinding(Severity::Error, message,
                          EhloCheck::tr("Announce the PTR name instead. %1. Or ask whoever owns %2 to change its PTR "
                                        "record to %3.")
                              .arg(ehloConfigFix(better), r.addressText, hostText),
                          EhloCheck::tr("Set your mail server's EHLO name to %1.").arg(dns::displayName(better)));
        return;
    }
    if (isGenericPtr(r)) {
        result.findings << homeLineFinding(r, hostText, message);
        return;
    }
    result.addFinding(
        Severity::Error, message,
        EhloCheck::tr("Ask whoever owns %1 to change its PTR record to %2 (and publish %2. IN %3 "
                      "%1 in your zone).")
            .arg(r.addressText, hostText, type),
        EhloCheck::tr("Ask whoever owns %1 to change its PTR record to %2.").arg(r.addressText, hostText));
}

// One public address: is the EHLO name its PTR name, and does the name resolve back to it?
static void judgeLookup(const ReverseLookup& r, const QString& host, const dns::Answer& forward, CheckResult& result,
                        CheckItem& item)
{
    const QString hostText = dns::displayName(host);
    const QString type = dns::rrTypeName(r.forwardType());
    const bool isPtrName =
        std::any_of(r.targets.begin(), r.targets.end(), [&](const PtrTarget& t) { return t.name == host; });
    if (r.ptr.isTemporaryFailure()) {
        item.status = Status::Unknown;
        item.detail =
            EhloCheck::tr("The PTR lookup of %1 failed (%2)").arg(r.addressText, dns::outcomeName(r.ptr.outcome));
    } else if (!isPtrName) {
        judgeMismatch(r, hostText, result, item);
    } else if (answerHolds(forward, r.address)) {
        item.status = Status::Pass;
        item.detail = EhloCheck::tr("%1 is the PTR name of %2 and resolves back to it").arg(hostText, r.addressText);
    } else if (forward.isTemporaryFailure()) {
        item.status = Status::Unknown;
        item.detail =
            EhloCheck::tr("The %1 lookup of %2 failed (%3)").arg(type, hostText, dns::outcomeName(forward.outcome));
    } else {
        item.status = Status::Fail;
        item.detail = EhloCheck::tr("%1 is the PTR name of %2 but its %3 record does not hold it")
                          .arg(hostText, r.addressText, type);
        result.findings << unconfirmedFinding(
            r, hostText,
            EhloCheck::tr("The EHLO name %1 matches the PTR name of %2, but %1 does not resolve "
                          "to %2 (%3).")
                .arg(hostText, r.addressText,
                     forward.hasData() ? EhloCheck::tr("it has other addresses") : dns::outcomeName(forward.outcome)));
    }
}

CheckResult EhloCheck::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, ctx.request, ctx.sendingIps));
}

EhloFacts EhloCheck::gather(dns::Resolver& resolver, const CheckRequest& request, const QList<QHostAddress>& addresses)
{
    // Through a relay, the name receivers see in EHLO is the relay's own; when its outgoing address was given apart
    // from its name, that name is its operator's business and unknown here.
    const bool relayed = !request.relay.trimmed().isEmpty();
    const QString name = relayed ? relay::relayHostName(request.relay) : request.hostname;
    if (relayed && (!request.relayIps.isEmpty() || dns::parseAddress(name))) {
        EhloFacts facts;
        facts.nameUnknown = true;
        return facts;
    }
    return gather(resolver, name, addresses);
}

EhloFacts EhloCheck::gather(dns::Resolver& resolver, const QString& name, const QList<QHostAddress>& addresses)
{
    EhloFacts facts;
    facts.name = name;
    if (name.isEmpty())
        return facts;
    facts.reverse = gatherReverse(resolver, addresses, true);
    const QString host = dns::absoluteName(name);
    const QList<dns::Answer> answers =
        dns::queryAll(resolver, {dns::Question{host, dns::RRType::A}, dns::Question{host, dns::RRType::AAAA}});
    facts.hostA = answers[0];
    facts.hostAaaa = answers[1];
    return facts;
}

CheckResult EhloCheck::judge(const EhloFacts& facts)
{
    const QString title = EhloCheck().title();
    if (facts.nameUnknown)
        return CheckResult::skipped(checkid::Ehlo, title,
                                    tr("Mail leaves through a relay whose EHLO name is not known here"));
    if (facts.name.isEmpty())
        return CheckResult::skipped(checkid::Ehlo, title,
                                    tr("No EHLO name given (--hostname), so it was not compared"));
    CheckResult result;
    result.id = checkid::Ehlo;
    result.title = title;
    const QString host = dns::absoluteName(facts.name);
    const QString hostText = dns::displayName(host);
    result.fields.insert(QStringLiteral("hostname"), hostText);

    // Addresses receivers never see first (the PTR check says why), then every looked-up one.
    for (const QHostAddress& ip : facts.reverse.addresses) {
        if (isNeverPublic(addressScope(ip))) {
            CheckItem item;
            item.subject = dns::addressText(ip);
            item.fields.insert(QStringLiteral("ip"), item.subject);
            item.status = Status::Fail;
            item.detail = tr("%1 is not a public address (see the PTR check)").arg(item.subject);
            result.items << item;
        }
    }
    for (const ReverseLookup& r : facts.reverse.lookups) {
        CheckItem item;
        item.subject = r.addressText;
        item.fields.insert(QStringLiteral("ip"), r.addressText);
        item.fields.insert(QStringLiteral("names"), QJsonArray::fromStringList(r.names()));
        result.addEvidence(r.ptr);
        const dns::Answer& forward = r.isV6 ? facts.hostAaaa : facts.hostA;
        result.addEvidence(forward);
        judgeLookup(r, host, forward, result, item);
        result.items << item;
    }
    result.aggregate();
    switch (result.status) {
    case Status::Pass:
        result.summary = tr("%1 matches the reverse DNS of every sending address").arg(hostText);
        break;
    case Status::Fail:
        result.summary = tr("%1 does not match the reverse DNS of every sending address").arg(hostText);
        break;
    default:
        result.summary = tr("The EHLO name could not be compared with reverse DNS");
        break;
    }
    return result;
}

} // namespace mailready::checks
