#include "WatchCommand.h"

#include "CheckCommand.h"
#include "TerminalText.h"

#include "checks/dnsbl/ListKeyFile.h"
#include "watch/Notifier.h"
#include "watch/Schedule.h"
#include "watch/WatchHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace mailready::cli {

using namespace mailready::watch;

namespace {
const QString kEvery = QStringLiteral("every");
const QString kNoNotify = QStringLiteral("no-notify");
const QString kClickWait = QStringLiteral("click-wait");
const QString kForce = QStringLiteral("force");
const QString kKeysFile = QStringLiteral("dnsbl-keys-file");
constexpr int kDefaultClickWaitSeconds = 600;
} // namespace

QString WatchCommand::synopsis() const
{
    return QStringLiteral("watch install --domain D [--every INTERVAL] [check options]\n"
                          "       mailready watch remove --domain D\n"
                          "       mailready watch status [--domain D]\n"
                          "       mailready watch run --domain D [check options]");
}

QString WatchCommand::description() const
{
    return QStringLiteral("Keep watching a domain: 'install' adds a schedule (a systemd user timer) that runs its "
                          "checks as you, daily unless --every says otherwise; each run keeps a history and notifies "
                          "the desktop when something got worse. 'status' shows the schedule and the history.");
}

void WatchCommand::addOptions(QCommandLineParser& parser)
{
    addCheckInputOptions(parser);
    addReportOptions(parser, true); // refused, with the reason (checkArguments)
    parser.addOption({kEvery,
                      QStringLiteral("install: how often: daily (default), hourly, weekly, or like 30min, 6h, 2d "
                                     "(15min to 31d)."),
                      QStringLiteral("INTERVAL")});
    parser.addOption({kNoNotify, QStringLiteral("run: no desktop notification, only the report on stdout.")});
    parser.addOption({kForce, QStringLiteral("install: replace the schedule's files when they exist.")});
    parser.addOption({kClickWait,
                      QStringLiteral("run: how long a notification waits for its click before the run ends (default "
                                     "600)."),
                      QStringLiteral("SECONDS")});
}

std::optional<QStringList> WatchCommand::checkArguments(const QCommandLineParser& parser, CliIo& io, int* exitCode)
{
    static const QStringList own{kEvery, kNoNotify, kClickWait, kForce, QStringLiteral("json"), QStringLiteral("help")};
    static const QStringList refused{QStringLiteral("pdf"), QStringLiteral("remember"), QStringLiteral("forget"),
                                     QStringLiteral("format")};
    QStringList arguments;
    QStringList seen;
    for (const QString& name : parser.optionNames()) {
        if (own.contains(name) || seen.contains(name))
            continue;
        if (refused.contains(name)) {
            *exitCode = io.usage(QStringLiteral("--%1 does not go with watch.").arg(name));
            return std::nullopt;
        }
        seen << name;
        const QStringList values = parser.values(name);
        if (values.isEmpty())
            arguments << QStringLiteral("--") + name;
        for (const QString& v : values)
            arguments << QStringLiteral("--") + name << v;
    }
    return arguments;
}

int WatchCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io)
{
    const QStringList words = parser.positionalArguments();
    static const QStringList actions{QStringLiteral("install"), QStringLiteral("remove"), QStringLiteral("status"),
                                     QStringLiteral("run")};
    if (words.size() != 1 || !actions.contains(words.first()))
        return io.usage(
            QStringLiteral("watch needs one of install, remove, status, run. Try 'mailready watch --help'."));
    const QString action = words.first();
    int code = ExitOk;
    const auto domain = readDomain(parser, QStringLiteral("domain"), action != QLatin1String("status"), io, &code);
    if (code)
        return code;
    if (action != QLatin1String("install") && parser.isSet(kEvery))
        return io.usage(QStringLiteral("--every goes with watch install."));
    if (action == QLatin1String("install"))
        return install(parser, *domain, global.json, io);
    if (action == QLatin1String("remove"))
        return remove(*domain, global.json, io);
    if (action == QLatin1String("status"))
        return status(domain.value_or(QString()), global.json, io);
    return runOnce(parser, global, *domain, io);
}

