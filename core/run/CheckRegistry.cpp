#include "CheckRunner.h"

#include "checks/dnsbl/DnsblCheck.h"
#include "checks/rdns/PtrCheck.h"

namespace mailready {

CheckList makeAllChecks()
{
    CheckList checks;
    checks.push_back(std::make_unique<checks::PtrCheck>());
    checks.push_back(std::make_unique<checks::DnsblCheck>());
    return checks;
}

} // namespace mailready
