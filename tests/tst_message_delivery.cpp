// `mailready message` on a message that really travelled: tests/message/delivery.sh has a sending OpenSMTPD
// (loop.message.test, 127.0.0.60) sign it with filter-dkimsign (s=good RSA, s=ed Ed25519) and relay it to a
// receiving OpenSMTPD (mx.receiver.test) on loopback, which stores it in a maildir. The stored file is judged against
// the test zones (message.test.zone) with --receiver naming the receiving host.
#include "TestDns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mailready;

class TestMessageDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void storedAsTheReceiverWroteIt();
    void deliveredMessagePasses();
    void bodyChangedAfterDeliveryFails();

private:
    QTemporaryDir m_state;
    QString m_stored; // the receiver's maildir file
};

static QJsonObject judgeMessage(const QString& path, int* code)
{
    return test::runMailreadyJson({QStringLiteral("message"), path, QStringLiteral("--json"),
                                   QStringLiteral("--nameserver"), test::nsdServer(), QStringLiteral("--receiver"),
                                   QStringLiteral("mx.receiver.test"), QStringLiteral("--dnsbl"),
                                   QStringLiteral("clean.dnsbl.test")},
                                  code);
}

static QJsonArray itemsOf(const QJsonObject& report, const QString& id)
{
    return test::checkById(report, id).value(QStringLiteral("items")).toArray();
}

static QString field(const QJsonValue& item, const char* name)
{
    return item.toObject().value(QLatin1String(name)).toString();
}

static QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestMessageDelivery::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("OpenSMTPD starts only as root (it drops privileges to its own users); the CI runs as root");
    QVERIFY(m_state.isValid());
    QProcess script;
    script.start(test::sourcePath(QStringLiteral("tests/message/delivery.sh")), {m_state.path()});
    QVERIFY2(script.waitForFinished(90000), "delivery.sh did not finish within 90 s");
    const QByteArray err = script.readAllStandardError();
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0, err.constData());
    m_stored = QString::fromLocal8Bit(script.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).last();
    QVERIFY2(QFile::exists(m_stored), qPrintable(QStringLiteral("no stored message at '%1'").arg(m_stored)));
}

// What OpenSMTPD 6.8 writes (checked here so that a change of its format shows up as such, not as a judging error):
// the receiver's Received: line names the client by its EHLO name and reverse name, the sender's signatures below.
void TestMessageDelivery::storedAsTheReceiverWroteIt()
{
    const QByteArray text = readFile(m_stored);
    QVERIFY(text.startsWith("Return-Path: <bounce@bounces.message.test>\n"));
    QVERIFY(text.contains("\nReceived: from loop.message.test (loop.message.test [127.0.0.60])\n"
                          "\tby mx.receiver.test (OpenSMTPD) with ESMTP id "));
    // The submission hop below: the EHLO name delivery.sh gives smtplib, the reverse name from the sender's own
    // /etc/hosts.
    QVERIFY(text.contains("\nReceived: from submit.message.test (localhost [127.0.0.1])\n"
                          "\tby loop.message.test (OpenSMTPD)"));
    QCOMPARE(text.count("\nDKIM-Signature: v=1; "), 2);
    QVERIFY(text.indexOf("by mx.receiver.test") < text.indexOf("DKIM-Signature:"));
    QVERIFY(!text.contains("Authentication-Results:"));
}

