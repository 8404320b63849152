// `mailready dkim keygen|import` and the key files: mode 0600 whatever the umask, never overwriting, nothing left
// behind on failure, the private key never printed.
#include "CliAssertions.h"
#include "MailAuthTestData.h"
#include "TestDns.h"
#include "checks/dkim/DkimRecord.h"
#include "checks/dkim/DkimSignature.h"
#include "crypto/DkimKey.h"
#include "crypto/KeyFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using namespace mailready;

class TestDkimKeygen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keygen_data();
    void keygen();
    void keygenJson();
    void refusesToOverwrite();
    void unwritableDirectoryLeavesNothing();
    void writeNewFileModes();
    void stoppedGenerationEnds_data();
    void stoppedGenerationEnds();
    void import();
    void importRefusesShortKey();
    void usageErrors_data();
    void usageErrors();

private:
    mode_t m_umask = 022;
};

static unsigned modeOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

void TestDkimKeygen::init()
{
    m_umask = ::umask(0); // the harshest umask: files would be world-writable if the code relied on it
}

void TestDkimKeygen::cleanup()
{
    ::umask(m_umask);
}

void TestDkimKeygen::keygen_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<int>("bits");
    QTest::newRow("default rsa-2048") << QString() << "rsa" << 2048;
    QTest::newRow("rsa-3072") << "rsa-3072"
                              << "rsa" << 3072;
    QTest::newRow("rsa-4096") << "rsa-4096"
                              << "rsa" << 4096;
    QTest::newRow("ed25519 (RFC 8463)") << "ed25519"
                                        << "ed25519" << 256;
}

void TestDkimKeygen::keygen()
{
    QFETCH(QString, algorithm);
    QFETCH(QString, keyType);
    QFETCH(int, bits);
    QTemporaryDir dir;
    QStringList args{
        QStringLiteral("dkim"),       QStringLiteral("keygen"), QStringLiteral("--domain"), QStringLiteral("Dkim.Test"),
        QStringLiteral("--selector"), QStringLiteral("2026a"),  QStringLiteral("--out"),    dir.path()};
    if (!algorithm.isEmpty())
        args << QStringLiteral("--algorithm") << algorithm;
    QByteArray out, err;
    QCOMPARE(test::runMailready(args, &out, &err), 0);

    const QString keyPath = dir.filePath(QStringLiteral("2026a.private.pem"));
    const QString txtPath = dir.filePath(QStringLiteral("2026a.txt"));
    QCOMPARE(modeOf(keyPath), 0600u);
    QCOMPARE(modeOf(txtPath), 0644u);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary file left
    const QByteArray pem = test::readAll(keyPath);
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----")); // PKCS#8
    const auto key = crypto::PrivateKey::fromPem(pem);
    QVERIFY(key);
    QCOMPARE(crypto::keyTypeName(key->type()), keyType);
    QCOMPARE(key->bits(), bits);

    // The private key is never printed: no PEM marker, no line of its base64 body, on stdout or stderr.
    for (const QByteArray& stream : {out, err}) {
        QVERIFY(!stream.contains("PRIVATE KEY"));
        for (const QByteArray& line : pem.split('\n'))
            if (line.size() > 16 && !line.startsWith("-----"))
                QVERIFY(!stream.contains(line));
    }
    // Printed: the DNS name, the one-string record for web panels, the zone-file line; S.txt holds the zone line.
    const QString text = QString::fromUtf8(out);
    const QString record = checks::dkim::composeKeyRecord(key->publicKey());
    QVERIFY(text.contains(QStringLiteral("2026a._domainkey.dkim.test.")));
    QVERIFY(text.contains(record));
    const auto zone = test::zoneTxt(test::readAll(txtPath));
    QCOMPARE(zone.value(QStringLiteral("2026a._domainkey.dkim.test.")).value(0), record.toUtf8());
    QVERIFY(text.contains(QString::fromUtf8(test::readAll(txtPath)).trimmed()));
    if (bits == 4096)
        QVERIFY(text.contains(QStringLiteral("UDP")));
    // The record published from S.txt verifies mail signed with the key file.
    const auto proof =
        checks::dkim::provePair(*key, record.toUtf8(), QStringLiteral("dkim.test"), QStringLiteral("2026a"));
    QVERIFY2(proof.matches, qPrintable(proof.detail));
}

