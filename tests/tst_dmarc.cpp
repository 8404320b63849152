// DMARC without the network: records judged under RFC 9989 and RFC 7489, policy discovery by tree walk against an
// in-process resolver (tst_dkimdmarc_dns repeats discovery against NSD), report authorization, the composer.
#include "FakeZoneResolver.h"
#include "MailAuthTestData.h"
#include "TestDns.h"
#include "checks/dmarc/DmarcCheck.h"
#include "checks/dmarc/DmarcComposer.h"
#include "checks/dmarc/DmarcDiscovery.h"
#include "checks/dmarc/DmarcRecord.h"

using namespace mailready;
using namespace mailready::checks::dmarc;

class TestDmarc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void records_data();
    void records();
    void treeWalk_data();
    void treeWalk();
    void discovery_data();
    void discovery();
    void reportAuthorization_data();
    void reportAuthorization();
    void organizationalDomain_data();
    void organizationalDomain();
    void organizationalDomainUncertain();
    void reportDestinationUnverifiable_data();
    void reportDestinationUnverifiable();
    void everyReportAddressJudged();
    void composer_data();
    void composer();
};

// The test data marks RFC 7489 "valid" and "valid-defaulted" inconsistently for records whose only oddity is an
// unknown tag (compare "foo=bar" and "foobar=baz" rows); both mean "usable", and the lint column separates them.
static QString usableClass(const QString& verdict)
{
    return verdict == QLatin1String("valid-defaulted") ? QStringLiteral("valid") : verdict;
}

void TestDmarc::records_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("rfc7489");
    QTest::addColumn<QString>("rfc9989");
    QTest::addColumn<QString>("lint");
    const QJsonArray records = test::loadYaml(test::sharedTestdata(QStringLiteral("dmarc/dmarc-records.yaml")))
                                   .toObject()
                                   .value(QStringLiteral("records"))
                                   .toArray();
    QVERIFY(records.size() >= 88);
    int n = 0;
    for (const QJsonValue& v : records) {
        const QJsonObject r = v.toObject();
        const QString record = r.value(QStringLiteral("record")).toString();
        const QString rfc7489 = r.value(QStringLiteral("rfc7489")).toString();
        QString lint = r.value(QStringLiteral("lint")).toString();
        // Where RFC 9989 changes the answer its reading wins; every such note in the data reads the record as valid,
        // and the finding then warns about RFC 7489 receivers instead of erroring (see the file's header).
        const bool bis = r.contains(QStringLiteral("rfc9989"));
        const QString rfc9989 = bis ? QStringLiteral("valid") : rfc7489;
        if (bis && lint == QLatin1String("error"))
            lint = QStringLiteral("warn");
        const QString row =
            QStringLiteral("%1 #%2 %3").arg(r.value(QStringLiteral("src")).toString()).arg(++n).arg(record);
        QTest::newRow(qPrintable(row)) << record << rfc7489 << rfc9989 << lint;

        // The data's own advice: the mox tag-level cases have no p=; with p=none inserted the bad tag is discarded
        // in favour of its default (RFC 7489 6.3) and the checker reports an error.
        static const QRegularExpression tagCase(QStringLiteral("^v=DMARC1; (adkim|aspf|ri|fo|rf|pct|rua)="));
        if (r.value(QStringLiteral("src")).toString() == QLatin1String("mox") && rfc7489 == QLatin1String("invalid") &&
            tagCase.match(record).hasMatch()) {
            const QString withP = QStringLiteral("v=DMARC1; p=none; ") + record.mid(10);
            QTest::newRow(qPrintable(QStringLiteral("mox #%1 with p=none inserted: %2").arg(n).arg(withP)))
                << withP << QStringLiteral("valid-defaulted") << QStringLiteral("valid-defaulted")
                << QStringLiteral("error");
        }
    }
}

void TestDmarc::records()
{
    QFETCH(QString, record);
    QFETCH(QString, rfc7489);
    QFETCH(QString, rfc9989);
    QFETCH(QString, lint);
    const Record r = Record::parse(record);
    QCOMPARE(usableClass(verdictName(r.rfc7489)), usableClass(rfc7489));
    QCOMPARE(usableClass(verdictName(r.verdict)), usableClass(rfc9989));
    QString notes;
    for (const Note& n : r.notes)
        notes += lintName(n.level) + QStringLiteral(": ") + n.text + QLatin1Char('\n');
    QVERIFY2(lintName(r.lint()) == lint,
             qPrintable(QStringLiteral("lint %1, expected %2\n%3%4").arg(lintName(r.lint()), lint, notes, r.problem)));
    if (!isUsable(r.verdict) || r.verdict == Verdict::PNoneFallback)
        QVERIFY(!r.problem.isEmpty());
}

