// Layer probe (tests/layers/CMakeLists.txt): bounce/ stands on checks/ beside run/, so this include must not compile
// in mailready_bounce.
#include "run/Report.h"