void TestMessageDelivery::deliveredMessagePasses()
{
    int code = -1;
    const QJsonObject report = judgeMessage(m_stored, &code);
    QVERIFY(!report.isEmpty());
    QCOMPARE(code, test::contractExitCode(report));
    QCOMPARE(report.value(QStringLiteral("from_domain")).toString(), QStringLiteral("message.test"));
    QCOMPARE(report.value(QStringLiteral("mail_from")).toString(), QStringLiteral("bounce@bounces.message.test"));
    const QJsonObject connection = report.value(QStringLiteral("connection")).toObject();
    QCOMPARE(field(connection, "ip"), QStringLiteral("127.0.0.60"));
    QCOMPARE(field(connection, "helo"), QStringLiteral("loop.message.test"));
    QCOMPARE(field(connection, "receiver"), QStringLiteral("mx.receiver.test"));
    QCOMPARE(field(connection, "ptr"), QStringLiteral("loop.message.test"));

    const QJsonArray signatures = itemsOf(report, QStringLiteral("dkim-signatures"));
    QCOMPARE(signatures.size(), 2);
    QStringList selectors;
    for (const auto& s : signatures) {
        selectors << field(s, "selector") + QLatin1Char(' ') + field(s, "algorithm");
        QCOMPARE(field(s, "domain"), QStringLiteral("message.test"));
        QCOMPARE(field(s, "result"), QStringLiteral("pass"));
        QCOMPARE(field(s, "status"), QStringLiteral("pass"));
        QVERIFY(s.toObject().value(QStringLiteral("aligned")).toBool());
    }
    selectors.sort();
    QCOMPARE(selectors, QStringList({QStringLiteral("ed ed25519-sha256"), QStringLiteral("good rsa-sha256")}));

    const QJsonArray spf = itemsOf(report, QStringLiteral("spf"));
    QCOMPARE(spf.size(), 1);
    QCOMPARE(field(spf.first(), "ip"), QStringLiteral("127.0.0.60"));
    QCOMPARE(field(spf.first(), "result"), QStringLiteral("pass"));
    const QJsonObject dmarc = itemsOf(report, QStringLiteral("dmarc-message")).first().toObject();
    QCOMPARE(field(dmarc, "result"), QStringLiteral("pass"));
    QCOMPARE(field(dmarc, "policy"), QStringLiteral("reject"));
    QVERIFY(dmarc.value(QStringLiteral("spf_aligned")).toBool());
    QVERIFY(dmarc.value(QStringLiteral("dkim_aligned")).toBool());
    QCOMPARE(test::checkById(report, QStringLiteral("dnsbl")).value(QStringLiteral("status")).toString(),
             QStringLiteral("pass"));
    // OpenSMTPD writes no Authentication-Results: nothing the receiver concluded, so nothing to compare (skipped).
    QCOMPARE(test::checkById(report, QStringLiteral("receiver")).value(QStringLiteral("status")).toString(),
             QStringLiteral("skipped"));

    // The connection came from loopback, which no receiver on the internet ever sees: the reverse-DNS checks say so
    // (fail, naming the loopback address) instead of judging a PTR that could never matter, even though
    // 60.0.0.127.in-addr.arpa publishes one. This is what the same checks of `check` say of such an address.
    for (const char* id : {"ptr", "fcrdns", "ehlo"}) {
        const QJsonObject c = test::checkById(report, QLatin1String(id));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(QJsonDocument(c).toJson().contains("loopback") || QJsonDocument(c).toJson().contains("not a public"),
                 id);
    }
}

// The same delivered file with one body line changed afterwards: both signatures fail on the body hash. The receiver
// reported no dkim=pass (OpenSMTPD writes no Authentication-Results), so that is a fail, not the warn of a copy that
// was altered after a receiver verified it.
void TestMessageDelivery::bodyChangedAfterDeliveryFails()
{
    QByteArray text = readFile(m_stored);
    QVERIFY(text.contains("\nA second line,"));
    text.replace("\nA second line,", "\nA changed line,");
    const QString altered = m_state.filePath(QStringLiteral("altered.eml"));
    QFile out(altered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();

    int code = -1;
    const QJsonObject report = judgeMessage(altered, &code);
    QVERIFY(!report.isEmpty());
    QCOMPARE(code, 1);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    const QJsonObject dkim = test::checkById(report, QStringLiteral("dkim-signatures"));
    QCOMPARE(dkim.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    const QJsonArray signatures = dkim.value(QStringLiteral("items")).toArray();
    QCOMPARE(signatures.size(), 2);
    for (const auto& s : signatures) {
        QCOMPARE(field(s, "result"), QStringLiteral("fail"));
        QCOMPARE(field(s, "status"), QStringLiteral("fail"));
        QVERIFY2(field(s, "reason").contains(QLatin1String("body hash")), qPrintable(field(s, "reason")));
    }
    QVERIFY(itemsOf(report, QStringLiteral("receiver")).isEmpty());
    // SPF still passes aligned, so DMARC passes without DKIM
    const QJsonObject dmarc = itemsOf(report, QStringLiteral("dmarc-message")).first().toObject();
    QCOMPARE(field(dmarc, "result"), QStringLiteral("pass"));
    QVERIFY(!dmarc.value(QStringLiteral("dkim_aligned")).toBool());
}

QTEST_GUILESS_MAIN(TestMessageDelivery)
#include "tst_message_delivery.moc"
