// Every option of every command, given hostile values: empty, 10 kB, control characters, `../`, shell
// metacharacters, IDN and punycode, trailing dots, octal/hex/short IPv4 forms, scoped and ambiguous IPv6, numbers out
// of range. Each run must end, within a bound, in a one-line error (exit 64, or 73/74 for a file it cannot write) or
// in a result (exit 0, 1 or 2): no crash, no hang, no exit 70, no raw control character on the terminal, and no file
// written outside the path the value names. A NUL cannot travel in argv; it is swept through the commands that read
// files (a message, a bounce, a key) instead.
//
// The options are read from each command's own --help, so an option added later is swept without touching this file.
// Each run happens in a network namespace of its own with no interface up (unshare --net): whatever a value makes the
// program try to reach, nothing leaves the machine, and every DNS query fails at once, so a whole `check` stays
// quick. Where no namespace can be made (not root and no user namespaces), the test is skipped and says why.
#include "FileTree.h"
#include "TestDns.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <memory>

using namespace mailready;

namespace {

// A run that takes longer than this hangs (all DNS fails at once inside the namespace; the slowest honest run, a
// sanitizer build's `check` with the whole blocklist catalog, takes a few seconds).
constexpr int kRunBoundMs = 30000;
// Runs at once: the runs wait on nothing, so twice the cores keeps both busy while processes start.
constexpr int kParallel = 4;

// One command as the sweep starts it: the words before the options, and options that make a valid, quick run.
struct CommandSpec
{
    QStringList words; // "check", or "dkim" "keygen"
    QStringList base;  // valid options; a swept option replaces its own entry here
    bool positional;   // takes a FILE (swept too)
    QString helpVerb;  // words for --help, when it differs (dkim: `dkim --help`)
    // Sweep only the options `check` does not have: the rest reach the same parsing code, already swept there.
    bool ownOptionsOnly = false;
};

struct Option
{
    QString name;
    bool takesValue = false;
};

struct Case
{
    QString label;
    QStringList arguments;
    QString namedPath; // the value as a path, relative to the run's folder (what a file option may write)
    QByteArray stdinBytes;
};

struct Outcome
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

QStringList hostileValues()
{
    return {
        QString(),                                       // empty
        QString(10240, QLatin1Char('a')),                // 10 kB
        QStringLiteral("a\u0001b\u001b[31mred\u0007\r"), // control characters and an escape sequence
        QStringLiteral("line1\nline2"),
        QStringLiteral("../"),
        QStringLiteral("../escaped"),
        QStringLiteral("$(touch pwned)`touch pwned`;touch pwned|touch pwned&&touch pwned"),
        QStringLiteral("'\"\\%h%n%%"), // quotes, a backslash, systemd specifiers
        QStringLiteral("b\u00fccher.example"),
        QStringLiteral("xn--bcher-kva.example"),
        QStringLiteral("xn--zz.example"), // not valid punycode
        QStringLiteral("\u202eexample.test"),
        QStringLiteral("example.test."),
        QStringLiteral("example.test.."),
        QStringLiteral("203.000.113.010"),
        QStringLiteral("0x7f.0.0.1"),
        QStringLiteral("127.1"),
        QStringLiteral("fe80::1%eth0"),
        QStringLiteral("::1:5353"),
        QStringLiteral("[::1]:99999"),
        QStringLiteral("-1"),
        QStringLiteral("99999999999999999999"),
        QStringLiteral("--json"),
        QStringLiteral("-"),
        QString(64, QLatin1Char('l')) + QStringLiteral(".example"), // a label over 63 octets
        QStringLiteral("fifo"),                                     // a named pipe nobody writes to
        QStringLiteral("zero"),                                     // a device that reads for ever (/dev/zero's)
        QStringLiteral("existing.pdf"),                             // a file that must stay as it is
    };
}

// Contents with a NUL and other bytes no text has, for the commands that read a file.
QByteArray hostileFileBytes()
{
    QByteArray b("From: a@example.test\r\nSubject: x\0y\r\nReceived: from \x1b[31m\r\n\r\nbody\0\xff\xfe", 60);
    b += QByteArray(4096, '\0');
    return b;
}

QList<CommandSpec> commands()
{
    const QStringList dns{QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--timeout"),
                          QStringLiteral("300")};
    const QStringList server{QStringLiteral("--domain"),   QStringLiteral("sweep.test"),
                             QStringLiteral("--hostname"), QStringLiteral("mail.sweep.test"),
                             QStringLiteral("--ip"),       QStringLiteral("192.0.2.1")};
    return {
        {{QStringLiteral("check")}, server + dns, false, {}},
        {{QStringLiteral("spf")},
         QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.1"), QStringLiteral("--domain"),
                     QStringLiteral("sweep.test")} +
             dns,
         false,
         {}},
        {{QStringLiteral("records")}, server + dns, false, {}},
        {{QStringLiteral("dkim"), QStringLiteral("keygen")},
         QStringList{QStringLiteral("--domain"), QStringLiteral("sweep.test"), QStringLiteral("--selector"),
                     QStringLiteral("s1"), QStringLiteral("--algorithm"), QStringLiteral("ed25519"),
                     QStringLiteral("--out"), QStringLiteral("keys")},
         false,
         QStringLiteral("dkim")},
        {{QStringLiteral("dkim"), QStringLiteral("import")},
         QStringList{QStringLiteral("--domain"), QStringLiteral("sweep.test"), QStringLiteral("--selector"),
                     QStringLiteral("s2"), QStringLiteral("--key"), QStringLiteral("input.key"),
                     QStringLiteral("--out"), QStringLiteral("keys")},
         false,
         QStringLiteral("dkim")},
        {{QStringLiteral("message")}, QStringList{QStringLiteral("input.eml")} + dns, true, {}, true},
        {{QStringLiteral("bounce")}, QStringList{QStringLiteral("input.eml")}, true, {}},
        {{QStringLiteral("watch"), QStringLiteral("run")},
         server + dns + QStringList{QStringLiteral("--no-notify")},
         false,
         QStringLiteral("watch"),
         true},
        {{QStringLiteral("watch"), QStringLiteral("install")}, server + dns, false, QStringLiteral("watch")},
        {{QStringLiteral("watch"), QStringLiteral("status")},
         QStringList{QStringLiteral("--domain"), QStringLiteral("sweep.test")},
         false,
         QStringLiteral("watch"),
         true},
        {{QStringLiteral("watch"), QStringLiteral("remove")},
         QStringList{QStringLiteral("--domain"), QStringLiteral("sweep.test")},
         false,
         QStringLiteral("watch"),
         true},
    };
}

