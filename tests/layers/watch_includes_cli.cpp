// Layer probe (tests/layers/CMakeLists.txt): watch/ is below cli/, so this include must not compile in
// mailready_watch.
#include "cli/Subcommand.h"