void TestDmarc::treeWalk_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("RFC 9989 walk: one label at a time")
        << "a.mail.example.com"
        << QStringList{QStringLiteral("a.mail.example.com"), QStringLiteral("mail.example.com"),
                       QStringLiteral("example.com"), QStringLiteral("com")};
    QTest::newRow("RFC 9989 walk: 8 or more labels jump to 7")
        << "a.b.c.d.e.f.g.h.example.com."
        << QStringList{QStringLiteral("a.b.c.d.e.f.g.h.example.com"),
                       QStringLiteral("d.e.f.g.h.example.com"),
                       QStringLiteral("e.f.g.h.example.com"),
                       QStringLiteral("f.g.h.example.com"),
                       QStringLiteral("g.h.example.com"),
                       QStringLiteral("h.example.com"),
                       QStringLiteral("example.com"),
                       QStringLiteral("com")};
    QTest::newRow("RFC 9989 walk: 7 labels") << "b.c.d.e.f.example.com"
                                             << QStringList{QStringLiteral("b.c.d.e.f.example.com"),
                                                            QStringLiteral("c.d.e.f.example.com"),
                                                            QStringLiteral("d.e.f.example.com"),
                                                            QStringLiteral("e.f.example.com"),
                                                            QStringLiteral("f.example.com"),
                                                            QStringLiteral("example.com"),
                                                            QStringLiteral("com")};
    QTest::newRow("top-level domain") << "Example" << QStringList{QStringLiteral("example")};
}

void TestDmarc::treeWalk()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, names);
    QCOMPARE(checks::dmarc::treeWalk(domain), names);
}

// The TXT records of a name as the tables give them: "TEMPERROR" answers SERVFAIL; none: the name exists without TXT.
static void addTxt(FakeZoneResolver& fake, const QString& name, const QStringList& values)
{
    if (values.isEmpty())
        fake.add(name, {dns::RRType::TXT, {}, 0, {}, true});
    for (const QString& v : values) {
        if (v == QLatin1String("TEMPERROR"))
            fake.addServFail(name);
        else
            fake.addTxt(name, v.toUtf8());
    }
}

// Zone data of the tables: name -> TXT record or records; "TEMPERROR" answers SERVFAIL, [] is a name without TXT.
static void loadZone(FakeZoneResolver& fake, const QJsonObject& zone)
{
    for (auto it = zone.begin(); it != zone.end(); ++it) {
        QStringList values;
        if (it.value().isString())
            values << it.value().toString();
        else
            for (const QJsonValue& v : it.value().toArray())
                values << v.toString();
        addTxt(fake, it.key(), values);
    }
}

static QJsonObject discoveryData()
{
    return test::loadYaml(test::sharedTestdata(QStringLiteral("dmarc/dmarc-discovery.yaml"))).toObject();
}

void TestDmarc::discovery_data()
{
    QTest::addColumn<QJsonObject>("zone");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QJsonObject>("expect");
    const QJsonObject lookup = discoveryData().value(QStringLiteral("policy_lookup")).toObject();
    const QJsonArray cases = lookup.value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 7);
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        const QString domain = c.value(QStringLiteral("from_domain")).toString();
        QTest::newRow(qPrintable(QStringLiteral("mox TestLookup %1").arg(domain)))
            << lookup.value(QStringLiteral("zone")).toObject() << domain
            << c.value(QStringLiteral("expect")).toObject();
    }
}

// The discovery data's words for what the walk found.
static QJsonObject describe(const Discovery& d)
{
    QJsonObject o;
    switch (d.status) {
    case Discovery::TempError:
        o.insert(QStringLiteral("status"), QStringLiteral("temperror"));
        break;
    case Discovery::NoRecord:
        o.insert(QStringLiteral("status"), QStringLiteral("no-record"));
        if (!d.multipleAt.isEmpty())
            o.insert(QStringLiteral("error"), QStringLiteral("multiple-records"));
        break;
    case Discovery::Found:
        if (!isUsable(d.record.verdict)) {
            o.insert(QStringLiteral("status"), QStringLiteral("permerror"));
            o.insert(QStringLiteral("error"), QStringLiteral("syntax"));
            break;
        }
        o.insert(QStringLiteral("status"), policyName(d.record.policy) + QStringLiteral("-applied"));
        o.insert(QStringLiteral("record_at"), d.recordDomain);
        o.insert(QStringLiteral("policy"), policyName(d.record.policy));
        break;
    }
    return o;
}

void TestDmarc::discovery()
{
    QFETCH(QJsonObject, zone);
    QFETCH(QString, domain);
    QFETCH(QJsonObject, expect);
    FakeZoneResolver fake;
    loadZone(fake, zone);
    const Discovery d = discoverPolicy(fake, domain);
    QCOMPARE(describe(d), expect);
    // The walk never asks beyond the first name that answers with one DMARC record.
    if (d.status == Discovery::Found)
        QCOMPARE(fake.asked().last(), QStringLiteral("_dmarc.%1.").arg(d.recordDomain));
}

