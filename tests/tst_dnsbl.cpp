// The blocklist check: pure interpretation against RFC 5782's test points and the vendors' conventions, the
// built-in catalog, and the whole check against blocklist zones served by the fixture's NSD (tests/dns/zones/
// dnsbl.test.zone, catalog tests/dns/dnsbl-test-catalog.json), in process and through `mailready check --json`.
#include "TestDns.h"
#include "checks/dnsbl/DnsblCatalog.h"
#include "checks/dnsbl/DnsblCheck.h"
#include "checks/dnsbl/DnsblVerdict.h"
#include "dns/CachingResolver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWaitCondition>

using namespace mailready;
using namespace mailready::checks::dnsbl;

class TestDnsbl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc5782TestPoints_data();
    void rfc5782TestPoints();
    void queryLabelVectors_data();
    void queryLabelVectors();
    void healthFromTestPoints();
    void readings_data();
    void readings();
    void judgeVerdicts();
    void diagnosis_data();
    void diagnosis();
    void builtInCatalog();
    void dqsTargetsMaskTheKey();

    void checkAgainstNsd_data();
    void checkAgainstNsd();
    void txtOnlyForListings();
    void healthAndLookupsInOneRound();
    void endToEndListingFields();
    void endToEndGenericZone();
    void endToEndDqsKeyNeverShown();
    void endToEndListKeysNeverShown_data();
    void endToEndListKeysNeverShown();
    void usageErrors();
};

// The shared test data sits beside the source tree, or further up when the tree is a worktree in a subfolder.
static QString sharedFile(const QString& relative)
{
    const QString direct = test::sharedTestdata(relative);
    if (QFileInfo::exists(direct))
        return direct;
    for (QDir dir(test::sourcePath(QString())); dir.cdUp();) {
        const QString candidate = dir.filePath(QStringLiteral("shared/testdata/") + relative);
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return direct;
}

// The shared YAML, converted at test time (no generated copy is committed).
static QJsonObject testPoints()
{
    static const QJsonObject doc = [] {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)"),
                 sharedFile(QStringLiteral("dnsbl/rfc5782-test-points.yaml"))});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qFatal("could not convert rfc5782-test-points.yaml: %s", p.readAllStandardError().constData());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }();
    return doc;
}

static Family familyNamed(const QString& name)
{
    if (name == QLatin1String("ipv4"))
        return Family::Ipv4;
    if (name == QLatin1String("ipv6"))
        return Family::Ipv6;
    return Family::Domain;
}

void TestDnsbl::rfc5782TestPoints_data()
{
    QTest::addColumn<QJsonObject>("point");
    const QJsonArray points = testPoints().value(QStringLiteral("rfc5782_test_points")).toArray();
    QVERIFY(points.size() >= 6);
    for (const auto& p : points) {
        const QJsonObject o = p.toObject();
        const QString what = o.contains(QStringLiteral("ip")) ? o.value(QStringLiteral("ip")).toString()
                                                              : o.value(QStringLiteral("name")).toString();
        QTest::newRow(
            qPrintable(QStringLiteral("RFC 5782 s5 %1 %2").arg(what, o.value(QStringLiteral("expect")).toString())))
            << o;
    }
}

// The health queries ask exactly the RFC's test entries: the listed ones as "must list", the others as "must not".
void TestDnsbl::rfc5782TestPoints()
{
    QFETCH(QJsonObject, point);
    const Family family = familyNamed(point.value(QStringLiteral("family")).toString());
    const QString label = point.value(QStringLiteral("query_label")).toString();
    const bool listed = point.value(QStringLiteral("expect")).toString() == QLatin1String("listed");
    if (family != Family::Domain) {
        const QHostAddress ip(point.value(QStringLiteral("ip")).toString());
        QVERIFY(!ip.isNull());
        QCOMPARE(queryLabel(ip, family), label);
    }
    QCOMPARE(listed ? mustListLabel(family) : mustNotListLabel(family), label);
    QVERIFY(!(listed ? mustNotListLabel(family) : mustListLabel(family)).isEmpty());
    QVERIFY((listed ? mustNotListLabel(family) : mustListLabel(family)) != label);
}

void TestDnsbl::queryLabelVectors_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("label");
    for (const auto& v : testPoints().value(QStringLiteral("query_label_vectors")).toArray()) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(QStringLiteral("RFC 5782 s2 %1").arg(o.value(QStringLiteral("ip")).toString())))
            << o.value(QStringLiteral("ip")).toString() << o.value(QStringLiteral("query_label")).toString();
    }
}

void TestDnsbl::queryLabelVectors()
{
    QFETCH(QString, ip);
    QFETCH(QString, label);
    const QHostAddress a(ip);
    QVERIFY(!a.isNull());
    // An IPv4-mapped address written as IPv6 is queried as IPv6 on an IPv6 list.
    const Family f = ip.contains(QLatin1Char(':')) ? Family::Ipv6 : Family::Ipv4;
    QCOMPARE(queryLabel(a, f), label);
}

static dns::Answer answerWith(const QStringList& addresses, dns::Outcome outcome = dns::Outcome::NoError)
{
    dns::Answer a;
    a.outcome = addresses.isEmpty() && outcome == dns::Outcome::NoError ? dns::Outcome::NXDomain : outcome;
    for (const QString& s : addresses) {
        dns::Record r;
        r.type = dns::RRType::A;
        r.address = QHostAddress(s);
        a.records << r;
    }
    return a;
}