void TestDkimKeygen::keygenJson()
{
    QTemporaryDir dir;
    int code = -1;
    const QJsonObject o = test::runMailreadyJson(
        {QStringLiteral("--json"), QStringLiteral("dkim"), QStringLiteral("keygen"), QStringLiteral("--domain"),
         QStringLiteral("dkim.test"), QStringLiteral("--selector"), QStringLiteral("j1"), QStringLiteral("--algorithm"),
         QStringLiteral("ed25519"), QStringLiteral("--out"), dir.path()},
        &code);
    QCOMPARE(code, 0);
    QCOMPARE(o.value(QStringLiteral("key_type")).toString(), QStringLiteral("ed25519"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("j1._domainkey.dkim.test."));
    QVERIFY(o.value(QStringLiteral("record")).toString().startsWith(QStringLiteral("v=DKIM1; k=ed25519; p=")));
    QCOMPARE(checks::dkim::KeyRecord::parse(o.value(QStringLiteral("record")).toString().toUtf8()).verdict,
             checks::dkim::KeyVerdict::Valid);
    QVERIFY(!QJsonDocument(o).toJson().contains("PRIVATE KEY"));
}

void TestDkimKeygen::refusesToOverwrite()
{
    QTemporaryDir dir;
    const QStringList args{
        QStringLiteral("dkim"),       QStringLiteral("keygen"), QStringLiteral("--domain"), QStringLiteral("dkim.test"),
        QStringLiteral("--selector"), QStringLiteral("s1"),     QStringLiteral("--out"),    dir.path()};
    QCOMPARE(test::runMailready(args), 0);
    const QString keyPath = dir.filePath(QStringLiteral("s1.private.pem"));
    const QByteArray before = test::readAll(keyPath);
    QByteArray out, err;
    QCOMPARE(test::runMailready(args, &out, &err), 64);
    QCOMPARE(test::readAll(keyPath), before);
    const QString line = QString::fromUtf8(err).trimmed();
    QVERIFY2(line.contains(QStringLiteral("already exists")) && !line.contains(QLatin1Char('\n')), qPrintable(line));
    QVERIFY(out.isEmpty());
    // Also when only the record file is in the way, nothing is written.
    QTemporaryDir dir2;
    QFile txt(dir2.filePath(QStringLiteral("s1.txt")));
    QVERIFY(txt.open(QIODevice::WriteOnly));
    txt.close();
    QStringList args2 = args;
    args2.last() = dir2.path();
    QCOMPARE(test::runMailready(args2, &out, &err), 64);
    QVERIFY(!QFile::exists(dir2.filePath(QStringLiteral("s1.private.pem"))));
}

void TestDkimKeygen::unwritableDirectoryLeavesNothing()
{
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(locked));
    QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0555) == 0);
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    QStringList args{
        QStringLiteral("dkim"),       QStringLiteral("keygen"), QStringLiteral("--domain"), QStringLiteral("dkim.test"),
        QStringLiteral("--selector"), QStringLiteral("s1"),     QStringLiteral("--out"),    locked};
    QByteArray out, err;
    int code = -1;
    if (::geteuid() == 0) {
        // root writes anywhere: run as nobody, for whom the directory is read-only.
        QProcess p;
        p.start(QStringLiteral("/usr/bin/setpriv"),
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), QStringLiteral(MAILREADY_BINARY)} +
                    args);
        QVERIFY(p.waitForFinished(60000));
        code = p.exitCode();
        err = p.readAllStandardError();
    } else {
        code = test::runMailready(args, &out, &err);
    }
    // EX_CANTCREAT with the system's reason; 70 is for bugs.
    QCOMPARE(code, 73);
    QVERIFY2(QString::fromUtf8(err).trimmed().count(QLatin1Char('\n')) == 0, err.constData());
    QVERIFY2(err.contains("permission denied"), err.constData());
    QVERIFY(QDir(locked).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    ::chmod(QFile::encodeName(locked).constData(), 0755);
}