void TestDmarc::reportAuthorization_data()
{
    QTest::addColumn<QJsonObject>("zone");
    QTest::addColumn<QString>("policyDomain");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QJsonObject>("expect");
    const QJsonObject ext = discoveryData().value(QStringLiteral("external_report_authorization")).toObject();
    for (const QJsonValue& v : ext.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString p = c.value(QStringLiteral("policy_domain")).toString();
        const QString d = c.value(QStringLiteral("destination")).toString();
        QTest::newRow(qPrintable(QStringLiteral("mox TestLookupExternalReportsAccepted %1 -> %2").arg(p, d)))
            << ext.value(QStringLiteral("zone")).toObject() << p << d << c.value(QStringLiteral("expect")).toObject();
    }
}

void TestDmarc::reportAuthorization()
{
    QFETCH(QJsonObject, zone);
    QFETCH(QString, policyDomain);
    QFETCH(QString, destination);
    QFETCH(QJsonObject, expect);
    FakeZoneResolver fake;
    loadZone(fake, zone);
    const ReportAuthorization a = checkReportAuthorization(fake, policyDomain, destination);
    QCOMPARE(a.status == ReportAuthorization::Authorized, expect.value(QStringLiteral("accepted")).toBool());
    const QString status = expect.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("temperror"))
        QCOMPARE(a.status, ReportAuthorization::TempError);
    if (status == QLatin1String("permerror"))
        QCOMPARE(a.status, ReportAuthorization::Malformed);
    if (expect.value(QStringLiteral("error")).toString() == QLatin1String("no-record"))
        QCOMPARE(a.status, ReportAuthorization::NotAuthorized);
}

void TestDmarc::organizationalDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("org");
    QTest::newRow("RFC 9989: the highest record on the walk") << "a.b.example.com"
                                                              << "example.com";
    QTest::newRow("RFC 9989: psd=n marks the organizational domain") << "x.dept.corp.example"
                                                                     << "dept.corp.example";
    QTest::newRow("RFC 9989: below a psd=y public suffix domain") << "x.shop.psd.example"
                                                                  << "shop.psd.example";
    QTest::newRow("RFC 9989: no record at all -> the domain itself") << "x.nothing.invalid"
                                                                     << "x.nothing.invalid";
}

void TestDmarc::organizationalDomain()
{
    QFETCH(QString, domain);
    QFETCH(QString, org);
    FakeZoneResolver fake;
    addTxt(fake, QStringLiteral("_dmarc.example.com."), {QStringLiteral("v=DMARC1; p=reject")});
    addTxt(fake, QStringLiteral("_dmarc.b.example.com."), {QStringLiteral("v=DMARC1; p=none")});
    addTxt(fake, QStringLiteral("_dmarc.dept.corp.example."), {QStringLiteral("v=DMARC1; p=reject; psd=n")});
    addTxt(fake, QStringLiteral("_dmarc.corp.example."), {QStringLiteral("v=DMARC1; p=reject")});
    addTxt(fake, QStringLiteral("_dmarc.psd.example."), {QStringLiteral("v=DMARC1; p=reject; psd=y")});
    QCOMPARE(checks::dmarc::organizationalDomain(fake, domain), org);
}

// A walk that cannot finish says so: a record above the failed name could have moved the organizational domain.
void TestDmarc::organizationalDomainUncertain()
{
    FakeZoneResolver fake;
    addTxt(fake, QStringLiteral("_dmarc.b.example.com."), {QStringLiteral("v=DMARC1; p=none")});
    addTxt(fake, QStringLiteral("_dmarc.example.com."), {QStringLiteral("TEMPERROR")});
    const OrganizationalDomain org = findOrganizationalDomain(fake, QStringLiteral("a.b.example.com"));
    QCOMPARE(org.name, QStringLiteral("b.example.com"));
    QVERIFY(!org.certain);
    QCOMPARE(org.failed.name, QStringLiteral("_dmarc.example.com."));
    addTxt(fake, QStringLiteral("_dmarc.example.com."), {QStringLiteral("v=DMARC1; p=reject")});
    const OrganizationalDomain whole = findOrganizationalDomain(fake, QStringLiteral("a.b.example.com"));
    QCOMPARE(whole.name, QStringLiteral("example.com"));
    QVERIFY(whole.certain);
}

// Contract: an external report destination that has not authorized reports is `warn`; whether it is external
// depends on the organizational domain, so when that walk fails the destination is `unknown`, never `warn`.
void TestDmarc::reportDestinationUnverifiable_data()
{
    QTest::addColumn<QString>("orgRecord");
    QTest::addColumn<QString>("expected");
    QTest::newRow("walk complete, not authorized -> warn") << "v=DMARC1; p=reject"
                                                           << "warn";
    QTest::newRow("walk failed (SERVFAIL), not authorized -> unknown") << "TEMPERROR"
                                                                       << "unknown";
}

