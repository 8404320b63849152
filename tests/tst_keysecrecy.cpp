// The DKIM private key is the one secret a mail server has. It is written 0600 under any umask, atomically, never
// over an existing file or through a symbolic link, and it appears in no output: not on stdout or stderr (the log),
// not in `check --json`, not in the PDF, not in the wizard's settings. Every output is searched for the key's
// base64, line by line and whole.
#include "ChecklistPdf.h"
#include "MailReadyWizard.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "crypto/DkimKey.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace mailready;

class TestKeySecrecy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void keygenModeUnderAnyUmask_data();
    void keygenModeUnderAnyUmask();
    void concurrentKeygensWriteOneKey();
    void symlinkInTheWayIsNotFollowed();
    void keyIsInNoOutput_data();
    void keyIsInNoOutput();
    void wizardKeepsNoKeyMaterial();
};

static unsigned modeOf(const QString& path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

static QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The secret's fingerprints: the PEM body's lines, the body joined, and every 24-character window of it (so a
// re-wrapped or partial copy is found too).
static QList<QByteArray> secretPieces(const QByteArray& pem)
{
    QList<QByteArray> pieces{QByteArrayLiteral("PRIVATE KEY")};
    QByteArray body;
    for (const QByteArray& line : pem.split('\n'))
        if (!line.startsWith("-----") && !line.trimmed().isEmpty()) {
            pieces << line.trimmed();
            body += line.trimmed();
        }
    pieces << body;
    for (qsizetype i = 0; i + 24 <= body.size(); i += 12)
        pieces << body.mid(i, 24);
    return pieces;
}

static void verifyNoSecret(const QByteArray& haystack, const QList<QByteArray>& pieces, const char* where)
{
    for (const QByteArray& p : pieces)
        QVERIFY2(
            !haystack.contains(p),
            qPrintable(QStringLiteral("%1 holds key material: %2").arg(QLatin1String(where), QString::fromLatin1(p))));
}

void TestKeySecrecy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MailReadyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keysecrecy"));
}

void TestKeySecrecy::keygenModeUnderAnyUmask_data()
{
    QTest::addColumn<int>("mask");
    QTest::newRow("umask 000 (world-writable by default)") << 0;
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 077") << 077;
    QTest::newRow("umask 277 (owner may not write)") << 0277;
}

void TestKeySecrecy::keygenModeUnderAnyUmask()
{
    QFETCH(int, mask);
    QTemporaryDir dir;
    const mode_t old = ::umask(static_cast<mode_t>(mask)); // inherited by the child process
    QByteArray out, err;
    const int code = test::runMailready({QStringLiteral("dkim"), QStringLiteral("keygen"), QStringLiteral("--domain"),
                                         QStringLiteral("example.test"), QStringLiteral("--selector"),
                                         QStringLiteral("u1"), QStringLiteral("--algorithm"), QStringLiteral("ed25519"),
                                         QStringLiteral("--out"), dir.path()},
                                        &out, &err);
    ::umask(old);
    QVERIFY2(code == 0, err.constData());
    const QString key = dir.filePath(QStringLiteral("u1.private.pem"));
    QCOMPARE(modeOf(key), 0600u);
    QVERIFY(crypto::PrivateKey::readFile(key));
    verifyNoSecret(out + err, secretPieces(readAll(key)), "keygen output");
}

void TestKeySecrecy::concurrentKeygensWriteOneKey()
{
    // Four keygens race for one selector: exactly one key file appears, whole, and it is the winner's.
    QTemporaryDir dir;
    QList<QProcess*> runs;
    for (int i = 0; i < 4; ++i) {
        auto* p = new QProcess(this);
        p->start(QStringLiteral(MAILREADY_BINARY),
                 {QStringLiteral("dkim"), QStringLiteral("keygen"), QStringLiteral("--domain"),
                  QStringLiteral("example.test"), QStringLiteral("--selector"), QStringLiteral("race"),
                  QStringLiteral("--algorithm"), QStringLiteral("rsa-2048"), QStringLiteral("--out"), dir.path()});
        runs << p;
    }
    int winners = 0;
    QByteArray winnerOut;
    for (QProcess* p : runs) {
        QVERIFY(p->waitForFinished(120000));
        const QByteArray out = p->readAllStandardOutput();
        if (p->exitCode() == 0) {
            ++winners;
            winnerOut = out;
        } else {
            QVERIFY2(p->exitCode() == 64 || p->exitCode() == 70, p->readAllStandardError().constData());
        }
        delete p;
    }
    QCOMPARE(winners, 1);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(files, QStringList({QStringLiteral("race.private.pem"), QStringLiteral("race.txt")}));
    const auto key = crypto::PrivateKey::readFile(dir.filePath(QStringLiteral("race.private.pem")));
    QVERIFY(key);
    // The record the winner printed is the public half of the key on disk.
    const QString p = QString::fromLatin1(key->publicKey().dkimData().toBase64());
    QVERIFY(QString::fromUtf8(winnerOut)
                .remove(QLatin1Char('"'))
                .remove(QLatin1Char(' '))
                .remove(QLatin1Char('\n'))
                .contains(p));
}

void TestKeySecrecy::symlinkInTheWayIsNotFollowed()
{
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim"));
    QFile f(victim);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    QVERIFY(QFile::link(victim, dir.filePath(QStringLiteral("s1.private.pem"))));
    QByteArray out, err;
    const int code = test::runMailready({QStringLiteral("dkim"), QStringLiteral("keygen"), QStringLiteral("--domain"),
                                         QStringLiteral("example.test"), QStringLiteral("--selector"),
                                         QStringLiteral("s1"), QStringLiteral("--out"), dir.path()},
                                        &out, &err);
    QCOMPARE(code, 64);
    QCOMPARE(readAll(victim), QByteArray("keep me"));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("s1.private.pem"))).isSymLink());
}