void TestDkimKeygen::writeNewFileModes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.pem"));
    QString error;
    QCOMPARE(crypto::writeNewFile(path, "secret", 0600, &error), crypto::WriteResult::Written);
    QCOMPARE(modeOf(path), 0600u);
    QCOMPARE(crypto::writeNewFile(path, "other", 0600, &error), crypto::WriteResult::Exists);
    QCOMPARE(test::readAll(path), QByteArray("secret"));
    // A dangling symbolic link is not followed and not replaced.
    const QString link = dir.filePath(QStringLiteral("link.pem"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), link));
    QCOMPARE(crypto::writeNewFile(link, "x", 0600, &error), crypto::WriteResult::Exists);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere"))));
    QCOMPARE(crypto::writeNewFile(dir.filePath(QStringLiteral("missing/k.pem")), "x", 0600, &error),
             crypto::WriteResult::Failed);
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2);
}

void TestDkimKeygen::import()
{
    QTemporaryDir dir;
    QByteArray out, err;
    QCOMPARE(
        test::runMailready({QStringLiteral("dkim"), QStringLiteral("import"), QStringLiteral("--key"),
                            test::sharedTestdata(QStringLiteral("dkim/rfc/rfc6376-C-rsa1024.private.pem")),
                            QStringLiteral("--domain"), QStringLiteral("example.com"), QStringLiteral("--selector"),
                            QStringLiteral("brisbane"), QStringLiteral("--out"), dir.path()},
                           &out, &err),
        0);
    // RFC 6376 Appendix C: the imported key derives the published record's key.
    const auto rfc = test::zoneTxt(test::readAll(test::sharedTestdata(QStringLiteral("dkim/rfc/rfc6376-C.zone"))));
    const auto mine = test::zoneTxt(test::readAll(dir.filePath(QStringLiteral("brisbane.txt"))));
    const auto a =
        checks::dkim::KeyRecord::parse(rfc.value(QStringLiteral("brisbane._domainkey.example.com.")).value(0));
    const auto b =
        checks::dkim::KeyRecord::parse(mine.value(QStringLiteral("brisbane._domainkey.example.com.")).value(0));
    QCOMPARE(b.verdict, checks::dkim::KeyVerdict::Valid);
    QVERIFY(*a.key == *b.key);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("brisbane.private.pem"))));
    QVERIFY(!out.contains("PRIVATE KEY"));
    // RFC 8301 3.2: 1024 bits is taken, with a warning that 2048 is the recommended size.
    QVERIFY2(err.contains("mailready: warning: The RSA key has 1024 bits; 2048 is the recommended size"),
             err.constData());
}

// RFC 8301 3.2: a key under 1024 bits is refused (exit 64, one sentence, no file written), a real key made by openssl.
void TestDkimKeygen::importRefusesShortKey()
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("short.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:512"), QStringLiteral("-out"), key});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkdir(out));
    QByteArray stdoutText, err;
    QCOMPARE(test::runMailready({QStringLiteral("dkim"), QStringLiteral("import"), QStringLiteral("--key"), key,
                                 QStringLiteral("--domain"), QStringLiteral("example.com"),
                                 QStringLiteral("--selector"), QStringLiteral("s512"), QStringLiteral("--out"), out},
                                &stdoutText, &err),
             64);
    QVERIFY2(err.startsWith("mailready: --key: The RSA key has only 512 bits") && err.count('\n') == 1,
             err.constData());
    QVERIFY(stdoutText.isEmpty());
    QVERIFY(QDir(out).isEmpty());
}

