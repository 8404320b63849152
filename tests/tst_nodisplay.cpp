// The real binary started where no window can open: a server shell without DISPLAY or WAYLAND_DISPLAY, a DISPLAY
// whose X server is gone, and a real unprivileged user (nobody, through setpriv) without a display. The wizard says
// in one sentence that it needs a desktop session and that `mailready check` runs without one, and exits 64: never
// Qt's abort (SIGABRT, exit 134, "reinstalling the application may fix this") with a core dump. The headless
// `check --pdf` (Qt Gui for the fonts, never a display) prints no Qt warning about XDG_RUNTIME_DIR.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestNoDisplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wizardWithoutDisplay_data();
    void wizardWithoutDisplay();
    void wizardAsUnprivilegedUser();
    void offscreenStillOpens();
    void pdfWithoutRuntimeDirWarning();
};

namespace {

struct Run
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QString err;
};

// The environment of a server shell: no window system named anywhere.
QProcessEnvironment bareEnvironment(const QString& configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE", "XDG_RUNTIME_DIR"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return env;
}

Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& env, int timeoutMs = 20000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not finish");
        return r;
    }
    r.status = p.exitStatus();
    r.code = p.exitCode();
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

// One sentence that says what to do, and nothing of Qt's abort.
void verifyRefusal(const Run& r)
{
    QCOMPARE(r.status, QProcess::NormalExit); // a signal (SIGABRT) would be a CrashExit
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(QStringLiteral("needs a desktop session")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("'mailready check --domain DOMAIN' runs without one")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("einstalling")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("platform plugin")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
}

} // namespace

void TestNoDisplay::wizardWithoutDisplay_data()
{
    QTest::addColumn<QString>("display");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no DISPLAY, no WAYLAND_DISPLAY") << QString() << QStringList{};
    QTest::newRow("no display, --page opens the wizard too")
        << QString() << QStringList{QStringLiteral("--page"), QStringLiteral("verify")};
    // A display number nobody serves: xcb cannot connect, so Qt gives up on its platform plugin.
    QTest::newRow("DISPLAY of an X server that is gone") << QStringLiteral(":87") << QStringList{};
}

void TestNoDisplay::wizardWithoutDisplay()
{
    QFETCH(QString, display);
    QFETCH(QStringList, arguments);
    if (!display.isEmpty() && QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X87")))
        QSKIP("an X server runs on :87 here");
    QTemporaryDir config;
    QProcessEnvironment env = bareEnvironment(config.path());
    if (!display.isEmpty())
        env.insert(QStringLiteral("DISPLAY"), display);
    verifyRefusal(run(QStringLiteral(MAILREADY_BINARY), arguments, env));
}

void TestNoDisplay::wizardAsUnprivilegedUser()
{
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (geteuid() != 0 || setpriv.isEmpty())
        QSKIP("needs root and setpriv to become nobody");
    const QFileInfo binary(QStringLiteral(MAILREADY_BINARY));
    QTemporaryDir config;
    QFile::setPermissions(config.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
    QProcessEnvironment env = bareEnvironment(config.path());
    env.insert(QStringLiteral("HOME"), config.path());
    const QStringList asNobody{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                               QStringLiteral("--clear-groups"), binary.absoluteFilePath()};
    // nobody must be able to run the binary at all, or the test proves nothing.
    const Run version = run(setpriv, asNobody + QStringList{QStringLiteral("--version")}, env);
    if (version.code != 0)
        QSKIP(qPrintable(QStringLiteral("nobody cannot run %1 here: %2").arg(binary.absoluteFilePath(), version.err)));
    verifyRefusal(run(setpriv, asNobody, env));
    // The same user with a DISPLAY it may not open.
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":87"));
    if (!QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X87")))
        verifyRefusal(run(setpriv, asNobody, env));
}

void TestNoDisplay::offscreenStillOpens()
{
    // A platform chosen on purpose (the tests' offscreen) is trusted: the wizard opens and runs until it is closed.
    QTemporaryDir config;
    QProcessEnvironment env = bareEnvironment(config.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAILREADY_BINARY), {});
    QVERIFY(p.waitForStarted(10000));
    QVERIFY2(!p.waitForFinished(3000), qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
    p.kill();
    p.waitForFinished();
}

void TestNoDisplay::pdfWithoutRuntimeDirWarning()
{
    // No DNS server answers on port 9: every check ends unknown, quickly, and the PDF is still written.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run r = run(QStringLiteral(MAILREADY_BINARY),
                      {QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("example.test"),
                       QStringLiteral("--ip"), QStringLiteral("192.0.2.25"), QStringLiteral("--nameserver"),
                       QStringLiteral("127.0.0.1:9"), QStringLiteral("--timeout"), QStringLiteral("300"),
                       QStringLiteral("--pdf"), pdf},
                      bareEnvironment(dir.filePath(QStringLiteral("config"))), 60000);
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("QStandardPaths")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestNoDisplay)
#include "tst_nodisplay.moc"
