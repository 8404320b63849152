#include "Schedule.h"

#include "checks/dnsbl/ListKeyFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <cerrno>
#include <unistd.h>

namespace mailready::watch {

namespace {
constexpr int kMinMinutes = 15;
constexpr int kMaxMinutes = 31 * 24 * 60;
constexpr int kHour = 60;
constexpr int kDay = 24 * kHour;
constexpr int kWeek = 7 * kDay;
} // namespace

std::optional<Interval> Interval::parse(const QString& text, QString* why)
{
    const QString t = text.trimmed().toLower();
    const QMap<QString, int> named{
        {QStringLiteral("hourly"), kHour}, {QStringLiteral("daily"), kDay}, {QStringLiteral("weekly"), kWeek}};
    if (named.contains(t))
        return Interval{named.value(t)};
    static const QRegularExpression form(QStringLiteral("^(\\d{1,6})\\s*(min|m|h|d|w)$"));
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch()) {
        *why = QStringLiteral("'%1' is not an interval (daily, hourly, weekly, or a number with min, h, d or w, like "
                              "6h)")
                   .arg(text);
        return std::nullopt;
    }
    const QString unit = m.captured(2);
    const int factor = unit.startsWith(u'm')        ? 1
                       : unit == QLatin1String("h") ? kHour
                       : unit == QLatin1String("d") ? kDay
                                                    : kWeek;
    const qint64 minutes = m.captured(1).toLongLong() * factor;
    if (minutes < kMinMinutes || minutes > kMaxMinutes) {
        *why = QStringLiteral("'%1' is outside 15min to 31d").arg(text);
        return std::nullopt;
    }
    return Interval{int(minutes)};
}

QString Interval::text() const
{
    if (minutes == kDay)
        return QStringLiteral("daily");
    if (minutes == kHour)
        return QStringLiteral("hourly");
    if (minutes == kWeek)
        return QStringLiteral("weekly");
    if (minutes % kDay == 0)
        return QStringLiteral("%1d").arg(minutes / kDay);
    if (minutes % kHour == 0)
        return QStringLiteral("%1h").arg(minutes / kHour);
    return QStringLiteral("%1min").arg(minutes);
}

QStringList watchArguments(const CheckRequest& request)
{
    QStringList a{QStringLiteral("--domain"), request.domain};
    if (!request.hostname.isEmpty())
        a << QStringLiteral("--hostname") << request.hostname;
    for (const QHostAddress& ip : request.ips)
        a << QStringLiteral("--ip") << ip.toString();
    for (const QString& s : request.selectors)
        a << QStringLiteral("--selector") << s;
    if (!request.relay.isEmpty())
        a << QStringLiteral("--relay") << request.relay;
    for (const QHostAddress& ip : request.relayIps)
        a << QStringLiteral("--relay-ip") << ip.toString();
    for (const dns::ServerAddress& server : request.resolver.servers)
        a << QStringLiteral("--nameserver") << server.toString();
    return a;
}

namespace unitfiles {

QString baseName(const QString& domain)
{
    return QStringLiteral("mailready-watch-") + domain.toLower();
}

static QString systemdWord(const QString& word)
{
    // Specifiers (%) and environment expansion ($) are doubled; words with blanks, quotes or backslashes are quoted.
    QString w = word;
    w.replace(u'%', QStringLiteral("%%")).replace(u'$', QStringLiteral("$$"));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./$-]+$"));
    if (plain.match(w).hasMatch() && w != QLatin1String(";"))
        return w;
    w.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + w + u'"';
}

QString execLine(const QString& program, const QStringList& arguments)
{
    QStringList words{systemdWord(program), QStringLiteral("watch"), QStringLiteral("run")};
    for (const QString& a : arguments)
        words << systemdWord(a);
    return words.join(u' ');
}