void TestDkimKeygen::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString d = QStringLiteral("--domain"), s = QStringLiteral("--selector");
    QTest::newRow("no action") << QStringList{QStringLiteral("dkim")} << "keygen or import";
    QTest::newRow("unknown action") << QStringList{QStringLiteral("dkim"), QStringLiteral("make")} << "'make'";
    QTest::newRow("missing --domain") << QStringList{QStringLiteral("dkim"), QStringLiteral("keygen"), s,
                                                     QStringLiteral("a")}
                                      << "--domain is required";
    QTest::newRow("missing --selector") << QStringList{QStringLiteral("dkim"), QStringLiteral("keygen"), d,
                                                       QStringLiteral("dkim.test")}
                                        << "--selector is required";
    QTest::newRow("bad selector")
        << QStringList{QStringLiteral("dkim"), QStringLiteral("keygen"), d, QStringLiteral("dkim.test"), s,
                       QStringLiteral("a b")}
        << "not a valid DKIM selector";
    QTest::newRow("bad algorithm") << QStringList{QStringLiteral("dkim"),
                                                  QStringLiteral("keygen"),
                                                  d,
                                                  QStringLiteral("dkim.test"),
                                                  s,
                                                  QStringLiteral("a"),
                                                  QStringLiteral("--algorithm"),
                                                  QStringLiteral("rsa-1024")}
                                   << "--algorithm";
    QTest::newRow("RFC 8301 3.2: no algorithm under 1024 bits") << QStringList{QStringLiteral("dkim"),
                                                                               QStringLiteral("keygen"),
                                                                               d,
                                                                               QStringLiteral("dkim.test"),
                                                                               s,
                                                                               QStringLiteral("a"),
                                                                               QStringLiteral("--algorithm"),
                                                                               QStringLiteral("rsa-512")}
                                                                << "is not rsa-2048, rsa-3072, rsa-4096 or ed25519";
    QTest::newRow("--out not a directory") << QStringList{QStringLiteral("dkim"),
                                                          QStringLiteral("keygen"),
                                                          d,
                                                          QStringLiteral("dkim.test"),
                                                          s,
                                                          QStringLiteral("a"),
                                                          QStringLiteral("--out"),
                                                          QStringLiteral("/nonexistent/x")}
                                           << "not a directory";
    QTest::newRow("import without --key")
        << QStringList{QStringLiteral("dkim"), QStringLiteral("import"), d, QStringLiteral("dkim.test"), s,
                       QStringLiteral("a")}
        << "--key";
}

void TestDkimKeygen::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    test::verifyUsageError(arguments, message);
}

void TestDkimKeygen::stoppedGenerationEnds_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::newRow("RFC 8301 3.2 RSA 2048") << int(crypto::KeyAlgorithm::Rsa2048);
    QTest::newRow("RFC 8301 3.2 RSA 4096") << int(crypto::KeyAlgorithm::Rsa4096);
}

void TestDkimKeygen::stoppedGenerationEnds()
{
    // A generation told to stop gives up at its next prime candidate instead of running to the end (an RSA 4096
    // key takes seconds, more under a sanitizer), so whoever started it can wait for it without hanging.
    QFETCH(int, algorithm);
    std::atomic_bool stop{true};
    QString error;
    QElapsedTimer t;
    t.start();
    QVERIFY(!crypto::PrivateKey::generate(crypto::KeyAlgorithm(algorithm), &error, &stop));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    // The same call not stopped makes a key: the flag, not a broken generator, ended it.
    std::atomic_bool go{false};
    const auto key = crypto::PrivateKey::generate(crypto::KeyAlgorithm::Rsa2048, &error, &go);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(key->bits(), 2048);
}

QTEST_GUILESS_MAIN(TestDkimKeygen)
#include "tst_dkimkeygen.moc"