// The systemctl commands install and remove ran, for --json.
static QJsonArray commandsJson(const QList<SystemdUser::Command>& commands)
{
    QJsonArray list;
    for (const SystemdUser::Command& c : commands)
        list << QJsonObject{{QStringLiteral("command"),
                             QStringLiteral("%1 %2").arg(SystemdUser::systemctlProgram(), c.arguments.join(u' '))},
                            {QStringLiteral("ok"), c.ok()},
                            {QStringLiteral("exit_code"), c.exitCode}};
    return list;
}

static void printJson(const QJsonObject& document, CliIo& io)
{
    io.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    io.out.flush();
}

static void printCommands(const QList<SystemdUser::Command>& commands, CliIo& io)
{
    for (const SystemdUser::Command& c : commands)
        io.out << QStringLiteral("  ran: %1 %2 -> %3\n")
                      .arg(SystemdUser::systemctlProgram(), c.arguments.join(u' '),
                           c.ok() ? QStringLiteral("ok") : QStringLiteral("failed (%1)").arg(c.exitCode));
}

// Windows and macOS: the Task Scheduler task or the launchd agent is written, and the command that registers it is
// printed, not run: neither has been tested on those systems yet.
[[maybe_unused]] static int prepareUntested(const ScheduleSpec& spec, bool replace, CliIo& io)
{
#ifdef Q_OS_WIN
    const QString path = History::stateDirectory() + QStringLiteral("/%1.xml").arg(unitfiles::baseName(spec.domain));
    const QString text = unitfiles::taskSchedulerXml(spec);
    const QString command = QStringLiteral("schtasks /Create /TN \"MailReady watch %1\" /XML \"%2\"")
                                .arg(spec.domain, QDir::toNativeSeparators(path));
#else
    const QString path =
        QDir::homePath() + QStringLiteral("/Library/LaunchAgents/io.github.mailready.watch.%1.plist").arg(spec.domain);
    const QString text = unitfiles::launchdPlist(spec);
    const QString command = QStringLiteral("launchctl load -w '%1'").arg(path);
#endif
    OutputFile::Result r = OutputFile::makeDirectories(QFileInfo(path).absolutePath());
    if (r.ok())
        r = OutputFile::write(path, text.toUtf8(), {replace, {}});
    if (!r.ok())
        return io.fileError(r, QStringLiteral("give --force to replace it"));
    io.out << QStringLiteral("Wrote %1. Scheduling on this system is untested; register it with:\n  %2\n")
                  .arg(path, command);
    return ExitOk;
}

// The arguments of the unit without the blocklist keys: a unit file is world-readable, so keys go to a file of their
// own.
static QStringList withoutKeys(const QStringList& arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (checks::dnsbl::ListKeyFile::optionNames().contains(arguments.at(i).mid(2))) {
            ++i; // the key after its option
            continue;
        }
        kept << arguments.at(i);
    }
    return kept;
}

// The keys given to install go to the schedule's own key file (mode 0600), which the unit names. An existing key
// file is a credential: it is never replaced; the same keys again are fine.
static int writeKeysFile(const CheckRequest& keys, bool keysFileGiven, const QString& domain, ScheduleSpec* spec,
                         CliIo& io)
{
    using checks::dnsbl::ListKeyFile;
    if (!ListKeyFile::hasAny(keys))
        return ExitOk;
    if (keysFileGiven)
        return io.usage(QStringLiteral("--dnsbl-keys-file and a key option: give the keys one way."));
    const QString path = watchKeysFile(domain);
    spec->arguments << QStringLiteral("--") + kKeysFile << path;
    CheckRequest existing;
    QString why;
    if (QFileInfo::exists(path) && ListKeyFile::readFile(path, existing, &why) &&
        ListKeyFile::fileText(existing) == ListKeyFile::fileText(keys))
        return ExitOk;
    OutputFile::Result r = OutputFile::makeDirectories(QFileInfo(path).absolutePath(), 0700);
    if (r.ok())
        r = OutputFile::write(path, ListKeyFile::fileText(keys), {false, 0600});
    return r.ok() ? ExitOk
                  : io.fileError(r, QStringLiteral("it holds other keys and is never overwritten: 'mailready watch "
                                                   "remove --domain %1' removes it")
                                        .arg(domain));
}

