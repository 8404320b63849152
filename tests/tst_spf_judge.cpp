// The spf judge from facts alone: the records published at the domain, their lookup cost and each address's RFC 7208
// evaluation, built by hand as the evaluator would have returned them. No DNS server (tst_spf_dns asks the fixture's
// NSD, tst_spf_suite runs the RFC's own test suite through the evaluator).
#include "FactBuilders.h"
#include "JudgeResults.h"
#include "checks/spf/SpfCheck.h"
#include "checks/spf/SpfRecord.h"
#include "dns/DnsName.h"
#include "relay/RelayServices.h"

#include <QTest>

using namespace mailready;
using namespace mailready::checks;
using test::words;

Q_DECLARE_METATYPE(mailready::checks::SpfFacts)

namespace {

const QString kDomain = QStringLiteral("example.test");

// example.test publishing `records` (TXT strings; only those starting with v=spf1 are SPF records), or the lookup
// failing ("TIMEOUT", "SERVFAIL"). One SPF record gets a lookup cost of `lookups`.
SpfFacts published(const QList<QByteArray>& records, int lookups = 1)
{
    SpfFacts f;
    f.query.domain = kDomain;
    f.query.sender = QStringLiteral("postmaster@") + kDomain;
    f.query.helo = QStringLiteral("mail.example.test");
    f.published.answer = test::txtAnswer(kDomain, records);
    for (const QByteArray& r : records)
        if (spf::isSpfRecord(r)) {
            f.published.records << r;
            f.published.strings << QList<QByteArray>{r};
        }
    if (f.published.records.size() == 1) {
        spf::LookupCost cost;
        cost.domain = kDomain;
        cost.own = lookups;
        cost.total = lookups;
        f.cost = cost;
    }
    return f;
}

SpfFacts failedLookup(const char* outcome)
{
    SpfFacts f = published({});
    f.published.answer = test::answer(kDomain, dns::RRType::TXT, QString::fromUtf8(outcome));
    return f;
}

// The evaluation of `ip` as check_host() would have returned it: its result, why, and the top-level term that decided
// (-1: none). Its only answer is the domain's TXT answer, as the evaluator records it.
SpfFacts evaluated(SpfFacts f, const char* ip, const char* result, const char* reason, int matchedIndex = -1)
{
    spf::Evaluation ev;
    ev.result = *spf::resultFromWord(QString::fromUtf8(result));
    ev.reason = QString::fromUtf8(reason);
    ev.record = f.published.records.size() == 1 ? QString::fromUtf8(f.published.records.first()) : QString();
    ev.matchedIndex = matchedIndex;
    ev.lookups = f.cost ? f.cost->total : 0;
    ev.tree.domain = kDomain;
    ev.tree.via = QStringLiteral("check");
    ev.tree.record = ev.record;
    ev.tree.result = ev.word();
    ev.answers = {f.published.answer};
    f.query.addresses << QHostAddress(QString::fromUtf8(ip));
    f.evaluations << ev;
    return f;
}

// Mail relayed by `serviceId`, a service that sends with its own envelope sender; the Return-Path the check looked
// up at the service's label has `cname` (as for test::answer()) and, without one, no TXT record.
SpfFacts throughOwnEnvelope(SpfFacts f, const char* serviceId, const char* cname)
{
    const relay::RelayService* service = relay::RelayServices::builtIn().find(QString::fromUtf8(serviceId));
    if (!service)
        return f;
    f.query.relayHost = service->submission;
    f.query.helo = service->submission;
    f.query.ownEnvelope = *service;
    spf::ReturnPathFacts rp;
    rp.name = service->returnPathLabel + QLatin1Char('.') + kDomain;
    rp.cname = test::answer(rp.name, dns::RRType::CNAME, QString::fromUtf8(cname));
    if (rp.cname.isDefinite() && rp.cname.targets().isEmpty())
        rp.txt = test::txtAnswer(rp.name, {});
    f.returnPath = rp;
    return f;
}

SpfFacts withRelayInclude(SpfFacts f, const char* relayHost, const char* include)
{
    f.query.relayHost = QString::fromUtf8(relayHost);
    f.query.helo = f.query.relayHost;
    f.query.relayInclude = QString::fromUtf8(include);
    return f;
}

SpfFacts withHeloRecord(SpfFacts f, const char* name, const QList<QByteArray>& records)
{
    f.query.heloRecordName = QString::fromUtf8(name);
    spf::PublishedRecords helo;
    helo.answer = test::txtAnswer(f.query.heloRecordName, records);
    helo.records = records;
    f.heloRecords = helo;
    return f;
}

const QByteArray kOwn = "v=spf1 ip4:192.0.2.25 -all";

} // namespace

class TestSpfJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data();
    void judge();
    void noAddress();
    void evidenceOnce();
};

void TestSpfJudge::judge_data()
{
    QTest::addColumn<SpfFacts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("text"); // a part of the summary, an item or a finding; empty: no finding at all

    QTest::newRow("RFC 7208 2.6.1 none: no record is fail, the record to publish is the fix")
        << evaluated(published({"google-site-verification=abc"}), "192.0.2.25", "none", "no SPF record") << "fail"
        << words("fail") << "Publish this TXT record at example.test: v=spf1 mx ip4:192.0.2.25 -all";
    QTest::newRow("RFC 7208 4.5: two records are a permerror, merged into one")
        << evaluated(published({"v=spf1 ip4:192.0.2.25 -all", "v=spf1 mx -all"}), "192.0.2.25", "permerror",
                     "several SPF records")
        << "fail" << words("fail") << "Replace them by one TXT record at example.test: v=spf1 ip4:192.0.2.25 mx -all";
    QTest::newRow("RFC 7208 2.6.3 pass: the address is authorized")
        << evaluated(published({kOwn}), "192.0.2.25", "pass", "ip4:192.0.2.25 matched", 0) << "pass" << words("pass")
        << "";
    QTest::newRow("RFC 7208 2.6.4 fail: the address is added before -all")
        << evaluated(published({kOwn}), "192.0.2.26", "fail", "-all matched", 1) << "fail" << words("fail")
        << "becomes: v=spf1 ip4:192.0.2.25 ip4:192.0.2.26 -all";
    QTest::newRow("RFC 7208 2.6.5 softfail is fail for the check")
        << evaluated(published({"v=spf1 ip4:192.0.2.25 ~all"}), "192.0.2.26", "softfail", "~all matched", 1) << "fail"
        << words("fail") << "does not authorize 192.0.2.26 (result softfail)";
    QTest::newRow("RFC 7208 2.6.2 neutral is fail, and ?all protects nobody")
        << evaluated(published({"v=spf1 ip4:192.0.2.25 ?all"}), "192.0.2.26", "neutral", "?all matched", 1) << "fail"
        << words("fail") << "says nothing about other servers";
    QTest::newRow("RFC 7208 5.1 +all: a pass that lets everyone pass is warn")
        << evaluated(published({"v=spf1 +all"}), "192.0.2.25", "pass", "+all matched", 0) << "warn" << words("warn")
        << "lets other servers pass too";
    QTest::newRow("RFC 7208 2.6.6 temperror (the record's lookup timed out) is unknown, never fail")
        << evaluated(failedLookup("TIMEOUT"), "192.0.2.25", "temperror", "the TXT lookup timed out") << "unknown"
        << words("unknown") << "could not be verified";
    QTest::newRow("RFC 7208 2.6.6 temperror (an include timed out) is unknown, never pass")
        << evaluated(published({"v=spf1 include:_spf.relay.test -all"}), "192.0.2.25", "temperror",
                     "the lookup of _spf.relay.test timed out")
        << "unknown" << words("unknown") << "because a DNS lookup failed";
    QTest::newRow("RFC 7208 4.6.4 more than 10 lookups is a permerror")
        << evaluated(published({"v=spf1 include:a.test include:b.test -all"}, 11), "192.0.2.25", "permerror",
                     "more than 10 DNS lookups")
        << "fail" << words("fail") << "needs 11 DNS lookups (10 allowed)";
    QTest::newRow("RFC 7208 4.6.4 a pass over the limit fails at some receivers")
        << evaluated(published({kOwn}, 11), "192.0.2.25", "pass", "ip4:192.0.2.25 matched", 0) << "fail"
        << words("fail") << "but the policy needs 11 DNS lookups";
    QTest::newRow("several addresses: pass, fail and temperror each judged")
        << evaluated(evaluated(evaluated(published({kOwn}), "192.0.2.25", "pass", "ip4:192.0.2.25 matched", 0),
                               "192.0.2.26", "fail", "-all matched", 1),
                     "192.0.2.27", "temperror", "timed out")
        << "fail" << words("pass fail unknown") << "does not pass for 2 of 3 sending addresses";
    QTest::newRow("several addresses failing: one change covers them all")
        << evaluated(evaluated(published({kOwn}), "192.0.2.26", "fail", "-all matched", 1), "192.0.2.27", "fail",
                     "-all matched", 1)
        << "fail" << words("fail fail") << "becomes: v=spf1 ip4:192.0.2.25 ip4:192.0.2.26 ip4:192.0.2.27 -all";
    QTest::newRow("a relay with a customer envelope: its include is the fix")
        << withRelayInclude(evaluated(published({kOwn}), "198.51.100.7", "fail", "-all matched", 1), "smtp.relay.test",
                            "_spf.relay.test")
        << "fail" << words("fail") << "does not authorize the relay smtp.relay.test";
    QTest::newRow("relay-services.json own envelope: SPF is checked at the service, warn")
        << throughOwnEnvelope(evaluated(published({kOwn}), "198.51.100.7", "fail", "-all matched", 1), "postmark",
                              "NXDOMAIN")
        << "warn" << words("warn") << "sends with its own envelope sender";
    QTest::newRow("relay-services.json own envelope: a Return-Path CNAME to the service aligns")
        << throughOwnEnvelope(evaluated(published({kOwn}), "198.51.100.7", "fail", "-all matched", 1), "postmark",
                              "pm.mtasv.net")
        << "pass" << words("pass") << "SPF aligns through the Return-Path pm-bounces.example.test";
    QTest::newRow("RFC 7208 2.3 HELO: the server's name without a record of its own")
        << withHeloRecord(evaluated(published({kOwn}), "192.0.2.25", "pass", "ip4:192.0.2.25 matched", 0),
                          "mail.example.test", {})
        << "pass" << words("pass") << "Publish this TXT record at mail.example.test: v=spf1 a -all";
}

