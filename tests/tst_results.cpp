// The result model of the contract: statuses, aggregation, JSON shape, exit codes.
#include "checks/CheckResult.h"
#include "run/Report.h"

#include <QJsonArray>
#include <QTest>

using namespace mailready;

class TestResults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void worse_data();
    void worse();
    void checkAggregatesItems();
    void reportAggregatesChecks_data();
    void reportAggregatesChecks();
    void jsonShape();
    void statusNamesRoundTrip();
};

void TestResults::worse_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("pass < warn") << int(Status::Pass) << int(Status::Warn) << int(Status::Warn);
    QTest::newRow("warn < unknown") << int(Status::Warn) << int(Status::Unknown) << int(Status::Unknown);
    QTest::newRow("unknown < fail") << int(Status::Fail) << int(Status::Unknown) << int(Status::Fail);
    QTest::newRow("skipped never wins") << int(Status::Pass) << int(Status::Skipped) << int(Status::Pass);
    QTest::newRow("skipped alone") << int(Status::Skipped) << int(Status::Skipped) << int(Status::Skipped);
}

void TestResults::worse()
{
    QFETCH(int, a);
    QFETCH(int, b);
    QFETCH(int, expected);
    QCOMPARE(mailready::worse(Status(a), Status(b)), Status(expected));
    QCOMPARE(mailready::worse(Status(b), Status(a)), Status(expected));
}

void TestResults::checkAggregatesItems()
{
    CheckResult r;
    r.items << CheckItem{QStringLiteral("a"), Status::Pass, {}, {}, {}}
            << CheckItem{QStringLiteral("b"), Status::Skipped, {}, {}, {}};
    r.aggregate();
    QCOMPARE(r.status, Status::Pass);
    r.items << CheckItem{QStringLiteral("c"), Status::Unknown, {}, {}, {}};
    r.aggregate();
    QCOMPARE(r.status, Status::Unknown);
    r.items << CheckItem{QStringLiteral("d"), Status::Warn, {}, {}, {}};
    r.aggregate();
    QCOMPARE(r.status, Status::Unknown);
    r.items.clear();
    r.aggregate();
    QCOMPARE(r.status, Status::Skipped);
}

void TestResults::reportAggregatesChecks_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("overall");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all pass") << QList<int>{int(Status::Pass), int(Status::Skipped)} << "pass" << 0;
    QTest::newRow("warn exits 0") << QList<int>{int(Status::Pass), int(Status::Warn)} << "warn" << 0;
    QTest::newRow("unknown exits 2") << QList<int>{int(Status::Warn), int(Status::Unknown)} << "unknown" << 2;
    QTest::newRow("fail exits 1") << QList<int>{int(Status::Unknown), int(Status::Fail), int(Status::Pass)} << "fail"
                                  << 1;
}

void TestResults::reportAggregatesChecks()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QString, overall);
    QFETCH(int, exitCode);
    Report report;
    for (int s : statuses) {
        CheckResult c;
        c.id = QStringLiteral("x");
        c.status = Status(s);
        report.checks << c;
    }
    QCOMPARE(statusName(report.status()), overall);
    QCOMPARE(report.exitCode(), exitCode);
}

void TestResults::jsonShape()
{
    Report report;
    report.domain = QStringLiteral("example.com");
    report.hostname = QStringLiteral("mail.example.com");
    report.ips << QStringLiteral("203.0.113.5");
    report.nameservers << QStringLiteral("127.0.0.1:5353");
    CheckResult c;
    c.id = QStringLiteral("dnsbl");
    c.summary = QStringLiteral("listed");
    CheckItem item{QStringLiteral("203.0.113.5 @ zen.spamhaus.org"), Status::Fail, {}, {}, {}};
    item.fields.insert(QStringLiteral("ip"), QStringLiteral("203.0.113.5"));
    item.fields.insert(QStringLiteral("zone"), QStringLiteral("zen.spamhaus.org"));
    c.items << item;
    c.addFinding(Severity::Error, QStringLiteral("Listed."), QStringLiteral("Delist."));
    c.aggregate();
    report.checks << c;

    const QJsonObject o = report.toJson();
    QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.check/1"));
    QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("example.com"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    const QJsonObject check = o.value(QStringLiteral("checks")).toArray().first().toObject();
    for (const char* key : {"id", "status", "summary", "items", "findings", "evidence"})
        QVERIFY2(check.contains(QLatin1String(key)), key);
    const QJsonObject i = check.value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(i.value(QStringLiteral("subject")).toString(), QStringLiteral("203.0.113.5 @ zen.spamhaus.org"));
    QCOMPARE(i.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(i.value(QStringLiteral("zone")).toString(), QStringLiteral("zen.spamhaus.org"));
    const QJsonObject f = check.value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(f.value(QStringLiteral("fix")).toString(), QStringLiteral("Delist."));
}

void TestResults::statusNamesRoundTrip()
{
    for (Status s : {Status::Skipped, Status::Pass, Status::Warn, Status::Unknown, Status::Fail})
        QCOMPARE(statusFromName(statusName(s)).value(), s);
    QVERIFY(!statusFromName(QStringLiteral("green")));
}

QTEST_GUILESS_MAIN(TestResults)
#include "tst_results.moc"