QString systemdService(const ScheduleSpec& spec)
{
    return QStringLiteral("[Unit]\n"
                          "Description=MailReady: check the mail setup of %1 and say what changed\n"
                          "Documentation=man:mailready(1)\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%2\n"
                          "# A notification waits for its click (at most 10 minutes) before the run ends.\n"
                          "TimeoutStartSec=30min\n"
                          "Nice=10\n")
        .arg(spec.domain, execLine(spec.program, spec.arguments));
}

QString systemdTimer(const ScheduleSpec& spec)
{
    const int m = spec.interval.minutes;
    const QString when = m == kDay || m == kHour || m == kWeek
                             ? QStringLiteral("OnCalendar=%1\nPersistent=true\nRandomizedDelaySec=%2min\n")
                                   .arg(spec.interval.text())
                                   .arg(qMin(30, m / 4))
                             : QStringLiteral("OnStartupSec=10min\nOnUnitActiveSec=%1min\n").arg(m);
    return QStringLiteral("[Unit]\n"
                          "Description=MailReady: watch the mail setup of %1 (%2)\n"
                          "Documentation=man:mailready(1)\n"
                          "\n"
                          "[Timer]\n"
                          "%3"
                          "Unit=%4.service\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(spec.domain, spec.interval.text(), when, baseName(spec.domain));
}

QString launchdPlist(const ScheduleSpec& spec)
{
    QString args;
    for (const QString& a : QStringList{spec.program, QStringLiteral("watch"), QStringLiteral("run")} + spec.arguments)
        args += QStringLiteral("        <string>%1</string>\n").arg(a.toHtmlEscaped());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>io.github.mailready.watch.%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n%2    </array>\n"
                          "    <key>StartInterval</key>\n"
                          "    <integer>%3</integer>\n"
                          "    <key>ProcessType</key>\n"
                          "    <string>Background</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(spec.domain.toHtmlEscaped(), args)
        .arg(spec.interval.minutes * 60);
}

static QString windowsArgument(const QString& a)
{
    if (!a.isEmpty() && !a.contains(QRegularExpression(QStringLiteral("[\\s\"]"))))
        return a;
    QString quoted = a;
    return u'"' + quoted.replace(u'"', QStringLiteral("\\\"")) + u'"';
}

QString taskSchedulerXml(const ScheduleSpec& spec)
{
    QStringList args{QStringLiteral("watch"), QStringLiteral("run")};
    for (const QString& a : spec.arguments)
        args << windowsArgument(a);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
                          "  <RegistrationInfo><Description>MailReady: watch the mail setup of "
                          "%1</Description></RegistrationInfo>\n"
                          "  <Triggers>\n"
                          "    <TimeTrigger>\n"
                          "      <StartBoundary>2026-01-01T09:00:00</StartBoundary>\n"
                          "      <Repetition><Interval>PT%2M</Interval></Repetition>\n"
                          "      <Enabled>true</Enabled>\n"
                          "    </TimeTrigger>\n"
                          "  </Triggers>\n"
                          "  <Principals><Principal id=\"Author\"><LogonType>InteractiveToken</LogonType>"
                          "<RunLevel>LeastPrivilege</RunLevel></Principal></Principals>\n"
                          "  <Settings>\n"
                          "    <StartWhenAvailable>true</StartWhenAvailable>\n"
                          "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
                          "    <ExecutionTimeLimit>PT1H</ExecutionTimeLimit>\n"
                          "  </Settings>\n"
                          "  <Actions Context=\"Author\">\n"
                          "    <Exec><Command>%3</Command><Arguments>%4</Arguments></Exec>\n"
                          "  </Actions>\n"
                          "</Task>\n")
        .arg(spec.domain.toHtmlEscaped())
        .arg(spec.interval.minutes)
        .arg(spec.program.toHtmlEscaped(), args.join(u' ').toHtmlEscaped());
}

} // namespace unitfiles