// A zone answering exactly as the test points say is healthy; any point answered the other way makes it unhealthy.
void TestDnsbl::healthFromTestPoints()
{
    const DnsblList list = DnsblList::generic(QStringLiteral("zone.example"));
    for (const Family f : {Family::Ipv4, Family::Ipv6, Family::Domain}) {
        QString listedLabel, unlistedLabel;
        for (const auto& p : testPoints().value(QStringLiteral("rfc5782_test_points")).toArray()) {
            const QJsonObject o = p.toObject();
            if (familyNamed(o.value(QStringLiteral("family")).toString()) != f)
                continue;
            (o.value(QStringLiteral("expect")).toString() == QLatin1String("listed") ? listedLabel : unlistedLabel) =
                o.value(QStringLiteral("query_label")).toString();
        }
        QCOMPARE(listedLabel, mustListLabel(f));
        QCOMPARE(unlistedLabel, mustNotListLabel(f));
        const Reading yes = readAnswer(answerWith({QStringLiteral("127.0.0.2")}), list);
        const Reading no = readAnswer(answerWith({}), list);
        QVERIFY(judgeHealth(yes, no, f).isHealthy());
        const Health missing = judgeHealth(no, no, f);
        QCOMPARE(missing.state, Health::State::Unhealthy);
        QVERIFY(missing.missingTestEntry);
        const Health everything = judgeHealth(yes, yes, f);
        QCOMPARE(everything.state, Health::State::Unhealthy);
        QVERIFY(everything.listsEverything);
        const Reading timeout = readAnswer(answerWith({}, dns::Outcome::Timeout), list);
        QCOMPARE(judgeHealth(yes, timeout, f).state, Health::State::Unreachable);
    }
}

void TestDnsbl::readings_data()
{
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("kind");
    using K = Reading::Kind;
    const int ok = static_cast<int>(dns::Outcome::NoError);
    QTest::newRow("RFC 5782 s2.1 NXDOMAIN not listed") << QStringList{} << ok << int(K::NotListed);
    QTest::newRow("RFC 5782 s2.1 NODATA not listed") << QStringList{} << int(dns::Outcome::NoData) << int(K::NotListed);
    QTest::newRow("RFC 5782 s2.1 127.0.0.2 listed") << QStringList{QStringLiteral("127.0.0.2")} << ok << int(K::Listed);
    QTest::newRow("Spamhaus zen 127.0.0.10 PBL listed")
        << QStringList{QStringLiteral("127.0.0.10")} << ok << int(K::Listed);
    QTest::newRow("Spamhaus 127.255.255.254 public resolver")
        << QStringList{QStringLiteral("127.255.255.254")} << ok << int(K::ErrorCode);
    QTest::newRow("Spamhaus 127.255.255.255 rate limit")
        << QStringList{QStringLiteral("127.255.255.255")} << ok << int(K::ErrorCode);
    QTest::newRow("Spamhaus 127.255.255.252 bad query")
        << QStringList{QStringLiteral("127.255.255.252")} << ok << int(K::ErrorCode);
    QTest::newRow("contract 127.255.255.0/24 any")
        << QStringList{QStringLiteral("127.255.255.1")} << ok << int(K::ErrorCode);
    QTest::newRow("contract mixed listing and error code")
        << QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("127.255.255.254")} << ok << int(K::ErrorCode);
    QTest::newRow("contract outside 127/8 (NXDOMAIN rewriting)")
        << QStringList{QStringLiteral("198.51.100.1")} << ok << int(K::Outside127);
    QTest::newRow("contract 128.0.0.2 is outside 127/8")
        << QStringList{QStringLiteral("128.0.0.2")} << ok << int(K::Outside127);
    QTest::newRow("catalog error code 127.0.1.255")
        << QStringList{QStringLiteral("127.0.1.255")} << ok << int(K::ErrorCode);
    QTest::newRow("contract timeout") << QStringList{} << int(dns::Outcome::Timeout) << int(K::Failed);
    QTest::newRow("contract SERVFAIL") << QStringList{} << int(dns::Outcome::ServFail) << int(K::Failed);
    QTest::newRow("contract REFUSED") << QStringList{} << int(dns::Outcome::Refused) << int(K::Failed);
}

void TestDnsbl::readings()
{
    QFETCH(QStringList, addresses);
    QFETCH(int, outcome);
    QFETCH(int, kind);
    DnsblList list = DnsblList::generic(QStringLiteral("dbl.example"));
    list.codes.insert(QStringLiteral("127.0.1.255"), ListCode{QStringLiteral("IP queries refused"), {}, true});
    const Reading r = checks::dnsbl::readAnswer(answerWith(addresses, static_cast<dns::Outcome>(outcome)), list);
    QCOMPARE(static_cast<int>(r.kind), kind);
    QCOMPARE(r.codes, addresses);
    if (r.kind != Reading::Kind::NotListed && r.kind != Reading::Kind::Listed)
        QVERIFY(!r.reason.isEmpty());
}

