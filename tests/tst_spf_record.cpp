// SPF as data: parsing and composing records, the smallest change that authorizes an address, lint findings, and
// evaluator details (tree, macros, static lookup cost) against an in-process zone.
#include "FakeZoneResolver.h"
#include "checks/spf/SpfComposer.h"
#include "checks/spf/SpfEvaluator.h"
#include "checks/spf/SpfLint.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace mailready;
using namespace mailready::spf;

static QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromLatin1(s);
    return out;
}

class TestSpfRecord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void terms();
    void parseErrors_data();
    void parseErrors();
    void compose_data();
    void compose();
    void propose_data();
    void propose();
    void zoneFileStrings();
    void lint_data();
    void lint();
    void merge();
    void lookupCost();
    void evaluationTree();
    void timeBound();
    void macros_data();
    void macros();
};

void TestSpfRecord::roundTrip_data()
{
    QTest::addColumn<QString>("record");
    QTest::newRow("RFC 7208 A.1 example.com") << "v=spf1 +mx a:colo.example.com/28 -all";
    QTest::newRow("RFC 7208 A.2 amy.example.com") << "v=spf1 a mx -all";
    QTest::newRow("RFC 7208 A.3 redirect") << "v=spf1 redirect=_spf.example.com";
    QTest::newRow("RFC 7208 A.4 macros") << "v=spf1 -exists:%{ir}.%{l1r+-}._spf.%{d} +all";
    QTest::newRow("RFC 7208 5.6 ip4 and ip6") << "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 ip6:2001:db8::1 -all";
    QTest::newRow("RFC 7208 5.3 dual cidr") << "v=spf1 a/24//64 mx:mail.example.com//48 ~all";
    QTest::newRow("RFC 7208 6.2 exp") << "v=spf1 mx -all exp=explain._spf.%{d}";
    QTest::newRow("RFC 7208 6 unknown modifier") << "v=spf1 include:_spf.example.net foo=bar%{d} ?all";
    QTest::newRow("RFC 7208 5.5 ptr and exists") << "v=spf1 ptr:example.com exists:%{i}.in.example.com -all";
    QTest::newRow("RFC 7208 4.5 empty") << "v=spf1";
    QTest::newRow("RFC 7208 4.6.1 case kept") << "v=spf1 MX IP4:192.0.2.1 -ALL";
}

void TestSpfRecord::roundTrip()
{
    QFETCH(QString, record);
    const ParseResult parsed = parseRecord(record);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.record->toString(), record);
    // Composing the canonical terms and parsing again gives the same terms.
    Record canonical;
    for (Term t : parsed.record->terms) {
        t.text = t.canonical();
        canonical.terms << t;
    }
    const ParseResult again = parseRecord(canonical.toString());
    QVERIFY2(again.ok(), qPrintable(canonical.toString() + QStringLiteral(": ") + again.error));
    QCOMPARE(again.record->terms.size(), parsed.record->terms.size());
    for (qsizetype i = 0; i < again.record->terms.size(); ++i)
        QCOMPARE(again.record->terms[i].canonical(), parsed.record->terms[i].canonical());
}

void TestSpfRecord::terms()
{
    const ParseResult p =
        parseRecord(QStringLiteral("v=spf1 ~a:mail.example.com/24//64 ip6:2001:DB8::/32 redirect=x.example.com"));
    QVERIFY(p.ok());
    const Term& a = p.record->terms[0];
    QCOMPARE(a.mechanism, Mechanism::A);
    QCOMPARE(a.qualifier, Qualifier::SoftFail);
    QCOMPARE(a.domainSpec, QStringLiteral("mail.example.com"));
    QCOMPARE(a.cidr4, 24);
    QCOMPARE(a.cidr6, 64);
    QVERIFY(a.queriesDns());
    const Term& ip6 = p.record->terms[1];
    QCOMPARE(ip6.network, QHostAddress(QStringLiteral("2001:db8::")));
    QCOMPARE(ip6.cidr6, 32);
    QCOMPARE(ip6.canonical(), QStringLiteral("ip6:2001:db8::/32"));
    QVERIFY(!ip6.queriesDns());
    QVERIFY(p.record->redirect());
    QCOMPARE(p.record->redirect()->domainSpec, QStringLiteral("x.example.com"));
    QCOMPARE(p.record->dnsTermCount(), 2);
    QCOMPARE(p.record->allIndex(), -1);
}

