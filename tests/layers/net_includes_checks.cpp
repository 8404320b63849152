// Layer probe (tests/layers/CMakeLists.txt): net/ is below checks/, so this include must not compile in mailready_net.
#include "checks/Check.h"
