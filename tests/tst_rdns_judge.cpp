// The reverse-DNS judges (ptr, fcrdns, ehlo) from facts alone: every row is a set of DNS answers as a server would
// have given them, and the verdict the check must reach. No DNS server (tst_rdns asks the fixture's NSD).
#include "FactBuilders.h"
#include "JudgeResults.h"
#include "checks/rdns/EhloCheck.h"
#include "checks/rdns/FcrdnsCheck.h"
#include "checks/rdns/PtrCheck.h"

#include <QTest>

using namespace mailready;
using namespace mailready::checks;
using test::reverseFacts;
using test::reverseLookup;
using test::words;

Q_DECLARE_METATYPE(mailready::checks::ReverseFacts)

class TestRdnsJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ptr_data();
    void ptr();
    void fcrdns_data();
    void fcrdns();
    void ehlo_data();
    void ehlo();
    void ehloSkipped();
    void homeLineAdvice();
    void unconfirmedNameIsNotProposed();
};

// Every warning and error names its next step in one short sentence of its own (the verdict banner shows it), not
// the problem again.
static void verifyNextSteps(const CheckResult& r)
{
    for (const Finding& f : r.findings) {
        if (f.severity == Severity::Info)
            continue;
        QVERIFY2(!f.next.isEmpty(), qPrintable(f.message));
        QVERIFY2(f.next.size() <= 200, qPrintable(f.next));
        QVERIFY2(f.next != f.message && !f.next.contains(QLatin1Char('\n')), qPrintable(f.next));
    }
}

void TestRdnsJudge::ptr_data()
{
    QTest::addColumn<ReverseFacts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("finding"); // a part of some finding (message | fix); empty: no finding at all

    QTest::newRow("RFC 8601 iprev: one PTR name")
        << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "mail.example.test")}) << "pass" << words("pass")
        << "";
    QTest::newRow("two PTR names: receivers pick one at random")
        << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "mail.example.test,mx.example.test")}) << "warn"
        << words("warn") << "2 PTR names";
    QTest::newRow("generic ISP name with the address in it")
        << reverseFacts({"198.18.200.66"}, {reverseLookup("198.18.200.66", "66-200-18-198.dyn.isp.test")}) << "warn"
        << words("warn") << "generic name";
    QTest::newRow("NXDOMAIN: no PTR record") << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "NXDOMAIN")})
                                             << "fail" << words("fail") << "has no reverse DNS name";
    QTest::newRow("NODATA: no PTR record") << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "NODATA")})
                                           << "fail" << words("fail") << "set its PTR record to mail.example.test";
    QTest::newRow("IPv6 without PTR: Gmail's 550-5.7.25")
        << reverseFacts({"2001:db8::25"}, {reverseLookup("2001:db8::25", "NXDOMAIN")}) << "fail" << words("fail")
        << "550-5.7.25";
    QTest::newRow("SERVFAIL is unknown, never fail")
        << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "SERVFAIL")}) << "unknown" << words("unknown")
        << "did not get an answer";
    QTest::newRow("timeout is unknown, never fail")
        << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "TIMEOUT")}) << "unknown" << words("unknown")
        << "unverified";
    QTest::newRow("private address: fails without a lookup")
        << reverseFacts({"10.0.0.25"}, {}) << "fail" << words("fail") << "receivers";
    QTest::newRow("items keep the order given: private between public ones")
        << reverseFacts({"192.0.2.25", "10.0.0.25", "192.0.2.26"},
                        {reverseLookup("192.0.2.25", "mail.example.test"), reverseLookup("192.0.2.26", "NXDOMAIN")})
        << "fail" << words("pass fail fail") << "not public addresses";
}

void TestRdnsJudge::ptr()
{
    QFETCH(ReverseFacts, facts);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, finding);
    const CheckResult r = PtrCheck::judge({facts, QStringLiteral("mail.example.test")});
    QCOMPARE(r.id, QStringLiteral("ptr"));
    test::verifyVerdict(r, status, items, finding);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.evidence.size(), facts.lookups.size()); // one PTR answer per looked-up address
    verifyNextSteps(r);
}