void TestSpfRecord::parseErrors_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("kind");
    const int syntax = int(ParseResult::Error::Syntax);
    const int unknown = int(ParseResult::Error::UnknownMechanism);
    QTest::newRow("RFC 7208 4.5 not spf1") << "v=spf10 -all" << int(ParseResult::Error::NotSpf);
    QTest::newRow("RFC 7208 3.1 non-ASCII")
        << QStringLiteral("v=spf1 a:ex\u00e4mple.com -all") << int(ParseResult::Error::Character);
    QTest::newRow("RFC 7208 4.6.1 unknown mechanism") << "v=spf1 ip4:192.0.2.1 moo -all" << unknown;
    QTest::newRow("RFC 7208 4.6.1 misspelt include") << "v=spf1 inlcude:_spf.example.com -all" << unknown;
    QTest::newRow("RFC 7208 5.6 bad ip4") << "v=spf1 ip4:192.0.2 -all" << syntax;
    QTest::newRow("RFC 7208 5.6 ip4 leading zero cidr") << "v=spf1 ip4:192.0.2.0/024 -all" << syntax;
    QTest::newRow("RFC 7208 5.6 ip4 cidr 33") << "v=spf1 ip4:192.0.2.0/33" << syntax;
    QTest::newRow("RFC 7208 5.6 ip6 cidr 129") << "v=spf1 ip6:2001:db8::/129" << syntax;
    QTest::newRow("RFC 7208 5.3 a/33") << "v=spf1 a/33" << syntax;
    QTest::newRow("RFC 7208 5.1 all with argument") << "v=spf1 -all:x" << syntax;
    QTest::newRow("RFC 7208 5.2 include without domain") << "v=spf1 include -all" << syntax;
    QTest::newRow("RFC 7208 7.1 numeric toplabel") << "v=spf1 a:192.0.2.1 -all" << syntax;
    QTest::newRow("RFC 7208 7.1 bad macro") << "v=spf1 exists:%{x}.example.com" << syntax;
    QTest::newRow("RFC 7208 7.1 c only in exp") << "v=spf1 exists:%{c}.example.com" << syntax;
    QTest::newRow("RFC 7208 6 two redirects")
        << "v=spf1 redirect=a.example redirect=b.example" << int(ParseResult::Error::DuplicateModifier);
    QTest::newRow("RFC 7208 6.2 empty exp") << "v=spf1 -all exp=" << syntax;
}

void TestSpfRecord::parseErrors()
{
    QFETCH(QString, record);
    QFETCH(int, kind);
    const ParseResult p = parseRecord(record);
    QVERIFY(!p.ok());
    QCOMPARE(int(p.kind), kind);
    QVERIFY(!p.error.isEmpty());
}

void TestSpfRecord::compose_data()
{
    QTest::addColumn<bool>("mx");
    QTest::addColumn<bool>("a");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<int>("all");
    QTest::addColumn<QString>("expected");
    const int fail = int(Qualifier::Fail);
    QTest::newRow("home lab: mx + address")
        << true << false << strings({"198.51.100.5"}) << QStringList{} << fail << "v=spf1 mx ip4:198.51.100.5 -all";
    QTest::newRow("relay include, softfail while testing")
        << true << false << QStringList{} << strings({"_spf.relay.example."}) << int(Qualifier::SoftFail)
        << "v=spf1 mx include:_spf.relay.example ~all";
    QTest::newRow("dual stack, a, mapped v4")
        << false << true << strings({"::ffff:198.51.100.5", "2001:db8:5f::25"}) << QStringList{} << fail
        << "v=spf1 a ip4:198.51.100.5 ip6:2001:db8:5f::25 -all";
    QTest::newRow("+all refused") << true << false << QStringList{} << QStringList{} << int(Qualifier::Pass)
                                  << "v=spf1 mx -all";
    QTest::newRow("duplicates dropped") << true << false << strings({"198.51.100.5", "198.51.100.5"})
                                        << strings({"a.example", "A.example"}) << fail
                                        << "v=spf1 mx ip4:198.51.100.5 include:a.example -all";
}

