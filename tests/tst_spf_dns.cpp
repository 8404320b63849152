// SPF over the network: check_host() through ldns against the fixture's NSD (tests/dns/zones/spf.test.zone), the
// same scenarios evaluated by Debian's pyspf for comparison, the `spf` check, and `mailready spf`/`check` end to end.
#include "TestDns.h"
#include "checks/spf/SpfCheck.h"
#include "checks/spf/SpfEvaluator.h"
#include "dns/CachingResolver.h"
#include "dns/LdnsResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace mailready;

namespace {

struct Scenario
{
    const char* row;
    const char* ip;
    const char* domain;
    const char* result;
    int lookups; // -1: not asserted
    const char* explanation;
};

// Rows name the RFC 7208 section each scenario exercises.
const Scenario kScenarios[] = {
    {"RFC 7208 5.6 ip4 pass", "198.51.100.10", "basic.spf.test", "pass", 0, nullptr},
    {"RFC 7208 5.1 -all fail", "198.51.100.11", "basic.spf.test", "fail", 0, nullptr},
    {"RFC 7208 5.2 include pass", "198.51.100.33", "include.spf.test", "pass", 1, nullptr},
    {"RFC 7208 5.2 include no match then -all", "198.51.100.10", "include.spf.test", "fail", 1, nullptr},
    {"RFC 7208 5.4 mx IPv4", "198.51.100.20", "mx.spf.test", "pass", 1, nullptr},
    {"RFC 7208 5.4 mx IPv6", "2001:db8:5f::20", "mx.spf.test", "pass", 1, nullptr},
    {"RFC 7208 5.4 mx no match", "198.51.100.21", "mx.spf.test", "fail", 1, nullptr},
    {"RFC 7208 5.3 a/30 in range", "198.51.100.41", "a.spf.test", "pass", 1, nullptr},
    {"RFC 7208 5.3 a/30 out of range", "198.51.100.44", "a.spf.test", "fail", 1, nullptr},
    {"RFC 7208 6.1 redirect pass", "198.51.100.10", "redirect.spf.test", "pass", 1, nullptr},
    {"RFC 7208 6.1 redirect fail", "198.51.100.11", "redirect.spf.test", "fail", 1, nullptr},
    {"RFC 7208 6.2 exp with macros", "198.51.100.11", "exp.spf.test", "fail", 0,
     "198.51.100.11 is not a mail server of exp.spf.test"},
    {"RFC 7208 5.6 ip6 network pass", "2001:db8:5f::25", "v6.spf.test", "pass", 0, nullptr},
    {"RFC 7208 5.6 ip6 network fail", "2001:db8:5f:1::1", "v6.spf.test", "fail", 0, nullptr},
    {"RFC 7208 4.6.2 ~all softfail", "198.51.100.11", "soft.spf.test", "softfail", 0, nullptr},
    {"RFC 7208 4.7 default neutral", "198.51.100.11", "nodefault.spf.test", "neutral", 0, nullptr},
    {"RFC 7208 5.1 +all pass", "198.51.100.99", "plusall.spf.test", "pass", 0, nullptr},
    {"RFC 7208 4.5 no SPF record", "198.51.100.10", "none.spf.test", "none", 0, nullptr},
    {"RFC 7208 4.5 two SPF records", "198.51.100.10", "multi.spf.test", "permerror", 0, nullptr},
    {"RFC 7208 3.2 record through CNAME", "198.51.100.10", "cname.spf.test", "pass", 0, nullptr},
    {"RFC 7208 3.3 multi-string record", "198.51.100.10", "split.spf.test", "pass", 0, nullptr},
    {"RFC 7208 5.5 ptr validated", "198.51.100.60", "ptr.spf.test", "pass", 1, nullptr},
    {"RFC 7208 5.5 ptr no name", "198.51.100.61", "ptr.spf.test", "fail", 1, nullptr},
    {"RFC 7208 5.5 ptr validated IPv6", "2001:db8:5f::60", "ptr.spf.test", "pass", 1, nullptr},
    {"RFC 7208 5.3 a//64 IPv6 in range", "2001:db8:5f::abcd", "a6.spf.test", "pass", 1, nullptr},
    {"RFC 7208 5.3 a//64 IPv6 out of range", "2001:db8:5f:1::1", "a6.spf.test", "fail", 1, nullptr},
    {"RFC 7208 5.7 exists with %{i}", "198.51.100.70", "macro.spf.test", "pass", 1, nullptr},
    {"RFC 7208 5.7 exists no match", "198.51.100.71", "macro.spf.test", "fail", 1, nullptr},
    {"RFC 7208 4.6.4 include chain over 10", "198.51.100.10", "chain.spf.test", "permerror", 11, nullptr},
    {"RFC 7208 4.6.4 two void lookups", "198.51.100.10", "void2.spf.test", "pass", 2, nullptr},
    {"RFC 7208 4.6.4 three void lookups", "198.51.100.10", "void3.spf.test", "permerror", 3, nullptr},
    {"RFC 7208 4.6.4 relay provider over 10", "198.51.100.100", "relay.spf.test", "permerror", 11, nullptr},
    {"RFC 7208 4.6.4 relay provider listed first", "198.51.100.10", "relayfirst.spf.test", "pass", 0, nullptr},
    {"RFC 7208 4.6.4 relay provider via include", "198.51.100.100", "relayfirst.spf.test", "permerror", 11, nullptr},
    {"RFC 7208 5.2 small provider include", "198.51.100.110", "small.spf.test", "pass", 2, nullptr},
};

spf::Evaluation evaluate(const Scenario& s, dns::Resolver& resolver)
{
    return spf::checkHost(resolver, QHostAddress(QString::fromLatin1(s.ip)), QString::fromLatin1(s.domain),
                          QStringLiteral("postmaster@") + QString::fromLatin1(s.domain), QString::fromLatin1(s.domain));
}

} // namespace

