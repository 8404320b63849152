#pragma once

#include "WatchHistory.h"

#include <QObject>
#include <QString>

#include <optional>

namespace mailready::watch {

// Desktop notifications through the freedesktop Notifications service on the session bus
// (org.freedesktop.Notifications.Notify), with an "Open MailReady" action that starts the wizard on the page that
// fixes what changed.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject* parent = nullptr);

    // Sends the notice; returns the notification's id, or nullopt with the reason (no session bus, no service).
    std::optional<uint> send(const Notice& notice, QString* error);
    // Waits up to timeoutMs for the user to click the notification (or close it). Returns true when the action was
    // invoked.
    bool waitForAction(uint id, int timeoutMs);

    // What is started when the action is invoked: PROGRAM --page PAGE --domain DOMAIN, where PROGRAM is this
    // executable unless MAILREADY_WIZARD names another.
    static bool openWizard(const QString& page, const QString& domain);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    uint m_waitingFor = 0;
    bool m_invoked = false;
    bool m_closed = false;
};

} // namespace mailready::watch
