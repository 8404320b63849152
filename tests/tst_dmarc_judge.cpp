// The dmarc judge from facts alone: the record the tree walk found (or why none applies) and the answers about its
// report addresses, as a server would have given them. No DNS server (tst_mailauth_dns asks the fixture's NSD).
#include "FactBuilders.h"
#include "JudgeResults.h"
#include "checks/dmarc/DmarcCheck.h"

#include <QTest>

using namespace mailready;
using namespace mailready::checks;
using namespace mailready::checks::dmarc;

namespace {

// The walk found `text` at `at` while asking about example.test.
DmarcFacts found(const char* text, const char* at = "example.test")
{
    DmarcFacts f;
    f.domain = QStringLiteral("example.test");
    f.discovery.domain = f.domain;
    f.discovery.status = Discovery::Found;
    f.discovery.recordDomain = QString::fromUtf8(at);
    f.discovery.recordText = QString::fromUtf8(text);
    f.discovery.record = Record::parse(f.discovery.recordText);
    return f;
}

DmarcFacts withMx(DmarcFacts f, const char* domain, const char* mx)
{
    f.mx.insert(QString::fromUtf8(domain),
                test::answer(QString::fromUtf8(domain), dns::RRType::MX, QString::fromUtf8(mx)));
    return f;
}

} // namespace

Q_DECLARE_METATYPE(mailready::checks::DmarcFacts)

class TestDmarcJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data();
    void judge();
    void typedPolicy();
};

void TestDmarcJudge::judge_data()
{
    QTest::addColumn<DmarcFacts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("text"); // a part of the summary or of some finding (message | fix)

    QTest::newRow("RFC 9989: p=reject with a working rua")
        << withMx(found("v=DMARC1; p=reject; rua=mailto:d@example.test"), "example.test", "mx.example.test") << "pass"
        << QStringList{QStringLiteral("pass"), QStringLiteral("pass")} << "DMARC policy reject";
    QTest::newRow("contract: p=none is warn")
        << withMx(found("v=DMARC1; p=none; rua=mailto:d@example.test"), "example.test", "mx.example.test") << "warn"
        << QStringList{QStringLiteral("warn"), QStringLiteral("pass")} << "move to quarantine";
    QTest::newRow("t=y is a test policy: warn")
        << found("v=DMARC1; p=reject; t=y") << "warn" << QStringList{QStringLiteral("warn")} << "Remove t=y";
    QTest::newRow("no rua: a note, still pass")
        << found("v=DMARC1; p=quarantine") << "pass" << QStringList{QStringLiteral("pass")} << "no rua= address";
    QTest::newRow("inherited from the organizational domain, sp= applies")
        << found("v=DMARC1; p=reject; sp=quarantine", "test") << "pass" << QStringList{QStringLiteral("pass")}
        << "DMARC policy quarantine from _dmarc.test. (inherited";
    QTest::newRow("contract: an invalid record is fail")
        << found("v=DMARC1; p=bogus") << "fail" << QStringList{QStringLiteral("fail")} << "cannot be used";

    DmarcFacts none;
    none.domain = QStringLiteral("example.test");
    none.discovery.status = Discovery::NoRecord;
    QTest::newRow("contract: no policy is fail, with the record to publish")
        << none << "fail" << QStringList{QStringLiteral("fail")} << "_dmarc.example.test. IN TXT \"v=DMARC1; p=none";
    DmarcFacts several = none;
    several.discovery.multipleAt = {QStringLiteral("example.test")};
    QTest::newRow("contract: several DMARC records are fail")
        << several << "fail" << QStringList{QStringLiteral("fail")} << "several DMARC records";
    DmarcFacts temp = none;
    temp.discovery.status = Discovery::TempError;
    temp.discovery.error = QStringLiteral("SERVFAIL");
    QTest::newRow("a lookup failed on the walk: unknown, never fail")
        << temp << "unknown" << QStringList{QStringLiteral("unknown")} << "could not be looked up (SERVFAIL)";

    DmarcFacts external = withMx(found("v=DMARC1; p=reject; rua=mailto:d@reports.test"), "reports.test", "mx.test");
    external.organization = OrganizationalDomain{QStringLiteral("example.test"), true, {}};
    ReportAuthorization no;
    no.status = ReportAuthorization::NotAuthorized;
    no.name = QStringLiteral("example.test._report._dmarc.reports.test.");
    no.answer = test::answer(no.name, dns::RRType::TXT, QStringLiteral("NXDOMAIN"));
    external.authorizations.insert(QStringLiteral("reports.test"), no);
    QTest::newRow("contract: an external report domain that has not authorized is warn")
        << external << "warn" << QStringList{QStringLiteral("pass"), QStringLiteral("warn")}
        << "example.test._report._dmarc.reports.test. IN TXT";
    DmarcFacts authorized = external;
    ReportAuthorization yes = no;
    yes.status = ReportAuthorization::Authorized;
    authorized.authorizations.insert(QStringLiteral("reports.test"), yes);
    QTest::newRow("an external report domain that authorized")
        << authorized << "pass" << QStringList{QStringLiteral("pass"), QStringLiteral("pass")} << "DMARC policy reject";
    DmarcFacts uncertain = external;
    uncertain.organization->certain = false;
    uncertain.organization->failed =
        test::answer(QStringLiteral("example.test"), dns::RRType::TXT, QStringLiteral("TIMEOUT"));
    QTest::newRow("the organizational domain is uncertain: unknown, not warn")
        << uncertain << "unknown" << QStringList{QStringLiteral("pass"), QStringLiteral("unknown")}
        << "DMARC policy reject";
    QTest::newRow("a report domain without MX")
        << withMx(found("v=DMARC1; p=reject; rua=mailto:d@example.test"), "example.test", "NODATA") << "warn"
        << QStringList{QStringLiteral("pass"), QStringLiteral("warn")} << "has no MX record";
}

void TestDmarcJudge::judge()
{
    QFETCH(DmarcFacts, facts);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, text);
    const CheckResult r = DmarcCheck::judge(facts);
    QCOMPARE(r.id, QStringLiteral("dmarc"));
    QVERIFY(!text.isEmpty());
    test::verifyVerdict(r, status, items, text);
}

void TestDmarcJudge::typedPolicy()
{
    // The wizard reads the policy in force from the typed details, not from the JSON.
    const CheckResult r = DmarcCheck::judge(found("v=DMARC1; p=quarantine"));
    const auto* details = r.detailsAs<DmarcDetails>();
    QVERIFY(details);
    QCOMPARE(details->policy, std::optional<Policy>(Policy::Quarantine));
    QCOMPARE(r.fields.value(QStringLiteral("policy")).toString(), QStringLiteral("quarantine"));
}

QTEST_GUILESS_MAIN(TestDmarcJudge)
#include "tst_dmarc_judge.moc"