void TestDnsbl::judgeVerdicts()
{
    DnsblList list = DnsblList::generic(QStringLiteral("zone.example"));
    list.codes.insert(QStringLiteral("127.0.0.10"),
                      ListCode{QStringLiteral("residential"), QStringLiteral("smarthost"), false});
    const Reading listed = readAnswer(answerWith({QStringLiteral("127.0.0.10")}), list);
    const Reading clean = readAnswer(answerWith({}), list);
    const Health healthy =
        judgeHealth(readAnswer(answerWith({QStringLiteral("127.0.0.2")}), list), clean, Family::Ipv4);
    const Health unhealthy = judgeHealth(clean, clean, Family::Ipv4);

    Verdict v = judge(listed, healthy, list);
    QCOMPARE(v.kind, Verdict::Kind::Listed);
    QCOMPARE(v.meaning, QStringLiteral("residential"));
    QCOMPARE(v.fix, QStringLiteral("smarthost"));
    QVERIFY(!v.informational);
    QCOMPARE(judge(clean, healthy, list).kind, Verdict::Kind::Clean);
    // RFC 5782 s5: a zone failing its test entries is not used: neither its listings nor its "not listed".
    QCOMPARE(judge(listed, unhealthy, list).kind, Verdict::Kind::Unknown);
    QCOMPARE(judge(clean, unhealthy, list).kind, Verdict::Kind::Unknown);
    list.informational = true;
    v = judge(listed, healthy, list);
    QCOMPARE(v.kind, Verdict::Kind::Listed);
    QVERIFY(v.informational);
}

void TestDnsbl::diagnosis_data()
{
    QTest::addColumn<QList<ZoneObservation>>("zones");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("says");
    const DnsblList list = DnsblList::generic(QStringLiteral("z"));
    const Reading yes = readAnswer(answerWith({QStringLiteral("127.0.0.2")}), list);
    const Reading no = readAnswer(answerWith({}), list);
    const Reading refused = readAnswer(answerWith({QStringLiteral("127.255.255.254")}), list);
    const Reading limited = readAnswer(answerWith({QStringLiteral("127.255.255.255")}), list);
    const Reading timeout = readAnswer(answerWith({}, dns::Outcome::Timeout), list);
    const Health healthy = judgeHealth(yes, no, Family::Ipv4);
    const Health hiding = judgeHealth(no, no, Family::Ipv4);
    const Health wildcard = judgeHealth(yes, yes, Family::Ipv4);
    const Health publicResolver = judgeHealth(refused, refused, Family::Ipv4);
    const Health rateLimited = judgeHealth(limited, limited, Family::Ipv4);
    const Health unreachable = judgeHealth(timeout, timeout, Family::Ipv4);
    auto z = [](const QString& name, const Health& h) { return ZoneObservation{name, h, h.errorCodes, false}; };

    QTest::newRow("all healthy") << QList<ZoneObservation>{z(QStringLiteral("a"), healthy),
                                                           z(QStringLiteral("b"), healthy)}
                                 << false << QString();
    QTest::newRow("Spamhaus 127.255.255.254 public resolver")
        << QList<ZoneObservation>{z(QStringLiteral("zen.spamhaus.org"), publicResolver),
                                  z(QStringLiteral("b"), healthy)}
        << true << QStringLiteral("public or shared resolver");
    QTest::newRow("Spamhaus 127.255.255.255 rate limit")
        << QList<ZoneObservation>{z(QStringLiteral("zen.spamhaus.org"), rateLimited)} << true
        << QStringLiteral("too many queries");
    QTest::newRow("one zone without test entry")
        << QList<ZoneObservation>{z(QStringLiteral("a"), hiding), z(QStringLiteral("b"), healthy)} << false
        << QString();
    QTest::newRow("one wildcard zone") << QList<ZoneObservation>{z(QStringLiteral("a"), wildcard)} << false
                                       << QString();
    QTest::newRow("Google Public DNS: NXDOMAIN everywhere")
        << QList<ZoneObservation>{z(QStringLiteral("a"), hiding), z(QStringLiteral("b"), hiding)} << true
        << QStringLiteral("hides listings");
    QTest::newRow("NXDOMAIN-rewriting resolver")
        << QList<ZoneObservation>{z(QStringLiteral("a"), wildcard), z(QStringLiteral("b"), wildcard)} << true
        << QStringLiteral("rewrites");
    QTest::newRow("timeouts are not a resolver diagnosis")
        << QList<ZoneObservation>{z(QStringLiteral("a"), unreachable), z(QStringLiteral("b"), unreachable)} << false
        << QString();
}

void TestDnsbl::diagnosis()
{
    QFETCH(QList<ZoneObservation>, zones);
    QFETCH(bool, fires);
    QFETCH(QString, says);
    const Diagnosis d = diagnose(zones, false);
    QCOMPARE(d.fires, fires);
    if (fires) {
        QVERIFY2(d.message.contains(says), qPrintable(d.message));
        QVERIFY2(d.fix.contains(QStringLiteral("--spamhaus-dqs-key")), qPrintable(d.fix));
        QVERIFY2(d.fix.contains(QStringLiteral("recursive resolver")), qPrintable(d.fix));
    }
}