// The options a command's --help lists (long names only; `--help` itself is left out).
QList<Option> optionsFromHelp(const QByteArray& help)
{
    QList<Option> options;
    static const QRegularExpression line(QStringLiteral("^\\s+(?:-\\w, )?--([a-z0-9-]+)( <[^>]+>)?"));
    for (const QString& l : QString::fromUtf8(help).split(QLatin1Char('\n'))) {
        const auto m = line.match(l);
        if (!m.hasMatch() || m.captured(1) == QLatin1String("help") || m.captured(1) == QLatin1String("version"))
            continue;
        options << Option{m.captured(1), !m.captured(2).isEmpty()};
    }
    return options;
}

// `base` with `--name value` in place of its own `--name X` (or appended).
QStringList withOption(QStringList base, const QString& name, const QString& value)
{
    const QString flag = QStringLiteral("--") + name;
    const qsizetype at = base.indexOf(flag);
    if (at >= 0)
        base.remove(at, 2);
    return base << flag << value;
}

// The first byte a terminal would act on (a C0 control other than tab and line feed, DEL, or a C1 control), or -1.
qsizetype firstControl(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c < 0xa0))
            return i;
    }
    return -1;
}

QString shown(const QByteArray& bytes)
{
    QByteArray b = bytes.left(400);
    return QString::fromLatin1(b.toPercentEncoding(" :/.'\"-_=,()[]<>@!?;"));
}

} // namespace

class TestOptionSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyOptionWithHostileValues();
    void filesWithBytesNoTextHas();

private:
    QList<Outcome> runAll(const QList<Case>& cases, QList<std::shared_ptr<QTemporaryDir>>* folders);
    QString judge(const Case& c, const Outcome& o, const QString& folder, const QMap<QString, QString>& before) const;
    void prepareFolder(const QString& folder, const QByteArray& input) const;

    QStringList m_wrapper; // unshare and its arguments before the program
    QByteArray m_key;      // a valid key for `dkim import`
};

void TestOptionSweep::initTestCase()
{
    // Root makes a network namespace directly; elsewhere a user namespace maps the caller to root inside it.
    for (const QStringList& w : {QStringList{QStringLiteral("unshare"), QStringLiteral("--net")},
                                 QStringList{QStringLiteral("unshare"), QStringLiteral("--user"),
                                             QStringLiteral("--map-root-user"), QStringLiteral("--net")}}) {
        QProcess p;
        p.start(w.first(), w.mid(1) << QStringLiteral("true"));
        if (p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
            m_wrapper = w;
            break;
        }
    }
    if (m_wrapper.isEmpty())
        QSKIP("no network namespace can be made here (unshare --net and --user both refused), so the sweep could "
              "reach the network; it runs as root, as in scripts/test");
    QTemporaryDir keys;
    QVERIFY(keys.isValid());
    QByteArray out, err;
    QCOMPARE(test::runMailready({QStringLiteral("dkim"), QStringLiteral("keygen"), QStringLiteral("--domain"),
                                 QStringLiteral("sweep.test"), QStringLiteral("--selector"), QStringLiteral("k"),
                                 QStringLiteral("--algorithm"), QStringLiteral("ed25519"), QStringLiteral("--out"),
                                 keys.path()},
                                &out, &err),
             0);
    QFile key(keys.filePath(QStringLiteral("k.private.pem")));
    QVERIFY(key.open(QIODevice::ReadOnly));
    m_key = key.readAll();
}

// A run's folder: its working directory with the inputs and a file that must stay as it is, and homes of its own.
void TestOptionSweep::prepareFolder(const QString& folder, const QByteArray& input) const
{
    QDir d(folder);
    for (const char* sub : {"work", "work/keys", "home", "config", "state", "data", "cache"})
        d.mkpath(QString::fromLatin1(sub));
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(d.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    };
    write(QStringLiteral("work/input.key"), m_key);
    write(QStringLiteral("work/input.eml"), input);
    write(QStringLiteral("work/existing.pdf"), "%PDF-1.4 keep me\n");
    write(QStringLiteral("keep-outside"), "not to be touched\n");
    // A pipe and a character device in the working folder, under names the sweep gives as values. mknod needs root
    // (the sweep's namespace needs it too, or user namespaces, where mknod fails: then "zero" is just a missing file).
    ::mkfifo(QFile::encodeName(d.filePath(QStringLiteral("work/fifo"))).constData(), 0644);
    ::mknod(QFile::encodeName(d.filePath(QStringLiteral("work/zero"))).constData(), S_IFCHR | 0644, makedev(1, 5));
}

