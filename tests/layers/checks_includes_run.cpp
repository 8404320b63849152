// Layer probe (tests/layers/CMakeLists.txt): checks/ is below run/, so this include must not compile in
// mailready_checks.
#include "run/Report.h"