void TestRdnsJudge::fcrdns_data()
{
    QTest::addColumn<ReverseFacts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("finding");

    QTest::newRow("RFC 8601 iprev pass: the PTR name resolves back")
        << reverseFacts({"192.0.2.25"},
                        {reverseLookup("192.0.2.25", "mail.example.test", {"mail.example.test=192.0.2.25"})})
        << "pass" << words("pass") << "";
    QTest::newRow("one of two PTR names confirms")
        << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "a.example.test,b.example.test",
                                                       {"a.example.test=192.0.2.99", "b.example.test=192.0.2.25"})})
        << "pass" << words("pass") << "";
    QTest::newRow("RFC 8601 iprev fail: the name holds another address")
        << reverseFacts({"192.0.2.25"},
                        {reverseLookup("192.0.2.25", "mail.example.test", {"mail.example.test=192.0.2.99"})})
        << "fail" << words("fail") << "resolves to 192.0.2.99, not 192.0.2.25";
    QTest::newRow("the PTR name does not exist")
        << reverseFacts({"192.0.2.25"},
                        {reverseLookup("192.0.2.25", "mail.example.test", {"mail.example.test=NXDOMAIN"})})
        << "fail" << words("fail") << "does not exist";
    QTest::newRow("IPv6 is confirmed by AAAA")
        << reverseFacts({"2001:db8::25"},
                        {reverseLookup("2001:db8::25", "mail.example.test", {"mail.example.test=2001:db8::25"})})
        << "pass" << words("pass") << "";
    QTest::newRow("RFC 8601 iprev temperror: forward lookup timed out")
        << reverseFacts({"192.0.2.25"},
                        {reverseLookup("192.0.2.25", "mail.example.test", {"mail.example.test=TIMEOUT"})})
        << "unknown" << words("unknown") << "Could not confirm";
    QTest::newRow("no PTR name: nothing to confirm")
        << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "NXDOMAIN")}) << "fail" << words("fail")
        << "cannot confirm it forward";
    QTest::newRow("PTR SERVFAIL is unknown") << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "SERVFAIL")})
                                             << "unknown" << words("unknown") << "";
    QTest::newRow("not public first, then the looked-up ones")
        << reverseFacts({"192.0.2.25", "10.0.0.25"},
                        {reverseLookup("192.0.2.25", "mail.example.test", {"mail.example.test=192.0.2.25"})})
        << "fail" << words("fail pass") << "not forward-confirmed";
}

void TestRdnsJudge::fcrdns()
{
    QFETCH(ReverseFacts, facts);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, finding);
    const CheckResult r = FcrdnsCheck::judge(facts);
    QCOMPARE(r.id, QStringLiteral("fcrdns"));
    test::verifyVerdict(r, status, items, finding);
    verifyNextSteps(r);
}

