// Layer probe (tests/layers/CMakeLists.txt): report/ is below watch/, so this include must not compile in
// mailready_report.
#include "watch/WatchHistory.h"
