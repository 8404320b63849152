// The run's verdict on the domain and the resolver (DomainPresence) from facts alone: whether the domain exists,
// whether the resolver can be believed, and which checks' results it puts `unknown` in place of. No DNS server
// (tst_presence asks the fixture's NSD and a resolver that denies everything).
#include "FactBuilders.h"
#include "run/DomainPresence.h"

#include <QTest>

using namespace mailready;

Q_DECLARE_METATYPE(mailready::DomainPresenceFacts)
Q_DECLARE_METATYPE(mailready::Presence)

class TestPresenceJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data();
    void judge();
    void apply_data();
    void apply();
};

// An SOA answer as test::answer() makes it, or REFUSED (what an authoritative server says of a zone it does not serve).
static dns::Answer soa(const QString& name, const char* result)
{
    if (qstrcmp(result, "REFUSED") != 0)
        return test::answer(name, dns::RRType::SOA, QString::fromLatin1(result));
    dns::Answer a = test::answer(name, dns::RRType::SOA, QStringLiteral("SERVFAIL"));
    a.outcome = dns::Outcome::Refused;
    return a;
}

static DomainPresenceFacts facts(const char* domain, const char* domainResult, const char* rootResult)
{
    DomainPresenceFacts f;
    f.domain = QString::fromLatin1(domain);
    if (!f.domain.isEmpty())
        f.domainSoa = soa(f.domain, domainResult);
    f.rootSoa = soa(QStringLiteral("."), rootResult);
    f.rootSoa.server = QStringLiteral("127.0.0.1:5353");
    return f;
}

void TestPresenceJudge::judge_data()
{
    QTest::addColumn<DomainPresenceFacts>("facts");
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<QString>("finding"); // a part of the run's finding; empty: none

    QTest::newRow("zone apex with its SOA")
        << facts("example.test", "ns1.example.test", "a.root-servers.net") << Presence::Exists << "";
    QTest::newRow("name without SOA exists (NODATA)")
        << facts("mail.example.test", "NODATA", "a.root-servers.net") << Presence::Exists << "";
    QTest::newRow("RFC 8020: NXDOMAIN, nothing exists there")
        << facts("example.con", "NXDOMAIN", "a.root-servers.net") << Presence::Missing
        << "example.con does not exist in DNS: check the spelling or register it.";
    QTest::newRow("NXDOMAIN while the root is refused (an authoritative server)")
        << facts("nosuch.example.test", "NXDOMAIN", "REFUSED") << Presence::Missing << "nosuch.example.test does not";
    QTest::newRow("SERVFAIL for the domain decides nothing")
        << facts("example.con", "SERVFAIL", "a.root-servers.net") << Presence::Exists << "";
    QTest::newRow("timeout for the domain decides nothing")
        << facts("example.con", "TIMEOUT", "TIMEOUT") << Presence::Exists << "";
    QTest::newRow("RFC 1034 3.1: a resolver that denies the root is broken")
        << facts("example.test", "NXDOMAIN", "NXDOMAIN") << Presence::ResolverBroken
        << "(127.0.0.1:5353) answers that even the DNS root does not exist";
    QTest::newRow("broken resolver even when the domain answers")
        << facts("example.test", "ns1.example.test", "NXDOMAIN") << Presence::ResolverBroken << "is broken";
    QTest::newRow("no domain: only the resolver is judged")
        << facts("", "", "a.root-servers.net") << Presence::Exists << "";

    DomainPresenceFacts alias = facts("alias.example.test", "NXDOMAIN", "a.root-servers.net");
    alias.domainSoa.cnameChain << QStringLiteral("gone.example.net.");
    QTest::newRow("an alias to a missing name exists itself") << alias << Presence::Exists << "";
}

void TestPresenceJudge::judge()
{
    QFETCH(DomainPresenceFacts, facts);
    QFETCH(Presence, presence);
    QFETCH(QString, finding);
    const DomainPresence p = DomainPresence::judge(facts);
    QCOMPARE(p.presence(), presence);
    if (finding.isEmpty()) {
        QVERIFY(p.findings().isEmpty());
        return;
    }
    QCOMPARE(p.findings().size(), 1);
    QCOMPARE(p.findings().first().severity, Severity::Error);
    QVERIFY2(p.findings().first().message.contains(finding), qPrintable(p.findings().first().message));
}

