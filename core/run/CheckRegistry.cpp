#include "CheckRunner.h"

#include "checks/rdns/PtrCheck.h"

namespace mailready {

CheckList makeAllChecks()
{
    CheckList checks;
    checks.push_back(std::make_unique<checks::PtrCheck>());
    return checks;
}

} // namespace mailready
