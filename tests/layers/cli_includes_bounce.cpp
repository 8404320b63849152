// Layer probe, control (tests/layers/CMakeLists.txt): cli/ links bounce/, so this include compiles in mailready_cli.
#include "bounce/BounceReader.h"
