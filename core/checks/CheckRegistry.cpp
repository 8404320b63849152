#include "CheckRegistry.h"

#include "checks/address/AddressChangeCheck.h"
#include "checks/dkim/DkimCheck.h"
#include "checks/dmarc/DmarcCheck.h"
#include "checks/dnsbl/DnsblCheck.h"
#include "checks/publicip/PublicIpCheck.h"
#include "checks/rdns/EhloCheck.h"
#include "checks/rdns/FcrdnsCheck.h"
#include "checks/rdns/PtrCheck.h"
#include "checks/smtp/Port25Check.h"
#include "checks/smtp/SmtpCheck.h"
#include "checks/spf/SpfCheck.h"

namespace mailready {

const QList<CheckDescriptor>& checkRegistry()
{
    static const QList<CheckDescriptor> registry = [] {
        // id, the check's class and the threshold it decides; what it needs is asked of the check itself.
        const auto entry = [](QLatin1String id, QLatin1String threshold, auto make) {
            const auto check = make();
            Q_ASSERT(check->id() == id);
            CheckNeeds needs = CheckNeeds::Nothing;
            if (check->needsSendingIps())
                needs = CheckNeeds::SendingIps;
            else if (check->needsServerIps())
                needs = CheckNeeds::ServerIps;
            return CheckDescriptor{id, threshold, needs, [make] { return std::unique_ptr<Check>(make()); }};
        };
        using namespace checks;
        return QList<CheckDescriptor>{
            entry(checkid::PublicIp, thresholdid::Server, [] { return std::make_unique<PublicIpCheck>(); }),
            entry(checkid::Ptr, thresholdid::Rdns, [] { return std::make_unique<PtrCheck>(); }),
            entry(checkid::Fcrdns, thresholdid::Rdns, [] { return std::make_unique<FcrdnsCheck>(); }),
            entry(checkid::Ehlo, thresholdid::Rdns, [] { return std::make_unique<EhloCheck>(); }),
            entry(checkid::Dnsbl, thresholdid::Dnsbl, [] { return std::make_unique<DnsblCheck>(); }),
            entry(checkid::Spf, thresholdid::Spf, [] { return std::make_unique<SpfCheck>(); }),
            entry(checkid::Dkim, thresholdid::Dkim, [] { return std::make_unique<DkimCheck>(); }),
            entry(checkid::Dmarc, thresholdid::Dmarc, [] { return std::make_unique<DmarcCheck>(); }),
            entry(checkid::Smtp, thresholdid::Server, [] { return std::make_unique<SmtpCheck>(); }),
            entry(checkid::Port25, thresholdid::Server, [] { return std::make_unique<Port25Check>(); }),
            entry(checkid::AddressChange, thresholdid::Server, [] { return std::make_unique<AddressChangeCheck>(); }),
        };
    }();
    return registry;
}

QString CheckDescriptor::title() const
{
    return make()->title();
}

const CheckDescriptor* findCheck(const QString& id)
{
    for (const CheckDescriptor& d : checkRegistry())
        if (d.id == id)
            return &d;
    return nullptr;
}

QStringList allCheckIds()
{
    QStringList ids;
    for (const CheckDescriptor& d : checkRegistry())
        ids << d.id;
    return ids;
}

QStringList checkIdsOf(const QString& threshold)
{
    QStringList ids;
    for (const CheckDescriptor& d : checkRegistry())
        if (d.threshold == threshold)
            ids << d.id;
    return ids;
}

} // namespace mailready
