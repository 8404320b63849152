// Layer probe (tests/layers/CMakeLists.txt): core never reaches Widgets, so this must not compile in mailready_cli, the
// top of core.
#include <QWidget>
