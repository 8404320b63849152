// Layer probe (tests/layers/CMakeLists.txt): dns/ is below run/, so this include must not compile in mailready_dns.
#include "run/CheckRunner.h"
