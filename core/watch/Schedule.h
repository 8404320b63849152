#pragma once

#include "checks/CheckRequest.h"
#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailready::watch {

// How often the checks run: a number of minutes, from "daily" (the default), "hourly", "weekly" or "30min", "6h",
// "2d", "1w". At least 15 minutes (blocklists answer a modest rate of queries), at most 31 days.
struct Interval
{
    int minutes = 24 * 60;

    static std::optional<Interval> parse(const QString& text, QString* why);
    QString text() const; // "daily", "6h", "90min"
    bool operator==(const Interval&) const = default;
};

// A moment for people, to the minute and in UTC: "2026-12-03 06:00 UTC" (what `watch status` shows).
QString minuteText(const QDateTime& t);

// What a schedule runs: PROGRAM watch run ARGUMENTS..., every INTERVAL, as the user.
struct ScheduleSpec
{
    QString domain;
    QString program;       // absolute path of mailready
    QStringList arguments; // after "watch run": --domain D and the check options
    Interval interval;
};

// The arguments of `watch run` for what the wizard checked: domain, EHLO name, addresses, selectors, relay,
// name servers and timeout (never a key: the blocklist keys stay out of files others may read).
QStringList watchArguments(const CheckRequest& request);

// The private file (mode 0600) of a schedule's blocklist keys, which its unit names with --dnsbl-keys-file:
// $XDG_CONFIG_HOME/mailready/watch-DOMAIN.keys (default ~/.config/...). The unit file itself holds no key.
QString watchKeysFile(const QString& domain);

// The text of the files a schedule consists of. Pure: the tests read and verify them.
namespace unitfiles {
QString baseName(const QString& domain); // "mailready-watch-example.com"
QString systemdService(const ScheduleSpec& spec);
QString systemdTimer(const ScheduleSpec& spec);
QString execLine(const QString& program, const QStringList& arguments); // systemd's quoting and escaping
// macOS (launchd LaunchAgent) and Windows (Task Scheduler task): generated the same way, not tested on those systems.
QString launchdPlist(const ScheduleSpec& spec);
QString taskSchedulerXml(const ScheduleSpec& spec);
} // namespace unitfiles

// A user's systemd timers: files in $XDG_CONFIG_HOME/systemd/user (default ~/.config/systemd/user), enabled with
// `systemctl --user`. The program run as systemctl is MAILREADY_SYSTEMCTL when that is set (the tests record the
// commands with it), else "systemctl".
class SystemdUser
{
    Q_DECLARE_TR_FUNCTIONS(SystemdUser)
public:
    struct Command
    {
        QStringList arguments; // after the program
        int exitCode = -1;     // -1: could not be started
        QString output;        // stdout and stderr
        bool ok() const { return exitCode == 0; }
    };

    struct State
    {
        bool installed = false; // the timer's file exists
        QString enabled;        // `systemctl --user is-enabled`: "enabled", "disabled", ...; empty: unknown
        QString nextRun;        // from systemd, as minuteText(); empty: unknown
        QString timerFile;
        QString execLine; // the service's ExecStart, blocklist keys masked
        QString interval; // OnCalendar= or OnUnitActiveSec=
    };

    static QString unitDirectory();
    static QString systemctlProgram();
    static Command systemctl(const QStringList& arguments);

    // Writes the service and the timer (replacing existing ones only when `replace`), then reloads and enables the
    // timer. Returns the commands run, in order. A file that could not be written is in `written` (and `error`), and
    // then nothing is run.
    static QList<Command> install(const ScheduleSpec& spec, QString* error, bool replace = false,
                                  OutputFile::Result* written = nullptr);
    static QList<Command> remove(const QString& domain, QString* error);
    static State state(const QString& domain);
    static QStringList watchedDomains(); // domains with a timer file

    // True when timers of this user run only while the user is logged in: no lingering enabled
    // (/var/lib/systemd/linger/USER) and no graphical session now.
    static bool needsLinger();
};

} // namespace mailready::watch
