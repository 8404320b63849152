// The dkim judge from facts alone: the TXT answer at each selector (records taken from the test zone, or failures
// as a server gives them) and the signer's key file. No DNS server (tst_mailauth_dns asks the fixture's NSD).
#include "FactBuilders.h"
#include "JudgeResults.h"
#include "MailAuthTestData.h"
#include "TestDns.h"
#include "checks/dkim/DkimCheck.h"
#include "checks/dkim/DkimRecord.h"

#include <QTest>

using namespace mailready;
using namespace mailready::checks;

class TestDkimJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void judge_data();
    void judge();
    void noSelector();

private:
    QHash<QString, QList<QByteArray>> m_zone;
};

void TestDkimJudge::initTestCase()
{
    m_zone = test::zoneTxt(test::readAll(test::sourcePath(QStringLiteral("tests/dns/zones/dkim.test.zone"))));
    QVERIFY(m_zone.contains(QStringLiteral("good._domainkey")));
}

void TestDkimJudge::judge_data()
{
    QTest::addColumn<QString>("selector"); // its records from dkim.test.zone
    QTest::addColumn<QString>("answer");   // "zone", or how the lookup failed: NXDOMAIN, SERVFAIL
    QTest::addColumn<QString>("keyFile");  // under tests/dkim/; "missing.pem" does not exist; empty: none given
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text"); // a part of the summary, the item or some finding

    QTest::newRow("RFC 6376 3.6.1: a 2048-bit RSA key") << "good"
                                                        << "zone"
                                                        << ""
                                                        << "pass"
                                                        << "2048-bit RSA key";
    QTest::newRow("RFC 8463: Ed25519 alone, RSA advised beside it") << "ed"
                                                                    << "zone"
                                                                    << ""
                                                                    << "pass"
                                                                    << "Only Ed25519 keys were checked";
    QTest::newRow("contract: RSA 1024-2047 bits is warn") << "short"
                                                          << "zone"
                                                          << ""
                                                          << "warn"
                                                          << "1024-bit RSA key";
    QTest::newRow("contract: RSA under 1024 bits is fail") << "weak"
                                                           << "zone"
                                                           << ""
                                                           << "fail"
                                                           << "cannot be used";
    QTest::newRow("contract: t=y is warn") << "testing"
                                           << "zone"
                                           << ""
                                           << "warn"
                                           << "testing mode (t=y)";
    QTest::newRow("contract: a revoked key (empty p=) is fail") << "revoked"
                                                                << "zone"
                                                                << ""
                                                                << "fail"
                                                                << "revoked";
    QTest::newRow("an unknown key type is fail") << "badk"
                                                 << "zone"
                                                 << ""
                                                 << "fail"
                                                 << "cannot be used";
    QTest::newRow("two key records: verification is a lottery") << "twice"
                                                                << "zone"
                                                                << ""
                                                                << "warn"
                                                                << "lottery";
    QTest::newRow("contract: a missing record is fail") << "none"
                                                        << "NXDOMAIN"
                                                        << ""
                                                        << "fail"
                                                        << "No DKIM key is published";
    QTest::newRow("missing, with the signer's key: its record is the fix") << "none"
                                                                           << "NXDOMAIN"
                                                                           << "good.private.pem"
                                                                           << "fail"
                                                                           << "Publish the record of";
    QTest::newRow("SERVFAIL is unknown, never fail") << "good"
                                                     << "SERVFAIL"
                                                     << ""
                                                     << "unknown"
                                                     << "got no answer";
    QTest::newRow("the published key is the key file's public half") << "good"
                                                                     << "zone"
                                                                     << "good.private.pem"
                                                                     << "pass"
                                                                     << "a signed test message verifies";
    QTest::newRow("contract: a key that does not match --dkim-key is fail") << "good"
                                                                            << "zone"
                                                                            << "other.private.pem"
                                                                            << "fail"
                                                                            << "is not the public half";
    QTest::newRow("RFC 8301 3.2: a mismatch with a 512-bit key file asks for a new key, not that one")
        << "good"
        << "zone"
        << "weak.private.pem"
        << "fail"
        << "Do not publish the key of";
    QTest::newRow("RFC 8301 3.2: missing, with a 512-bit signer's key: a new key, not that one")
        << "none"
        << "NXDOMAIN"
        << "weak.private.pem"
        << "fail"
        << "Make one with 'mailready dkim keygen --domain dkim.test --selector 2026a'";
    QTest::newRow("an unreadable key file leaves the match unknown") << "good"
                                                                     << "zone"
                                                                     << "missing.pem"
                                                                     << "unknown"
                                                                     << "could not be read";
}

void TestDkimJudge::judge()
{
    QFETCH(QString, selector);
    QFETCH(QString, answer);
    QFETCH(QString, keyFile);
    QFETCH(QString, status);
    QFETCH(QString, text);
    DkimFacts f;
    f.domain = QStringLiteral("dkim.test");
    f.selectors = {selector};
    f.today = QDate(2026, 12, 2);
    const QString name = dkim::keyRecordName(selector, f.domain);
    f.keys = {answer == QLatin1String("zone")
                  ? test::txtAnswer(name, m_zone.value(selector + QStringLiteral("._domainkey")))
                  : test::answer(name, dns::RRType::TXT, answer)};
    if (!keyFile.isEmpty()) {
        f.keyFile = test::sourcePath(QStringLiteral("tests/dkim/") + keyFile);
        f.privateKey = crypto::PrivateKey::readFile(f.keyFile, &f.keyFileError);
    }
    const CheckResult r = DkimCheck::judge(f);
    QCOMPARE(r.id, QStringLiteral("dkim"));
    QCOMPARE(statusName(r.status), status);
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(r.items.first().fields.value(QStringLiteral("selector")).toString(), selector);
    QVERIFY2(test::resultText(r).contains(text), qPrintable(test::resultText(r)));
    QCOMPARE(r.evidence.size(), 1);
    // A key under 1024 bits is never proposed for publishing (receivers must ignore its signatures).
    if (keyFile == QLatin1String("weak.private.pem"))
        QVERIFY2(!test::resultText(r).contains(QLatin1String("v=DKIM1")), qPrintable(test::resultText(r)));
}

void TestDkimJudge::noSelector()
{
    DkimFacts f;
    f.domain = QStringLiteral("dkim.test");
    const CheckResult r = DkimCheck::judge(f);
    QCOMPARE(r.status, Status::Skipped);
    QVERIFY(r.summary.contains(QStringLiteral("--selector")));
}

QTEST_GUILESS_MAIN(TestDkimJudge)
#include "tst_dkim_judge.moc"