void TestSpfRecord::compose()
{
    QFETCH(bool, mx);
    QFETCH(bool, a);
    QFETCH(QStringList, ips);
    QFETCH(QStringList, includes);
    QFETCH(int, all);
    QFETCH(QString, expected);
    SpfChoices c;
    c.mx = mx;
    c.a = a;
    for (const QString& ip : ips)
        c.ips << QHostAddress(ip);
    c.includes = includes;
    c.all = Qualifier(all);
    const QString record = composeRecord(c);
    QCOMPARE(record, expected);
    QVERIFY(parseRecord(record).ok());
    QCOMPARE(composeHeloRecord(), QStringLiteral("v=spf1 a -all"));
}

void TestSpfRecord::propose_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<int>("deciding");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("needed");
    QTest::newRow("insert before -all") << "v=spf1 mx include:_spf.relay.example -all"
                                        << "198.51.100.5" << -1
                                        << "v=spf1 mx include:_spf.relay.example ip4:198.51.100.5 -all" << true;
    QTest::newRow("ipv6 before ~all") << "v=spf1 mx ~all"
                                      << "2001:db8:5f::25" << -1 << "v=spf1 mx ip6:2001:db8:5f::25 ~all" << true;
    QTest::newRow("before the term that failed it")
        << "v=spf1 -ip4:198.51.100.0/24 mx -all"
        << "198.51.100.5" << 0 << "v=spf1 ip4:198.51.100.5 -ip4:198.51.100.0/24 mx -all" << true;
    QTest::newRow("redirect kept, ip4 after mechanisms")
        << "v=spf1 mx exp=x.example redirect=_spf.example.com"
        << "198.51.100.5" << -1 << "v=spf1 mx ip4:198.51.100.5 exp=x.example redirect=_spf.example.com" << true;
    QTest::newRow("no all, no redirect: appended") << "v=spf1 a"
                                                   << "198.51.100.5" << -1 << "v=spf1 a ip4:198.51.100.5" << true;
    QTest::newRow("user spelling kept") << "v=spf1 MX  +a:Mail.Example.com -ALL"
                                        << "198.51.100.5" << -1 << "v=spf1 MX +a:Mail.Example.com ip4:198.51.100.5 -ALL"
                                        << true;
    QTest::newRow("already listed") << "v=spf1 ip4:198.51.100.5 -all"
                                    << "198.51.100.5" << 1 << "v=spf1 ip4:198.51.100.5 -all" << false;
}

void TestSpfRecord::propose()
{
    QFETCH(QString, record);
    QFETCH(QString, ip);
    QFETCH(int, deciding);
    QFETCH(QString, expected);
    QFETCH(bool, needed);
    const ParseResult p = parseRecord(record);
    QVERIFY(p.ok());
    const SpfChange change = proposeAuthorization(*p.record, QHostAddress(ip), deciding);
    QCOMPARE(change.record, expected);
    QCOMPARE(change.needed, needed);
    QVERIFY(!change.description.isEmpty());
    // The proposal authorizes the address: evaluated against a zone holding it, the result is pass.
    FakeZoneResolver zone;
    zone.addTxt(QStringLiteral("example.org"), change.record.toLatin1());
    zone.addTxt(QStringLiteral("_spf.relay.example"), "v=spf1 ip4:203.0.113.0/24 -all");
    const Evaluation ev = checkHost(zone, QHostAddress(ip), QStringLiteral("example.org"),
                                    QStringLiteral("postmaster@example.org"), QStringLiteral("example.org"));
    QCOMPARE(ev.word(), QStringLiteral("pass"));
}

void TestSpfRecord::zoneFileStrings()
{
    QString record = QStringLiteral("v=spf1");
    for (int i = 1; i <= 40; ++i)
        record += QStringLiteral(" ip4:198.51.100.%1").arg(i);
    record += QStringLiteral(" -all");
    const QStringList parts = splitCharacterStrings(record);
    QVERIFY(parts.size() >= 3);
    for (const QString& s : parts)
        QVERIFY(s.toUtf8().size() <= 255);
    QCOMPARE(parts.join(QString()), record);
    QVERIFY(parts.first().endsWith(QLatin1Char(' '))); // split between terms
    QCOMPARE(spf::zoneFileStrings(QStringLiteral("v=spf1 -all")), QStringLiteral("\"v=spf1 -all\""));
}

