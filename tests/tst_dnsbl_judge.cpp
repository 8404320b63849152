// The dnsbl judge from facts alone: every row is the zones of MailReady's catalog, the subjects looked up and the
// answers a blocklist would have given (its RFC 5782 test queries and the lookups), and the verdict the check must
// reach. No DNS server (tst_dnsbl asks the fixture's NSD).
#include "FactBuilders.h"
#include "JudgeResults.h"
#include "checks/dnsbl/DnsblCheck.h"

#include <QJsonDocument>
#include <QTest>

#include <initializer_list>

using namespace mailready;
using namespace mailready::checks;
using namespace mailready::checks::dnsbl;
using test::words;

Q_DECLARE_METATYPE(mailready::checks::DnsblFacts)

namespace {

QString queryName(const QString& label, const DnsblTarget& target)
{
    return label + QLatin1Char('.') + target.queryZone;
}

// The facts gather would hand over for `subjects` (addresses or names) on `zones` of the built-in catalog: zone by
// zone, subject by subject, skipping what a list does not cover. `answers` are the A answers of the lookups in that
// order (as for test::answer: "NXDOMAIN", "127.0.0.2", "TIMEOUT", ...). Each zone's RFC 5782 test queries answer
// `mustList` and `mustNotList` (by default as a healthy list does).
DnsblFacts facts(const QStringList& subjects, const QStringList& zones, std::initializer_list<const char*> answerList,
                 const QString& mustList = QStringLiteral("127.0.0.2"),
                 const QString& mustNotList = QStringLiteral("NXDOMAIN"), const ListKeys& keys = {})
{
    QStringList answers;
    for (const char* a : answerList)
        answers << QString::fromUtf8(a);
    DnsblFacts f;
    f.targets = selectTargetsWithKeys(DnsblCatalog::builtIn(), zones, keys);
    f.keys = keys;
    for (const QString& s : subjects) {
        const QHostAddress ip(s);
        const Family family = ip.isNull() ? Family::Domain : familyOf(ip);
        f.subjects << DnsblSubject{s, family, ip.isNull() ? s : queryLabel(ip, family)};
    }
    qsizetype next = 0;
    for (qsizetype t = 0; t < f.targets.size(); ++t) {
        const DnsblTarget& target = f.targets[t];
        if (target.list.state != DnsblList::State::Active || target.missingKey)
            continue;
        for (qsizetype s = 0; s < f.subjects.size(); ++s) {
            const Family family = f.subjects[s].family;
            const DnsblList& l = target.list;
            if (!(family == Family::Ipv4 ? l.ipv4 : family == Family::Ipv6 ? l.ipv6 : l.domain))
                continue;
            const bool probed = std::any_of(f.probes.begin(), f.probes.end(),
                                            [&](const DnsblProbe& p) { return p.target == t && p.family == family; });
            if (!probed)
                f.probes << DnsblProbe{
                    t, family, test::answer(queryName(mustListLabel(family), target), dns::RRType::A, mustList),
                    test::answer(queryName(mustNotListLabel(family), target), dns::RRType::A, mustNotList)};
            f.lookups << DnsblLookup{
                t, s, test::answer(queryName(f.subjects[s].label, target), dns::RRType::A, answers.value(next++)),
                std::nullopt};
        }
    }
    return f;
}

// The same facts with a TXT answer for the first lookup, as gather fetches it for a listing.
DnsblFacts withTxt(DnsblFacts f, const QByteArray& text)
{
    f.lookups[0].txt = test::txtAnswer(f.lookups[0].answer.name, {text});
    return f;
}

QString whyName(DnsblUnknownWhy why)
{
    switch (why) {
    case DnsblUnknownWhy::None:
        return QStringLiteral("judged");
    case DnsblUnknownWhy::Refused:
        return QStringLiteral("refused");
    case DnsblUnknownWhy::Rewritten:
        return QStringLiteral("rewritten");
    case DnsblUnknownWhy::Unhealthy:
        return QStringLiteral("unhealthy");
    case DnsblUnknownWhy::NoAnswer:
        return QStringLiteral("no-answer");
    case DnsblUnknownWhy::NeedsKey:
        return QStringLiteral("needs-key");
    case DnsblUnknownWhy::NotQueried:
        return QStringLiteral("not-queried");
    }
    return {};
}

} // namespace

class TestDnsblJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data();
    void judge();
    void keysNeverShow();
    void catalogUnusable();
};

void TestDnsblJudge::judge_data()
{
    QTest::addColumn<DnsblFacts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("finding");  // a part of some text (summary, item, finding); empty: no finding at all
    QTest::addColumn<QStringList>("rows"); // the details' rows: status/why
    QTest::addColumn<QString>("row");      // a part of the first row's meaning or reason; empty: none expected

    const QStringList zen{QStringLiteral("zen.spamhaus.org")};
    const QStringList dbl{QStringLiteral("dbl.spamhaus.org")};
    const QStringList ip{QStringLiteral("192.0.2.25")};

    QTest::newRow("RFC 5782 2.1 NXDOMAIN: not listed")
        << facts(ip, zen, {"NXDOMAIN"}) << "pass" << words("pass") << "" << words("pass/judged") << "";
    QTest::newRow("RFC 5782 2.1 listed: ZEN 127.0.0.10 is the PBL, as the catalog says")
        << facts(ip, zen, {"127.0.0.10"}) << "fail" << words("fail") << "Removal: https://check.spamhaus.org/"
        << words("fail/judged") << "Spamhaus PBL (listed by the ISP)";
    QTest::newRow("RFC 5782 2.1 listed: several codes, each meaning once")
        << facts(ip, zen, {"127.0.0.4,127.0.0.10"}) << "fail" << words("fail") << "127.0.0.4, 127.0.0.10"
        << words("fail/judged") << "Spamhaus XBL";
    QTest::newRow("listed with a code the catalog does not know: a listing without a reason")
        << facts(ip, zen, {"127.0.0.99"}) << "fail" << words("fail") << "the list gives no reason"
        << words("fail/judged") << "the list gives no reason";
    QTest::newRow("RFC 5782 2.2 TXT says why when the catalog does not")
        << withTxt(facts(ip, zen, {"127.0.0.99"}), "Listed, see https://lookup.example.test/192.0.2.25") << "fail"
        << words("fail") << "Listed, see https://lookup.example.test/192.0.2.25" << words("fail/judged")
        << "lookup.example.test";
    QTest::newRow("informational list (Backscatterer): warn, never fail")
        << facts(ip, {QStringLiteral("ips.backscatterer.org")}, {"127.0.0.2"}) << "warn" << words("warn")
        << "a warning, not a failure" << words("warn/judged") << "Backscatterer";
    QTest::newRow("Spamhaus 127.255.255.254: public resolver refused, unknown never pass or fail")
        << facts(ip, zen, {"127.255.255.254"}, QStringLiteral("127.255.255.254"), QStringLiteral("127.255.255.254"))
        << "unknown" << words("unknown") << "public or shared resolver (127.255.255.254)" << words("unknown/refused")
        << "public or shared resolver";
    QTest::newRow("Spamhaus 127.255.255.255: rate limited, unknown")
        << facts(ip, zen, {"127.255.255.255"}) << "unknown" << words("unknown") << "too many queries"
        << words("unknown/refused") << "too many queries";
    QTest::newRow("Spamhaus DBL 127.0.1.255: the catalog's refused-query code, unknown")
        << facts({QStringLiteral("example.test")}, dbl, {"127.0.1.255"}) << "unknown" << words("unknown")
        << "does not accept IP addresses" << words("unknown/refused") << "does not accept IP addresses";
    QTest::newRow("RFC 5782 5 test entry 127.0.0.2 not listed: unhealthy, so NXDOMAIN is unknown")
        << facts(ip, zen, {"NXDOMAIN"}, QStringLiteral("NXDOMAIN")) << "unknown" << words("unknown")
        << "does not list its test entry 127.0.0.2" << words("unknown/unhealthy") << "cannot be trusted";
    QTest::newRow("RFC 5782 5 127.0.0.1 listed: lists everything, so a listing is unknown")
        << facts(ip, zen, {"127.0.0.2"}, QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.2")) << "unknown"
        << words("unknown") << "which RFC 5782 forbids" << words("unknown/unhealthy") << "listed\" for everything";
    QTest::newRow("RFC 5782 5 test query timed out: unknown")
        << facts(ip, zen, {"NXDOMAIN"}, QStringLiteral("TIMEOUT")) << "unknown" << words("unknown")
        << "test query got no answer" << words("unknown/no-answer") << "test query got no answer";
    QTest::newRow("timeout is unknown, never clean")
        << facts(ip, zen, {"TIMEOUT"}) << "unknown" << words("unknown") << "got no answer (timeout, SERVFAIL"
        << words("unknown/no-answer") << "no usable answer";
    QTest::newRow("SERVFAIL is unknown, never clean")
        << facts(ip, zen, {"SERVFAIL"}) << "unknown" << words("unknown")
        << "No listing found, but the lookup on the one blocklist queried could not be verified"
        << words("unknown/no-answer") << "no usable answer";
    QTest::newRow("two addresses, one list: SERVFAIL for one, said of the one list")
        << facts({QStringLiteral("192.0.2.25"), QStringLiteral("192.0.2.26")}, zen, {"NXDOMAIN", "SERVFAIL"})
        << "unknown" << words("pass unknown")
        << "No listing found, but 1 of 2 lookups on the one blocklist queried could not be verified"
        << words("pass/judged unknown/no-answer") << "";
    QTest::newRow("one address, two lists: SERVFAIL for both, counted")
        << facts(ip, {QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.spamcop.net")}, {"SERVFAIL", "SERVFAIL"})
        << "unknown" << words("unknown unknown")
        << "No listing found, but 2 of 2 lookups on 2 blocklists could not be verified"
        << words("unknown/no-answer unknown/no-answer") << "no usable answer";
    QTest::newRow("an answer outside 127/8: a rewriting resolver, unknown")
        << facts(ip, zen, {"192.0.2.1"}) << "unknown" << words("unknown") << "outside 127.0.0.0/8"
        << words("unknown/rewritten") << "Pi-hole";
    QTest::newRow("needs a key but none given (Spamhaus AuthBL): not queried, no verdict")
        << facts(ip, {QStringLiteral("authbl.dq.spamhaus.net")}, {}) << "skipped" << QStringList()
        << "--spamhaus-dqs-key" << words("unknown/needs-key") << "answers only with a key";
    QTest::newRow("a dead list named with --dnsbl: known, never queried")
        << facts(ip, {QStringLiteral("dnsbl.sorbs.net")}, {}) << "skipped" << words("skipped") << "was not queried"
        << words("skipped/not-queried") << "";
    QTest::newRow("several addresses: one listed, one clean")
        << facts({QStringLiteral("192.0.2.25"), QStringLiteral("192.0.2.26")}, zen, {"NXDOMAIN", "127.0.0.4"}) << "fail"
        << words("pass fail") << "192.0.2.26 is listed on 1 of 1 blocklists" << words("pass/judged fail/judged") << "";
    QTest::newRow("IPv6 address: nibbles on ZEN, not looked up on an IPv4-only list")
        << facts({QStringLiteral("2001:db8::25")},
                 {QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.spamcop.net")}, {"127.0.0.3"})
        << "fail" << words("fail") << "2001:db8::25 is listed on 1 of 1 blocklists" << words("fail/judged")
        << "Spamhaus SBL CSS";
    const QStringList ipv6{QStringLiteral("2001:db8::25")};
    const QStringList spamcop{QStringLiteral("bl.spamcop.net")};
    QTest::newRow("IPv6 address, one IPv4-only list: no list was asked, and why")
        << facts(ipv6, spamcop, {}) << "skipped" << QStringList()
        << "No blocklist was asked: the one list in use does not cover IPv6" << QStringList() << "";
    QTest::newRow("IPv6 address, three IPv4-only lists: none of them covers IPv6")
        << facts(ipv6,
                 {QStringLiteral("bl.spamcop.net"), QStringLiteral("psbl.surriel.com"),
                  QStringLiteral("bl.mailspike.net")},
                 {})
        << "skipped" << QStringList() << "No blocklist was asked: none of the 3 lists in use covers IPv6"
        << QStringList() << "";
    QTest::newRow("IPv6 address, one of two lists covers IPv6: the one list queried")
        << facts(ipv6, {QStringLiteral("zen.spamhaus.org"), QStringLiteral("bl.spamcop.net")}, {"NXDOMAIN"}) << "pass"
        << words("pass") << "Not listed on the one blocklist queried" << words("pass/judged") << "";
    QTest::newRow("IPv4 and IPv6 on an IPv4-only list: the IPv6 address was not asked")
        << facts({QStringLiteral("192.0.2.25"), QStringLiteral("2001:db8::25")}, spamcop, {"NXDOMAIN"}) << "pass"
        << words("pass") << "2001:db8::25 was not asked on any blocklist: none of the lists in use covers IPv6."
        << words("pass/judged") << "";
    QTest::newRow("domain on a domain list (DBL), the address not looked up there")
        << facts({QStringLiteral("192.0.2.25"), QStringLiteral("example.test")}, dbl, {"127.0.1.4"}) << "fail"
        << words("fail") << "used for phishing" << words("fail/judged") << "phishing";
}

void TestDnsblJudge::judge()
{
    QFETCH(DnsblFacts, facts);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, finding);
    QFETCH(QStringList, rows);
    QFETCH(QString, row);
    const CheckResult r = DnsblCheck::judge(facts);
    QCOMPARE(r.id, QStringLiteral("dnsbl"));
    test::verifyVerdict(r, status, items, finding);
    if (QTest::currentTestFailed())
        return;
    // Every answer the verdict rests on is evidence: two test queries per zone and family, the lookups, the TXTs.
    const qsizetype txts = std::count_if(facts.lookups.begin(), facts.lookups.end(),
                                         [](const DnsblLookup& l) { return l.txt.has_value(); });
    QCOMPARE(r.evidence.size(), 2 * facts.probes.size() + facts.lookups.size() + txts);

    const auto* details = r.detailsAs<DnsblDetails>();
    QVERIFY(details);
    QStringList got;
    for (const DnsblRow& d : details->rows) {
        got << statusName(d.status) + QLatin1Char('/') + whyName(d.why);
        // Never a false green: a row not judged is never pass, warn or fail.
        if (d.why != DnsblUnknownWhy::None)
            QVERIFY2(d.status == Status::Unknown || d.status == Status::Skipped, qPrintable(d.reason));
        QVERIFY(!d.list.isEmpty());
        QCOMPARE(d.delist.isEmpty(), DnsblCatalog::builtIn().find(d.zone) == nullptr ||
                                         DnsblCatalog::builtIn().find(d.zone)->delist.isEmpty());
    }
    QCOMPARE(got, rows);
    if (!row.isEmpty())
        QVERIFY2((details->rows.first().meaning + details->rows.first().reason).contains(row),
                 qPrintable(details->rows.first().meaning + QStringLiteral(" | ") + details->rows.first().reason));
}

void TestDnsblJudge::keysNeverShow()
{
    const QString key = QStringLiteral("abcdefghijklmnopqrstuvwxyz0");
    const DnsblFacts f =
        withTxt(facts({QStringLiteral("192.0.2.25")}, {QStringLiteral("zen.spamhaus.org")}, {"127.0.0.2"},
                      QStringLiteral("127.0.0.2"), QStringLiteral("NXDOMAIN"), {{QStringLiteral("spamhaus-dqs"), key}}),
                "Listed, see https://check.spamhaus.org/");
    QVERIFY(f.lookups.first().answer.name.contains(key)); // the facts hold the key, as the query did
    const CheckResult r = DnsblCheck::judge(f);
    QCOMPARE(r.status, Status::Fail);
    const QByteArray json = QJsonDocument(r.toJson()).toJson();
    QVERIFY2(!json.contains(key.toUtf8()), json.constData());
    QVERIFY(json.contains(maskedDqsKey().toUtf8()));
    for (const DnsblRow& d : r.detailsAs<DnsblDetails>()->rows)
        QVERIFY(!(d.zone + d.meaning + d.reason).contains(key));
}

void TestDnsblJudge::catalogUnusable()
{
    DnsblFacts f;
    f.catalogError = QStringLiteral("catalog.json: not JSON");
    const CheckResult r = DnsblCheck::judge(f);
    test::verifyVerdict(r, QStringLiteral("unknown"), {}, QStringLiteral("catalog.json: not JSON"));
    QVERIFY(r.evidence.isEmpty());
}

QTEST_GUILESS_MAIN(TestDnsblJudge)
#include "tst_dnsbl_judge.moc"
