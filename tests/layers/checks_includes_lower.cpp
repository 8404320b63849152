// Layer probe (tests/layers/CMakeLists.txt): the control. checks/ may include itself and every layer below it, so
// this compiles in mailready_checks (and a failing probe fails for its include, not for a broken probe setup).
#include "checks/Check.h"
#include "dns/Resolver.h"
#include "net/Endpoint.h"
#include "relay/RelayServices.h"
#include "util/WorkerThreads.h"

int mailreadyLayerProbe()
{
    return 0;
}