void TestRdnsJudge::ehlo_data()
{
    QTest::addColumn<ReverseFacts>("facts");
    QTest::addColumn<QString>("hostA");    // the EHLO name's A answer
    QTest::addColumn<QString>("hostAaaa"); // and AAAA
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("finding");

    const auto matching = reverseLookup("192.0.2.25", "mail.example.test", {"mail.example.test=192.0.2.25"});
    QTest::newRow("the EHLO name is the PTR name and resolves back")
        << reverseFacts({"192.0.2.25"}, {matching}) << "192.0.2.25"
        << "NODATA"
        << "pass" << words("pass") << "";
    QTest::newRow("the EHLO name is not the PTR name: announce the confirmed one")
        << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "host.isp.test", {"host.isp.test=192.0.2.25"})})
        << "192.0.2.25"
        << "NODATA"
        << "fail" << words("fail") << "Announce the PTR name instead";
    QTest::newRow("no PTR record to match")
        << reverseFacts({"192.0.2.25"}, {reverseLookup("192.0.2.25", "NXDOMAIN")}) << "192.0.2.25"
        << "NODATA"
        << "fail" << words("fail") << "cannot match it";
    QTest::newRow("the PTR name matches but the name holds another address")
        << reverseFacts({"192.0.2.25"},
                        {reverseLookup("192.0.2.25", "mail.example.test", {"mail.example.test=192.0.2.99"})})
        << "192.0.2.99"
        << "NODATA"
        << "fail" << words("fail") << "Publish in your zone: mail.example.test. IN A 192.0.2.25";
    QTest::newRow("the name's own lookup failed: unknown") << reverseFacts({"192.0.2.25"}, {matching}) << "SERVFAIL"
                                                           << "NODATA"
                                                           << "unknown" << words("unknown") << "";
    QTest::newRow("IPv6 is compared with the AAAA answer")
        << reverseFacts({"2001:db8::25"},
                        {reverseLookup("2001:db8::25", "mail.example.test", {"mail.example.test=2001:db8::25"})})
        << "NODATA"
        << "2001:db8::25"
        << "pass" << words("pass") << "";
    QTest::newRow("a private address fails first")
        << reverseFacts({"192.0.2.25", "172.16.0.1"}, {matching}) << "192.0.2.25"
        << "NODATA"
        << "fail" << words("fail pass") << "";
}

void TestRdnsJudge::ehlo()
{
    QFETCH(ReverseFacts, facts);
    QFETCH(QString, hostA);
    QFETCH(QString, hostAaaa);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, finding);
    EhloFacts f;
    f.name = QStringLiteral("mail.example.test");
    f.reverse = facts;
    f.hostA = test::answer(f.name, dns::RRType::A, hostA);
    f.hostAaaa = test::answer(f.name, dns::RRType::AAAA, hostAaaa);
    const CheckResult r = EhloCheck::judge(f);
    QCOMPARE(r.id, QStringLiteral("ehlo"));
    QCOMPARE(r.fields.value(QStringLiteral("hostname")).toString(), QStringLiteral("mail.example.test"));
    test::verifyVerdict(r, status, items, finding);
    verifyNextSteps(r);
}

void TestRdnsJudge::ehloSkipped()
{
    EhloFacts none;
    QCOMPARE(EhloCheck::judge(none).status, Status::Skipped);
    QVERIFY(EhloCheck::judge(none).summary.contains(QStringLiteral("--hostname")));
    EhloFacts relayed;
    relayed.nameUnknown = true;
    QCOMPARE(EhloCheck::judge(relayed).status, Status::Skipped);
    QVERIFY(EhloCheck::judge(relayed).summary.contains(QStringLiteral("relay")));
}