void TestSpfJudge::judge()
{
    QFETCH(SpfFacts, facts);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, text);
    const CheckResult r = SpfCheck::judge(facts);
    QCOMPARE(r.id, QStringLiteral("spf"));
    test::verifyVerdict(r, status, items, text);
    if (QTest::currentTestFailed())
        return;
    // Every item is one address, in order, with the evaluator's result word.
    QCOMPARE(r.items.size(), facts.evaluations.size());
    for (qsizetype i = 0; i < r.items.size(); ++i) {
        QCOMPARE(r.items[i].subject, facts.query.addresses[i].toString());
        QCOMPARE(r.items[i].fields.value(QStringLiteral("result")).toString(), facts.evaluations[i].word());
    }
    QVERIFY(!r.evidence.isEmpty());
}

void TestSpfJudge::noAddress()
{
    const CheckResult r = SpfCheck::judge(published({kOwn}));
    QVERIFY(r.items.isEmpty());
    QCOMPARE(r.status, Status::Skipped);
    QCOMPARE(r.fields.value(QStringLiteral("record")).toString(), QString::fromUtf8(kOwn));
}

void TestSpfJudge::evidenceOnce()
{
    // The evaluations of both addresses used the domain's TXT answer: it is evidence once.
    const SpfFacts f = evaluated(evaluated(published({kOwn}), "192.0.2.25", "pass", "matched", 0), "192.0.2.26", "fail",
                                 "-all matched", 1);
    const CheckResult r = SpfCheck::judge(f);
    QCOMPARE(r.evidence.size(), 1);
    QCOMPARE(r.evidence.first().name, dns::absoluteName(kDomain));
}

QTEST_GUILESS_MAIN(TestSpfJudge)
#include "tst_spf_judge.moc"