void TestSpfRecord::lint_data()
{
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<int>("voidLookups");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("clean") << strings({"v=spf1 mx ip4:198.51.100.5 -all"}) << 0 << QStringList{};
    QTest::newRow("RFC 7208 4.5 several records")
        << strings({"v=spf1 -all", "v=spf1 mx -all"}) << 0 << strings({"multiple-records"});
    QTest::newRow("RFC 7208 5.5 ptr deprecated") << strings({"v=spf1 ptr -all"}) << 0 << strings({"ptr"});
    QTest::newRow("RFC 7208 5.1 +all") << strings({"v=spf1 mx +all"}) << 0 << strings({"permissive-all"});
    QTest::newRow("RFC 7208 5.1 ?all") << strings({"v=spf1 mx ?all"}) << 0 << strings({"permissive-all"});
    QTest::newRow("RFC 7208 4.7 no all, no redirect") << strings({"v=spf1 mx"}) << 0 << strings({"no-all"});
    QTest::newRow("redirect instead of all") << strings({"v=spf1 redirect=_spf.example.com"}) << 0 << QStringList{};
    QTest::newRow("RFC 7208 4.6.1 unknown mechanism")
        << strings({"v=spf1 mx ipv4:198.51.100.5 -all"}) << 0 << strings({"unknown-mechanism"});
    QTest::newRow("RFC 7208 4.6 syntax") << strings({"v=spf1 ip4:198.51.100.5/33 -all"}) << 0 << strings({"syntax"});
    QTest::newRow("RFC 7208 4.6.4 void lookups")
        << strings({"v=spf1 a:x.example -all"}) << 3 << strings({"void-lookups"});
    QString big = QStringLiteral("v=spf1");
    for (int i = 1; i <= 20; ++i)
        big += QStringLiteral(" ip4:198.51.100.%1").arg(i);
    big += QStringLiteral(" -all");
    QTest::newRow("RFC 1035 3.3 string over 255") << QStringList{big} << 0 << strings({"string-too-long"});
    QString huge = QStringLiteral("v=spf1");
    for (int i = 1; i <= 30; ++i)
        huge += QStringLiteral(" ip6:2001:db8:5f::%1").arg(i);
    huge += QStringLiteral(" -all");
    QTest::newRow("RFC 7208 3.4 record over 450 bytes")
        << QStringList{huge} << 0 << strings({"string-too-long", "record-too-long"});
}

void TestSpfRecord::lint()
{
    QFETCH(QStringList, records);
    QFETCH(int, voidLookups);
    QFETCH(QStringList, codes);
    LintInput input;
    input.domain = QStringLiteral("example.org");
    for (const QString& r : records)
        input.records << r.toLatin1();
    input.voidLookups = voidLookups;
    QStringList got;
    for (const LintFinding& f : spf::lint(input)) {
        got << f.code;
        QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.code));
    }
    QCOMPARE(got, codes);
}

void TestSpfRecord::merge()
{
    // RFC 7208 4.5: several records are a permerror; the fix merges them, keeping every mechanism once.
    const auto merged = mergeRecords({"v=spf1 mx ip4:198.51.100.5 -all", "v=spf1 include:_spf.relay.example mx ~all"});
    QVERIFY(merged);
    QCOMPARE(merged->toString(), QStringLiteral("v=spf1 mx ip4:198.51.100.5 include:_spf.relay.example -all"));
    LintInput input;
    input.domain = QStringLiteral("example.org");
    input.records = {"v=spf1 mx -all", "v=spf1 a:mail.example.org ~all"};
    const QList<LintFinding> findings = spf::lint(input);
    QCOMPARE(findings.first().code, QStringLiteral("multiple-records"));
    QVERIFY2(findings.first().fix.contains(QStringLiteral("v=spf1 mx a:mail.example.org -all")),
             qPrintable(findings.first().fix));
    QVERIFY(!mergeRecords({"v=spf1 mx -all", "v=spf1 moo"}));
}