int WatchCommand::install(const QCommandLineParser& parser, const QString& domain, bool json, CliIo& io)
{
    int code = ExitOk;
    ScheduleSpec spec;
    spec.domain = domain;
    spec.program = QCoreApplication::applicationFilePath();
    if (parser.isSet(kEvery)) {
        QString why;
        const auto interval = Interval::parse(parser.value(kEvery), &why);
        if (!interval)
            return io.usage(QStringLiteral("--every: %1.").arg(why));
        spec.interval = *interval;
    }
    const auto arguments = checkArguments(parser, io, &code);
    if (!arguments)
        return code;
    spec.arguments = withoutKeys(*arguments);
    CheckRequest validated, keys;
    if ((code = readBlocklists(parser, validated, io)))
        return code;
    for (const QString& option : checks::dnsbl::ListKeyFile::optionNames())
        if (parser.isSet(option))
            *checks::dnsbl::ListKeyFile::field(keys, option) = *checks::dnsbl::ListKeyFile::field(validated, option);
    // What is in the way is said before anything is written.
    const bool replace = parser.isSet(kForce);
    const QString hint = QStringLiteral("the domain is watched already: give --force to replace its schedule, or "
                                        "'mailready watch remove --domain %1' first")
                             .arg(domain);
    const QString base = SystemdUser::unitDirectory() + u'/' + unitfiles::baseName(domain);
    for (const QString& unit : {base + QStringLiteral(".service"), base + QStringLiteral(".timer")})
        if (const OutputFile::Result r = OutputFile::check(unit, {replace, {}});
            r.problem == OutputFile::Problem::Refused || r.problem == OutputFile::Problem::Exists)
            return io.fileError(r, hint);
    if ((code = writeKeysFile(keys, parser.isSet(kKeysFile), domain, &spec, io)))
        return code;
#ifndef Q_OS_LINUX
    return prepareUntested(spec, replace, io);
#endif
    QString error;
    OutputFile::Result written;
    const QList<SystemdUser::Command> commands = SystemdUser::install(spec, &error, replace, &written);
    if (!written.ok())
        return io.fileError(written, hint);
    if (json) {
        printJson(
            {{QStringLiteral("schema"), QStringLiteral("mailready.watch-install/1")},
             {QStringLiteral("domain"), domain},
             {QStringLiteral("interval"), spec.interval.text()},
             {QStringLiteral("files"), QJsonArray{base + QStringLiteral(".service"), base + QStringLiteral(".timer")}},
             {QStringLiteral("commands"), commandsJson(commands)},
             {QStringLiteral("enabled"), error.isEmpty()},
             {QStringLiteral("needs_linger"), error.isEmpty() && SystemdUser::needsLinger()}},
            io);
    } else {
        io.out << QStringLiteral("Watching %1 %2: wrote %3.service and %3.timer\n")
                      .arg(domain, spec.interval.text(), base);
        printCommands(commands, io);
        io.out.flush();
    }
    if (!error.isEmpty()) {
        io.err << QStringLiteral("mailready: %1. The files are in place; once a user session manager runs, enable "
                                 "the timer with: systemctl --user daemon-reload && systemctl --user enable --now "
                                 "%2.timer")
                      .arg(error, unitfiles::baseName(domain))
               << Qt::endl;
        return ExitFail;
    }
    if (!json && SystemdUser::needsLinger())
        io.out << QStringLiteral("Note: on a machine without a desktop session your timers run only while you are "
                                 "logged in. To let them run always, enable lingering once: sudo loginctl "
                                 "enable-linger %1\n")
                      .arg(qEnvironmentVariable("USER"));
    return ExitOk;
}

int WatchCommand::remove(const QString& domain, bool json, CliIo& io)
{
    QString error;
    const QList<SystemdUser::Command> commands = SystemdUser::remove(domain, &error);
    if (commands.isEmpty()) {
        io.err << QStringLiteral("mailready: %1.").arg(error) << Qt::endl;
        return ExitFail;
    }
    const QString base = SystemdUser::unitDirectory() + u'/' + unitfiles::baseName(domain);
    if (QFileInfo(base + QStringLiteral(".timer")).isFile() || QFileInfo(base + QStringLiteral(".service")).isFile()) {
        if (!json)
            printCommands(commands, io);
        io.err << QStringLiteral("mailready: %1; the schedule stays.").arg(error) << Qt::endl;
        return ExitCantCreate;
    }
    if (json) {
        printJson({{QStringLiteral("schema"), QStringLiteral("mailready.watch-remove/1")},
                   {QStringLiteral("domain"), domain},
                   {QStringLiteral("history"), QDir::toNativeSeparators(History::fileFor(domain))},
                   {QStringLiteral("commands"), commandsJson(commands)}},
                  io);
    } else {
        io.out << QStringLiteral("No longer watching %1: removed the timer and the service (the history stays in "
                                 "%2)\n")
                      .arg(domain, QDir::toNativeSeparators(History::fileFor(domain)));
        printCommands(commands, io);
    }
    if (!error.isEmpty()) {
        io.err << QStringLiteral("mailready: %1.").arg(error) << Qt::endl;
        return ExitFail;
    }
    return ExitOk;
}

