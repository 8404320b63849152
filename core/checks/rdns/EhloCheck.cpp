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

// The EHLO name is a PTR name but does not resolve back: publish the record, or announce a name that already works.
static QString fixForUnconfirmed(const ReverseLookup& r, const QString& hostText, const QString& type)
{
    const QString record = QStringLiteral("%1. IN %2 %3").arg(hostText, type, r.addressText);
    for (const PtrTarget& t : r.targets)
        if (t.confirmed)
            return QCoreApplication::translate("EhloCheck",
                                               "Publish in your zone: %1. Or announce %2, which already resolves back: "
                                               "%3.")
                .arg(record, dns::displayName(t.name), ehloConfigFix(t.name));
    return QCoreApplication::translate("EhloCheck", "Publish in your zone: %1").arg(record);
}

CheckResult EhloCheck::run(const CheckContext& ctx)
{
    // Through a relay, the name receivers see in EHLO is the relay's own; when its outgoing address was given apart
    // from its name, that name is its operator's business and unknown here.
    const bool relayed = !ctx.request.relay.trimmed().isEmpty();
    const QString ehloName = relayed ? relay::relayHostName(ctx.request.relay) : ctx.request.hostname;
    if (relayed && (!ctx.request.relayIps.isEmpty() || dns::parseAddress(ehloName)))
        return CheckResult::skipped(id(), title(), tr("Mail leaves through a relay whose EHLO name is not known here"));
    if (ehloName.isEmpty())
        return CheckResult::skipped(id(), title(), tr("No EHLO name given (--hostname), so it was not compared"));
    CheckResult result;
    result.id = id();
    result.title = title();
    const QString host = dns::absoluteName(ehloName);
    const QString hostText = dns::displayName(host);
    result.fields.insert(QStringLiteral("hostname"), hostText);

    QList<QHostAddress> publicIps;
    for (const QHostAddress& ip : ctx.sendingIps) {
        if (isNeverPublic(addressScope(ip))) {
            CheckItem item;
            item.subject = dns::addressText(ip);
            item.fields.insert(QStringLiteral("ip"), item.subject);
            item.status = Status::Fail;
            item.detail = tr("%1 is not a public address (see the PTR check)").arg(item.subject);
            result.items << item;
        } else {
            publicIps << ip;
        }
    }
    const QList<ReverseLookup> lookups = lookupReverse(ctx.resolver, publicIps, true);
    const QList<dns::Answer> hostAnswers =
        dns::queryAll(ctx.resolver, {dns::Question{host, dns::RRType::A}, dns::Question{host, dns::RRType::AAAA}});

    for (const ReverseLookup& r : lookups) {
        CheckItem item;
        item.subject = r.addressText;
        item.fields.insert(QStringLiteral("ip"), r.addressText);
        item.fields.insert(QStringLiteral("names"), QJsonArray::fromStringList(r.names()));
        result.addEvidence(r.ptr);
        const dns::Answer& forward = hostAnswers[r.isV6 ? 1 : 0];
        result.addEvidence(forward);
        const QString type = dns::rrTypeName(r.forwardType());
        const bool isPtrName =
            std::any_of(r.targets.begin(), r.targets.end(), [&](const PtrTarget& t) { return t.name == host; });
        const bool resolvesBack = answerHolds(forward, r.address);

        if (r.ptr.isTemporaryFailure()) {
            item.status = Status::Unknown;
            item.detail = tr("The PTR lookup of %1 failed (%2)").arg(r.addressText, dns::outcomeName(r.ptr.outcome));
        } else if (!isPtrName) {
            item.status = Status::Fail;
            if (!r.ptr.hasData()) {
                item.detail = tr("%1 has no PTR name to match %2").arg(r.addressText, hostText);
                result.addFinding(
                    Severity::Error,
                    tr("%1 has no PTR record, so the EHLO name %2 cannot match it.").arg(r.addressText, hostText),
                    tr("Ask whoever owns %1 to set its PTR record to %2.").arg(r.addressText, hostText));
            } else {
                item.detail = tr("EHLO name %1 is not the PTR name of %2 (%3)")
                                  .arg(hostText, r.addressText, r.names().join(QStringLiteral(", ")));
                // Prefer a PTR name that already resolves back: announcing it fixes everything at once.
                QString better;
                for (const PtrTarget& t : r.targets)
                    if (t.confirmed) {
                        better = t.name;
                        break;
                    }
                QString fix;
                if (!better.isEmpty())
                    fix = tr("Announce the PTR name instead. %1. Or ask whoever owns %2 to change its PTR "
                             "record to %3.")
                              .arg(ehloConfigFix(better), r.addressText, hostText);
                else
                    fix = tr("Ask whoever owns %1 to change its PTR record to %2 (and publish %2. IN %3 "
                             "%1), or announce the PTR name: %4.")
                              .arg(r.addressText, hostText, type, ehloConfigFix(r.targets.first().name));
                result.addFinding(Severity::Error,
                                  tr("Your server says \"EHLO %1\", but the reverse DNS of %2 names %3. "
                                     "Receivers compare the two; a mismatch looks like a spam bot.")
                                      .arg(hostText, r.addressText, r.names().join(QStringLiteral(", "))),
                                  fix);
            }
        } else if (resolvesBack) {
            item.status = Status::Pass;
            item.detail = tr("%1 is the PTR name of %2 and resolves back to it").arg(hostText, r.addressText);
        } else if (forward.isTemporaryFailure()) {
            item.status = Status::Unknown;
            item.detail = tr("The %1 lookup of %2 failed (%3)").arg(type, hostText, dns::outcomeName(forward.outcome));
        } else {
            item.status = Status::Fail;
            item.detail =
                tr("%1 is the PTR name of %2 but its %3 record does not hold it").arg(hostText, r.addressText, type);
            result.addFinding(
                Severity::Error,
                tr("The EHLO name %1 matches the PTR name of %2, but %1 does not resolve "
                   "to %2 (%3).")
                    .arg(hostText, r.addressText,
                         forward.hasData() ? tr("it has other addresses") : dns::outcomeName(forward.outcome)),
                fixForUnconfirmed(r, hostText, type));
        }
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
