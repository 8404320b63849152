// A domain that does not exist and a resolver that denies everything, end to end: the built `mailready check` against
// the fixture's NSD (which answers NXDOMAIN for a name under a zone it serves) and against its NXDOMAIN stub (a broken
// resolver that denies even the root). The checks that read the domain are `unknown` with the reason, never `fail`
// with records to publish; the run's first finding says why; exit codes and the Nagios state follow.
#include "TestDns.h"

#include <QJsonArray>
#include <QTest>

using namespace mailready;

class TestPresence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingDomainJson();
    void missingDomainHuman();
    void missingDomainNagios();
    void existingDomainHasNoRunFinding();
    void brokenResolverJson();
    void brokenResolverNagios();
};

static QStringList checkArgs(const QString& domain, const QString& server, const QStringList& extra)
{
    return QStringList{QStringLiteral("check"),
                       QStringLiteral("--domain"),
                       domain,
                       QStringLiteral("--hostname"),
                       QStringLiteral("mail.") + domain,
                       QStringLiteral("--ip"),
                       QStringLiteral("192.0.2.10"),
                       QStringLiteral("--selector"),
                       QStringLiteral("s2026"),
                       QStringLiteral("--dnsbl"),
                       QStringLiteral("clean.dnsbl.test"),
                       QStringLiteral("--nameserver"),
                       server,
                       QStringLiteral("--timeout"),
                       QStringLiteral("500")} +
           extra;
}

static const QString kMissing = QStringLiteral("nosuch.example.test");

static QString statusOf(const QJsonObject& report, const QString& id)
{
    return test::checkById(report, id).value(QStringLiteral("status")).toString();
}

void TestPresence::missingDomainJson()
{
    int code = -1;
    const QJsonObject report =
        test::runMailreadyJson(checkArgs(kMissing, test::nsdServer(), {QStringLiteral("--json")}), &code);
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().toObject().value(QStringLiteral("message")).toString(),
             QStringLiteral("nosuch.example.test does not exist in DNS: check the spelling or register it."));
    for (const char* id : {"spf", "dkim", "dmarc", "ehlo"}) {
        const QJsonObject check = test::checkById(report, QString::fromLatin1(id));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QVERIFY2(check.value(QStringLiteral("summary")).toString().contains(QLatin1String("does not exist in DNS")),
                 id);
        // No record to publish into a zone nobody serves.
        for (const QJsonValue& f : check.value(QStringLiteral("findings")).toArray())
            QVERIFY2(f.toObject().value(QStringLiteral("fix")).toString().isEmpty(), id);
        QCOMPARE(check.value(QStringLiteral("evidence")).toArray().first().toObject().value(QStringLiteral("rcode")),
                 QJsonValue(QStringLiteral("NXDOMAIN")));
    }
    // The address is judged all the same: 192.0.2.10 has its PTR in the fixture.
    QCOMPARE(statusOf(report, QStringLiteral("ptr")), QStringLiteral("pass"));
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray())
        QVERIFY2(c.toObject().value(QStringLiteral("status")).toString() != QLatin1String("fail"),
                 qPrintable(c.toObject().value(QStringLiteral("id")).toString()));
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    QCOMPARE(code, 2);
}

void TestPresence::missingDomainHuman()
{
    QByteArray out, err;
    const int code = test::runMailready(checkArgs(kMissing, test::nsdServer(), {}), &out, &err);
    QCOMPARE(code, 2);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() > 2, out.constData());
    // The first thing after the heading.
    QCOMPARE(lines.at(1),
             QStringLiteral("nosuch.example.test does not exist in DNS: check the spelling or register it."));
    QVERIFY2(!out.contains("Publish"), out.constData());
    QVERIFY2(!out.contains("FAIL"), out.constData());
}

void TestPresence::missingDomainNagios()
{
    QByteArray out, err;
    const int code = test::runMailready(
        checkArgs(kMissing, test::nsdServer(), {QStringLiteral("--format"), QStringLiteral("nagios")}), &out, &err);
    QCOMPARE(code, 3); // UNKNOWN, not CRITICAL: a typo is not an outage
    QVERIFY2(out.startsWith("MAILREADY UNKNOWN - nosuch.example.test does not exist in DNS"), out.constData());
}

void TestPresence::existingDomainHasNoRunFinding()
{
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        checkArgs(QStringLiteral("example.test"), test::nsdServer(), {QStringLiteral("--json")}), &code);
    QVERIFY(!report.contains(QStringLiteral("findings")));
    QVERIFY(!test::checkById(report, QStringLiteral("spf"))
                 .value(QStringLiteral("summary"))
                 .toString()
                 .startsWith(QLatin1String("Not checked")));
    QCOMPARE(code, test::contractExitCode(report));
}

void TestPresence::brokenResolverJson()
{
    int code = -1;
    const QString stub = QStringLiteral("127.0.0.1:%1").arg(test::nxdomainPort());
    const QJsonObject report =
        test::runMailreadyJson(checkArgs(QStringLiteral("example.test"), stub, {QStringLiteral("--json")}), &code);
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    const QString message = findings.first().toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(stub) && message.contains(QLatin1String("is broken")), qPrintable(message));
    QVERIFY(!findings.first().toObject().value(QStringLiteral("fix")).toString().isEmpty());
    const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
    QVERIFY(!checks.isEmpty());
    for (const QJsonValue& c : checks) {
        const QJsonObject check = c.toObject();
        QVERIFY2(check.value(QStringLiteral("status")).toString() == QLatin1String("unknown"),
                 qPrintable(check.value(QStringLiteral("id")).toString()));
    }
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    QCOMPARE(code, 2);
}

void TestPresence::brokenResolverNagios()
{
    QByteArray out, err;
    const QString stub = QStringLiteral("127.0.0.1:%1").arg(test::nxdomainPort());
    const int code = test::runMailready(
        checkArgs(QStringLiteral("example.test"), stub, {QStringLiteral("--format"), QStringLiteral("nagios")}), &out,
        &err);
    QCOMPARE(code, 3);
    QVERIFY2(out.startsWith("MAILREADY UNKNOWN - The resolver in use"), out.constData());
}

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
