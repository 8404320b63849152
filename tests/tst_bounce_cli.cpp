// `mailready bounce` on the command line: the contract's JSON, standard input, usage errors, and text from a
// stranger that never drives the terminal.
#include "TestDns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailready;

class TestBounceCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonFromFile();
    void standardInput();
    void humanOutput();
    void controlCharactersEscaped();
    void unknownTextExitsZero();
    void missingFileIsUsageError();
    void badFlagIsUsageError();
    void terminalInputIsRefused();

private:
    QString write(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

static const QByteArray kPtrBounce = "<carol@example.org>: host gmail-smtp-in.l.google.com[192.0.2.27] said:\n"
                                     "    550-5.7.25 [198.51.100.7] The IP address sending this message does not\n"
                                     "    have a PTR record setup, or the corresponding forward DNS entry does not\n"
                                     "    point to the sending IP. 550 5.7.25 - gsmtp (in reply to end of DATA\n"
                                     "    command)\n";

void TestBounceCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestBounceCli::write(const QString& name, const QByteArray& content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

void TestBounceCli::jsonFromFile()
{
    int code = -1;
    const QJsonObject doc = test::runMailreadyJson(
        {QStringLiteral("bounce"), write(QStringLiteral("ptr.txt"), kPtrBounce), QStringLiteral("--json")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.bounce/1"));
    QCOMPARE(doc.value(QStringLiteral("recognized")).toBool(), true);
    const QJsonArray matches = doc.value(QStringLiteral("matches")).toArray();
    QCOMPARE(matches.size(), 1);
    const QJsonObject m = matches.first().toObject();
    QCOMPARE(m.value(QStringLiteral("receiver")).toString(), QStringLiteral("Gmail"));
    QCOMPARE(m.value(QStringLiteral("code")).toString(), QStringLiteral("550 5.7.25"));
    QCOMPARE(m.value(QStringLiteral("threshold")).toString(), QStringLiteral("ptr"));
    QVERIFY(m.value(QStringLiteral("meaning")).toString().contains(QLatin1String("PTR")));
    QVERIFY(!m.value(QStringLiteral("fix")).toString().isEmpty());
    QVERIFY(m.value(QStringLiteral("source")).toString().startsWith(QLatin1String("https://")));
}

void TestBounceCli::standardInput()
{
    QProcess p;
    p.start(QStringLiteral(MAILREADY_BINARY),
            {QStringLiteral("bounce"), QStringLiteral("-"), QStringLiteral("--json")});
    QVERIFY(p.waitForStarted());
    p.write("421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. "
            "Gmail requires all bulk email senders to authenticate their email with SPF.\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(doc.value(QStringLiteral("matches")).toArray().first().toObject().value(QStringLiteral("threshold")),
             QJsonValue(QStringLiteral("spf")));
}

void TestBounceCli::humanOutput()
{
    QByteArray out;
    QCOMPARE(test::runMailready({QStringLiteral("bounce"), write(QStringLiteral("human.txt"), kPtrBounce)}, &out), 0);
    const QString text = QString::fromUtf8(out);
    QVERIFY2(text.contains(QLatin1String("Threshold: ptr")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Code:      550 5.7.25")));
    QVERIFY(text.contains(QLatin1String("Host:      gmail-smtp-in.l.google.com [192.0.2.27]")));
    QVERIFY(text.contains(QLatin1String("Recipient: carol@example.org")));
}

void TestBounceCli::controlCharactersEscaped()
{
    QByteArray out;
    const QString path = write(QStringLiteral("escape.txt"), "<a\x1b[2J@example.org>: host mx.example.net[192.0.2.1] "
                                                             "said: 550 5.7.1 \x1b]0;owned\x07\x9b"
                                                             "31m blocked using zen.spamhaus.org\xe2\x80\xae\n");
    QCOMPARE(test::runMailready({QStringLiteral("bounce"), path}, &out), 0);
    QVERIFY2(!out.contains('\x1b') && !out.contains('\x07'), out.constData());
    QVERIFY(!out.contains("\xc2\x9b"));     // C1 CSI
    QVERIFY(!out.contains("\xe2\x80\xae")); // right-to-left override
    QVERIFY(out.contains("\\x1B"));
    QVERIFY(out.contains("Threshold: dnsbl"));
}

void TestBounceCli::unknownTextExitsZero()
{
    QByteArray out;
    int code = -1;
    const QJsonObject doc = test::runMailreadyJson(
        {QStringLiteral("bounce"), write(QStringLiteral("unknown.txt"), "550 5.1.1 <x@example.net>: no such user\n"),
         QStringLiteral("--json")},
        &code);
    QCOMPARE(code, 0);
    QCOMPARE(doc.value(QStringLiteral("recognized")).toBool(true), false);
    const QJsonObject m = doc.value(QStringLiteral("matches")).toArray().first().toObject();
    QVERIFY(m.value(QStringLiteral("threshold")).isNull());
    QCOMPARE(m.value(QStringLiteral("code")).toString(), QStringLiteral("550 5.1.1"));
    QCOMPARE(test::runMailready({QStringLiteral("bounce"), write(QStringLiteral("none.txt"), "hello\n")}, &out), 0);
    QVERIFY(out.contains("No SMTP rejection"));
}

void TestBounceCli::missingFileIsUsageError()
{
    QByteArray out, err;
    QCOMPARE(test::runMailready({QStringLiteral("bounce"), m_dir.filePath(QStringLiteral("absent.eml"))}, &out, &err),
             64);
    QVERIFY(out.isEmpty());
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.startsWith("mailready: '") && err.contains("cannot be read"), err.constData());
}

void TestBounceCli::badFlagIsUsageError()
{
    QByteArray err;
    QCOMPARE(test::runMailready({QStringLiteral("bounce"), QStringLiteral("--nonsense")}, nullptr, &err), 64);
    QCOMPARE(err.count('\n'), 1);
    QCOMPARE(test::runMailready({QStringLiteral("bounce"), QStringLiteral("a"), QStringLiteral("b")}, nullptr, &err),
             64);
    QByteArray big(5 * 1024 * 1024, 'x');
    QCOMPARE(test::runMailready({QStringLiteral("bounce"), write(QStringLiteral("big.txt"), big)}, nullptr, &err), 64);
    QVERIFY(err.contains("4 MiB"));
    QCOMPARE(err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestBounceCli)
// No FILE and standard input a terminal: one sentence and the usage exit at once, not a wait for a paste. The
// terminal is a real pseudo-terminal, made by script(1) (util-linux).
void TestBounceCli::terminalInputIsRefused()
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("script"),
            {QStringLiteral("-qec"), QStringLiteral(MAILREADY_BINARY " bounce"), QStringLiteral("/dev/null")});
    QVERIFY(p.waitForStarted());
    const bool ended = p.waitForFinished(20000);
    if (!ended) {
        p.kill();
        p.waitForFinished();
    }
    QVERIFY2(ended, "mailready bounce waited on the terminal");
    const QByteArray said = p.readAll();
    QCOMPARE(p.exitCode(), 64);
    QVERIFY2(said.contains("which is a terminal here"), said.constData());
}

#include "tst_bounce_cli.moc"