class TestSpfDns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void pyspfAgrees();
    void temperrorOnServfail();
    void checkPass();
    void checkFailProposesSmallestChange();
    void checkRelayChainOverLimit();
    void checkPermissiveIsWarn();
    void checkNoRecordComposes();
    void checkUnknownOnServfail();
    void cliSpf_data();
    void cliSpf();
    void cliSpfJson();
    void cliSpfUsage_data();
    void cliSpfUsage();
    void cliCheck();
};

void TestSpfDns::scenarios_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(kScenarios)); ++i)
        QTest::newRow(kScenarios[i].row) << i;
}

void TestSpfDns::scenarios()
{
    QFETCH(int, index);
    const Scenario& s = kScenarios[index];
    dns::LdnsResolver resolver(test::nsdConfig());
    const spf::Evaluation ev = evaluate(s, resolver);
    QVERIFY2(ev.word() == QLatin1String(s.result), qPrintable(ev.word() + QStringLiteral(": ") + ev.reason));
    if (s.lookups >= 0)
        QCOMPARE(ev.lookups, s.lookups);
    if (s.explanation)
        QCOMPARE(ev.explanation, QString::fromLatin1(s.explanation));
    // Every verdict rests on real answers from the server.
    QVERIFY(!ev.answers.isEmpty());
    for (const dns::Answer& a : ev.answers)
        QVERIFY2(a.isDefinite(), qPrintable(a.name));
}

void TestSpfDns::pyspfAgrees()
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {test::sourcePath(QStringLiteral("tests/spf/pyspf_check.py")), QString::number(test::nsdPort())});
    QVERIFY(python.waitForStarted(10000));
    for (const Scenario& s : kScenarios) {
        const QJsonObject c{{QStringLiteral("ip"), QString::fromLatin1(s.ip)},
                            {QStringLiteral("sender"), QStringLiteral("postmaster@") + QString::fromLatin1(s.domain)},
                            {QStringLiteral("helo"), QString::fromLatin1(s.domain)}};
        python.write(QJsonDocument(c).toJson(QJsonDocument::Compact) + '\n');
    }
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QList<QByteArray> lines = python.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(std::size(kScenarios)));

    dns::LdnsResolver resolver(test::nsdConfig());
    int agree = 0;
    QStringList differ;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Scenario& s = kScenarios[i];
        const QJsonObject theirs = QJsonDocument::fromJson(lines[i]).object();
        const spf::Evaluation ours = evaluate(s, resolver);
        const QString theirResult = theirs.value(QStringLiteral("result")).toString();
        bool same = theirResult == ours.word();
        // pyspf gives the domain's exp= text for fail as we do (its own default text differs from ours).
        if (same && s.explanation)
            same = theirs.value(QStringLiteral("explanation")).toString() == ours.explanation;
        if (same)
            ++agree;
        else
            differ << QStringLiteral("%1: pyspf %2, MailReady %3")
                          .arg(QString::fromLatin1(s.row), theirResult, ours.word());
    }
    qInfo().noquote() << QStringLiteral("pyspf agrees on %1/%2 NSD scenarios").arg(agree).arg(lines.size());
    for (const QString& d : differ)
        qWarning().noquote() << d;
    QCOMPARE(agree, int(lines.size()));
}

