#include "CheckRunner.h"

#include "checks/rdns/EhloCheck.h"
#include "checks/rdns/FcrdnsCheck.h"
#include "checks/rdns/PtrCheck.h"

namespace mailready {

CheckList makeAllChecks()
{
    CheckList checks;
    checks.push_back(std::make_unique<checks::PtrCheck>());
    checks.push_back(std::make_unique<checks::FcrdnsCheck>());
    checks.push_back(std::make_unique<checks::EhloCheck>());
    return checks;
}

} // namespace mailready