static QString configHome()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    return !xdg.isEmpty() && QDir::isAbsolutePath(xdg) ? xdg : QDir::homePath() + QStringLiteral("/.config");
}

QString SystemdUser::unitDirectory()
{
    return configHome() + QStringLiteral("/systemd/user");
}

QString watchKeysFile(const QString& domain)
{
    return configHome() + QStringLiteral("/mailready/watch-%1.keys").arg(domain.toLower());
}

QString SystemdUser::systemctlProgram()
{
    const QString overridden = qEnvironmentVariable("MAILREADY_SYSTEMCTL");
    return overridden.isEmpty() ? QStringLiteral("systemctl") : overridden;
}

SystemdUser::Command SystemdUser::systemctl(const QStringList& arguments)
{
    Command c;
    c.arguments = QStringList{QStringLiteral("--user")} + arguments;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(systemctlProgram(), c.arguments);
    if (!p.waitForStarted(10000))
        return c;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return c;
    }
    c.output = QString::fromLocal8Bit(p.readAll()).trimmed();
    c.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return c;
}

QList<SystemdUser::Command> SystemdUser::install(const ScheduleSpec& spec, QString* error, bool replace,
                                                 OutputFile::Result* written)
{
    const QString dir = unitDirectory();
    const QString base = dir + u'/' + unitfiles::baseName(spec.domain);
    const QList<std::pair<QString, QString>> files{{base + QStringLiteral(".service"), unitfiles::systemdService(spec)},
                                                   {base + QStringLiteral(".timer"), unitfiles::systemdTimer(spec)}};
    // Both files are judged before either is written: a schedule is never left half replaced by a refusal.
    OutputFile::Result r = OutputFile::makeDirectories(dir);
    for (const auto& file : files)
        if (r.ok())
            r = OutputFile::check(file.first, {replace, {}});
    for (const auto& file : files)
        if (r.ok())
            r = OutputFile::write(file.first, file.second.toUtf8(), {replace, {}});
    if (written)
        *written = r;
    if (!r.ok()) {
        *error = r.message;
        return {};
    }
    QList<Command> done;
    for (const QStringList& args : {QStringList{QStringLiteral("daemon-reload")},
                                    QStringList{QStringLiteral("enable"), QStringLiteral("--now"),
                                                unitfiles::baseName(spec.domain) + QStringLiteral(".timer")}}) {
        done << systemctl(args);
        if (!done.last().ok()) {
            *error =
                QStringLiteral("systemctl %1 failed: %2")
                    .arg(done.last().arguments.join(u' '),
                         done.last().output.isEmpty() ? QStringLiteral("it could not be run") : done.last().output);
            break;
        }
    }
    return done;
}

// Removes a file of the schedule; one that is not there is fine, one that stays is said with the system's reason.
static void removeFile(const QString& path, QString* error)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT && error->isEmpty())
        *error = QStringLiteral("cannot remove %1: %2").arg(path, OutputFile::reason(errno));
}

QList<SystemdUser::Command> SystemdUser::remove(const QString& domain, QString* error)
{
    error->clear();
    const QString base = unitDirectory() + u'/' + unitfiles::baseName(domain);
    if (!QFile::exists(base + QStringLiteral(".timer")) && !QFile::exists(base + QStringLiteral(".service"))) {
        *error = QStringLiteral("no schedule is installed for %1").arg(domain);
        return {};
    }
    QList<Command> done;
    done << systemctl(
        {QStringLiteral("disable"), QStringLiteral("--now"), unitfiles::baseName(domain) + QStringLiteral(".timer")});
    for (const QString& path :
         {base + QStringLiteral(".timer"), base + QStringLiteral(".service"), watchKeysFile(domain)})
        removeFile(path, error);
    done << systemctl({QStringLiteral("daemon-reload")});
    for (const Command& c : done)
        if (!c.ok() && error->isEmpty())
            *error =
                QStringLiteral("the files are removed, but systemctl %1 failed: %2")
                    .arg(c.arguments.join(u' '), c.output.isEmpty() ? QStringLiteral("it could not be run") : c.output);
    return done;
}