void TestSpfRecord::lookupCost()
{
    // RFC 7208 4.6.4: counted through includes and redirects; the costliest branch is named.
    FakeZoneResolver zone;
    zone.addTxt(QStringLiteral("example.org"),
                "v=spf1 mx a include:big.example.net include:small.example.net redirect=ignored.example -all");
    zone.addTxt(QStringLiteral("big.example.net"),
                "v=spf1 include:b1.example.net include:b2.example.net include:b3.example.net ~all");
    for (const char* n : {"b1.example.net", "b2.example.net", "b3.example.net"})
        zone.addTxt(QString::fromLatin1(n), "v=spf1 a:x.example.net a:y.example.net");
    zone.addTxt(QStringLiteral("small.example.net"), "v=spf1 ip4:192.0.2.0/24 redirect=loop.example.net");
    zone.addTxt(QStringLiteral("loop.example.net"), "v=spf1 include:small.example.net");
    const LookupCost cost = measureLookups(zone, QStringLiteral("example.org"));
    QCOMPARE(cost.own, 4); // redirect ignored beside -all (RFC 7208 6.1)
    const LookupCost* worst = cost.costliest();
    QVERIFY(worst);
    QCOMPARE(worst->term, QStringLiteral("include:big.example.net"));
    QCOMPARE(worst->total, 3 + 3 * 2);
    QVERIFY(cost.total > 10);
    QVERIFY(!cost.branches[1].branches.isEmpty());
    QVERIFY(cost.branches[1].branches[0].branches[0].error.contains(QStringLiteral("loop")));

    LintInput input;
    input.domain = QStringLiteral("example.org");
    input.cost = cost;
    const QList<LintFinding> findings = spf::lint(input);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, QStringLiteral("too-many-lookups"));
    QVERIFY2(findings.first().message.contains(QStringLiteral("include:big.example.net with 10")),
             qPrintable(findings.first().message));
    QVERIFY2(findings.first().message.contains(QStringLiteral("include:b1.example.net: 3")),
             qPrintable(findings.first().message));
}

void TestSpfRecord::evaluationTree()
{
    FakeZoneResolver zone;
    zone.addTxt(QStringLiteral("example.org"), "v=spf1 mx include:_spf.relay.example ip4:192.0.2.9 -all");
    zone.add(QStringLiteral("example.org"), {dns::RRType::MX, QStringLiteral("mail.example.org"), 10, {}, false});
    zone.addAddress(QStringLiteral("mail.example.org"), QStringLiteral("192.0.2.1"));
    zone.addTxt(QStringLiteral("_spf.relay.example"), "v=spf1 ip4:203.0.113.0/24 ~all");
    const Evaluation ev = checkHost(zone, QHostAddress(QStringLiteral("192.0.2.9")), QStringLiteral("example.org"),
                                    QStringLiteral("postmaster@example.org"), QStringLiteral("mail.example.org"));
    QCOMPARE(ev.word(), QStringLiteral("pass"));
    QCOMPARE(ev.lookups, 2);
    QCOMPARE(ev.matchedIndex, 2);
    QCOMPARE(ev.record, QStringLiteral("v=spf1 mx include:_spf.relay.example ip4:192.0.2.9 -all"));
    QCOMPARE(ev.matchedTerm, QStringLiteral("ip4:192.0.2.9"));
    QCOMPARE(ev.matchedDomain, QStringLiteral("example.org"));
    // Decided inside an include that passed: the matched record is the included one.
    const Evaluation relayed =
        checkHost(zone, QHostAddress(QStringLiteral("203.0.113.7")), QStringLiteral("example.org"),
                  QStringLiteral("postmaster@example.org"), QStringLiteral("mail.example.org"));
    QCOMPARE(relayed.word(), QStringLiteral("pass"));
    QCOMPARE(relayed.matchedDomain, QStringLiteral("_spf.relay.example"));
    QCOMPARE(relayed.matchedRecord, QStringLiteral("v=spf1 ip4:203.0.113.0/24 ~all"));
    QCOMPARE(relayed.matchedTerm, QStringLiteral("ip4:203.0.113.0/24"));
    QCOMPARE(relayed.toJson().value(QStringLiteral("matched")).toObject().value(QStringLiteral("term")).toString(),
             QStringLiteral("ip4:203.0.113.0/24"));
    const QJsonObject tree = ev.toJson().value(QStringLiteral("tree")).toObject();
    QCOMPARE(tree.value(QStringLiteral("matched")).toString(), QStringLiteral("ip4:192.0.2.9"));
    const QJsonArray steps = tree.value(QStringLiteral("terms")).toArray();
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps[0].toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("no match"));
    const QJsonObject included = steps[1].toObject().value(QStringLiteral("record")).toObject();
    QCOMPARE(included.value(QStringLiteral("domain")).toString(), QStringLiteral("_spf.relay.example"));
    QCOMPARE(included.value(QStringLiteral("via")).toString(), QStringLiteral("include"));
    QCOMPARE(included.value(QStringLiteral("result")).toString(), QStringLiteral("softfail"));
    QCOMPARE(steps[2].toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("match"));
    QCOMPARE(steps[3].toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("skipped"));
    QVERIFY(!ev.answers.isEmpty());
}

