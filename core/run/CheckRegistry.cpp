#include "CheckRunner.h"

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

CheckList makeAllChecks()
{
    // The contract's order, then the checks it does not name.
    CheckList checks;
    checks.push_back(std::make_unique<checks::PublicIpCheck>());
    checks.push_back(std::make_unique<checks::PtrCheck>());
    checks.push_back(std::make_unique<checks::FcrdnsCheck>());
    checks.push_back(std::make_unique<checks::EhloCheck>());
    checks.push_back(std::make_unique<checks::DnsblCheck>());
    checks.push_back(std::make_unique<checks::SpfCheck>());
    checks.push_back(std::make_unique<checks::DkimCheck>());
    checks.push_back(std::make_unique<checks::DmarcCheck>());
    checks.push_back(std::make_unique<checks::SmtpCheck>());
    checks.push_back(std::make_unique<checks::Port25Check>());
    checks.push_back(std::make_unique<checks::AddressChangeCheck>());
    return checks;
}

} // namespace mailready
