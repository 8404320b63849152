#include "checks/CheckRegistry.h"
#include "report/Thresholds.h"
#include "run/CheckRunner.h"

#include <QSet>
#include <QTest>

using namespace mailready;

Q_DECLARE_METATYPE(mailready::CheckRequest)

// The one list of checks (checks/CheckRegistry.h) and the request equality the wizard decides re-runs with.
class TestRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contractOrder();
    void descriptorsMatchTheirChecks();
    void everyCheckDecidesOneThreshold();
    void requestEquality_data();
    void requestEquality();
};

void TestRegistry::contractOrder()
{
    // docs/cli-contract.md's table order, then the checks it does not name.
    const QStringList want{QStringLiteral("public-ip"), QStringLiteral("ptr"),           QStringLiteral("fcrdns"),
                           QStringLiteral("ehlo"),      QStringLiteral("dnsbl"),         QStringLiteral("spf"),
                           QStringLiteral("dkim"),      QStringLiteral("dmarc"),         QStringLiteral("smtp"),
                           QStringLiteral("port25"),    QStringLiteral("address-change")};
    QCOMPARE(allCheckIds(), want);
    QStringList made;
    for (const auto& c : makeAllChecks())
        made << c->id();
    QCOMPARE(made, want);
}

void TestRegistry::descriptorsMatchTheirChecks()
{
    for (const CheckDescriptor& d : checkRegistry()) {
        const auto check = d.make();
        QCOMPARE(check->id(), QString(d.id));
        QCOMPARE(d.title(), check->title());
        QVERIFY(!d.title().isEmpty());
        QCOMPARE(d.needs == CheckNeeds::SendingIps, check->needsSendingIps());
        QCOMPARE(d.needs == CheckNeeds::ServerIps, check->needsServerIps());
        QCOMPARE(findCheck(d.id), &d);
    }
    QCOMPARE(findCheck(QStringLiteral("no-such-check")), nullptr);
}

void TestRegistry::everyCheckDecidesOneThreshold()
{
    QStringList seen;
    for (const report::Threshold& t : report::thresholds())
        seen += t.checkIds;
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
    const QStringList all = allCheckIds();
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()), QSet<QString>(all.begin(), all.end()));
}

void TestRegistry::requestEquality_data()
{
    QTest::addColumn<CheckRequest>("changed");
    const auto with = [](auto change) {
        CheckRequest r;
        r.domain = QStringLiteral("example.test");
        change(r);
        return r;
    };
    // Each row changes one field the old hand-built key of the check pages left out.
    QTest::newRow("dnsbl zones") << with([](CheckRequest& r) { r.dnsblZones = {QStringLiteral("bl.test")}; });
    QTest::newRow("dnsbl catalog") << with([](CheckRequest& r) { r.dnsblCatalogFile = QStringLiteral("c.json"); });
    QTest::newRow("relay ips") << with(
        [](CheckRequest& r) { r.relayIps = {QHostAddress(QStringLiteral("192.0.2.1"))}; });
    QTest::newRow("relay include") << with([](CheckRequest& r) { r.relayInclude = QStringLiteral("_spf.relay.test"); });
    QTest::newRow("remembered ips") << with(
        [](CheckRequest& r) { r.rememberedIps = {QHostAddress(QStringLiteral("192.0.2.2"))}; });
    QTest::newRow("port 25 target") << with([](CheckRequest& r) { r.port25Target = QStringLiteral("mx.test"); });
    QTest::newRow("resolver timeout") << with([](CheckRequest& r) { r.resolver.timeoutMs = 1; });
    QTest::newRow("ip-echo dns") << with([](CheckRequest& r) { r.ipEchoDns = QStringList{}; });
    QTest::newRow("domain") << with([](CheckRequest& r) { r.domain = QStringLiteral("other.test"); });
}

void TestRegistry::requestEquality()
{
    QFETCH(CheckRequest, changed);
    CheckRequest base;
    base.domain = QStringLiteral("example.test");
    QVERIFY(base == base);
    QVERIFY(changed == changed);
    QVERIFY(!(base == changed));
    QVERIFY(base != changed);
}

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
