#include "CheckRunner.h"

#include "checks/publicip/PublicIpCheck.h"
#include "checks/rdns/EhloCheck.h"
#include "checks/rdns/FcrdnsCheck.h"
#include "checks/rdns/PtrCheck.h"
#include "checks/smtp/Port25Check.h"
#include "checks/smtp/SmtpCheck.h"

namespace mailready {

CheckList makeAllChecks()
{
    CheckList checks;
    checks.push_back(std::make_unique<checks::PublicIpCheck>());
    checks.push_back(std::make_unique<checks::PtrCheck>());
    checks.push_back(std::make_unique<checks::FcrdnsCheck>());
    checks.push_back(std::make_unique<checks::EhloCheck>());
    checks.push_back(std::make_unique<checks::SmtpCheck>());
    checks.push_back(std::make_unique<checks::Port25Check>());
    return checks;
}

} // namespace mailready
