#include "PtrCheck.h"

#include "AddressScope.h"
#include "PtrName.h"
#include "ReverseLookup.h"
#include "checks/ReceiverRules.h"
#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailready::checks {

// Addresses no receiver can ever see (private, loopback, CGNAT, link-local): a PTR lookup for them would only ask the
// local network about itself, so they fail here without one. Documentation and benchmarking ranges only get a note,
// because they are what examples and test set-ups use (the public-ip check notes them).
static bool judgeScope(const QHostAddress& ip, const QString& ipText, CheckResult& result, CheckItem& item)
{
    const AddressScope scope = addressScope(ip);
    if (isNeverPublic(scope)) {
        item.status = Status::Fail;
        item.detail = QCoreApplication::translate("PtrCheck", "%1 is %2; receivers never see it")
                          .arg(ipText, scopeDescription(scope));
        item.fields.insert(QStringLiteral("scope"), QStringLiteral("not-public"));
        result.addFinding(Severity::Error,
                          QCoreApplication::translate(
                              "PtrCheck", "%1 is %2, so it cannot be the address your mail leaves from as receivers "
                                          "see it. Its reverse DNS means nothing to them.")
                              .arg(ipText, scopeDescription(scope)),
                          QCoreApplication::translate(
                              "PtrCheck", "Use the server's public address: run the check without --ip to discover "
                                          "it, or look it up in your router or at your hosting provider."));
        return true;
    }
    return false;
}

CheckResult PtrCheck::run(const CheckContext& ctx)
{
    CheckResult result;
    result.id = id();
    result.title = title();

    QList<QHostAddress> toLookUp;
    QList<CheckItem> scopeItems(ctx.sendingIps.size());
    QList<bool> judged(ctx.sendingIps.size(), false);
    for (qsizetype i = 0; i < ctx.sendingIps.size(); ++i) {
        const QHostAddress& ip = ctx.sendingIps[i];
        const QString ipText = dns::addressText(ip);
        scopeItems[i].subject = ipText;
        scopeItems[i].fields.insert(QStringLiteral("ip"), ipText);
        judged[i] = judgeScope(ip, ipText, result, scopeItems[i]);
        if (!judged[i])
            toLookUp << ip;
    }
    const QList<ReverseLookup> lookups = lookupReverse(ctx.resolver, toLookUp, false);

    int noPtr = 0, notPublic = 0;
    qsizetype next = 0;
    for (qsizetype i = 0; i < ctx.sendingIps.size(); ++i) {
        CheckItem item = scopeItems[i];
        if (judged[i]) {
            ++notPublic;
            result.items << item;
            continue;
        }
        const ReverseLookup& r = lookups[next++];
        const QString& ipText = r.addressText;
        const dns::Answer& answer = r.ptr;
        result.addEvidence(answer);

        if (answer.hasData()) {
            const QStringList names = r.names();
            item.status = Status::Pass;
            item.detail = tr("%1 has the PTR name %2").arg(ipText, names.join(QStringLiteral(", ")));
            item.fields.insert(QStringLiteral("names"), QJsonArray::fromStringList(names));
            if (names.size() > 1) {
                item.status = Status::Warn;
                result.addFinding(Severity::Warning,
                                  tr("%1 has %2 PTR names (%3). Receivers pick one of them at random, so the name they "
                                     "compare with your EHLO name changes from one connection to the next.")
                                      .arg(ipText)
                                      .arg(names.size())
                                      .arg(names.join(QStringLiteral(", "))),
                                  tr("Ask whoever owns %1 to keep exactly one PTR record, pointing to %2.")
                                      .arg(ipText, ctx.request.hostname.isEmpty() ? tr("your mail server's name")
                                                                                  : ctx.request.hostname));
            }
            for (const QString& name : names) {
                const QString why = genericPtrReason(name, r.address);
                if (why.isEmpty())
                    continue;
                item.status = Status::Warn;
                item.fields.insert(QStringLiteral("generic"), true);
                result.addFinding(
                    Severity::Warning,
                    tr("The PTR name %1 of %2 looks like an ISP's generic name for a dynamic or "
                       "residential line (%3). Many receivers (and blocklists such as Spamhaus PBL) treat "
                       "such addresses as home connections that should not send mail directly.")
                        .arg(name, ipText, why),
                    tr("Ask your ISP for a custom PTR record (%1 -> %2); most only do that on a business "
                       "line with a static address. Otherwise send through a relay (smarthost) of your "
                       "provider, a VPS or a mail service.")
                        .arg(ipText, ctx.request.hostname.isEmpty() ? QStringLiteral("mail.your-domain")
                                                                    : ctx.request.hostname));
            }
        } else if (answer.isDefinite()) {
            ++noPtr;
            item.status = Status::Fail;
            item.detail = tr("%1 has no PTR record (%2)").arg(ipText, dns::outcomeName(answer.outcome));
            const QString want = ctx.request.hostname.isEmpty() ? tr("your mail server's name") : ctx.request.hostname;
            QString message = tr("%1 has no reverse DNS name. Many receivers reject or junk mail from an "
                                 "address without one.")
                                  .arg(ipText);
            message += ReceiverRules::sentence(QStringLiteral("gmail-ptr"));
            result.addFinding(Severity::Error, message,
                              tr("Ask whoever owns %1 (your ISP or hosting provider; it is not set in your "
                                 "own zone) to set its PTR record to %2.%3")
                                  .arg(ipText, want,
                                       r.isV6 ? tr(" Or turn off IPv6 sending in your mail server "
                                                   "(Postfix: inet_protocols = ipv4).")
                                              : QString()));
        } else {
            item.status = Status::Unknown;
            item.detail = tr("Could not look up the PTR record of %1: %2").arg(ipText, answer.error);
            result.addFinding(Severity::Warning,
                              tr("The PTR lookup for %1 did not get an answer (%2), so reverse DNS is "
                                 "unverified.")
                                  .arg(ipText, dns::outcomeName(answer.outcome)),
                              tr("Check that the nameserver in use answers, then run the check again."));
        }
        result.items << item;
    }
    result.aggregate();
    const auto total = ctx.sendingIps.size();
    switch (result.status) {
    case Status::Pass:
        result.summary =
            total == 1 ? result.items.first().detail : tr("All %1 sending addresses have a PTR record").arg(total);
        break;
    case Status::Warn:
        result.summary = tr("Reverse DNS is set, but its names could be better");
        break;
    case Status::Fail:
        if (notPublic == 0)
            result.summary = tr("%n of %1 sending addresses have no PTR record", nullptr, noPtr).arg(total);
        else
            result.summary =
                noPtr ? tr("%n of %1 sending addresses are not public addresses, %2 have no PTR record", nullptr,
                           notPublic)
                            .arg(QString::number(total), QString::number(noPtr))
                      : tr("%n of %1 sending addresses are not public addresses", nullptr, notPublic).arg(total);
        break;
    default:
        result.summary = tr("Reverse DNS could not be verified");
        break;
    }
    return result;
}

} // namespace mailready::checks