static QString orUnknown(const QString& s)
{
    return s.isEmpty() || s == QLatin1String("n/a") ? QStringLiteral("unknown") : s;
}

static void printStatus(const QString& domain, CliIo& io)
{
    const SystemdUser::State state = SystemdUser::state(domain);
    io.out << QStringLiteral("%1\n").arg(domain);
    if (state.installed) {
        io.out << QStringLiteral("  schedule:  installed (%1), %2, %3\n")
                      .arg(state.timerFile, orUnknown(state.enabled), state.interval);
        io.out << QStringLiteral("  runs:      %1\n").arg(state.execLine);
        io.out << QStringLiteral("  next run:  %1\n").arg(orUnknown(state.nextRun));
    } else {
        io.out << QStringLiteral("  schedule:  not installed ('mailready watch install --domain %1')\n").arg(domain);
    }
    QString error;
    const auto history = History::load(domain, &error);
    if (!history) {
        io.out << QStringLiteral("  history:   %1\n").arg(error.isEmpty() ? QStringLiteral("none yet") : error);
        return;
    }
    io.out << QStringLiteral("  last run:  %1 (%2 since %3)\n")
                  .arg(minuteText(history->lastRun),
                       history->runs == 1 ? QStringLiteral("1 run") : QStringLiteral("%1 runs").arg(history->runs),
                       minuteText(history->created));
    for (const QString& line : history->describe())
        io.out << QStringLiteral("    %1\n").arg(terminalSafe(line));
    const qsizetype first = qMax<qsizetype>(0, history->changes.size() - 5);
    io.out
        << QStringLiteral("  last changes:%1\n").arg(history->changes.isEmpty() ? QStringLiteral(" none") : QString());
    for (qsizetype i = history->changes.size() - 1; i >= first; --i) {
        const Change& c = history->changes.at(i);
        io.out << QStringLiteral("    %1 %2 %3\n")
                      .arg(c.when.toString(Qt::ISODate), c.worse ? QStringLiteral("worse:") : QStringLiteral("      "),
                           terminalSafe(c.text));
    }
}

static QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() || s == QLatin1String("n/a") ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// One domain of `watch status --json`: the schedule as systemd has it, and the stored history as it is kept.
static QJsonObject statusJson(const QString& domain)
{
    const SystemdUser::State state = SystemdUser::state(domain);
    QJsonObject schedule{{QStringLiteral("installed"), state.installed}};
    if (state.installed) {
        schedule.insert(QStringLiteral("timer_file"), state.timerFile);
        schedule.insert(QStringLiteral("enabled"), textOrNull(state.enabled));
        schedule.insert(QStringLiteral("interval"), textOrNull(state.interval));
        schedule.insert(QStringLiteral("command"), state.execLine); // keys masked by SystemdUser::state
        schedule.insert(QStringLiteral("next_run"), textOrNull(state.nextRun));
    }
    QJsonObject o{{QStringLiteral("domain"), domain}, {QStringLiteral("schedule"), schedule}};
    QString error;
    const auto history = History::load(domain, &error);
    o.insert(QStringLiteral("history_file"), QDir::toNativeSeparators(History::fileFor(domain)));
    o.insert(QStringLiteral("history"), history ? QJsonValue(history->toJson()) : QJsonValue(QJsonValue::Null));
    if (!history && !error.isEmpty())
        o.insert(QStringLiteral("history_error"), error);
    return o;
}

