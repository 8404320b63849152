// Layer probe (tests/layers/CMakeLists.txt): report/ is below cli/, so this include must not compile in
// mailready_report.
#include "cli/Subcommand.h"