void TestDnsbl::builtInCatalog()
{
    const DnsblCatalog& c = DnsblCatalog::builtIn();
    QStringList active;
    for (const DnsblList& l : c.activeLists()) {
        active << l.zone;
        QVERIFY2(!l.delist.isEmpty(), qPrintable(l.zone));
    }
    for (const char* zone :
         {"zen.spamhaus.org", "dbl.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org", "dyna.spamrats.com",
          "noptr.spamrats.com", "spam.spamrats.com", "psbl.surriel.com", "bl.mailspike.net", "dnsbl-1.uceprotect.net",
          "dnsbl-2.uceprotect.net", "dnsbl-3.uceprotect.net", "all.s5h.net"})
        QVERIFY2(active.contains(QLatin1String(zone)), zone);
    // Dead lists and allowlists are known, never queried.
    for (const char* zone :
         {"dnsbl.sorbs.net", "spam.dnsbl.sorbs.net", "dnsbl.inps.de", "ubl.unsubscore.com", "list.dnswl.org"}) {
        QVERIFY2(c.find(QLatin1String(zone)), zone);
        QVERIFY2(c.find(QLatin1String(zone))->state != DnsblList::State::Active, zone);
        QVERIFY2(!active.contains(QLatin1String(zone)), zone);
    }
    for (const char* zone : {"dnsbl-2.uceprotect.net", "dnsbl-3.uceprotect.net"})
        QVERIFY2(c.find(QLatin1String(zone))->informational, zone);
    // s5h.net lists single hosts, IPv4 and IPv6 (s5h.net/rblcheck, checked 2026-12-02): a listing is not informational.
    QVERIFY(!c.find(QStringLiteral("all.s5h.net"))->informational && c.find(QStringLiteral("all.s5h.net"))->ipv6);
    QVERIFY(!c.find(QStringLiteral("dnsbl-1.uceprotect.net"))->informational);
    QVERIFY(c.find(QStringLiteral("b.barracudacentral.org"))->registration);
    const DnsblList* zen = c.find(QStringLiteral("zen.spamhaus.org"));
    QVERIFY(zen->ipv4 && zen->ipv6 && !zen->domain);
    for (const char* code : {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6", "127.0.0.7", "127.0.0.9",
                             "127.0.0.10", "127.0.0.11"}) {
        QVERIFY2(zen->code(QLatin1String(code)), code);
        QVERIFY2(!zen->code(QLatin1String(code))->fix.isEmpty(), code);
    }
    QVERIFY(zen->code(QStringLiteral("127.0.0.10"))->fix.contains(QStringLiteral("smarthost")));
    QVERIFY(zen->code(QStringLiteral("127.0.0.4"))->meaning.contains(QStringLiteral("NAT")));
    const DnsblList* dbl = c.find(QStringLiteral("dbl.spamhaus.org"));
    QVERIFY(dbl->domain && !dbl->ipv4);
    QVERIFY(dbl->code(QStringLiteral("127.0.1.255"))->error);
    // --dnsbl: a known zone keeps its catalog entry, an unknown one gets the generic rules.
    const QList<DnsblTarget> t =
        selectTargets(c, {QStringLiteral("bl.spamcop.net"), QStringLiteral("other.example")}, {});
    QCOMPARE(t.size(), 2);
    QVERIFY(t[0].list.known && !t[0].list.ipv6);
    QVERIFY(!t[1].list.known && t[1].list.ipv4 && t[1].list.ipv6 && !t[1].list.domain);
}

void TestDnsbl::dqsTargetsMaskTheKey()
{
    const QString key = QStringLiteral("abcdefghij0123456789klmnop");
    QVERIFY(isValidDqsKey(key));
    QVERIFY(!isValidDqsKey(QStringLiteral("a.b")));
    const QList<DnsblTarget> targets = selectTargets(DnsblCatalog::builtIn(), {}, key);
    bool sawZen = false;
    for (const DnsblTarget& t : targets) {
        QVERIFY(!t.shownZone.contains(key));
        if (t.list.zone == QLatin1String("zen.spamhaus.org")) {
            sawZen = true;
            QCOMPARE(t.queryZone, key + QStringLiteral(".zen.dq.spamhaus.net"));
            QCOMPARE(t.shownZone, maskedDqsKey() + QStringLiteral(".zen.dq.spamhaus.net"));
        }
        if (t.list.zone == QLatin1String("bl.spamcop.net"))
            QCOMPARE(t.queryZone, QStringLiteral("bl.spamcop.net"));
    }
    QVERIFY(sawZen);
}

static QString testCatalog()
{
    return test::sourcePath(QStringLiteral("tests/dns/dnsbl-test-catalog.json"));
}

static CheckResult runCheck(const QStringList& zones, const QStringList& ips, const QString& domain,
                            const dns::ResolverConfig& config, const QString& hostname = {})
{
    CheckRequest request;
    request.domain = domain;
    request.hostname = hostname;
    request.dnsblZones = zones;
    request.resolver = config;
    QList<QHostAddress> addresses;
    for (const QString& ip : ips)
        addresses << QHostAddress(ip);
    dns::LdnsResolver network(config);
    dns::CachingResolver resolver(network);
    const std::atomic_bool never{false};
    const CheckContext ctx{request, resolver, addresses, never};
    const auto catalog = DnsblCatalog::fromFile(testCatalog());
    if (!catalog)
        qFatal("test catalog unreadable");
    checks::DnsblCheck check(*catalog);
    return check.run(ctx);
}

static bool hasDiagnosis(const CheckResult& r)
{
    return r.fields.contains(QStringLiteral("resolver_diagnosis"));
}