QString minuteText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// The next run of a timer from `systemctl --user list-timers --all --output=json UNIT` (as systemd 252
// answers it): [{"next":USEC,"left":USEC,"last":USEC,"passed":USEC,"unit":"...","activates":"..."}], times in
// microseconds since the epoch, 0 for none. Unlike `show`'s NextElapseUSecRealtime, it has the next run of a timer that
// counts from its last activation (OnUnitActiveSec=) too, which `show` gives only on the monotonic clock.
static bool readTimerList(const QString& json, const QString& unit, SystemdUser::State* s)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject timer = v.toObject();
        if (timer.value(QStringLiteral("unit")).toString() != unit)
            continue;
        const qint64 next = timer.value(QStringLiteral("next")).toInteger();
        if (next > 0)
            s->nextRun = minuteText(QDateTime::fromMSecsSinceEpoch(next / 1000, Qt::UTC));
        return true;
    }
    return false;
}

static QString valueOf(const QString& text, const QString& key)
{
    for (const QString& line : text.split(u'\n'))
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

SystemdUser::State SystemdUser::state(const QString& domain)
{
    State s;
    const QString base = unitDirectory() + u'/' + unitfiles::baseName(domain);
    s.timerFile = base + QStringLiteral(".timer");
    QFile timer(s.timerFile);
    s.installed = timer.open(QIODevice::ReadOnly);
    if (!s.installed)
        return s;
    const QString timerText = QString::fromUtf8(timer.readAll());
    s.interval = valueOf(timerText, QStringLiteral("OnCalendar"));
    if (s.interval.isEmpty()) {
        const QString every = valueOf(timerText, QStringLiteral("OnUnitActiveSec"));
        QString why;
        const auto interval = Interval::parse(every, &why);
        s.interval = QStringLiteral("every ") + (interval ? interval->text() : every);
    }
    QFile service(base + QStringLiteral(".service"));
    if (service.open(QIODevice::ReadOnly))
        s.execLine = checks::dnsbl::ListKeyFile::masked(
            valueOf(QString::fromUtf8(service.readAll()), QStringLiteral("ExecStart")));
    const QString unit = unitfiles::baseName(domain) + QStringLiteral(".timer");
    const Command enabled = systemctl({QStringLiteral("is-enabled"), unit});
    if (enabled.exitCode >= 0 && !enabled.output.contains(u'\n') && !enabled.output.contains(u' '))
        s.enabled = enabled.output;
    const Command timers =
        systemctl({QStringLiteral("list-timers"), QStringLiteral("--all"), QStringLiteral("--output=json"), unit});
    if (timers.ok() && readTimerList(timers.output, unit, &s))
        return s;
    // A systemd whose list-timers gives no JSON: `show` has the next run of calendar timers (OnCalendar=) only.
    const Command show = systemctl({QStringLiteral("show"), unit, QStringLiteral("--property=NextElapseUSecRealtime")});
    const QString next = show.ok() ? valueOf(show.output, QStringLiteral("NextElapseUSecRealtime")) : QString();
    if (next != QLatin1String("n/a")) // systemd's word for none
        s.nextRun = next;
    return s;
}

QStringList SystemdUser::watchedDomains()
{
    QStringList domains;
    const QString prefix = unitfiles::baseName(QString());
    for (const QString& f : QDir(unitDirectory()).entryList({prefix + QStringLiteral("*.timer")}, QDir::Files))
        domains << f.mid(prefix.size()).chopped(6);
    return domains;
}

bool SystemdUser::needsLinger()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    const bool lingering = !user.isEmpty() && QFile::exists(QStringLiteral("/var/lib/systemd/linger/") + user);
    const bool graphical = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    return !lingering && !graphical;
}

} // namespace mailready::watch