void TestKeySecrecy::keyIsInNoOutput_data()
{
    QTest::addColumn<QString>("selector");
    QTest::newRow("RFC 6376 3.6.1 published key matches the key file") << QStringLiteral("good");
    QTest::newRow("RFC 6376 3.6.1 published key is another key") << QStringLiteral("other");
    QTest::newRow("RFC 6376 3.6.1 no key published") << QStringLiteral("missing");
}

void TestKeySecrecy::keyIsInNoOutput()
{
    QFETCH(QString, selector);
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("good.private.pem"));
    QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("tests/dkim/good.private.pem")), key));
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QList<QByteArray> pieces = secretPieces(readAll(key));
    QVERIFY(pieces.size() > 10);
    const QString pdf = dir.filePath(QStringLiteral("checklist.pdf"));
    for (const bool json : {true, false}) {
        QStringList args{QStringLiteral("check"),
                         QStringLiteral("--domain"),
                         QStringLiteral("dkim.test"),
                         QStringLiteral("--ip"),
                         QStringLiteral("192.0.2.10"),
                         QStringLiteral("--selector"),
                         selector,
                         QStringLiteral("--dkim-key"),
                         key,
                         QStringLiteral("--nameserver"),
                         test::nsdServer(),
                         QStringLiteral("--dnsbl"),
                         QStringLiteral("htmlbl.hostile.test"),
                         QStringLiteral("--pdf"),
                         pdf};
        if (json)
            args << QStringLiteral("--json");
        QFile::remove(pdf);
        QByteArray out, err;
        const int code = test::runMailready(args, &out, &err);
        QVERIFY2(code >= 0 && code <= 2, err.constData());
        QVERIFY(!out.isEmpty());
        verifyNoSecret(out, pieces, "stdout");
        verifyNoSecret(err, pieces, "stderr");
        QVERIFY(QFile::exists(pdf));
        verifyNoSecret(readAll(pdf), pieces, "the PDF file");
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("dkim.test")));
        verifyNoSecret(text.toUtf8(), pieces, "the PDF text");
        verifyNoSecret(text.simplified().remove(QLatin1Char(' ')).toUtf8(), pieces, "the PDF text unwrapped");
    }
}

void TestKeySecrecy::wizardKeepsNoKeyMaterial()
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("good.private.pem"));
    QVERIFY(QFile::copy(test::sourcePath(QStringLiteral("tests/dkim/good.private.pem")), key));
    const QList<QByteArray> pieces = secretPieces(readAll(key));
    QSettings().clear();
    {
        // The whole wizard, so its settings are saved on the way out as they are for users.
        ui::MailReadyWizard wizard(GlobalOptions{});
        ui::WizardModel& model = *wizard.model();
        CheckRequest request;
        request.domain = QStringLiteral("dkim.test");
        request.ips = {QHostAddress(QStringLiteral("192.0.2.10"))};
        request.selectors = {QStringLiteral("good")};
        request.dkimKeyFile = key;
        request.dnsblZones = {QStringLiteral("htmlbl.hostile.test")};
        request.resolver = test::nsdConfig(1500);
        model.setRequest(request);
        model.run();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isRunning(), 30000);
        QVERIFY(model.result(QStringLiteral("dkim")));
        const QString pdf = dir.filePath(QStringLiteral("wizard.pdf"));
        QString error;
        QVERIFY2(ui::writeChecklistPdf(model.report(), model.records(), pdf, &error), qPrintable(error));
        verifyNoSecret(readAll(pdf), pieces, "the wizard's PDF");
        verifyNoSecret(test::pdfText(pdf).toUtf8(), pieces, "the wizard's PDF text");
        wizard.reject();
    }
    QSettings settings;
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
    verifyNoSecret(readAll(settings.fileName()), pieces, "the settings file");
}

QTEST_MAIN(TestKeySecrecy)
#include "tst_keysecrecy.moc"