void TestDnsbl::checkAgainstNsd_data()
{
    QTest::addColumn<QStringList>("zones");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("silentServer");
    QTest::addColumn<QStringList>("expected"); // "subject=status" per item, in order
    QTest::addColumn<bool>("diagnosis");
    const QString d = QStringLiteral("example.test");
    const QString ip = QStringLiteral("203.0.113.5");
    QTest::newRow("RFC 5782 healthy zone, not listed")
        << QStringList{QStringLiteral("clean.dnsbl.test")} << QStringList{ip} << d << false
        << QStringList{QStringLiteral("203.0.113.5 @ clean.dnsbl.test=pass")} << false;
    QTest::newRow("contract listed on a healthy zone -> fail")
        << QStringList{QStringLiteral("listed.dnsbl.test")} << QStringList{ip} << d << false
        << QStringList{QStringLiteral("203.0.113.5 @ listed.dnsbl.test=fail")} << false;
    QTest::newRow("contract informational list -> warn")
        << QStringList{QStringLiteral("info.dnsbl.test")} << QStringList{ip} << d << false
        << QStringList{QStringLiteral("203.0.113.5 @ info.dnsbl.test=warn")} << false;
    QTest::newRow("RFC 5782 s5 no 127.0.0.2 entry -> unknown")
        << QStringList{QStringLiteral("nohealth.dnsbl.test")} << QStringList{ip} << d << false
        << QStringList{QStringLiteral("203.0.113.5 @ nohealth.dnsbl.test=unknown")} << false;
    QTest::newRow("RFC 5782 s5 wildcard lists 127.0.0.1 -> unknown")
        << QStringList{QStringLiteral("wildcard.dnsbl.test")} << QStringList{ip} << d << false
        << QStringList{QStringLiteral("203.0.113.5 @ wildcard.dnsbl.test=unknown")} << false;
    QTest::newRow("Spamhaus 127.255.255.254 -> unknown + diagnosis")
        << QStringList{QStringLiteral("refused.dnsbl.test"), QStringLiteral("clean.dnsbl.test")} << QStringList{ip} << d
        << false
        << QStringList{QStringLiteral("203.0.113.5 @ refused.dnsbl.test=unknown"),
                       QStringLiteral("203.0.113.5 @ clean.dnsbl.test=pass")}
        << true;
    QTest::newRow("Spamhaus 127.255.255.255 -> unknown + diagnosis")
        << QStringList{QStringLiteral("ratelimited.dnsbl.test")} << QStringList{ip} << d << false
        << QStringList{QStringLiteral("203.0.113.5 @ ratelimited.dnsbl.test=unknown")} << true;
    QTest::newRow("contract answer outside 127/8 -> unknown")
        << QStringList{QStringLiteral("outside.dnsbl.test")} << QStringList{ip} << d << false
        << QStringList{QStringLiteral("203.0.113.5 @ outside.dnsbl.test=unknown")} << false;
    QTest::newRow("RFC 5782 s2.4 IPv6 listing")
        << QStringList{QStringLiteral("listed.dnsbl.test")} << QStringList{QStringLiteral("2001:db8:bb::5")} << d
        << false << QStringList{QStringLiteral("2001:db8:bb::5 @ listed.dnsbl.test=fail")} << false;
    QTest::newRow("RFC 5782 s2.4 IPv6 not listed")
        << QStringList{QStringLiteral("clean.dnsbl.test")} << QStringList{QStringLiteral("2001:db8:bb::6")} << d
        << false << QStringList{QStringLiteral("2001:db8:bb::6 @ clean.dnsbl.test=pass")} << false;
    QTest::newRow("RFC 5782 s3 domain list lists the mail domain")
        << QStringList{QStringLiteral("dbl.dnsbl.test")} << QStringList{ip} << QStringLiteral("spammy.dnsbl.test")
        << false << QStringList{QStringLiteral("spammy.dnsbl.test @ dbl.dnsbl.test=fail")} << false;
    QTest::newRow("RFC 5782 s3 domain list, clean domain")
        << QStringList{QStringLiteral("dbl.dnsbl.test")} << QStringList{ip} << d << false
        << QStringList{QStringLiteral("example.test @ dbl.dnsbl.test=pass")} << false;
    QTest::newRow("contract timeout -> unknown, no resolver diagnosis")
        << QStringList{QStringLiteral("clean.dnsbl.test"), QStringLiteral("listed.dnsbl.test")} << QStringList{ip} << d
        << true
        << QStringList{QStringLiteral("203.0.113.5 @ clean.dnsbl.test=unknown"),
                       QStringLiteral("203.0.113.5 @ listed.dnsbl.test=unknown")}
        << false;
    QTest::newRow("several unhealthy zones -> diagnosis")
        << QStringList{QStringLiteral("nohealth.dnsbl.test"), QStringLiteral("wildcard.dnsbl.test"),
                       QStringLiteral("rewrite.dnsbl.test")}
        << QStringList{ip} << d << false
        << QStringList{QStringLiteral("203.0.113.5 @ nohealth.dnsbl.test=unknown"),
                       QStringLiteral("203.0.113.5 @ wildcard.dnsbl.test=unknown"),
                       QStringLiteral("203.0.113.5 @ rewrite.dnsbl.test=unknown")}
        << true;
    QTest::newRow("dead list and allowlist are never queried nor red")
        << QStringList{QStringLiteral("dead.dnsbl.test"), QStringLiteral("allow.dnsbl.test"),
                       QStringLiteral("clean.dnsbl.test")}
        << QStringList{ip} << d << false
        << QStringList{QStringLiteral("203.0.113.5 @ clean.dnsbl.test=pass"), QStringLiteral("dead.dnsbl.test=skipped"),
                       QStringLiteral("allow.dnsbl.test=skipped")}
        << false;
}