namespace {
// Answers like the zone it wraps, slowly.
class SlowResolver final : public dns::Resolver
{
public:
    explicit SlowResolver(dns::Resolver& inner) : m_inner(inner) {}
    dns::Answer query(const QString& name, dns::RRType type) override
    {
        QThread::msleep(40);
        return m_inner.query(name, type);
    }
    QStringList servers() const override { return m_inner.servers(); }

private:
    dns::Resolver& m_inner;
};
} // namespace

void TestSpfRecord::timeBound()
{
    // RFC 7208 4.6.4: evaluation time is bounded; past the bound the result is temperror, never fail or pass.
    FakeZoneResolver zone;
    zone.addTxt(QStringLiteral("example.org"), "v=spf1 a:h1.example.org a:h2.example.org a:h3.example.org "
                                               "a:h4.example.org a:h5.example.org ip4:192.0.2.1 -all");
    for (int i = 1; i <= 5; ++i)
        zone.addAddress(QStringLiteral("h%1.example.org").arg(i), QStringLiteral("198.51.100.%1").arg(i));
    SlowResolver slow(zone);
    EvalOptions options;
    options.maxElapsedMs = 100;
    const Evaluation ev = checkHost(slow, QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("example.org"),
                                    QStringLiteral("postmaster@example.org"), QStringLiteral("example.org"), options);
    QCOMPARE(ev.word(), QStringLiteral("temperror"));
    QVERIFY2(ev.reason.contains(QStringLiteral("took longer")), qPrintable(ev.reason));
    options.maxElapsedMs = 20000;
    QCOMPARE(checkHost(slow, QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("example.org"),
                       QStringLiteral("postmaster@example.org"), QStringLiteral("example.org"), options)
                 .word(),
             QStringLiteral("pass"));
}

