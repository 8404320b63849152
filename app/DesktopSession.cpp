#include "DesktopSession.h"

#include "cli/Subcommand.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace mailready::app {

namespace {

struct HeldMessage
{
    QtMsgType type;
    QByteArray category;
    QString text;
};

QtMessageHandler previousHandler = nullptr;
QList<HeldMessage> held;

// While the platform plugin loads: a fatal message is Qt giving up on the window system (it would abort next), and
// anything said before it (xcb's "could not connect to display") only explains that; both become the one sentence.
void holdWhileOpening(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type == QtFatalMsg) {
        std::fputs(qPrintable(DesktopSession::missingSentence() + QLatin1Char('\n')), stderr);
        std::fflush(stderr);
        std::_Exit(cli::ExitUsage); // no abort, so no core dump
    }
    held.append({type, QByteArray(context.category ? context.category : ""), text});
}

} // namespace

bool DesktopSession::mayOpen(const QStringList& arguments)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || arguments.contains(QStringLiteral("-platform")) ||
        arguments.contains(QStringLiteral("--platform")))
        return true; // chosen on purpose (tests run the wizard offscreen); a failure is caught while opening
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           qgetenv("XDG_SESSION_TYPE") == "wayland";
#else
    return true; // macOS and Windows always have their window system
#endif
}

void DesktopSession::beginOpening()
{
    held.clear();
    previousHandler = qInstallMessageHandler(holdWhileOpening);
}

void DesktopSession::endOpening()
{
    qInstallMessageHandler(previousHandler);
    for (const HeldMessage& m : std::as_const(held)) {
        const QMessageLogContext context(nullptr, 0, nullptr, m.category.isEmpty() ? nullptr : m.category.constData());
        qt_message_output(m.type, context, m.text);
    }
    held.clear();
}

QString DesktopSession::missingSentence()
{
    return QStringLiteral("mailready: the wizard needs a desktop session and none could be opened here; "
                          "'mailready check --domain DOMAIN' runs without one.");
}

} // namespace mailready::app