QList<Outcome> TestOptionSweep::runAll(const QList<Case>& cases, QList<std::shared_ptr<QTemporaryDir>>* folders)
{
    QList<Outcome> outcomes(cases.size());
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void()> startNext = [&]() {
        while (running < kParallel && next < cases.size()) {
            const qsizetype i = next++;
            const QString folder = folders->at(i)->path();
            auto* p = new QProcess(&loop);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), folder + QStringLiteral("/home"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
            env.insert(QStringLiteral("XDG_STATE_HOME"), folder + QStringLiteral("/state"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
            env.insert(QStringLiteral("XDG_CACHE_HOME"), folder + QStringLiteral("/cache"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            // watch install and remove talk to this instead of a real user manager.
            env.insert(QStringLiteral("MAILREADY_SYSTEMCTL"), QStringLiteral("/bin/true"));
            env.remove(QStringLiteral("DISPLAY"));
            p->setProcessEnvironment(env);
            p->setWorkingDirectory(folder + QStringLiteral("/work"));
            p->setProgram(m_wrapper.first());
            p->setArguments(m_wrapper.mid(1) << QStringLiteral(MAILREADY_BINARY) << cases.at(i).arguments);
            auto* timer = new QTimer(p);
            timer->setSingleShot(true);
            QObject::connect(timer, &QTimer::timeout, p, [&, i, p]() {
                outcomes[i].timedOut = true;
                p->kill();
            });
            QObject::connect(p, &QProcess::finished, &loop, [&, i, p](int code, QProcess::ExitStatus status) {
                outcomes[i].exitCode = code;
                outcomes[i].crashed = status != QProcess::NormalExit && !outcomes[i].timedOut;
                outcomes[i].out = p->readAllStandardOutput();
                outcomes[i].err = p->readAllStandardError();
                p->deleteLater();
                --running;
                if (next >= cases.size() && running == 0)
                    loop.quit();
                else
                    startNext();
            });
            ++running;
            p->start();
            if (!cases.at(i).stdinBytes.isNull())
                p->write(cases.at(i).stdinBytes);
            p->closeWriteChannel();
            timer->start(kRunBoundMs);
        }
    };
    if (cases.isEmpty())
        return outcomes;
    QTimer::singleShot(0, &loop, startNext);
    loop.exec();
    return outcomes;
}

// Empty when the run kept every rule; else what it broke.
QString TestOptionSweep::judge(const Case& c, const Outcome& o, const QString& folder,
                               const QMap<QString, QString>& before) const
{
    if (o.timedOut)
        return QStringLiteral("did not end within %1 s").arg(kRunBoundMs / 1000);
    if (o.crashed)
        return QStringLiteral("crashed; stderr: %1").arg(shown(o.err));
    static const QList<int> documented{0, 1, 2, 64, 73, 74};
    if (!documented.contains(o.exitCode))
        return QStringLiteral("exit %1 (not 0, 1, 2, 64, 73 or 74); stderr: %2").arg(o.exitCode).arg(shown(o.err));
    if (o.exitCode == 64) {
        const QList<QByteArray> lines = o.err.trimmed().split('\n');
        if (!o.out.isEmpty())
            return QStringLiteral("a usage error with output on stdout: %1").arg(shown(o.out));
        if (lines.size() != 1 || !lines.first().startsWith("mailready: "))
            return QStringLiteral("a usage error that is not one line 'mailready: ...': %1").arg(shown(o.err));
    }
    // `--pdf -` writes the PDF itself to stdout: bytes for a file, not text for a terminal.
    if (const qsizetype at = firstControl(o.out); at >= 0 && !o.out.startsWith("%PDF-"))
        return QStringLiteral("a raw control character on stdout at %1: %2").arg(at).arg(shown(o.out.mid(at - 40, 80)));
    if (const qsizetype at = firstControl(o.err); at >= 0)
        return QStringLiteral("a raw control character on stderr at %1: %2").arg(at).arg(shown(o.err.mid(at - 40, 80)));
    // --json as an option (not as the value of another option, which the sweep also tries).
    const qsizetype json = c.arguments.indexOf(QStringLiteral("--json"));
    const bool jsonAsked = json >= 0 && !(json > 0 && c.arguments.at(json - 1).startsWith(QStringLiteral("--")) &&
                                          c.namedPath == QStringLiteral("--json"));
    if (jsonAsked && o.exitCode != 64 && !o.out.isEmpty() && QJsonDocument::fromJson(o.out).isNull())
        return QStringLiteral("--json printed something that is not JSON: %1").arg(shown(o.out));

    // Files: only the program's own homes may change, and in the working folder only what the value names.
    const QMap<QString, QString> after = test::snapshotTree(folder);
    const QString named =
        c.namedPath.isEmpty()
            ? QString()
            : QDir(folder).relativeFilePath(QDir::cleanPath(folder + QStringLiteral("/work/") + c.namedPath));
    static const QStringList homes{QStringLiteral("home/"), QStringLiteral("config/"), QStringLiteral("state/"),
                                   QStringLiteral("data/"), QStringLiteral("cache/"),  QStringLiteral("work/keys/")};
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed << it.key();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            changed << it.key() + QStringLiteral(" (removed)");
    for (const QString& path : std::as_const(changed)) {
        const bool own = std::any_of(homes.cbegin(), homes.cend(), [&](const QString& h) {
            return path.startsWith(h) || path + QLatin1Char('/') == h;
        });
        // The value may name the run's folder itself (`--out ../`): then what is made there is what it names.
        const bool isNamed = !named.startsWith(QStringLiteral("..")) && !c.namedPath.isEmpty() &&
                             (named.isEmpty() || named == QLatin1String(".") || path == named ||
                              path.startsWith(named + QLatin1Char('/'))) &&
                             path != QLatin1String("keep-outside");
        if (!own && !isNamed)
            return QStringLiteral("changed %1, which the value does not name").arg(path);
        // What was there before is replaced only when --force says so (the sweep never gives it).
        if (!own && before.contains(path) && !c.arguments.contains(QStringLiteral("--force")))
            return QStringLiteral("replaced %1, which was there before, without --force").arg(path);
    }
    return {};
}

void TestOptionSweep::everyOptionWithHostileValues()
{
    QList<Case> cases;
    QStringList checkOptions;
    for (const CommandSpec& spec : commands()) {
        const QStringList helpWords = spec.helpVerb.isEmpty() ? spec.words : QStringList{spec.helpVerb};
        QByteArray help;
        QCOMPARE(test::runMailready(helpWords + QStringList{QStringLiteral("--help")}, &help), 0);
        const QList<Option> options = optionsFromHelp(help);
        QVERIFY2(options.size() >= 2, qPrintable(spec.words.join(QLatin1Char(' ')) + QStringLiteral(": no options "
                                                                                                    "in --help")));
        const QString command = spec.words.join(QLatin1Char(' '));
        for (const Option& option : options) {
            // The global options are read by one parser for every command: swept with `check`.
            const bool global = option.name == QLatin1String("nameserver") || option.name == QLatin1String("timeout");
            if (spec.words.first() == QLatin1String("check"))
                checkOptions << option.name;
            else if (global || (spec.ownOptionsOnly && checkOptions.contains(option.name)))
                continue;
            if (!option.takesValue) {
                // A flag given a value is a usage error; given alone, a valid run.
                cases << Case{command + QStringLiteral(" --") + option.name + QStringLiteral("=x"),
                              spec.words + spec.base + QStringList{QStringLiteral("--%1=x").arg(option.name)},
                              {},
                              {}};
                cases << Case{command + QStringLiteral(" --") + option.name,
                              spec.words + spec.base + QStringList{QStringLiteral("--") + option.name},
                              {},
                              {}};
                continue;
            }
            for (const QString& value : hostileValues())
                cases << Case{command + QStringLiteral(" --") + option.name + QStringLiteral(" ") +
                                  shown(value.toUtf8()).left(40),
                              spec.words + withOption(spec.base, option.name, value),
                              value,
                              {}};
        }
        // The words themselves: a verb or a FILE that is hostile.
        for (const QString& value : hostileValues()) {
            QStringList words = spec.words;
            QStringList base = spec.base;
            if (spec.positional)
                base.replace(0, value);
            else if (words.size() > 1)
                words.replace(1, value);
            else
                words << value;
            cases << Case{command + QStringLiteral(" word ") + shown(value.toUtf8()).left(40), words + base, value, {}};
        }
    }
    qInfo("%lld runs", static_cast<long long>(cases.size()));

    QList<std::shared_ptr<QTemporaryDir>> folders;
    QList<QMap<QString, QString>> before;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        folders << std::make_shared<QTemporaryDir>();
        QVERIFY(folders.last()->isValid());
        prepareFolder(folders.last()->path(), QByteArray("From: a@example.test\r\nSubject: x\r\n\r\nbody\r\n"));
        before << test::snapshotTree(folders.last()->path());
    }
    QElapsedTimer t;
    t.start();
    const QList<Outcome> outcomes = runAll(cases, &folders);
    qInfo("%lld runs in %lld ms", static_cast<long long>(cases.size()), static_cast<long long>(t.elapsed()));

    QStringList problems;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString problem = judge(cases.at(i), outcomes.at(i), folders.at(i)->path(), before.at(i));
        if (!problem.isEmpty())
            problems << cases.at(i).label + QStringLiteral(": ") + problem;
    }
    for (const QString& p : std::as_const(problems).mid(0, 400))
        qWarning("%s", qPrintable(p));
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 of %2 runs broke a rule (the first 400 above)").arg(problems.size()).arg(cases.size())));
}

// A NUL, invalid UTF-8 and an escape sequence inside the files that message, bounce and dkim import read, from a file
// and from stdin.
void TestOptionSweep::filesWithBytesNoTextHas()
{
    const QByteArray bytes = hostileFileBytes();
    const QStringList dns{QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--timeout"),
                          QStringLiteral("300")};
    QList<Case> cases;
    for (const QString& command : {QStringLiteral("message"), QStringLiteral("bounce")}) {
        cases << Case{
            command + QStringLiteral(" FILE"), QStringList{command, QStringLiteral("input.eml")} + dns, {}, {}};
        cases << Case{command + QStringLiteral(" --json FILE"),
                      QStringList{command, QStringLiteral("--json"), QStringLiteral("input.eml")} + dns,
                      {},
                      {}};
        cases << Case{command + QStringLiteral(" -"), QStringList{command, QStringLiteral("-")} + dns, {}, bytes};
    }
    cases << Case{QStringLiteral("dkim import --key FILE"),
                  {QStringLiteral("dkim"), QStringLiteral("import"), QStringLiteral("--domain"),
                   QStringLiteral("sweep.test"), QStringLiteral("--selector"), QStringLiteral("s"),
                   QStringLiteral("--key"), QStringLiteral("input.eml"), QStringLiteral("--out"),
                   QStringLiteral("keys")},
                  {},
                  {}};
    cases << Case{QStringLiteral("check --dkim-key FILE"),
                  QStringList{QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("sweep.test"),
                              QStringLiteral("--ip"), QStringLiteral("192.0.2.1"), QStringLiteral("--selector"),
                              QStringLiteral("s"), QStringLiteral("--dkim-key"), QStringLiteral("input.eml")} +
                      dns,
                  {},
                  {}};
    QList<std::shared_ptr<QTemporaryDir>> folders;
    QList<QMap<QString, QString>> before;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        folders << std::make_shared<QTemporaryDir>();
        prepareFolder(folders.last()->path(), bytes);
        before << test::snapshotTree(folders.last()->path());
    }
    const QList<Outcome> outcomes = runAll(cases, &folders);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString problem = judge(cases.at(i), outcomes.at(i), folders.at(i)->path(), before.at(i));
        QVERIFY2(problem.isEmpty(), qPrintable(cases.at(i).label + QStringLiteral(": ") + problem));
    }
}

QTEST_GUILESS_MAIN(TestOptionSweep)
#include "tst_option_sweep.moc"