void TestDnsbl::checkAgainstNsd()
{
    QFETCH(QStringList, zones);
    QFETCH(QStringList, ips);
    QFETCH(QString, domain);
    QFETCH(bool, silentServer);
    QFETCH(QStringList, expected);
    QFETCH(bool, diagnosis);
    const dns::ResolverConfig config = silentServer ? test::configFor(test::silentPort(), 300) : test::nsdConfig();
    const CheckResult r = runCheck(zones, ips, domain, config);
    QStringList got;
    for (const CheckItem& item : r.items)
        got << QStringLiteral("%1=%2").arg(item.subject, statusName(item.status));
    QCOMPARE(got, expected);
    QCOMPARE(hasDiagnosis(r), diagnosis);
    for (const CheckItem& item : r.items) {
        QVERIFY(item.fields.contains(QStringLiteral("zone")));
        if (item.status == Status::Unknown)
            QVERIFY2(!item.fields.value(QStringLiteral("reason")).toString().isEmpty(), qPrintable(item.subject));
        if (item.status == Status::Fail || item.status == Status::Warn) {
            QVERIFY(!item.fields.value(QStringLiteral("codes")).toArray().isEmpty());
            QVERIFY(!item.fields.value(QStringLiteral("meaning")).toString().isEmpty());
            QVERIFY(!item.fields.value(QStringLiteral("delist")).toString().isEmpty());
        }
    }
    // Dead lists and allowlists never reach the network.
    for (const auto& e : r.evidenceJson()) {
        const QString name = e.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(!name.endsWith(QLatin1String("dead.dnsbl.test.")) &&
                     !name.endsWith(QLatin1String("allow.dnsbl.test.")),
                 qPrintable(name));
    }
    if (diagnosis) {
        bool found = false;
        for (const Finding& f : r.findings)
            found = found || (f.message.contains(QStringLiteral("resolver")) &&
                              f.fix.contains(QStringLiteral("--spamhaus-dqs-key")));
        QVERIFY(found);
    }
}

// Health queries and lookups go out for every zone; TXT only for listings (one more round trip, only for them).
void TestDnsbl::txtOnlyForListings()
{
    const CheckResult r = runCheck(
        {QStringLiteral("clean.dnsbl.test"), QStringLiteral("listed.dnsbl.test"), QStringLiteral("info.dnsbl.test")},
        {QStringLiteral("203.0.113.5"), QStringLiteral("203.0.113.9")}, QStringLiteral("example.test"),
        test::nsdConfig());
    int a = 0, txt = 0;
    for (const auto& e : r.evidenceJson()) {
        const QJsonObject o = e.toObject();
        (o.value(QStringLiteral("type")).toString() == QLatin1String("TXT") ? txt : a) += 1;
    }
    // 3 zones x (2 health + 2 lookups) A questions; 203.0.113.5 is listed on listed and info.
    QCOMPARE(a, 12);
    QCOMPARE(txt, 2);
    QCOMPARE(r.status, Status::Fail);
    QVERIFY2(r.summary.contains(QStringLiteral("203.0.113.5 is listed on 1 of 3 blocklists")), qPrintable(r.summary));
    const CheckItem& listed = r.items[2];
    QCOMPARE(listed.subject, QStringLiteral("203.0.113.5 @ listed.dnsbl.test"));
    QVERIFY(listed.fields.value(QStringLiteral("txt")).toString().contains(QStringLiteral("dynamic range")));
}

// An in-process resolver that holds every A question until `expected` of them are in flight at once: the check
// passes only if it asks the health queries and the lookups of every zone together, not zone by zone or health first.
class GateResolver final : public dns::Resolver
{
public:
    explicit GateResolver(int expected) : m_expected(expected) {}
    dns::Answer query(const QString& name, dns::RRType type) override
    {
        if (type == dns::RRType::A) {
            QMutexLocker lock(&m_mutex);
            ++m_arrived;
            m_all.wakeAll();
            QDeadlineTimer deadline(5000);
            while (m_arrived < m_expected && !deadline.hasExpired())
                m_all.wait(&m_mutex, deadline);
            if (m_arrived < m_expected)
                m_starved = true;
        }
        dns::Answer a;
        a.name = name;
        a.type = type;
        a.outcome = dns::Outcome::NXDomain;
        if (type == dns::RRType::A && name.startsWith(QLatin1String("2.0.0.127."))) {
            dns::Record r;
            r.type = dns::RRType::A;
            r.address = QHostAddress(QStringLiteral("127.0.0.2"));
            a.records << r;
            a.outcome = dns::Outcome::NoError;
        }
        return a;
    }
    QStringList servers() const override { return {QStringLiteral("gate")}; }
    bool starved() const { return m_starved; }

private:
    QMutex m_mutex;
    QWaitCondition m_all;
    int m_expected;
    int m_arrived = 0;
    bool m_starved = false;
};

