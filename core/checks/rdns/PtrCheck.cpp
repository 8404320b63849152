#include "PtrCheck.h"

#include "checks/Wording.h"

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
        result.addFinding(
            Severity::Error, notPublicFinding(ip), notPublicFix(),
            QCoreApplication::translate("PtrCheck", "Check the server's public address instead of %1.").arg(ipText));
        return true;
    }
    return false;
}

// One public address: what its PTR answer says. Returns true when it has no PTR record.
static bool judgeAnswer(const ReverseLookup& r, const QString& hostname, CheckResult& result, CheckItem& item)
{
    const QString& ipText = r.addressText;
    const dns::Answer& answer = r.ptr;
    result.addEvidence(answer);
    if (answer.hasData()) {
        const QStringList names = r.names();
        item.status = Status::Pass;
        item.detail = PtrCheck::tr("%1 has the PTR name %2").arg(ipText, names.join(QStringLiteral(", ")));
        item.fields.insert(QStringLiteral("names"), QJsonArray::fromStringList(names));
        if (names.size() > 1) {
            item.status = Status::Warn;
            result.addFinding(
                Severity::Warning,
                PtrCheck::tr("%1 has %2 PTR names (%3). Receivers pick one of them at random, so the name they "
                             "compare with your EHLO name changes from one connection to the next.")
                    .arg(ipText)
                    .arg(names.size())
                    .arg(names.join(QStringLiteral(", "))),
                PtrCheck::tr("Ask whoever owns %1 to keep exactly one PTR record, pointing to %2.")
                    .arg(ipText, hostname.isEmpty() ? PtrCheck::tr("your mail server's name") : hostname),
                PtrCheck::tr("Ask whoever owns %1 to keep one PTR record.").arg(ipText));
        }
        for (const QString& name : names) {
            const QString why = genericPtrReason(name, r.address);
            if (why.isEmpty())
                continue;
            item.status = Status::Warn;
            item.fields.insert(QStringLiteral("generic"), true);
            result.addFinding(
                Severity::Warning,
                PtrCheck::tr("The PTR name %1 of %2 looks like an ISP's generic name for a dynamic or "
                             "residential line (%3). Many receivers (and blocklists such as Spamhaus PBL) treat "
                             "such addresses as home connections that should not send mail directly.")
                    .arg(name, ipText, why),
                PtrCheck::tr("Ask your ISP for a custom PTR record (%1 -> %2); most only do that on a business "
                             "line with a static address. Otherwise send through a relay (smarthost) of your "
                             "provider, a VPS or a mail service.")
                    .arg(ipText, hostname.isEmpty() ? QStringLiteral("mail.your-domain") : hostname),
                homeLineStep());
        }
        return false;
    }
    if (answer.isDefinite()) {
        item.status = Status::Fail;
        item.detail = PtrCheck::tr("%1 has no PTR record (%2)").arg(ipText, dns::outcomeName(answer.outcome));
        const QString want = hostname.isEmpty() ? PtrCheck::tr("your mail server's name") : hostname;
        QString message = PtrCheck::tr("%1 has no reverse DNS name. Many receivers reject or junk mail from an "
                                       "address without one.")
                              .arg(ipText);
        message += ReceiverRules::sentence(QStringLiteral("gmail-ptr"));
        result.addFinding(
            Severity::Error, message,
            PtrCheck::tr("Ask whoever owns %1 (your ISP or hosting provider; it is not set in your "
                         "own zone) to set its PTR record to %2.%3")
                .arg(ipText, want,
                     r.isV6 ? PtrCheck::tr(" Or turn off IPv6 sending in your mail server "
                                           "(Postfix: inet_protocols = ipv4).")
                            : QString()),
            PtrCheck::tr("Ask your ISP or hosting provider to set the PTR record of %1 to %2.").arg(ipText, want));
        return true;
    }
    item.status = Status::Unknown;
    item.detail = PtrCheck::tr("Could not look up the PTR record of %1: %2").arg(ipText, answer.error);
    result.addFinding(Severity::Warning,
                      PtrCheck::tr("The PTR lookup for %1 did not get an answer (%2), so reverse DNS is "
                                   "unverified.")
                          .arg(ipText, dns::outcomeName(answer.outcome)),
                      PtrCheck::tr("Check that the nameserver in use answers, then run the check again."),
                      retryLookupStep());
    return false;
}

static QString summary(const CheckResult& result, qsizetype total, int noPtr, int notPublic)
{
    switch (result.status) {
    case Status::Pass:
        return total == 1 ? result.items.first().detail
                          : PtrCheck::tr("All %1 sending addresses have a PTR record").arg(total);
    case Status::Warn:
        return PtrCheck::tr("Reverse DNS is set, but its names could be better");
    case Status::Fail:
        if (notPublic == 0)
            return PtrCheck::tr("%n of %1 sending addresses have no PTR record", nullptr, noPtr).arg(total);
        return noPtr
                   ? PtrCheck::tr("%n of %1 sending addresses are not public addresses, %2 have no PTR record", nullptr,
                                  notPublic)
                         .arg(QString::number(total), QString::number(noPtr))
                   : PtrCheck::tr("%n of %1 sending addresses are not public addresses", nullptr, notPublic).arg(total);
    default:
        return PtrCheck::tr("Reverse DNS could not be verified");
    }
}

CheckResult PtrCheck::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, ctx.sendingIps, ctx.request.hostname));
}

PtrFacts PtrCheck::gather(dns::Resolver& resolver, const QList<QHostAddress>& addresses, const QString& hostname)
{
    return {gatherReverse(resolver, addresses, false), hostname};
}

CheckResult PtrCheck::judge(const PtrFacts& facts)
{
    CheckResult result;
    result.id = checkid::Ptr;
    result.title = PtrCheck().title();

    // Addresses receivers never see are judged by their scope first (their findings come first), then every other
    // address by its PTR answer, in the order given.
    const QList<QHostAddress>& addresses = facts.reverse.addresses;
    QList<CheckItem> items(addresses.size());
    QList<bool> notPublicAt(addresses.size(), false);
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString ipText = dns::addressText(addresses[i]);
        items[i].subject = ipText;
        items[i].fields.insert(QStringLiteral("ip"), ipText);
        notPublicAt[i] = judgeScope(addresses[i], ipText, result, items[i]);
    }
    int noPtr = 0, notPublic = 0;
    qsizetype next = 0;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        if (notPublicAt[i])
            ++notPublic;
        else if (next < facts.reverse.lookups.size() &&
                 judgeAnswer(facts.reverse.lookups[next++], facts.hostname, result, items[i]))
            ++noPtr;
        result.items << items[i];
    }
    result.aggregate();
    result.summary = summary(result, addresses.size(), noPtr, notPublic);
    return result;
}

} // namespace mailready::checks
