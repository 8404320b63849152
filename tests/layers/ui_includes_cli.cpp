// Layer probe (tests/layers/CMakeLists.txt): the wizard (ui/) does not stand on the command line, so this must not
// compile in mailready_ui.
#include "cli/CommandLine.h"
