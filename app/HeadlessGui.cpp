#include "HeadlessGui.h"

#include <QFile>
#include <QTemporaryDir>

namespace mailready::app {

std::unique_ptr<QGuiApplication> HeadlessGui::make(int& argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // While it loads its platform, Qt asks whether it runs in a Flatpak sandbox by looking for flatpak-info in the
    // runtime directory. A root shell (su, ssh without a login session) has no XDG_RUNTIME_DIR, and Qt then warns
    // on every run and makes /tmp/runtime-root. Outside a sandbox the answer is no, and an empty private directory
    // (0700, this user's own) gives it: set for that question only, then unset and removed again.
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return std::make_unique<QGuiApplication>(argc, argv);
    QTemporaryDir runtime;
    if (runtime.isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qunsetenv("XDG_RUNTIME_DIR");
    return app;
}

} // namespace mailready::app
