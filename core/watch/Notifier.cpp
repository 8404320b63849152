#include "Notifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace mailready::watch {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kOpenAction = QStringLiteral("open");
const QString kDefaultAction = QStringLiteral("default"); // a click on the notification itself
} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent) : QObject(parent) {}

std::optional<uint> DesktopNotifier::send(const Notice& notice, QString* error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *error = QStringLiteral("no session bus (%1)").arg(bus.lastError().message());
        return std::nullopt;
    }
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));

    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QStringList actions{kDefaultAction, QStringLiteral("Open MailReady"), kOpenAction,
                              QStringLiteral("Open MailReady")};
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.mailready.MailReady"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));
    call << QStringLiteral("MailReady") << uint(0) << QStringLiteral("io.github.mailready.MailReady") << notice.summary
         << notice.body << actions << hints << int(-1);
    const QDBusReply<uint> reply = bus.call(call, QDBus::Block, 10000);
    if (!reply.isValid()) {
        *error = reply.error().message();
        return std::nullopt;
    }
    return reply.value();
}

bool DesktopNotifier::waitForAction(uint id, int timeoutMs)
{
    m_waitingFor = id;
    m_invoked = false;
    m_closed = false;
    QEventLoop loop;
    QTimer stop;
    stop.setSingleShot(true);
    QObject::connect(&stop, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll; // the slots set the flags; the loop ends at the next tick after them
    QObject::connect(&poll, &QTimer::timeout, &loop, [this, &loop] {
        if (m_invoked || m_closed)
            loop.quit();
    });
    stop.start(timeoutMs);
    poll.start(50);
    loop.exec();
    return m_invoked;
}

void DesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    if (id == m_waitingFor && (action == kOpenAction || action == kDefaultAction))
        m_invoked = true;
}

void DesktopNotifier::onClosed(uint id, uint)
{
    if (id == m_waitingFor)
        m_closed = true;
}

bool DesktopNotifier::openWizard(const QString& page, const QString& domain)
{
    const QString program = qEnvironmentVariableIsEmpty("MAILREADY_WIZARD") ? QCoreApplication::applicationFilePath()
                                                                            : qEnvironmentVariable("MAILREADY_WIZARD");
    return QProcess::startDetached(program, {QStringLiteral("--page"), page, QStringLiteral("--domain"), domain});
}

} // namespace mailready::watch