void TestDmarc::reportDestinationUnverifiable()
{
    QFETCH(QString, orgRecord);
    QFETCH(QString, expected);
    FakeZoneResolver fake;
    addTxt(fake, QStringLiteral("_dmarc.mail.example.com."),
           {QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.net")});
    addTxt(fake, QStringLiteral("_dmarc.example.com."), {orgRecord});
    fake.add(QStringLiteral("reports.example.net."),
             {dns::RRType::MX, QStringLiteral("mx.reports.example.net."), 10, {}, false});
    CheckRequest request;
    request.domain = QStringLiteral("mail.example.com");
    const std::atomic_bool never{false};
    const CheckContext ctx{request, fake, {}, never};
    const CheckResult result = checks::DmarcCheck().run(ctx);
    QCOMPARE(result.items.size(), 2);
    QCOMPARE(statusName(result.items.at(1).status), expected);
    QVERIFY(fake.asked().contains(QStringLiteral("mail.example.com._report._dmarc.reports.example.net.")));
    QVERIFY(statusName(result.status) != QLatin1String("pass"));
}

// Two report addresses in one domain without MX: both items say so (one lookup, one finding), neither is green.
void TestDmarc::everyReportAddressJudged()
{
    FakeZoneResolver fake;
    addTxt(fake, QStringLiteral("_dmarc.example.com."),
           {QStringLiteral("v=DMARC1; p=reject; rua=mailto:a@example.com; ruf=mailto:b@example.com")});
    CheckRequest request;
    request.domain = QStringLiteral("example.com");
    const std::atomic_bool never{false};
    const CheckContext ctx{request, fake, {}, never};
    const CheckResult result = checks::DmarcCheck().run(ctx);
    QCOMPARE(result.items.size(), 3);
    QCOMPARE(statusName(result.items.at(1).status), QStringLiteral("warn"));
    QCOMPARE(statusName(result.items.at(2).status), QStringLiteral("warn"));
    QCOMPARE(fake.asked().count(QStringLiteral("example.com.")), 1);
    QCOMPARE(result.findings.size(), 1);
}

void TestDmarc::composer_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<bool>("external");
    QTest::newRow("defaults") << QString() << false << false;
    QTest::newRow("own address, strict alignment") << "postmaster@example.com" << true << false;
    QTest::newRow("external reports (RFC 9989 authorization)") << "dmarc@reports.example.net" << false << true;
}

void TestDmarc::composer()
{
    QFETCH(QString, report);
    QFETCH(bool, strict);
    QFETCH(bool, external);
    ComposeOptions o;
    o.domain = QStringLiteral("example.com");
    o.reportAddress = report;
    o.strictAlignment = strict;
    o.subdomainPolicy = Policy::Quarantine;
    const QList<Stage> plan = composePlan(o);
    QCOMPARE(plan.size(), 3);
    const QList<Policy> policies{Policy::None, Policy::Quarantine, Policy::Reject};
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const Record r = Record::parse(plan[i].record);
        // Valid under both RFCs, nothing to lint, and the policy the stage promises.
        QCOMPARE(r.verdict, Verdict::Valid);
        QCOMPARE(r.rfc7489, Verdict::Valid);
        QCOMPARE(r.lint(), Lint::Ok);
        QCOMPARE(r.policy, policies[i]);
        QCOMPARE(plan[i].policy, policies[i]);
        QVERIFY(plan[i].record.startsWith(QStringLiteral("v=DMARC1; p=")));
        QCOMPARE(r.rua.size(), 1);
        QCOMPARE(r.rua.first().address, report.isEmpty() ? QStringLiteral("dmarc-reports@example.com") : report);
        QCOMPARE(r.strictDkim, strict);
        QCOMPARE(r.subdomainPolicy, std::optional<Policy>(Policy::Quarantine));
        QVERIFY(!plan[i].explanation.isEmpty() && !plan[i].advance.isEmpty());
    }
    QCOMPARE(Record::parse(plan.last().record).nonexistentPolicy, std::optional<Policy>(Policy::Reject));
    QCOMPARE(recordName(QStringLiteral("Example.com")), QStringLiteral("_dmarc.example.com."));
    const QString auth = externalAuthorizationRecord(o);
    QCOMPARE(auth.isEmpty(), !external);
    if (external)
        QCOMPARE(auth, QStringLiteral("example.com._report._dmarc.reports.example.net. IN TXT \"v=DMARC1\""));
}

QTEST_GUILESS_MAIN(TestDmarc)
#include "tst_dmarc.moc"
