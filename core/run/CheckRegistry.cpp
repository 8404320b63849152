#include "CheckRunner.h"

#include "checks/rdns/PtrCheck.h"
#include "checks/spf/SpfCheck.h"

namespace mailready {

CheckList makeAllChecks()
{
    CheckList checks;
    checks.push_back(std::make_unique<checks::PtrCheck>());
    checks.push_back(std::make_unique<checks::SpfCheck>());
    return checks;
}

} // namespace mailready