void TestDnsbl::healthAndLookupsInOneRound()
{
    // 4 zones x (2 health + 1 lookup) for one IPv4 address.
    GateResolver resolver(12);
    CheckRequest request;
    request.domain = QStringLiteral("example.test");
    request.dnsblZones = {QStringLiteral("clean.dnsbl.test"), QStringLiteral("listed.dnsbl.test"),
                          QStringLiteral("info.dnsbl.test"), QStringLiteral("outside.dnsbl.test")};
    const std::atomic_bool never{false};
    const CheckContext ctx{request, resolver, {QHostAddress(QStringLiteral("203.0.113.5"))}, never};
    checks::DnsblCheck check(*DnsblCatalog::fromFile(testCatalog()));
    const CheckResult r = check.run(ctx);
    QVERIFY2(!resolver.starved(), "the check did not ask all its first-round questions at once");
    QCOMPARE(r.evidence.size(), 12);
    QCOMPARE(r.status, Status::Pass);
}

static QStringList dnsblArgs(const QStringList& zones, const QStringList& ips, const QString& domain)
{
    QStringList a{QStringLiteral("check"),        QStringLiteral("--domain"), domain,
                  QStringLiteral("--nameserver"), test::nsdServer(),          QStringLiteral("--timeout"),
                  QStringLiteral("1000"),         QStringLiteral("--json")};
    for (const QString& z : zones)
        a << QStringLiteral("--dnsbl") << z;
    for (const QString& ip : ips)
        a << QStringLiteral("--ip") << ip;
    return a;
}

