// The smtp judge from facts alone: conversations as the probe would have recorded them, no socket opened (tst_smtp
// talks to the fixture's OpenSMTPD and stubs).
#include "FactBuilders.h"
#include "JudgeResults.h"
#include "checks/smtp/SmtpCheck.h"

#include <QTest>

using namespace mailready;
using namespace mailready::checks;
using Failure = SmtpProbeResult::Failure;
using Stage = SmtpProbeResult::Stage;
using test::words;

namespace {

SmtpReply reply(int code, std::initializer_list<const char*> lines)
{
    SmtpReply r;
    r.code = code;
    for (const char* l : lines)
        r.lines << QString::fromUtf8(l);
    return r;
}

// A server at 192.0.2.25 asked for as mx.example.test, which the probe reached, with this conversation.
SmtpFacts talked(const SmtpProbeResult& probe, const char* hostname = "mx.example.test")
{
    SmtpFacts f;
    f.server = QStringLiteral("mx.example.test");
    f.endpoint = net::parseEndpoint(f.server, 25);
    f.resolved.addresses = {QHostAddress(QStringLiteral("192.0.2.25"))};
    f.options.address = f.resolved.addresses.first();
    f.options.ehloName = QStringLiteral("mailready.invalid");
    f.options.peerName = QString::fromUtf8(hostname);
    f.hostname = QString::fromUtf8(hostname);
    f.probe = probe;
    f.ptr = test::reverseLookup("192.0.2.25", "mx.example.test");
    return f;
}

SmtpProbeResult stopped(Failure failure, Stage stage, const char* error)
{
    SmtpProbeResult p;
    p.failure = failure;
    p.stage = stage;
    p.error = QString::fromUtf8(error);
    return p;
}

SmtpProbeResult greeted(std::initializer_list<const char*> ehloLines)
{
    SmtpProbeResult p;
    p.stage = Stage::Done;
    p.greeting = reply(220, {"mx.example.test ESMTP"});
    p.ehlo = reply(250, ehloLines);
    return p;
}

} // namespace

Q_DECLARE_METATYPE(mailready::checks::SmtpFacts)

class TestSmtpJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data();
    void judge();
};

void TestSmtpJudge::judge_data()
{
    QTest::addColumn<SmtpFacts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items"); // subject=status
    QTest::addColumn<QString>("text");      // a part of the summary or of some finding

    QTest::newRow("connection refused: nothing listens, fail")
        << talked(stopped(Failure::Refused, Stage::Connect, "connection refused")) << "fail" << words("connect=fail")
        << "Nothing accepts connections";
    QTest::newRow("connect timeout: unknown, never fail")
        << talked(stopped(Failure::ConnectTimeout, Stage::Connect, "timed out")) << "unknown"
        << words("connect=unknown") << "firewall drops";
    SmtpProbeResult rejected = stopped(Failure::Rejected, Stage::Greeting, "554 no service");
    rejected.greeting = reply(554, {"no service"});
    QTest::newRow("RFC 5321 3.1: a 554 greeting is fail")
        << talked(rejected) << "fail" << words("connect=pass greeting=fail") << "did not greet properly";
    SmtpProbeResult busy = rejected;
    busy.greeting = reply(421, {"busy"});
    QTest::newRow("a 421 greeting is temporary: unknown")
        << talked(busy) << "unknown" << words("connect=pass greeting=unknown") << "Run the check again";
    QTest::newRow("no STARTTLS offered: warn")
        << talked(greeted({"mx.example.test", "PIPELINING"})) << "warn"
        << words("connect=pass greeting=pass ehlo=pass starttls=warn") << "does not offer STARTTLS";
    SmtpProbeResult tlsFailed = greeted({"mx.example.test", "STARTTLS"});
    tlsFailed.failure = Failure::TlsFailed;
    tlsFailed.stage = Stage::Handshake;
    tlsFailed.error = QStringLiteral("handshake failed");
    QTest::newRow("STARTTLS offered but the handshake fails")
        << talked(tlsFailed) << "fail" << words("connect=pass greeting=pass ehlo=pass starttls=fail")
        << "offers STARTTLS but it does not work";
    QTest::newRow("the server names itself differently from --hostname: warn")
        << talked(greeted({"mx.example.test", "PIPELINING"}), "mail.example.test") << "warn"
        << words("connect=pass greeting=warn ehlo=warn starttls=warn") << "Use one name everywhere";

    SmtpFacts nowhere;
    nowhere.server = QStringLiteral("mx.example.test");
    nowhere.endpoint = net::parseEndpoint(nowhere.server, 25);
    nowhere.resolved.error = QStringLiteral("mx.example.test does not exist (NXDOMAIN)");
    QTest::newRow("the server's name does not exist: fail")
        << nowhere << "fail" << words("mx.example.test:25=fail") << "publish its A/AAAA record";
    SmtpFacts later = nowhere;
    later.resolved.temporary = true;
    QTest::newRow("the server's name could not be looked up: unknown")
        << later << "unknown" << words("mx.example.test:25=unknown") << "Could not find the SMTP server";
    QTest::newRow("not asked: skipped") << SmtpFacts{} << "skipped" << QStringList{} << "--smtp";
}

void TestSmtpJudge::judge()
{
    QFETCH(SmtpFacts, facts);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, text);
    const CheckResult r = SmtpCheck::judge(facts);
    QCOMPARE(r.id, QStringLiteral("smtp"));
    QCOMPARE(statusName(r.status), status);
    QCOMPARE(test::itemSubjectStatuses(r), items);
    QVERIFY2(test::resultText(r).contains(text), qPrintable(test::resultText(r)));
}

QTEST_GUILESS_MAIN(TestSmtpJudge)
#include "tst_smtp_judge.moc"