void TestSpfDns::temperrorOnServfail()
{
    // RFC 7208 4.4: a DNS error looking up the record is temperror, never none or fail.
    dns::LdnsResolver resolver(test::configFor(test::servfailPort()));
    const spf::Evaluation ev =
        spf::checkHost(resolver, QHostAddress(QStringLiteral("198.51.100.10")), QStringLiteral("basic.spf.test"),
                       QStringLiteral("postmaster@basic.spf.test"), QStringLiteral("basic.spf.test"));
    QCOMPARE(ev.word(), QStringLiteral("temperror"));
    dns::LdnsResolver silent(test::configFor(test::silentPort(), 200));
    QCOMPARE(spf::checkHost(silent, QHostAddress(QStringLiteral("198.51.100.10")), QStringLiteral("basic.spf.test"),
                            QStringLiteral("postmaster@basic.spf.test"), QStringLiteral("basic.spf.test"))
                 .word(),
             QStringLiteral("temperror"));
}

static CheckResult runSpfCheck(const QString& domain, const QStringList& ips, const QString& hostname = {},
                               quint16 port = 0)
{
    CheckRequest request;
    request.domain = domain;
    request.hostname = hostname;
    QList<QHostAddress> addresses;
    for (const QString& ip : ips)
        addresses << QHostAddress(ip);
    request.ips = addresses;
    dns::LdnsResolver network(port ? test::configFor(port) : test::nsdConfig());
    dns::CachingResolver resolver(network);
    static const std::atomic_bool never{false};
    const CheckContext ctx{request, resolver, addresses, never};
    checks::SpfCheck check;
    return check.run(ctx);
}

static QString allFindings(const CheckResult& r)
{
    QString s;
    for (const Finding& f : r.findings)
        s += f.message + QStringLiteral(" | ") + f.fix + QLatin1Char('\n');
    return s;
}

