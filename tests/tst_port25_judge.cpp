// The port25 judge from facts alone: connection outcomes as the probe would have seen them, no socket opened
// (tst_port25 connects to the fixture's servers).
#include "JudgeResults.h"
#include "checks/smtp/Port25Check.h"

#include <QTest>

using namespace mailready;
using namespace mailready::checks;

namespace {

Port25Attempt attempt(Port25Attempt::Outcome outcome, const char* greeting = "")
{
    Port25Attempt a;
    a.outcome = outcome;
    a.greeting = QString::fromUtf8(greeting);
    a.error = outcome == Port25Attempt::Open ? QString() : QStringLiteral("Connection refused");
    return a;
}

Port25Facts::Probe probe(const char* address, Port25Attempt port25, std::optional<Port25Attempt> control = {})
{
    Port25Facts::Probe p;
    p.address = QHostAddress(QString::fromUtf8(address));
    p.port25 = port25;
    if (control) {
        p.control = *control;
        p.controlWhere = QStringLiteral("%1 port 443").arg(QString::fromUtf8(address));
    }
    return p;
}

Port25Facts facts(QList<Port25Facts::Probe> probes, bool relayed = false)
{
    Port25Facts f;
    f.targetText = QStringLiteral("mx.example.test:25");
    f.target = net::parseEndpoint(f.targetText, 25);
    for (const Port25Facts::Probe& p : probes)
        f.resolved.addresses << p.address;
    f.probes = probes;
    f.relayed = relayed;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(mailready::checks::Port25Facts)

class TestPort25Judge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data();
    void judge();
};

void TestPort25Judge::judge_data()
{
    QTest::addColumn<Port25Facts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("text"); // a part of the summary, an item or a finding

    QTest::newRow("port 25 opens and the server greets")
        << facts({probe("192.0.2.25", attempt(Port25Attempt::Open, "220 mx.example.test ESMTP"))}) << "pass"
        << QStringList{QStringLiteral("pass")} << "it greeted: 220 mx.example.test ESMTP";
    QTest::newRow("refused while 443 answers: blocked, fail")
        << facts({probe("192.0.2.25", attempt(Port25Attempt::Refused), attempt(Port25Attempt::Open))}) << "fail"
        << QStringList{QStringLiteral("fail")} << "outbound port 25 is blocked";
    QTest::newRow("blocked but mail leaves through a relay: warn")
        << facts({probe("192.0.2.25", attempt(Port25Attempt::Timeout), attempt(Port25Attempt::Open))}, true) << "warn"
        << QStringList{QStringLiteral("warn")} << "You send through a relay";
    QTest::newRow("port 25 and the control both fail: no network, unknown")
        << facts({probe("192.0.2.25", attempt(Port25Attempt::Timeout), attempt(Port25Attempt::Timeout))}) << "unknown"
        << QStringList{QStringLiteral("unknown")} << "looks like no network rather than a block";
    QTest::newRow("no route over IPv6 says nothing when IPv4 gave a verdict")
        << facts({probe("192.0.2.25", attempt(Port25Attempt::Open)),
                  probe("2001:db8::25", attempt(Port25Attempt::Unreachable))})
        << "pass" << QStringList{QStringLiteral("pass"), QStringLiteral("skipped")} << "Outbound port 25 is open";
    QTest::newRow("only an unreachable family: unknown")
        << facts({probe("2001:db8::25", attempt(Port25Attempt::Unreachable))}) << "unknown"
        << QStringList{QStringLiteral("unknown")} << "Could not tell";

    Port25Facts none = facts({});
    none.resolved.error = QStringLiteral("mx.example.test has no address");
    QTest::newRow("the target has no address: unknown") << none << "unknown" << QStringList{} << "no address";
    Port25Facts bad;
    bad.targetText = QStringLiteral("mx.example.test:99999");
    bad.targetError = QStringLiteral("has a bad port");
    QTest::newRow("the target is not HOST[:PORT]: unknown") << bad << "unknown" << QStringList{} << "bad port";
    QTest::newRow("not asked: skipped") << Port25Facts{} << "skipped" << QStringList{} << "Not asked for";
}

void TestPort25Judge::judge()
{
    QFETCH(Port25Facts, facts);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, text);
    const CheckResult r = Port25Check::judge(facts);
    QCOMPARE(r.id, QStringLiteral("port25"));
    QVERIFY(!text.isEmpty());
    test::verifyVerdict(r, status, items, text);
}

QTEST_GUILESS_MAIN(TestPort25Judge)
#include "tst_port25_judge.moc"
