// Ties the wizard's windows to the installed desktop entry: the window icon comes from the icon rendered into the
// executable's resources, and the desktop file name lets Wayland compositors and docks match windows to the entry.
// Registered as a start-up function so main() stays as it is; it runs once the application object exists.
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>

namespace {

void integrateWithDesktop()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return; // the headless command line opens no window
    QGuiApplication::setDesktopFileName(QStringLiteral(MAILREADY_APP_ID));
    QIcon icon;
    const QDir dir(QStringLiteral(":/icons"));
    for (const QString& name : dir.entryList({QStringLiteral("*.png")}, QDir::Files))
        icon.addFile(dir.filePath(name));
    if (!icon.isNull())
        QGuiApplication::setWindowIcon(icon);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(integrateWithDesktop)
