// Every file mailready writes, written by the real binary into real folders: device nodes made with mknod, named
// pipes, sockets, symbolic links, read-only files and folders. What was there before is never lost unless --force
// named it; a write that fails says the path and the system's reason and exits 73 (cannot create) or 74 (write
// failed), after the verdict.
//
// The tests run as root (here and in CI), and root ignores the mode bits of a folder. A read-only folder is therefore
// written by an unprivileged user: the write runs under `setpriv --reuid=65534 --regid=65534 --clear-groups`, which
// needs only CAP_SETUID/CAP_SETGID (which a plain Debian container's root has), where a read-only bind mount would need
// CAP_SYS_ADMIN and `chattr +i` CAP_LINUX_IMMUTABLE and a file system that has the flag. Without root the folder's
// own mode bits do it.
//
// No DNS server is needed: the checks ask 127.0.0.1:9, where nothing listens, so each check is unknown at once.
#include "ChecklistPdf.h"
#include "FileTree.h"
#include "PublishPage.h"
#include "TestDns.h"
#include "WizardModel.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace mailready;

namespace {

constexpr int kUsage = 64;
constexpr int kCantCreate = 73;
constexpr int kIoError = 74;

struct Run
{
    int code = -1;
    QString out;
    QByteArray outBytes;
    QString err; // without Qt's XDG_RUNTIME_DIR warnings, which are not mailready's words
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

bool makeSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || size_t(name.size()) >= sizeof(addr.sun_path))
        return false;
    std::memcpy(addr.sun_path, name.constData(), size_t(name.size()));
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0;
    ::close(fd);
    return ok;
}

bool writeFile(const QString& path, const QByteArray& bytes, QFile::Permissions mode)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() &&
           (f.close(), f.setPermissions(mode));
}

// The kinds of things that can be in the way of a file, each made for real under `base` + a suffix.
enum class Kind { Regular, ReadOnly, Device, Fifo, Socket, Folder, Link, DanglingLink };

QList<Kind> allKinds()
{
    return {Kind::Regular, Kind::ReadOnly, Kind::Device, Kind::Fifo,
            Kind::Socket,  Kind::Folder,   Kind::Link,   Kind::DanglingLink};
}

QString kindName(Kind k)
{
    static const char* names[] = {"regular", "read-only", "device", "fifo", "socket", "folder", "link", "dangling"};
    return QString::fromLatin1(names[int(k)]);
}

bool make(Kind kind, const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    switch (kind) {
    case Kind::Regular:
        return writeFile(path, "kept as it was\n", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    case Kind::ReadOnly:
        return writeFile(path, "read-only\n", QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    case Kind::Device: // the same node as /dev/null
        return ::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) == 0;
    case Kind::Fifo:
        return ::mkfifo(name.constData(), 0644) == 0;
    case Kind::Socket:
        return makeSocket(path);
    case Kind::Folder:
        return QDir().mkpath(path);
    case Kind::Link: {
        const QString target = path + QStringLiteral(".target");
        return writeFile(target, "the link's target\n", QFile::ReadOwner | QFile::WriteOwner) &&
               QFile::link(QFileInfo(target).fileName(), path);
    }
    case Kind::DanglingLink:
        return QFile::link(QFileInfo(path).fileName() + QStringLiteral(".nowhere"), path);
    }
    return false;
}

} // namespace

class TestFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_home;

    static QStringList offlineCheck()
    {
        return {QStringLiteral("--domain"),  QStringLiteral("files.test"),   QStringLiteral("--ip"),
                QStringLiteral("192.0.2.1"), QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:9"),
                QStringLiteral("--timeout"), QStringLiteral("300")};
    }

    // Runs mailready with a home of the test's own; as nobody when asked (see the top of the file); through
    // `sh -c PREFIX exec mailready ...` when a shell prefix is given (limits).
    Run mailready(const QStringList& arguments, const QMap<QString, QString>& env = {}, bool asNobody = false,
                  const QString& shellPrefix = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("HOME"), m_home);
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        e.insert(QStringLiteral("XDG_STATE_HOME"), m_home + QStringLiteral("/state"));
        e.insert(QStringLiteral("MAILREADY_SYSTEMCTL"), QStringLiteral("/bin/true"));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (it.value().isNull())
                e.remove(it.key());
            else
                e.insert(it.key(), it.value());
        }
        QString program = QStringLiteral(MAILREADY_BINARY);
        QStringList args = arguments;
        if (!shellPrefix.isEmpty()) {
            args = QStringList{QStringLiteral("-c"), shellPrefix + QStringLiteral(" exec \"$0\" \"$@\""), program} +
                   arguments;
            program = QStringLiteral("/bin/sh");
        }
        if (asNobody && ::geteuid() == 0) {
            args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                               QStringLiteral("--clear-groups"), program} +
                   args;
            program = QStringLiteral("/usr/bin/setpriv");
        }
        QProcess p;
        p.setProcessEnvironment(e);
        p.setWorkingDirectory(m_tmp.path());
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.outBytes = p.readAllStandardOutput();
        r.out = QString::fromUtf8(r.outBytes);
        QStringList lines;
        for (const QString& l : QString::fromUtf8(p.readAllStandardError()).split(u'\n'))
            if (!l.startsWith(QLatin1String("QStandardPaths:")))
                lines << l;
        r.err = lines.join(u'\n').trimmed();
        return r;
    }

    // A folder only root may write in (and everybody may enter): read-only for nobody.
    QString readOnlyFolder(const QString& name)
    {
        const QString dir = m_tmp.filePath(name);
        if (!QDir().mkpath(dir))
            return {};
        ::chmod(QFile::encodeName(dir).constData(), ::geteuid() == 0 ? 0755 : 0555);
        return dir;
    }

    QString newFolder(const QString& name)
    {
        const QString dir = m_tmp.filePath(name);
        QDir(dir).removeRecursively();
        return QDir().mkpath(dir) ? dir : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // nobody must reach the binary and the folders below; QTemporaryDir makes its folder 0700.
        ::chmod(QFile::encodeName(m_tmp.path()).constData(), 0755);
        m_home = m_tmp.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(m_home));
    }

    // check --pdf refuses what is not a new name before it asks anything: no report, exit 64, one sentence, and
    // the thing in the way unchanged. Before: QSaveFile renamed its file over each of them (exit 0).
    void pdfRefusesWhatIsInTheWay_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("device") << int(Kind::Device) << "is a device, not a file";
        QTest::newRow("fifo") << int(Kind::Fifo) << "is a named pipe, not a file";
        QTest::newRow("socket") << int(Kind::Socket) << "is a socket, not a file";
        QTest::newRow("folder") << int(Kind::Folder) << "is a folder, not a file";
        QTest::newRow("link") << int(Kind::Link) << "is a symbolic link";
        QTest::newRow("dangling link") << int(Kind::DanglingLink) << "is a symbolic link";
        QTest::newRow("existing file") << int(Kind::Regular) << "already exists; give --force to replace it";
        QTest::newRow("read-only file") << int(Kind::ReadOnly) << "already exists; give --force to replace it";
    }

    void pdfRefusesWhatIsInTheWay()
    {
        QFETCH(int, kind);
        QFETCH(QString, says);
        const QString dir = newFolder(QStringLiteral("pdf-") + QString::fromLatin1(QTest::currentDataTag()));
        const QString path = dir + QStringLiteral("/report.pdf");
        QVERIFY(make(Kind(kind), path));
        const auto before = test::snapshotTree(dir);
        const Run r = mailready(QStringList{QStringLiteral("check")} + offlineCheck() +
                                QStringList{QStringLiteral("--pdf"), path});
        QCOMPARE(r.code, kUsage);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // refused before the checks ran
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("mailready: ") + path) && r.err.contains(says), qPrintable(r.err));
        QCOMPARE(test::snapshotTree(dir), before);
        // --force replaces a file, never what is not one.
        const Run forced = mailready(QStringList{QStringLiteral("check")} + offlineCheck() +
                                     QStringList{QStringLiteral("--pdf"), path, QStringLiteral("--force")});
        if (Kind(kind) == Kind::Regular || Kind(kind) == Kind::ReadOnly) {
            QCOMPARE(forced.code, 2); // every check unknown: nothing answers at 127.0.0.1:9
            QVERIFY(forced.out.contains(QStringLiteral("Overall: UNKNOWN")));
            const QString after = test::describeEntry(path);
            QVERIFY2(after.contains(QStringLiteral("bytes 255044462d")), qPrintable(after)); // "%PDF-"
            // The old file's mode is kept (0640 and 0444), and nothing else is left in the folder.
            QCOMPARE(after.section(u' ', 3, 3), before.value(QStringLiteral("report.pdf")).section(u' ', 3, 3));
            QCOMPARE(test::snapshotTree(dir).keys(), before.keys());
        } else {
            QCOMPARE(forced.code, kUsage);
            QCOMPARE(test::snapshotTree(dir), before);
        }
    }

    // `--pdf -` writes the PDF to stdout and the report to stderr; it does not go with --json.
    void pdfToStdout()
    {
        const Run r = mailready(QStringList{QStringLiteral("check")} + offlineCheck() +
                                QStringList{QStringLiteral("--pdf"), QStringLiteral("-")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.outBytes.startsWith("%PDF-"));
        QVERIFY2(r.err.contains(QStringLiteral("Overall: UNKNOWN")), qPrintable(r.err));
        const Run json = mailready(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + offlineCheck() +
                                   QStringList{QStringLiteral("--pdf"), QStringLiteral("-")});
        QCOMPARE(json.code, kUsage);
    }

    // A folder the user cannot write in: the verdict is printed all the same (human and JSON), then one sentence
    // with the path and the system's reason, and exit 73. Before: exit 70 "internal error".
    void pdfIntoReadOnlyFolderAfterTheVerdict()
    {
        const QString dir = readOnlyFolder(QStringLiteral("ro-pdf"));
        const QString path = dir + QStringLiteral("/report.pdf");
        const Run human = mailready(QStringList{QStringLiteral("check")} + offlineCheck() +
                                        QStringList{QStringLiteral("--pdf"), path},
                                    {}, true);
        QCOMPARE(human.code, kCantCreate);
        QVERIFY2(human.out.contains(QStringLiteral("Overall: UNKNOWN")), qPrintable(human.out));
        QCOMPARE(human.errLines().size(), 1);
        QCOMPARE(human.err, QStringLiteral("mailready: cannot create %1: permission denied.").arg(path));
        const Run json = mailready(QStringList{QStringLiteral("check"), QStringLiteral("--json")} + offlineCheck() +
                                       QStringList{QStringLiteral("--pdf"), path},
                                   {}, true);
        QCOMPARE(json.code, kCantCreate);
        QCOMPARE(QJsonDocument::fromJson(json.outBytes).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("unknown"));
        QVERIFY(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    // A write that fails half-way (here the file size limit, EFBIG, with SIGXFSZ ignored as a full disk would not
    // signal) is EX_IOERR: exit 74, the reason, no file and no temporary file left.
    void failedWriteIsIoError()
    {
        const QString dir = newFolder(QStringLiteral("limited"));
        const QString path = dir + QStringLiteral("/report.pdf");
        const Run r = mailready(QStringList{QStringLiteral("check")} + offlineCheck() +
                                    QStringList{QStringLiteral("--pdf"), path},
                                {}, false, QStringLiteral("trap '' XFSZ; ulimit -f 8;"));
        QCOMPARE(r.code, kIoError);
        QVERIFY(r.out.contains(QStringLiteral("Overall: UNKNOWN")));
        QCOMPARE(r.err, QStringLiteral("mailready: cannot write %1: file too large.").arg(path));
        QVERIFY(test::snapshotTree(dir).isEmpty());
    }

    // dkim keygen --out /proc: the kernel's reason and EX_CANTCREAT. Before: exit 70.
    void keygenWhereNothingCanBeCreated()
    {
        const Run r = mailready({QStringLiteral("dkim"), QStringLiteral("keygen"), QStringLiteral("--domain"),
                                 QStringLiteral("files.test"), QStringLiteral("--selector"), QStringLiteral("s1"),
                                 QStringLiteral("--out"), QStringLiteral("/proc")});
        QCOMPARE(r.code, kCantCreate);
        QCOMPARE(r.err, QStringLiteral("mailready: cannot create /proc/s1.private.pem: no such file or directory."));
    }

    // Each writing command against a folder holding one of every kind of thing at each name it writes: without
    // --force nothing there changes (bytes, mode, type, link target), and nothing is added beside them.
    void everyWriterLeavesWhatIsThere_data()
    {
        QTest::addColumn<int>("kind");
        for (Kind k : allKinds())
            QTest::newRow(qPrintable(kindName(k))) << int(k);
    }

    void everyWriterLeavesWhatIsThere()
    {
        QFETCH(int, kind);
        const Kind k = Kind(kind);
        const QString root = newFolder(QStringLiteral("sweep-") + kindName(k));
        const QString out = root + QStringLiteral("/out");
        const QString config = root + QStringLiteral("/config");
        const QString state = root + QStringLiteral("/state");
        const QString key = root + QStringLiteral("/keys/import.pem");
        QVERIFY(QDir().mkpath(out) && QDir().mkpath(config + QStringLiteral("/systemd/user")) &&
                QDir().mkpath(config + QStringLiteral("/MailReady")) &&
                QDir().mkpath(config + QStringLiteral("/mailready")) &&
                QDir().mkpath(state + QStringLiteral("/mailready")) && QDir().mkpath(QFileInfo(key).absolutePath()));
        QVERIFY(QFile::copy(test::sharedTestdata(QStringLiteral("dkim/rfc/rfc6376-C-rsa1024.private.pem")), key));
        const QStringList targets{
            out + QStringLiteral("/report.pdf"),
            out + QStringLiteral("/s1.private.pem"),
            out + QStringLiteral("/s2.txt"),
            config + QStringLiteral("/systemd/user/mailready-watch-files.test.service"),
            config + QStringLiteral("/mailready/watch-keys.test.keys"),
            state + QStringLiteral("/mailready/watch-files.test.json"),
        };
        for (const QString& t : targets)
            QVERIFY2(make(k, t), qPrintable(t));
        // The settings file is MailReady's own and --remember updates it: only what is not a file is tried there.
        const bool settingsInTheWay = k != Kind::Regular && k != Kind::ReadOnly;
        if (settingsInTheWay)
            QVERIFY(make(k, config + QStringLiteral("/MailReady/MailReady.conf")));
        const auto before = test::snapshotTree(root);
        const QMap<QString, QString> env{{QStringLiteral("XDG_CONFIG_HOME"), config},
                                         {QStringLiteral("XDG_STATE_HOME"), state}};
        const QStringList dkim{QStringLiteral("--domain"), QStringLiteral("files.test"), QStringLiteral("--out"), out};
        const QList<QStringList> commands{
            QStringList{QStringLiteral("check"), QStringLiteral("--pdf"), out + QStringLiteral("/report.pdf")} +
                offlineCheck(),
            QStringList{QStringLiteral("dkim"), QStringLiteral("keygen"), QStringLiteral("--selector"),
                        QStringLiteral("s1")} +
                dkim,
            QStringList{QStringLiteral("dkim"), QStringLiteral("keygen"), QStringLiteral("--selector"),
                        QStringLiteral("s2")} +
                dkim,
            QStringList{QStringLiteral("dkim"), QStringLiteral("import"), QStringLiteral("--key"), key,
                        QStringLiteral("--selector"), QStringLiteral("s2")} +
                dkim,
            QStringList{QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                        QStringLiteral("files.test")},
            QStringList{QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                        QStringLiteral("keys.test"), QStringLiteral("--spamhaus-dqs-key"),
                        QStringLiteral("abcdefgh12345678")},
            QStringList{QStringLiteral("watch"), QStringLiteral("run"), QStringLiteral("--no-notify")} + offlineCheck(),
        };
        for (const QStringList& command : commands) {
            const Run r = mailready(command, env);
            QVERIFY2(r.code != 0 && r.code != -1 && r.code != -2, qPrintable(command.join(u' ') + r.out + r.err));
            QVERIFY2(r.err.startsWith(QStringLiteral("mailready: ")), qPrintable(r.err));
            QVERIFY2(!r.out.contains(QStringLiteral("Wrote")) && !r.out.contains(QStringLiteral("wrote")),
                     qPrintable(r.out));
        }
        if (settingsInTheWay) {
            const Run r =
                mailready(QStringList{QStringLiteral("check"), QStringLiteral("--remember")} + offlineCheck(), env);
            QVERIFY2(r.code == kUsage || r.code == kCantCreate, qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("mailready: remembered")), qPrintable(r.err));
        }
        // keys.test got a unit of its own (that name was free) and a key file could not be made: its unit is not
        // written either; files.test's unit is in the way.
        const auto after = test::snapshotTree(root);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(),
                     qPrintable(it.key() + u'\n' + it.value() + u'\n' + after.value(it.key())));
        QCOMPARE(after.keys(), before.keys());
    }

    // --remember with a configuration folder the user cannot write: the reason, exit 73, never "remembered".
    // Before: "remembered ..." and exit 0. watch install into such a folder: the same, never "wrote".
    void readOnlyConfigurationFolder()
    {
        const QString config = readOnlyFolder(QStringLiteral("ro-config"));
        const QMap<QString, QString> env{{QStringLiteral("XDG_CONFIG_HOME"), config}};
        const Run remember =
            mailready(QStringList{QStringLiteral("check"), QStringLiteral("--remember")} + offlineCheck(), env, true);
        QCOMPARE(remember.code, kCantCreate);
        QVERIFY(remember.out.contains(QStringLiteral("Overall: UNKNOWN")));
        QCOMPARE(remember.err,
                 QStringLiteral("mailready: nothing was remembered: cannot create the folder %1/MailReady: permission "
                                "denied.")
                     .arg(config));
        const Run install = mailready({QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                                       QStringLiteral("files.test")},
                                      env, true);
        QCOMPARE(install.code, kCantCreate);
        QVERIFY2(install.out.isEmpty(), qPrintable(install.out));
        QCOMPARE(install.err,
                 QStringLiteral("mailready: cannot create the folder %1/systemd/user: permission denied.").arg(config));
        QVERIFY(QDir(config).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    // The settings file exists and is the user's, in a folder the user cannot write: QSettings' failure is seen.
    void rememberIntoReadOnlySettings()
    {
        const QString config = readOnlyFolder(QStringLiteral("ro-settings"));
        const QString settings = readOnlyFolder(QStringLiteral("ro-settings/MailReady"));
        QVERIFY(writeFile(settings + QStringLiteral("/MailReady.conf"), "[General]\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        const Run r = mailready(QStringList{QStringLiteral("check"), QStringLiteral("--remember")} + offlineCheck(),
                                {{QStringLiteral("XDG_CONFIG_HOME"), config}}, true);
        QCOMPARE(r.code, kCantCreate);
        QCOMPARE(r.err, QStringLiteral("mailready: nothing was remembered: cannot write %1/MailReady.conf: permission "
                                       "denied.")
                            .arg(settings));
    }

    // Blocklist keys given to watch install go to a 0600 file of their own, which the unit names; the unit file,
    // install's and status's output never hold them, and a unit written by an older version is shown masked.
    // Before: the key stood in the 0644 unit's ExecStart and in `watch status`.
    void watchKeysStayPrivate()
    {
        const QString config = newFolder(QStringLiteral("keys-config"));
        const QMap<QString, QString> env{{QStringLiteral("XDG_CONFIG_HOME"), config}};
        const QString dqs = QStringLiteral("dqskey0123456789");
        const QString abusix = QStringLiteral("abusix-key-4242");
        const Run install = mailready({QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                                       QStringLiteral("keys.test"), QStringLiteral("--spamhaus-dqs-key"), dqs,
                                       QStringLiteral("--abusix-key"), abusix},
                                      env);
        QVERIFY2(install.code == 0, qPrintable(install.err));
        const QString unit = config + QStringLiteral("/systemd/user/mailready-watch-keys.test.service");
        const QString keys = config + QStringLiteral("/mailready/watch-keys.test.keys");
        QFile unitFile(unit);
        QVERIFY(unitFile.open(QIODevice::ReadOnly));
        const QString unitText = QString::fromUtf8(unitFile.readAll());
        QVERIFY2(unitText.contains(QStringLiteral(" --dnsbl-keys-file ") + keys + u'\n'), qPrintable(unitText));
        QFile keyFile(keys);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QString keyText = QString::fromUtf8(keyFile.readAll());
        QVERIFY(keyText.contains(QStringLiteral("spamhaus-dqs-key = ") + dqs) &&
                keyText.contains(QStringLiteral("abusix-key = ") + abusix));
        QCOMPARE(test::describeEntry(keys).section(u' ', 3, 3), QStringLiteral("600"));
        for (const QString& status :
             {mailready({QStringLiteral("watch"), QStringLiteral("status")}, env).out,
              mailready({QStringLiteral("watch"), QStringLiteral("status"), QStringLiteral("--json")}, env).out,
              install.out + install.err, unitText})
            QVERIFY2(!status.contains(dqs) && !status.contains(abusix), qPrintable(status));

        // A unit of an older version, with the keys in ExecStart: status masks them.
        QVERIFY(writeFile(unit,
                          QStringLiteral("[Service]\nExecStart=/usr/bin/mailready watch run --domain keys.test "
                                         "--spamhaus-dqs-key %1 --abusix-key=%2\n")
                              .arg(dqs, abusix)
                              .toUtf8(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const Run old = mailready({QStringLiteral("watch"), QStringLiteral("status")}, env);
        QVERIFY2(!old.out.contains(dqs) && !old.out.contains(abusix) &&
                     old.out.contains(QStringLiteral("--spamhaus-dqs-key ********")),
                 qPrintable(old.out));

        // The same keys again (--force) keep the key file; other keys never overwrite it.
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                            QStringLiteral("keys.test"), QStringLiteral("--spamhaus-dqs-key"), dqs,
                            QStringLiteral("--abusix-key"), abusix, QStringLiteral("--force")},
                           env)
                     .code,
                 0);
        const Run other = mailready({QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                                     QStringLiteral("keys.test"), QStringLiteral("--spamhaus-dqs-key"),
                                     QStringLiteral("otherkey0123456"), QStringLiteral("--force")},
                                    env);
        QCOMPARE(other.code, kUsage);
        QVERIFY2(other.err.contains(QStringLiteral("never overwritten")) && !other.err.contains(dqs),
                 qPrintable(other.err));
        QCOMPARE(test::describeEntry(keys).section(u' ', 3, 3), QStringLiteral("600"));

        // watch remove takes the key file with the units.
        QCOMPARE(mailready({QStringLiteral("watch"), QStringLiteral("remove"), QStringLiteral("--domain"),
                            QStringLiteral("keys.test")},
                           env)
                     .code,
                 0);
        QVERIFY(!QFileInfo::exists(keys) && !QFileInfo::exists(unit));
    }

    // --dnsbl-keys-file is read by check: a file others may read is refused, its keys are checked, and a key may
    // not come twice. The messages never hold a key.
    void keysFileIsReadAndMustBePrivate()
    {
        const QString dir = newFolder(QStringLiteral("keys-file"));
        const QString file = dir + QStringLiteral("/keys");
        const QString secret = QStringLiteral("dqskey0123456789");
        const auto check = [&](const QStringList& more) {
            return mailready(QStringList{QStringLiteral("check"), QStringLiteral("--dnsbl-keys-file"), file} +
                             offlineCheck() + more);
        };
        QVERIFY(writeFile(file, (QStringLiteral("spamhaus-dqs-key = ") + secret + u'\n').toUtf8(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        Run r = check({});
        QCOMPARE(r.code, kUsage);
        QVERIFY2(r.err.contains(QStringLiteral("(mode 0644)")) && r.err.contains(QStringLiteral("chmod 600")),
                 qPrintable(r.err));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        r = check({QStringLiteral("--json")});
        QCOMPARE(r.code, 2);
        // The file's key is used: Spamhaus is asked through its Data Query Service, and the key is shown masked.
        QVERIFY2(r.out.contains(QStringLiteral("********.zen.dq.spamhaus.net")) && !r.out.contains(secret),
                 qPrintable(r.out.left(2000)));
        r = check({QStringLiteral("--spamhaus-dqs-key"), QStringLiteral("abcdefgh12345")});
        QCOMPARE(r.code, kUsage);
        QVERIFY2(r.err.contains(QStringLiteral("given twice")) && !r.err.contains(secret), qPrintable(r.err));
        QVERIFY(writeFile(file, "spamhaus-dqs-key = not a key!\n", QFile::ReadOwner | QFile::WriteOwner));
        r = check({});
        QCOMPARE(r.code, kUsage);
        QVERIFY2(r.err.contains(QStringLiteral("line 1: the spamhaus-dqs-key is not a valid key")), qPrintable(r.err));
    }

    // HOME unset: the password database's home folder, never /.config. As nobody (whose home, /nonexistent on
    // Debian, does not exist) the install fails naming that folder. Before: it named /.config/systemd/user.
    void homeUnsetUsesThePasswordDatabase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run as nobody");
        const passwd* nobody = ::getpwuid(65534);
        if (!nobody || !nobody->pw_dir || QByteArray(nobody->pw_dir) == "/" ||
            QFileInfo::exists(QFile::decodeName(nobody->pw_dir)))
            QSKIP("nobody has no home folder that does not exist here");
        const QString home = QFile::decodeName(nobody->pw_dir);
        const Run r =
            mailready({QStringLiteral("watch"), QStringLiteral("install"), QStringLiteral("--domain"),
                       QStringLiteral("files.test")},
                      {{QStringLiteral("HOME"), QString()}, {QStringLiteral("XDG_CONFIG_HOME"), QString()}}, true);
        QCOMPARE(r.code, kCantCreate);
        QVERIFY2(
            r.err.startsWith(QStringLiteral("mailready: cannot create the folder %1/.config/systemd/user: ").arg(home)),
            qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/.config/systemd/user/mailready-watch-files.test.service")));
    }

    // The wizard's exports: its save dialog asked before replacing a file, so a file (even a read-only one) is
    // replaced keeping its mode; a folder, device, pipe, socket or link never is. Before, QSaveFile renamed over all.
    void wizardExportsReplaceOnlyFiles_data() { everyWriterLeavesWhatIsThere_data(); }

    void wizardExportsReplaceOnlyFiles()
    {
        QFETCH(int, kind);
        const Kind k = Kind(kind);
        const QString dir = newFolder(QStringLiteral("wizard-") + kindName(k));
        const QString pdf = dir + QStringLiteral("/checklist.pdf");
        const QString zone = dir + QStringLiteral("/records.zone");
        QVERIFY(make(k, pdf) && make(k, zone));
        const auto before = test::snapshotTree(dir);
        Report report;
        report.domain = QStringLiteral("files.test");
        ui::WizardModel model(GlobalOptions{});
        ui::PublishPage page(&model);
        QString pdfError, zoneError;
        const bool pdfWritten = ui::writeChecklistPdf(report, {}, pdf, &pdfError);
        const bool zoneWritten = page.exportZoneFile(zone, &zoneError);
        const auto after = test::snapshotTree(dir);
        if (k == Kind::Regular || k == Kind::ReadOnly) {
            QVERIFY2(pdfWritten && zoneWritten, qPrintable(pdfError + zoneError));
            QVERIFY(test::describeEntry(pdf).contains(QStringLiteral("bytes 255044462d")));
            QVERIFY(test::describeEntry(zone).contains(QStringLiteral("bytes ") +
                                                       QString::fromLatin1(QByteArray("; ").toHex())));
            for (const QString& name : {QStringLiteral("checklist.pdf"), QStringLiteral("records.zone")})
                QCOMPARE(after.value(name).section(u' ', 3, 3), before.value(name).section(u' ', 3, 3));
            QCOMPARE(after.keys(), before.keys());
        } else {
            QVERIFY(!pdfWritten && !zoneWritten);
            QVERIFY2(pdfError.startsWith(pdf) && zoneError.contains(zone), qPrintable(pdfError + u'\n' + zoneError));
            QCOMPARE(after, before);
        }
    }

    // dkim import reads the key where it is and says so; it writes only the record. Before, its help said it wrote
    // S.private.pem as keygen does.
    void importSaysWhatItWrote()
    {
        const QString out = newFolder(QStringLiteral("import"));
        const QString key = test::sharedTestdata(QStringLiteral("dkim/rfc/rfc6376-C-rsa1024.private.pem"));
        const Run r = mailready({QStringLiteral("dkim"), QStringLiteral("import"), QStringLiteral("--key"), key,
                                 QStringLiteral("--domain"), QStringLiteral("files.test"), QStringLiteral("--selector"),
                                 QStringLiteral("s1"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("s1.txt")});
        QVERIFY2(r.err.contains(
                     QStringLiteral("Read the private key from %1; it stays there, and no copy was written").arg(key)),
                 qPrintable(r.err));
        const Run help = mailready({QStringLiteral("dkim"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("import: the key stays where it is")), qPrintable(help.out));
    }
};

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
