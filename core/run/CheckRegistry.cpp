#include "CheckRunner.h"

#include "checks/dnsbl/DnsblCheck.h"
#include "checks/dkim/DkimCheck.h"
#include "checks/dmarc/DmarcCheck.h"
#include "checks/rdns/PtrCheck.h"

namespace mailready {

CheckList makeAllChecks()
{
    CheckList checks;
    checks.push_back(std::make_unique<checks::PtrCheck>());
    checks.push_back(std::make_unique<checks::DnsblCheck>());
    checks.push_back(std::make_unique<checks::DkimCheck>());
    checks.push_back(std::make_unique<checks::DmarcCheck>());
    return checks;
}

} // namespace mailready