void TestSpfRecord::macros_data()
{
    QTest::addColumn<QString>("exp");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("expected");
    // RFC 7208 7.4 examples: sender strong-bad@email.example.com, IP 192.0.2.3 / 2001:db8::cb01.
    QTest::newRow("RFC 7208 7.4 %{s}") << "%{s}"
                                       << "192.0.2.3"
                                       << "strong-bad@email.example.com";
    QTest::newRow("RFC 7208 7.4 %{o}") << "%{o}"
                                       << "192.0.2.3"
                                       << "email.example.com";
    QTest::newRow("RFC 7208 7.4 %{d4}") << "%{d4}"
                                        << "192.0.2.3"
                                        << "email.example.com";
    QTest::newRow("RFC 7208 7.4 %{d2}") << "%{d2}"
                                        << "192.0.2.3"
                                        << "example.com";
    QTest::newRow("RFC 7208 7.4 %{d1}") << "%{d1}"
                                        << "192.0.2.3"
                                        << "com";
    QTest::newRow("RFC 7208 7.4 %{dr}") << "%{dr}"
                                        << "192.0.2.3"
                                        << "com.example.email";
    QTest::newRow("RFC 7208 7.4 %{d2r}") << "%{d2r}"
                                         << "192.0.2.3"
                                         << "example.email";
    QTest::newRow("RFC 7208 7.4 %{l}") << "%{l}"
                                       << "192.0.2.3"
                                       << "strong-bad";
    QTest::newRow("RFC 7208 7.4 %{l-}") << "%{l-}"
                                        << "192.0.2.3"
                                        << "strong.bad";
    QTest::newRow("RFC 7208 7.4 %{lr}") << "%{lr}"
                                        << "192.0.2.3"
                                        << "strong-bad";
    QTest::newRow("RFC 7208 7.4 %{lr-}") << "%{lr-}"
                                         << "192.0.2.3"
                                         << "bad.strong";
    QTest::newRow("RFC 7208 7.4 %{l1r-}") << "%{l1r-}"
                                          << "192.0.2.3"
                                          << "strong";
    QTest::newRow("RFC 7208 7.4 %{ir}.%{v}._spf.%{d2}") << "%{ir}.%{v}._spf.%{d2}"
                                                        << "192.0.2.3"
                                                        << "3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("RFC 7208 7.4 %{lr-}.lp._spf.%{d2}") << "%{lr-}.lp._spf.%{d2}"
                                                       << "192.0.2.3"
                                                       << "bad.strong.lp._spf.example.com";
    QTest::newRow("RFC 7208 7.4 ipv6 %{ir}.%{v}._spf.%{d2}")
        << "%{ir}.%{v}._spf.%{d2}"
        << "2001:db8::cb01"
        << "1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf.example.com";
    QTest::newRow("RFC 7208 7.3 %{c} ipv6 (exp only)") << "%{c}"
                                                       << "2001:db8::cb01"
                                                       << "2001:db8::cb01";
    QTest::newRow("RFC 7208 7.3 %{r} (exp only)") << "%{r}"
                                                  << "192.0.2.3"
                                                  << "mx.receiver.example";
    QTest::newRow("RFC 7208 7.3 %{t} (exp only)") << "%{t}"
                                                  << "192.0.2.3"
                                                  << "1700000000";
    QTest::newRow("RFC 7208 7.3 %{p} validated") << "%{p}"
                                                 << "192.0.2.3"
                                                 << "mx.email.example.com";
    QTest::newRow("RFC 7208 7.3 %{p} unknown") << "%{p}"
                                               << "192.0.2.4"
                                               << "unknown";
    QTest::newRow("RFC 7208 7.3 URL escape %{S}") << "%{S}"
                                                  << "192.0.2.3"
                                                  << "strong-bad%40email.example.com";
    QTest::newRow("RFC 7208 7.1 %% %_ %-") << "a%%b%_c%-d"
                                           << "192.0.2.3"
                                           << "a%b c%20d";
}

void TestSpfRecord::macros()
{
    QFETCH(QString, exp);
    QFETCH(QString, ip);
    QFETCH(QString, expected);
    FakeZoneResolver zone;
    zone.addTxt(QStringLiteral("email.example.com"), "v=spf1 -all exp=exp.example.org");
    zone.addTxt(QStringLiteral("exp.example.org"), exp.toLatin1());
    zone.add(QStringLiteral("3.2.0.192.in-addr.arpa"),
             {dns::RRType::PTR, QStringLiteral("mx.email.example.com"), 0, {}, false});
    zone.add(QStringLiteral("4.2.0.192.in-addr.arpa"),
             {dns::RRType::PTR, QStringLiteral("forged.example.net"), 0, {}, false});
    zone.addAddress(QStringLiteral("mx.email.example.com"), QStringLiteral("192.0.2.3"));
    EvalOptions options;
    options.receiver = QStringLiteral("mx.receiver.example");
    options.now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const Evaluation ev =
        checkHost(zone, QHostAddress(ip), QStringLiteral("email.example.com"),
                  QStringLiteral("strong-bad@email.example.com"), QStringLiteral("mx.example.org"), options);
    QCOMPARE(ev.word(), QStringLiteral("fail"));
    QCOMPARE(ev.explanation, expected);
}

QTEST_GUILESS_MAIN(TestSpfRecord)
#include "tst_spf_record.moc"