// A home line: the PTR name is the ISP's generic one and does not resolve (as on bad.demo). It lives in the ISP's zone,
// so neither "publish in its zone" nor "announce it in EHLO" can be followed: the step is a relay or a custom PTR.
void TestRdnsJudge::homeLineAdvice()
{
    const ReverseFacts home = reverseFacts({"198.19.66.66"}, {reverseLookup("198.19.66.66", "198-19-66-66.dyn.isp.test",
                                                                            {"198-19-66-66.dyn.isp.test=NXDOMAIN"})});
    const QString generic = QStringLiteral("198-19-66-66.dyn.isp.test");

    const CheckResult fcrdns = FcrdnsCheck::judge(home);
    QCOMPARE(fcrdns.status, Status::Fail);
    QCOMPARE(fcrdns.findings.size(), 1);
    const Finding& f = fcrdns.findings.first();
    QVERIFY2(!f.fix.contains(QStringLiteral("Publish in the zone of")), qPrintable(f.fix));
    QVERIFY2(!f.fix.contains(generic + QStringLiteral(". IN A")), qPrintable(f.fix));
    QVERIFY2(f.fix.contains(QStringLiteral("relay")) && f.fix.contains(QStringLiteral("custom PTR")),
             qPrintable(f.fix));
    QVERIFY2(f.next.contains(QStringLiteral("relay")), qPrintable(f.next));

    EhloFacts ehlo;
    ehlo.name = QStringLiteral("mail.example.test");
    ehlo.reverse = home;
    ehlo.hostA = test::answer(ehlo.name, dns::RRType::A, QStringLiteral("198.19.66.66"));
    ehlo.hostAaaa = test::answer(ehlo.name, dns::RRType::AAAA, QStringLiteral("NODATA"));
    const CheckResult e = EhloCheck::judge(ehlo);
    QCOMPARE(e.status, Status::Fail);
    QCOMPARE(e.findings.size(), 1);
    const Finding& g = e.findings.first();
    QVERIFY2(!g.fix.contains(QStringLiteral("= ") + generic), qPrintable(g.fix)); // no "myhostname = <ISP name>"
    QVERIFY2(g.fix.contains(QStringLiteral("relay")) && g.fix.contains(QStringLiteral("custom PTR")),
             qPrintable(g.fix));
    QVERIFY2(g.next.contains(QStringLiteral("relay")), qPrintable(g.next));

    // Even where the ISP's name resolves back, announcing it would only match: receivers still see a home line.
    ehlo.reverse = reverseFacts({"198.19.66.66"}, {reverseLookup("198.19.66.66", "198-19-66-66.dyn.isp.test",
                                                                 {"198-19-66-66.dyn.isp.test=198.19.66.66"})});
    const CheckResult confirmed = EhloCheck::judge(ehlo);
    QCOMPARE(confirmed.findings.size(), 1);
    QVERIFY2(!confirmed.findings.first().fix.contains(QStringLiteral("= ") + generic),
             qPrintable(confirmed.findings.first().fix));
    QVERIFY2(confirmed.findings.first().next.contains(QStringLiteral("relay")),
             qPrintable(confirmed.findings.first().next));
    ehlo.reverse = home;

    // The user announces the ISP's name itself: still nothing to publish in "your zone" for it.
    ehlo.name = generic;
    ehlo.hostA = test::answer(ehlo.name, dns::RRType::A, QStringLiteral("NXDOMAIN"));
    const CheckResult own = EhloCheck::judge(ehlo);
    QCOMPARE(own.findings.size(), 1);
    QVERIFY2(!own.findings.first().fix.contains(QStringLiteral("Publish in your zone")),
             qPrintable(own.findings.first().fix));
    QVERIFY2(own.findings.first().next.contains(QStringLiteral("relay")), qPrintable(own.findings.first().next));
}

// A PTR name that does not resolve back is never proposed as the EHLO name: announcing it trades one failure for
// another.
void TestRdnsJudge::unconfirmedNameIsNotProposed()
{
    EhloFacts ehlo;
    ehlo.name = QStringLiteral("mail.example.test");
    ehlo.reverse = reverseFacts({"192.0.2.25"},
                                {reverseLookup("192.0.2.25", "server.hoster.test", {"server.hoster.test=NXDOMAIN"})});
    ehlo.hostA = test::answer(ehlo.name, dns::RRType::A, QStringLiteral("192.0.2.25"));
    ehlo.hostAaaa = test::answer(ehlo.name, dns::RRType::AAAA, QStringLiteral("NODATA"));
    const CheckResult e = EhloCheck::judge(ehlo);
    QCOMPARE(e.findings.size(), 1);
    QVERIFY2(!e.findings.first().fix.contains(QStringLiteral("server.hoster.test ")),
             qPrintable(e.findings.first().fix));
    QVERIFY2(e.findings.first().fix.contains(QStringLiteral("change its PTR record to mail.example.test")),
             qPrintable(e.findings.first().fix));
    verifyNextSteps(e);
}

QTEST_GUILESS_MAIN(TestRdnsJudge)
#include "tst_rdns_judge.moc"
