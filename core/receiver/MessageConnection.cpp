#include "MessageCheck.h"

#include "checks/rdns/FcrdnsCheck.h"
#include "dns/DnsName.h"

namespace mailready::receiver {

namespace {

CheckResult unknownCheck(const QString& id, const QString& title, const QString& why)
{
    CheckResult r;
    r.id = id;
    r.title = title;
    r.status = Status::Unknown;
    r.summary = why;
    return r;
}

// The receiver recorded no reverse name where there is one now: say what it saw at delivery. (An IPv6 connection
// without a PTR needs no words of its own: the PTR check already names inet_protocols = ipv4 as the way out.)
void addDeliveryView(const MessageFacts& f, CheckResult& ptr)
{
    const Connection& c = *f.connection;
    if (c.ptrNone && ptr.status == Status::Pass)
        ptr.addFinding(Severity::Warning,
                       MessageCheck::tr("At delivery %1 found no reverse name for %2; there is one now. It was added "
                                        "after this message was sent, or its DNS had not propagated yet.")
                           .arg(c.receiver, dns::addressText(c.ip)),
                       MessageCheck::tr("Judge a message sent from now on."));
}

CheckResult judgeEhlo(const MessageFacts& f)
{
    if (f.connection->helo.isEmpty())
        return unknownCheck(checkid::Ehlo, checks::EhloCheck::tr("EHLO name matches reverse DNS"),
                            MessageCheck::tr("The receiver did not record the name your server announced in EHLO."));
    return checks::EhloCheck::judge(*f.ehlo);
}

} // namespace

QList<CheckResult> judgeConnection(const MessageFacts& f)
{
    if (!f.connection) {
        QList<CheckResult> unknown;
        const std::pair<QString, QString> ids[] = {
            {checkid::Ptr, checks::PtrCheck::tr("Reverse DNS (PTR)")},
            {checkid::Fcrdns, checks::FcrdnsCheck::tr("Forward-confirmed reverse DNS")},
            {checkid::Ehlo, checks::EhloCheck::tr("EHLO name matches reverse DNS")},
            {checkid::Dnsbl, checks::DnsblCheck::tr("Blocklists (DNSBL)")},
            {checkid::Spf, checks::SpfCheck::tr("SPF")}};
        for (const auto& [id, title] : ids)
            unknown << unknownCheck(id, title, f.noConnectionWhy);
        return unknown;
    }
    CheckResult ptr = checks::PtrCheck::judge(*f.ptr);
    addDeliveryView(f, ptr);
    return {ptr, checks::FcrdnsCheck::judge(*f.fcrdns), judgeEhlo(f), checks::DnsblCheck::judge(*f.dnsbl),
            checks::SpfCheck::judge(*f.spf)};
}

} // namespace mailready::receiver