void TestPresenceJudge::apply_data()
{
    QTest::addColumn<DomainPresenceFacts>("facts");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("own");    // the check's own status
    QTest::addColumn<QString>("status"); // what the run reports

    const DomainPresenceFacts missing = facts("example.con", "NXDOMAIN", "a.root-servers.net");
    const DomainPresenceFacts broken = facts("example.test", "NXDOMAIN", "NXDOMAIN");
    const DomainPresenceFacts exists = facts("example.test", "ns1.example.test", "a.root-servers.net");
    QTest::newRow("missing: spf's fail is not believed") << missing << "spf"
                                                         << ""
                                                         << "fail"
                                                         << "unknown";
    QTest::newRow("missing: dkim's fail is not believed") << missing << "dkim"
                                                          << ""
                                                          << "fail"
                                                          << "unknown";
    QTest::newRow("missing: dmarc's fail is not believed") << missing << "dmarc"
                                                           << ""
                                                           << "fail"
                                                           << "unknown";
    QTest::newRow("missing: address-change reads the SPF record") << missing << "address-change"
                                                                  << ""
                                                                  << "warn"
                                                                  << "unknown";
    QTest::newRow("missing: a check not asked for stays skipped") << missing << "dkim"
                                                                  << ""
                                                                  << "skipped"
                                                                  << "skipped";
    QTest::newRow("missing: ehlo of a name in the domain") << missing << "ehlo"
                                                           << "mail.example.con"
                                                           << "fail"
                                                           << "unknown";
    QTest::newRow("missing: ehlo of the domain itself") << missing << "ehlo"
                                                        << "example.con"
                                                        << "fail"
                                                        << "unknown";
    QTest::newRow("missing: ehlo of a name elsewhere is judged") << missing << "ehlo"
                                                                 << "mail.example.net"
                                                                 << "fail"
                                                                 << "fail";
    QTest::newRow("missing: a name that only ends alike is elsewhere") << missing << "ehlo"
                                                                       << "mail.myexample.con"
                                                                       << "pass"
                                                                       << "pass";
    QTest::newRow("missing: ptr judges the address, not the domain") << missing << "ptr"
                                                                     << ""
                                                                     << "fail"
                                                                     << "fail";
    QTest::newRow("missing: dnsbl judges the address") << missing << "dnsbl"
                                                       << ""
                                                       << "pass"
                                                       << "pass";
    QTest::newRow("broken: a pass is not believed") << broken << "ptr"
                                                    << ""
                                                    << "pass"
                                                    << "unknown";
    QTest::newRow("broken: a fail is not believed") << broken << "dnsbl"
                                                    << ""
                                                    << "fail"
                                                    << "unknown";
    QTest::newRow("broken: every check") << broken << "smtp"
                                         << ""
                                         << "skipped"
                                         << "unknown";
    QTest::newRow("exists: the check's own verdict") << exists << "spf"
                                                     << ""
                                                     << "fail"
                                                     << "fail";
}

void TestPresenceJudge::apply()
{
    QFETCH(DomainPresenceFacts, facts);
    QFETCH(QString, id);
    QFETCH(QString, hostname);
    QFETCH(QString, own);
    QFETCH(QString, status);
    CheckRequest request;
    request.domain = facts.domain;
    request.hostname = hostname;
    CheckResult result;
    result.id = id;
    result.title = QStringLiteral("Title of %1").arg(id);
    result.status = *statusFromName(own);
    result.summary = QStringLiteral("the check's own words");
    result.addFinding(Severity::Error, QStringLiteral("Publish this record"), QStringLiteral("v=spf1 ..."));
    const DomainPresence p = DomainPresence::judge(facts);
    const CheckResult shown = p.apply(result, request);
    QCOMPARE(statusName(shown.status), status);
    QCOMPARE(shown.id, id);
    QCOMPARE(shown.title, result.title);
    if (status == own) {
        QCOMPARE(shown.summary, result.summary);
        return;
    }
    // In its place: the reason, and no record to publish into a zone nobody serves.
    QVERIFY2(shown.summary.startsWith(QLatin1String("Not checked: ")), qPrintable(shown.summary));
    QCOMPARE(shown.findings.size(), 1);
    QCOMPARE(shown.findings.first().message, p.findings().first().message);
    QVERIFY(!shown.findings.first().message.contains(QLatin1String("Publish")));
    QVERIFY(!shown.evidence.isEmpty());
}

QTEST_GUILESS_MAIN(TestPresenceJudge)
#include "tst_presence_judge.moc"