int WatchCommand::status(const QString& domain, bool json, CliIo& io)
{
    QStringList domains = domain.isEmpty() ? SystemdUser::watchedDomains() : QStringList{domain};
    if (json) {
        QJsonArray list;
        for (const QString& d : std::as_const(domains))
            list << statusJson(d);
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("mailready.watch-status/1")},
                                            {QStringLiteral("domains"), list}})
                      .toJson(QJsonDocument::Indented);
    } else if (domains.isEmpty()) {
        io.out << QStringLiteral("No domain is watched ('mailready watch install --domain D' starts).\n");
    } else {
        for (const QString& d : std::as_const(domains))
            printStatus(d, io);
    }
    return !domains.isEmpty() && SystemdUser::state(domains.first()).installed ? ExitOk : ExitFail;
}

static std::optional<int> clickWaitSeconds(const QCommandLineParser& parser, CliIo& io, int* exitCode)
{
    if (!parser.isSet(kClickWait))
        return kDefaultClickWaitSeconds;
    bool ok = false;
    const int seconds = parser.value(kClickWait).toInt(&ok);
    if (!ok || seconds < 0 || seconds > 3600) {
        *exitCode = io.usage(QStringLiteral("--click-wait: '%1' is not a number of seconds from 0 to 3600.")
                                 .arg(parser.value(kClickWait)));
        return std::nullopt;
    }
    return seconds;
}

static void notify(const QString& domain, const QList<Change>& changes, int waitSeconds, CliIo& io)
{
    const auto notice = noticeFor(domain, changes);
    if (!notice)
        return;
    DesktopNotifier notifier;
    QString error;
    const auto id = notifier.send(*notice, &error);
    if (!id) {
        io.err << QStringLiteral("mailready: no desktop notification: %1").arg(error) << Qt::endl;
        return;
    }
    if (waitSeconds > 0 && notifier.waitForAction(*id, waitSeconds * 1000))
        DesktopNotifier::openWizard(notice->page, domain);
}

// What `watch run` prints: the run's number, status and changes; with --json one document that also holds the
// check's own report (mailready.check/1) as it was kept in the history.
static void printRun(const QString& domain, int run, const QJsonObject& report, const QList<Change>& changes, bool json,
                     CliIo& io)
{
    if (json) {
        QJsonArray changeJson;
        for (const Change& c : changes)
            changeJson << c.toJson();
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("mailready.watch-run/1")},
                                            {QStringLiteral("domain"), domain},
                                            {QStringLiteral("run"), run},
                                            {QStringLiteral("status"), report.value(QStringLiteral("status"))},
                                            {QStringLiteral("changes"), changeJson},
                                            {QStringLiteral("report"), report}})
                      .toJson(QJsonDocument::Indented);
    } else {
        io.out << QStringLiteral("Run %1 of %2: %3\n")
                      .arg(run)
                      .arg(domain, report.value(QStringLiteral("status")).toString());
        for (const Change& c : changes)
            io.out << QStringLiteral("  %1 %2\n")
                          .arg(c.worse ? QStringLiteral("worse:") : QStringLiteral("change:"), terminalSafe(c.text));
    }
    io.out.flush();
}

int WatchCommand::runOnce(const QCommandLineParser& parser, const GlobalOptions& global, const QString& domain,
                          CliIo& io)
{
    int code = ExitOk;
    const auto wait = clickWaitSeconds(parser, io, &code);
    if (!wait || !checkArguments(parser, io, &code))
        return code;
    QString json, messages;
    QTextStream jsonOut(&json), messagesOut(&messages);
    CliIo checkIo{jsonOut, messagesOut, {}};
    GlobalOptions options = global;
    options.json = true;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    code = CheckCommand().run(parser, options, checkIo);
    jsonOut.flush();
    messagesOut.flush();
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (code == ExitUsage || !doc.isObject()) {
        io.err << messages;
        return code == ExitUsage ? ExitUsage : ExitInternal;
    }
    QString error;
    History history = History::load(domain, &error).value_or(History{});
    if (!error.isEmpty()) {
        io.err << QStringLiteral("mailready: %1; starting a new history.").arg(error) << Qt::endl;
    }
    const QList<Change> changes = history.apply(Snapshot::fromCheckJson(doc.object(), when));
    OutputFile::Problem problem = OutputFile::Problem::None;
    if (!history.save(&error, &problem)) {
        io.err << QStringLiteral("mailready: could not save the history: %1.").arg(error) << Qt::endl;
        return exitCodeFor(problem);
    }
    printRun(domain, history.runs, doc.object(), changes, global.json, io);
    if (!parser.isSet(kNoNotify))
        notify(domain, changes, *wait, io);
    return ExitOk;
}

} // namespace mailready::cli