void TestDnsbl::endToEndListingFields()
{
    int code = -1;
    QStringList args = dnsblArgs(
        {QStringLiteral("listed.dnsbl.test"), QStringLiteral("clean.dnsbl.test"), QStringLiteral("dbl.dnsbl.test")},
        {QStringLiteral("203.0.113.7"), QStringLiteral("2001:db8:bb::5")}, QStringLiteral("spammy.dnsbl.test"));
    args << QStringLiteral("--dnsbl-catalog") << testCatalog();
    const QJsonObject report = test::runMailreadyJson(args, &code);
    QCOMPARE(code, 1);
    const QJsonObject dnsbl = test::checkById(report, QStringLiteral("dnsbl"));
    QCOMPARE(dnsbl.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QHash<QString, QJsonObject> items;
    for (const auto& i : dnsbl.value(QStringLiteral("items")).toArray())
        items.insert(i.toObject().value(QStringLiteral("subject")).toString(), i.toObject());
    // 2 IPs x 2 IP lists + 1 domain on the domain list.
    QCOMPARE(items.size(), 5);
    const QJsonObject two = items.value(QStringLiteral("203.0.113.7 @ listed.dnsbl.test"));
    QCOMPARE(two.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(two.value(QStringLiteral("ip")).toString(), QStringLiteral("203.0.113.7"));
    QCOMPARE(two.value(QStringLiteral("zone")).toString(), QStringLiteral("listed.dnsbl.test"));
    QStringList codes;
    for (const auto& c : two.value(QStringLiteral("codes")).toArray())
        codes << c.toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("127.0.0.10"), QStringLiteral("127.0.0.2")}));
    QVERIFY(two.value(QStringLiteral("meaning")).toString().contains(QStringLiteral("residential range")));
    QVERIFY(two.value(QStringLiteral("meaning")).toString().contains(QStringLiteral("sent spam")));
    QCOMPARE(two.value(QStringLiteral("delist")).toString(), QStringLiteral("https://listed.dnsbl.test/remove"));
    const QJsonObject six = items.value(QStringLiteral("2001:db8:bb::5 @ listed.dnsbl.test"));
    QCOMPARE(six.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(six.value(QStringLiteral("codes")).toArray().first().toString(), QStringLiteral("127.0.0.2"));
    QCOMPARE(
        items.value(QStringLiteral("2001:db8:bb::5 @ clean.dnsbl.test")).value(QStringLiteral("status")).toString(),
        QStringLiteral("pass"));
    const QJsonObject domain = items.value(QStringLiteral("spammy.dnsbl.test @ dbl.dnsbl.test"));
    QCOMPARE(domain.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(domain.value(QStringLiteral("domain")).toString(), QStringLiteral("spammy.dnsbl.test"));
    QCOMPARE(domain.value(QStringLiteral("meaning")).toString(),
             QStringLiteral("Test list: the domain appears in spam."));
    // The evidence holds the IPv6 query name with its 32 reversed nibbles.
    bool sawV6 = false;
    for (const auto& e : dnsbl.value(QStringLiteral("evidence")).toArray())
        sawV6 = sawV6 ||
                e.toObject().value(QStringLiteral("name")).toString() ==
                    QLatin1String("5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.b.b.0.0.8.b.d.0.1.0.0.2.listed.dnsbl.test.");
    QVERIFY(sawV6);
    const QJsonArray findings = dnsbl.value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    QVERIFY(findings.first().toObject().value(QStringLiteral("fix")).toString().contains(QStringLiteral("smarthost")));
}

// An unknown zone from --dnsbl follows the generic rules: the TXT record explains and names the removal page.
void TestDnsbl::endToEndGenericZone()
{
    int code = -1;
    const QJsonObject report =
        test::runMailreadyJson(dnsblArgs({QStringLiteral("listed.dnsbl.test")}, {QStringLiteral("203.0.113.5")},
                                         QStringLiteral("example.test")),
                               &code);
    const QJsonObject dnsbl = test::checkById(report, QStringLiteral("dnsbl"));
    const QJsonObject item = dnsbl.value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(item.value(QStringLiteral("codes")).toArray().first().toString(), QStringLiteral("127.0.0.10"));
    QVERIFY(item.value(QStringLiteral("meaning")).toString().contains(QStringLiteral("dynamic range")));
    QCOMPARE(item.value(QStringLiteral("delist")).toString(),
             QStringLiteral("https://listed.dnsbl.test/lookup?ip=203.0.113.5"));
    QCOMPARE(dnsbl.value(QStringLiteral("summary")).toString(),
             QStringLiteral("203.0.113.5 is listed on 1 of 1 blocklists"));
    QCOMPARE(code, 1);
}

void TestDnsbl::endToEndDqsKeyNeverShown()
{
    const QString key = QStringLiteral("s3cr3tdqskey0123456789abcd");
    QByteArray out, err;
    // The test NSD serves the DQS zone for this key only (tests/dns/zones/dq.spamhaus.net.zone): ZEN lists
    // 203.0.113.5 and its TXT answer names the queried name, key included; the key must still not show.
    QStringList args{QStringLiteral("check"),
                     QStringLiteral("--domain"),
                     QStringLiteral("example.test"),
                     QStringLiteral("--ip"),
                     QStringLiteral("203.0.113.5"),
                     QStringLiteral("--nameserver"),
                     test::nsdServer(),
                     QStringLiteral("--timeout"),
                     QStringLiteral("1000"),
                     QStringLiteral("--spamhaus-dqs-key"),
                     key,
                     QStringLiteral("--json")};
    const int code = test::runMailready(args, &out, &err);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QCOMPARE(code, test::contractExitCode(report));
    QJsonObject dnsbl;
    for (const auto& c : report.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("dnsbl"))
            dnsbl = c.toObject();
    QCOMPARE(dnsbl.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    // The listing was read, TXT and all, through the key...
    QVERIFY2(out.contains("Listed: 5.113.0.203.********.zen.dq.spamhaus.net"), out.constData());
    QVERIFY2(!out.contains(key.toUtf8()), "the DQS key appears in the JSON");
    QVERIFY(!err.contains(key.toUtf8()));
    QVERIFY(out.contains("********.zen.dq.spamhaus.net"));
    QVERIFY(out.contains("********.dbl.dq.spamhaus.net"));
    args.removeAll(QStringLiteral("--json"));
    QCOMPARE(test::runMailready(args, &out, &err), code);
    QVERIFY2(!out.contains(key.toUtf8()), "the DQS key appears in the human report");
}

// The keys of Abusix and SpamRATS, like the DQS key: in the query name, never in the JSON, the report or the PDF.
void TestDnsbl::endToEndListKeysNeverShown_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("shownZone");
    QTest::newRow("Abusix (docs.abusix.com production zones)") << "--abusix-key"
                                                               << "********.combined.mail.abusix.zone";
    QTest::newRow("SpamRATS (spamrats.com configuration)") << "--spamrats-key"
                                                           << "********.spam.spamrats.com";
}

void TestDnsbl::endToEndListKeysNeverShown()
{
    QFETCH(QString, option);
    QFETCH(QString, shownZone);
    const QString key = QStringLiteral("s3cr3t-listkey-0123456789");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("checklist.pdf"));
    QByteArray out, err;
    // NSD does not serve these zones: every query is refused, every item unknown; the key must still not show.
    QStringList args{QStringLiteral("check"),
                     QStringLiteral("--domain"),
                     QStringLiteral("example.test"),
                     QStringLiteral("--ip"),
                     QStringLiteral("203.0.113.5"),
                     QStringLiteral("--nameserver"),
                     test::nsdServer(),
                     QStringLiteral("--timeout"),
                     QStringLiteral("1000"),
                     option,
                     key,
                     QStringLiteral("--pdf"),
                     pdf,
                     QStringLiteral("--json")};
    const int code = test::runMailready(args, &out, &err);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QCOMPARE(code, test::contractExitCode(report));
    QVERIFY2(!out.contains(key.toUtf8()), "the key appears in the JSON");
    QVERIFY(!err.contains(key.toUtf8()));
    QVERIFY2(out.contains(shownZone.toUtf8()), out.constData());
    QVERIFY2(!test::pdfText(pdf).contains(key), "the key appears in the PDF");
    args.removeAll(QStringLiteral("--json"));
    QVERIFY(QFile::remove(pdf)); // a report never replaces a file without --force
    QCOMPARE(test::runMailready(args, &out, &err), code);
    QVERIFY2(!out.contains(key.toUtf8()), "the key appears in the human report");
    // A key that cannot be one DNS label is refused without being echoed.
    QCOMPARE(test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("example.test"),
                                 option, QStringLiteral("not.a.key")},
                                &out, &err),
             64);
    QVERIFY(err.contains(option.toUtf8()) && !err.contains("not.a.key"));
}

void TestDnsbl::usageErrors()
{
    QByteArray out, err;
    QCOMPARE(test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("example.test"),
                                 QStringLiteral("--spamhaus-dqs-key"), QStringLiteral("not a key")},
                                &out, &err),
             64);
    QVERIFY(err.contains("--spamhaus-dqs-key"));
    QVERIFY(!err.contains("not a key"));
    QCOMPARE(test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("example.test"),
                                 QStringLiteral("--dnsbl-catalog"), QStringLiteral("/nonexistent/catalog.json")},
                                &out, &err),
             64);
    QVERIFY(err.contains("--dnsbl-catalog"));
}

QTEST_GUILESS_MAIN(TestDnsbl)
#include "tst_dnsbl.moc"