void TestSpfDns::checkPass()
{
    const CheckResult r = runSpfCheck(QStringLiteral("basic.spf.test"), {QStringLiteral("198.51.100.10")},
                                      QStringLiteral("mail.basic.spf.test"));
    QCOMPARE(r.status, Status::Pass);
    QCOMPARE(r.fields.value(QStringLiteral("record")).toString(), QStringLiteral("v=spf1 ip4:198.51.100.10 -all"));
    QCOMPARE(r.items.size(), 1);
    const QJsonObject item = r.items.first().toJson();
    QCOMPARE(item.value(QStringLiteral("ip")).toString(), QStringLiteral("198.51.100.10"));
    QCOMPARE(item.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(item.value(QStringLiteral("lookups")).toInt(-1), 0);
    QCOMPARE(item.value(QStringLiteral("void_lookups")).toInt(-1), 0);
    QVERIFY2(r.findings.isEmpty(), qPrintable(allFindings(r))); // the HELO name has its record
    QVERIFY(!r.evidence.isEmpty());
    QCOMPARE(r.evidenceJson().first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TXT"));
}

void TestSpfDns::checkFailProposesSmallestChange()
{
    const CheckResult r = runSpfCheck(QStringLiteral("include.spf.test"), {QStringLiteral("198.51.100.10")});
    QCOMPARE(r.status, Status::Fail);
    QCOMPARE(r.items.first().fields.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    const QString findings = allFindings(r);
    QVERIFY2(findings.contains(QStringLiteral("v=spf1 include:_spf.relay.spf.test ip4:198.51.100.10 -all")),
             qPrintable(findings));
}

void TestSpfDns::checkRelayChainOverLimit()
{
    // The relay's own address sits past the tenth lookup: permerror, fail, and the finding names the count (14) and
    // the costliest branch.
    CheckResult r = runSpfCheck(QStringLiteral("relay.spf.test"), {QStringLiteral("198.51.100.100")});
    QCOMPARE(r.status, Status::Fail);
    QCOMPARE(r.items.first().fields.value(QStringLiteral("result")).toString(), QStringLiteral("permerror"));
    QString findings = allFindings(r);
    QVERIFY2(findings.contains(QStringLiteral("needs 14 DNS lookups")), qPrintable(findings));
    QVERIFY2(findings.contains(QStringLiteral("costliest branch is include:_spf.bigmail.spf.test with 13")),
             qPrintable(findings));

    // Listed first, the home address passes, but the policy as published is still over the limit: fail.
    r = runSpfCheck(QStringLiteral("relayfirst.spf.test"), {QStringLiteral("198.51.100.10")});
    QCOMPARE(r.items.first().fields.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(r.status, Status::Fail);
    findings = allFindings(r);
    QVERIFY2(findings.contains(QStringLiteral("needs 13 DNS lookups")), qPrintable(findings));
}

void TestSpfDns::checkPermissiveIsWarn()
{
    const CheckResult r = runSpfCheck(QStringLiteral("plusall.spf.test"), {QStringLiteral("198.51.100.10")});
    QCOMPARE(r.items.first().fields.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(r.status, Status::Warn);
    QVERIFY(allFindings(r).contains(QStringLiteral("v=spf1 ip4:198.51.100.10 -all")));
}

void TestSpfDns::checkNoRecordComposes()
{
    const CheckResult r = runSpfCheck(QStringLiteral("none.spf.test"), {QStringLiteral("198.51.100.10")},
                                      QStringLiteral("mail.none.spf.test"));
    QCOMPARE(r.status, Status::Fail);
    QCOMPARE(r.items.first().fields.value(QStringLiteral("result")).toString(), QStringLiteral("none"));
    QVERIFY(r.fields.value(QStringLiteral("record")).isNull());
    const QString findings = allFindings(r);
    QVERIFY2(
        findings.contains(QStringLiteral("Publish this TXT record at none.spf.test: v=spf1 mx ip4:198.51.100.10 -all")),
        qPrintable(findings));
    QVERIFY2(findings.contains(QStringLiteral("v=spf1 a -all")), qPrintable(findings)); // HELO record advice
}

void TestSpfDns::checkUnknownOnServfail()
{
    const CheckResult r =
        runSpfCheck(QStringLiteral("basic.spf.test"), {QStringLiteral("198.51.100.10")}, {}, test::servfailPort());
    QCOMPARE(r.status, Status::Unknown);
    QCOMPARE(r.items.first().fields.value(QStringLiteral("result")).toString(), QStringLiteral("temperror"));
}

void TestSpfDns::cliSpf_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("RFC 7208 pass exits 0") << "198.51.100.10"
                                           << "basic.spf.test"
                                           << "pass" << 0;
    QTest::newRow("RFC 7208 fail exits 0") << "198.51.100.11"
                                           << "basic.spf.test"
                                           << "fail" << 0;
    QTest::newRow("RFC 7208 none exits 0") << "198.51.100.10"
                                           << "none.spf.test"
                                           << "none" << 0;
    QTest::newRow("RFC 7208 permerror exits 0") << "198.51.100.100"
                                                << "relay.spf.test"
                                                << "permerror" << 0;
    QTest::newRow("RFC 7208 ipv6 pass") << "2001:db8:5f::20"
                                        << "mx.spf.test"
                                        << "pass" << 0;
}

void TestSpfDns::cliSpf()
{
    QFETCH(QString, ip);
    QFETCH(QString, domain);
    QFETCH(QString, word);
    QFETCH(int, exitCode);
    QByteArray out, err;
    QCOMPARE(test::runMailready({QStringLiteral("spf"), QStringLiteral("--ip"), ip, QStringLiteral("--domain"), domain,
                                 QStringLiteral("--nameserver"), test::nsdServer()},
                                &out, &err),
             exitCode);
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(QString::fromUtf8(lines.first()), word);
    QVERIFY(out.contains(domain.toUtf8()));
}

void TestSpfDns::cliSpfJson()
{
    int code = -1;
    QJsonObject o = test::runMailreadyJson(
        {QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("198.51.100.11"), QStringLiteral("--domain"),
         QStringLiteral("exp.spf.test"), QStringLiteral("--nameserver"), test::nsdServer(), QStringLiteral("--json")},
        &code);
    QCOMPARE(code, 0);
    for (const char* key : {"result", "explanation", "lookups", "void_lookups", "record", "tree"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    QCOMPARE(o.value(QStringLiteral("explanation")).toString(),
             QStringLiteral("198.51.100.11 is not a mail server of exp.spf.test"));
    QCOMPARE(o.value(QStringLiteral("record")).toString(),
             QStringLiteral("v=spf1 ip4:198.51.100.10 -all exp=why.exp.spf.test"));

    // The tree shows nested includes: relay -> _spf.bigmail -> _s1..
    o = test::runMailreadyJson({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("198.51.100.110"),
                                QStringLiteral("--domain"), QStringLiteral("small.spf.test"),
                                QStringLiteral("--nameserver"), test::nsdServer(), QStringLiteral("--json")},
                               &code);
    QCOMPARE(code, 0);
    QCOMPARE(o.value(QStringLiteral("lookups")).toInt(), 2);
    const QJsonObject tree = o.value(QStringLiteral("tree")).toObject();
    const QJsonObject include = tree.value(QStringLiteral("terms")).toArray().first().toObject();
    QCOMPARE(include.value(QStringLiteral("outcome")).toString(), QStringLiteral("match"));
    QCOMPARE(include.value(QStringLiteral("record")).toObject().value(QStringLiteral("domain")).toString(),
             QStringLiteral("_spf.smallmail.spf.test"));

    // temperror: exit 2, still one JSON document.
    o = test::runMailreadyJson({QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("198.51.100.10"),
                                QStringLiteral("--domain"), QStringLiteral("basic.spf.test"),
                                QStringLiteral("--nameserver"),
                                QStringLiteral("127.0.0.1:%1").arg(test::servfailPort()), QStringLiteral("--json")},
                               &code);
    QCOMPARE(code, 2);
    QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("temperror"));
}

void TestSpfDns::cliSpfUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing --ip") << QStringList{QStringLiteral("spf"), QStringLiteral("--domain"),
                                                 QStringLiteral("basic.spf.test")}
                                  << "--ip is required";
    QTest::newRow("missing --domain") << QStringList{QStringLiteral("spf"), QStringLiteral("--ip"),
                                                     QStringLiteral("198.51.100.10")}
                                      << "--domain is required";
    QTest::newRow("bad address") << QStringList{QStringLiteral("spf"), QStringLiteral("--ip"),
                                                QStringLiteral("198.51.100"), QStringLiteral("--domain"),
                                                QStringLiteral("basic.spf.test")}
                                 << "--ip: '198.51.100' is not an IPv4 address";
    QTest::newRow("octal-looking address")
        << QStringList{QStringLiteral("spf"), QStringLiteral("--ip"), QStringLiteral("198.051.100.010"),
                       QStringLiteral("--domain"), QStringLiteral("basic.spf.test")}
        << "write 198.51.100.10 or 198.41.100.8";
    QTest::newRow("bad sender")
        << QStringList{QStringLiteral("spf"),      QStringLiteral("--ip"),           QStringLiteral("198.51.100.10"),
                       QStringLiteral("--domain"), QStringLiteral("basic.spf.test"), QStringLiteral("--sender"),
                       QStringLiteral("nobody")}
        << "--sender";
}

void TestSpfDns::cliSpfUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QByteArray out, err;
    QCOMPARE(test::runMailready(arguments, &out, &err), 64);
    QVERIFY(out.isEmpty());
    const QString text = QString::fromUtf8(err).trimmed();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\n')));
}

void TestSpfDns::cliCheck()
{
    int code = -1;
    QJsonObject o = test::runMailreadyJson(
        {QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("basic.spf.test"),
         QStringLiteral("--hostname"), QStringLiteral("mail.basic.spf.test"), QStringLiteral("--ip"),
         QStringLiteral("198.51.100.10"), QStringLiteral("--nameserver"), test::nsdServer(), QStringLiteral("--json")},
        &code);
    QJsonObject spfCheck;
    for (const QJsonValue& c : o.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("spf"))
            spfCheck = c.toObject();
    QCOMPARE(spfCheck.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QCOMPARE(spfCheck.value(QStringLiteral("record")).toString(), QStringLiteral("v=spf1 ip4:198.51.100.10 -all"));
    const QJsonObject item = spfCheck.value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(item.value(QStringLiteral("ip")).toString(), QStringLiteral("198.51.100.10"));
    QVERIFY(item.contains(QStringLiteral("lookups")) && item.contains(QStringLiteral("void_lookups")));
    QCOMPARE(code, test::contractExitCode(o));

    o = test::runMailreadyJson({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("include.spf.test"),
                                QStringLiteral("--ip"), QStringLiteral("198.51.100.10"), QStringLiteral("--nameserver"),
                                test::nsdServer(), QStringLiteral("--json")},
                               &code);
    QCOMPARE(code, 1);
    for (const QJsonValue& c : o.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("spf"))
            spfCheck = c.toObject();
    QCOMPARE(spfCheck.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(
        spfCheck.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("result")).toString(),
        QStringLiteral("fail"));
}

QTEST_GUILESS_MAIN(TestSpfDns)
#include "tst_spf_dns.moc"
