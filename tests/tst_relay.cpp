// The home-lab path: a relay's addresses are judged instead of the home address, SPF must authorize the relay (with
// the smallest fix), the delivery advisor reads the signs of a residential line, remembered addresses turn into
// stale-record findings, and the MTA lines are what the MTAs accept. End to end against the fixture's NSD and on
// loopback SMTP ports; the pure parts in-process as well.
#include "FakeZoneResolver.h"
#include "SmtpFixture.h"
#include "TestDns.h"
#include "checks/spf/SpfComposer.h"
#include "dns/DnsName.h"
#include "relay/MtaConfig.h"
#include "relay/RelayServices.h"
#include "report/PathAdvisor.h"
#include "run/RelayAddresses.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mailready;

class TestRelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void services_data();
    void services();
    void proposeInclude_data();
    void proposeInclude();
    void relayAddresses_data();
    void relayAddresses();
    void advisor_data();
    void advisor();
    void mtaLines();
    void opensmtpdAcceptsItsLines();
    void pblListingProposesRelay();
    void relayPathGreen_data();
    void relayPathGreen();
    void spfForgotRelay_data();
    void spfForgotRelay();
    void ownEnvelopeServiceNotRedOnSpf_data();
    void ownEnvelopeServiceNotRedOnSpf();
    void customerEnvelopeServiceStillFails();
    void returnPath_data();
    void returnPath();
    void relayNotResolvable_data();
    void relayNotResolvable();
    void addressChangeNamesStaleRecords();
    void port25BlockedProposesRelay();
    void pdfSaysHowMailLeaves();
    void usageErrors();

private:
    QTemporaryDir m_config;
};

static const QString Catalog = QStringLiteral("tests/dns/relay-dnsbl-catalog.json");

static QString statusOf(const QJsonObject& report, const QString& id)
{
    return test::checkById(report, id).value(QStringLiteral("status")).toString();
}

static QString findingsText(const QJsonObject& check)
{
    QString text;
    for (const auto& f : check.value(QStringLiteral("findings")).toArray())
        text += f.toObject().value(QStringLiteral("message")).toString() + QStringLiteral(" | ") +
                f.toObject().value(QStringLiteral("fix")).toString() + QLatin1Char('\n');
    return text;
}

static QStringList reasonKinds(const QJsonObject& report)
{
    QStringList kinds;
    for (const auto& r : report.value(QStringLiteral("delivery")).toObject().value(QStringLiteral("reasons")).toArray())
        kinds << r.toObject().value(QStringLiteral("kind")).toString();
    return kinds;
}

static QStringList baseArgs(const QString& domain)
{
    return {QStringLiteral("check"),        QStringLiteral("--domain"), domain,
            QStringLiteral("--nameserver"), test::nsdServer(),          QStringLiteral("--dnsbl-catalog"),
            test::sourcePath(Catalog),      QStringLiteral("--json")};
}

void TestRelay::initTestCase()
{
    // Remembered addresses go to a settings file of this test run only (the child processes inherit this).
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
}

void TestRelay::services_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("include"); // empty: no service
    QTest::newRow("relay-services.json Mailgun EU host") << "smtp.eu.mailgun.org"
                                                         << "mailgun.org";
    QTest::newRow("relay-services.json Amazon SES regional host") << "email-smtp.eu-west-1.amazonaws.com"
                                                                  << "amazonses.com";
    QTest::newRow("relay-services.json Postmark") << "smtp.postmarkapp.com"
                                                  << "spf.mtasv.net";
    QTest::newRow("relay-services.json Microsoft 365") << "smtp.office365.com"
                                                       << "spf.protection.outlook.com";
    QTest::newRow("relay-services.json Google Workspace, trailing dot") << "smtp-relay.gmail.com."
                                                                        << "_spf.google.com";
    QTest::newRow("own relay is no service") << "smtp.relay.test"
                                             << "";
    QTest::newRow("suffix must be a whole label") << "notmailgun.org"
                                                  << "";
}

void TestRelay::services()
{
    QFETCH(QString, host);
    QFETCH(QString, include);
    const relay::RelayService* s = relay::RelayServices::builtIn().forHost(host);
    QCOMPARE(s ? s->spfInclude : QString(), include);
    QVERIFY(relay::RelayServices::builtIn().services().size() >= 10);
}

void TestRelay::proposeInclude_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("deciding");
    QTest::addColumn<bool>("needed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("RFC 7208 5.2 include before -all") << "v=spf1 mx ip4:198.18.200.66 -all" << 2 << true
                                                      << "v=spf1 mx ip4:198.18.200.66 include:_spf.relay.test -all";
    QTest::newRow("RFC 7208 5.2 already included")
        << "v=spf1 include:_spf.relay.test -all" << -1 << false << "v=spf1 include:_spf.relay.test -all";
    QTest::newRow("RFC 7208 6.1 no all: after the last mechanism, before redirect")
        << "v=spf1 mx redirect=_spf.other.test" << -1 << true
        << "v=spf1 mx include:_spf.relay.test redirect=_spf.other.test";
    QTest::newRow("RFC 7208 4.6.2 before the term that decided against it")
        << "v=spf1 -ip4:198.18.200.0/24 mx -all" << 0 << true
        << "v=spf1 include:_spf.relay.test -ip4:198.18.200.0/24 mx -all";
}

void TestRelay::proposeInclude()
{
    QFETCH(QString, record);
    QFETCH(int, deciding);
    QFETCH(bool, needed);
    QFETCH(QString, expected);
    const spf::ParseResult parsed = spf::parseRecord(record);
    QVERIFY(parsed.ok());
    const spf::SpfChange change = spf::proposeInclude(*parsed.record, QStringLiteral("_spf.relay.test."), deciding);
    QCOMPARE(change.needed, needed);
    QCOMPARE(change.record, expected);
    QVERIFY(spf::parseRecord(change.record).ok()); // round-trips through the parser
}

void TestRelay::relayAddresses_data()
{
    QTest::addColumn<QString>("relay");
    QTest::addColumn<QString>("relayIp"); // --relay-ip, may be empty
    QTest::addColumn<QString>("ips");     // expected, space-separated; empty: none
    QTest::addColumn<QString>("problem"); // a word of the reason when none
    QTest::addColumn<int>("queries");
    QTest::newRow("A and AAAA") << "both.relay.test:587"
                                << ""
                                << "198.18.200.12 2001:db8:ee:200::12"
                                << "" << 2;
    QTest::newRow("A only, AAAA NODATA") << "v4.relay.test"
                                         << ""
                                         << "198.18.200.10"
                                         << "" << 2;
    // Never a false green: an address that may exist but did not answer could be the one that sends.
    QTest::newRow("RFC 1035 A answered, AAAA timed out: none judged") << "half.relay.test"
                                                                      << ""
                                                                      << ""
                                                                      << "could not be looked up" << 2;
    QTest::newRow("RFC 2308 NXDOMAIN") << "gone.relay.test"
                                       << ""
                                       << ""
                                       << "has no address" << 2;
    QTest::newRow("--relay-ip: no lookup") << "both.relay.test"
                                           << "198.18.200.11"
                                           << "198.18.200.11"
                                           << "" << 0;
    QTest::newRow("address literal: no lookup") << "198.18.200.10:587"
                                                << ""
                                                << "198.18.200.10"
                                                << "" << 0;
}

void TestRelay::relayAddresses()
{
    QFETCH(QString, relay);
    QFETCH(QString, relayIp);
    QFETCH(QString, ips);
    QFETCH(QString, problem);
    QFETCH(int, queries);
    FakeZoneResolver dns;
    dns.addAddress(QStringLiteral("both.relay.test"), QStringLiteral("198.18.200.12"));
    dns.addAddress(QStringLiteral("both.relay.test"), QStringLiteral("2001:db8:ee:200::12"));
    dns.addAddress(QStringLiteral("v4.relay.test"), QStringLiteral("198.18.200.10"));
    dns.addAddress(QStringLiteral("half.relay.test"), QStringLiteral("198.18.200.10"));
    dns.addTimeout(QStringLiteral("half.relay.test"));
    CheckRequest request;
    request.relay = relay;
    if (!relayIp.isEmpty())
        request.relayIps << QHostAddress(relayIp);
    const RelayAddresses r = resolveRelay(dns, request);
    QStringList got;
    for (const QHostAddress& a : r.ips)
        got << dns::addressText(a);
    QCOMPARE(got.join(QLatin1Char(' ')), ips);
    QVERIFY2(r.problem.contains(problem), qPrintable(r.problem));
    QCOMPARE(r.problem.isEmpty(), !ips.isEmpty());
    QCOMPARE(dns.queries(), queries);
}

// A report as the runner makes it, for the pure advisor.
static Report homeReport(const QString& dnsblMeaning, bool genericPtr, bool port25Blocked, const QString& relay = {})
{
    Report r;
    r.domain = QStringLiteral("home.test");
    r.serverIps = {QStringLiteral("198.18.200.66")};
    r.relay = relay;
    r.ips = relay.isEmpty() ? r.serverIps : QStringList{QStringLiteral("198.18.200.10")};
    const QString judged = r.ips.first();
    CheckResult dnsbl;
    dnsbl.id = QStringLiteral("dnsbl");
    CheckItem listing;
    listing.subject = judged + QStringLiteral(" @ pbl.relay.test");
    listing.fields.insert(QStringLiteral("ip"), judged);
    listing.fields.insert(QStringLiteral("list"), QStringLiteral("Test PBL"));
    if (dnsblMeaning.isEmpty()) {
        listing.status = Status::Pass;
    } else {
        listing.status = Status::Fail;
        listing.fields.insert(QStringLiteral("meaning"), dnsblMeaning);
    }
    dnsbl.items << listing;
    dnsbl.aggregate();
    CheckResult ptr;
    ptr.id = QStringLiteral("ptr");
    CheckItem p;
    p.subject = judged;
    p.fields.insert(QStringLiteral("ip"), judged);
    p.fields.insert(QStringLiteral("names"), QJsonArray{QStringLiteral("mail.home.test.")});
    p.status = genericPtr ? Status::Warn : Status::Pass;
    if (genericPtr)
        p.fields.insert(QStringLiteral("generic"), true);
    ptr.items << p;
    ptr.aggregate();
    CheckResult port25;
    port25.id = QStringLiteral("port25");
    CheckItem b;
    b.subject = QStringLiteral("127.0.0.1:25");
    b.status = port25Blocked ? Status::Fail : Status::Pass;
    if (port25Blocked)
        b.fields.insert(QStringLiteral("blocked"), true);
    port25.items << b;
    port25.aggregate();
    r.checks << ptr << dnsbl << port25;
    return r;
}

void TestRelay::advisor_data()
{
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<bool>("generic");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<QString>("relay");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kinds");
    const QString pbl = QStringLiteral("Spamhaus PBL (listed by the ISP): a residential or dynamic range that should "
                                       "not send mail directly to other servers.");
    QTest::newRow("domain-notes: clean line, direct") << "" << false << false << ""
                                                      << ""
                                                      << "direct"
                                                      << "none";
    QTest::newRow("domain-notes: zen 127.0.0.10 PBL") << pbl << false << false << ""
                                                      << ""
                                                      << "relay"
                                                      << "residential-listing";
    QTest::newRow("domain-notes: SpamRATS Dyna")
        << "SpamRATS Dyna: the address's reverse DNS name looks generic or dynamic, like a home line." << false << false
        << ""
        << ""
        << "relay"
        << "residential-listing";
    QTest::newRow("domain-notes: spam listing is not residential")
        << "Test list: the address sent spam." << false << false << ""
        << ""
        << "direct"
        << "none";
    QTest::newRow("domain-notes: generic PTR") << "" << true << false << ""
                                               << ""
                                               << "relay"
                                               << "generic-ptr";
    QTest::newRow("port 25 blocked") << "" << false << true << ""
                                     << ""
                                     << "relay"
                                     << "port25-blocked";
    QTest::newRow("address changed since remembered") << "" << false << false << "198.18.200.65"
                                                      << ""
                                                      << "relay"
                                                      << "address-changed";
    QTest::newRow("address as remembered") << "" << false << false << "198.18.200.66"
                                           << ""
                                           << "direct"
                                           << "none";
    QTest::newRow("all signs at once") << pbl << true << true << "198.18.200.65"
                                       << ""
                                       << "relay"
                                       << "residential-listing,generic-ptr,port25-blocked,address-changed";
    // Through a relay, dnsbl and ptr judge the relay: its items say nothing about the home line.
    QTest::newRow("relay-path report: the relay's listing is not the home line's") << pbl << true << false << ""
                                                                                   << "smtp.relay.test:587"
                                                                                   << "direct"
                                                                                   << "none";
}

void TestRelay::advisor()
{
    QFETCH(QString, meaning);
    QFETCH(bool, generic);
    QFETCH(bool, blocked);
    QFETCH(QString, remembered);
    QFETCH(QString, relay);
    QFETCH(QString, path);
    QFETCH(QString, kinds);
    QList<QHostAddress> rememberedIps;
    if (!remembered.isEmpty())
        rememberedIps << QHostAddress(remembered);
    const report::DeliveryAdvice advice =
        report::adviseDelivery(homeReport(meaning, generic, blocked, relay), rememberedIps);
    QCOMPARE(report::deliveryPathName(advice.path), path);
    QStringList got;
    for (const report::AdviceReason& r : advice.reasons) {
        got << r.kind;
        QVERIFY(!r.text.isEmpty());
    }
    QCOMPARE(got.join(QLatin1Char(',')), kinds);
}

void TestRelay::mtaLines()
{
    relay::RelaySettings s;
    s.host = QStringLiteral("smtp.relay.test");
    s.port = 587;
    s.user = QStringLiteral("home");
    const QString postfix = relay::postfixRelayConfig(s);
    for (const char* line : {"relayhost = [smtp.relay.test]:587", "smtp_sasl_auth_enable = yes",
                             "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
                             "smtp_tls_security_level = encrypt", "[smtp.relay.test]:587 home:PASSWORD",
                             "chmod 0600 /etc/postfix/sasl_passwd", "postmap /etc/postfix/sasl_passwd"})
        QVERIFY2(postfix.contains(QLatin1String(line)), line);
    QVERIFY(!postfix.contains(QStringLiteral("wrappermode")));
    s.port = 465;
    QVERIFY(relay::postfixRelayConfig(s).contains(QStringLiteral("smtp_tls_wrappermode = yes")));
    QVERIFY(relay::opensmtpdRelayConfig(s).contains(QStringLiteral("smtps://relay@smtp.relay.test:465")));
    s.port = 587;
    const QString exim = relay::eximRelayConfig(s);
    for (const char* line : {"driver = manualroute", "route_list = * smtp.relay.test::587 byname",
                             "hosts_require_auth = *", "hosts_require_tls = *", "client_send = ^home^PASSWORD"})
        QVERIFY2(exim.contains(QLatin1String(line)), line);
    const QString smtpd = relay::opensmtpdRelayConfig(s);
    QVERIFY(smtpd.contains(
        QStringLiteral("action \"relay\" relay host smtp+tls://relay@smtp.relay.test:587 auth <secrets>")));
    const QString vps = relay::postfixVpsRelayConfig(s);
    for (const char* line : {"mynetworks = 127.0.0.0/8 [::1]/128", "permit_sasl_authenticated",
                             "reject_unauth_destination", "submission inet n", "smtpd_tls_security_level=encrypt"})
        QVERIFY2(vps.contains(QLatin1String(line)), line);
}

void TestRelay::opensmtpdAcceptsItsLines()
{
    // OpenSMTPD's own parser (smtpd -n) judges the lines, with the secrets table moved into a temporary directory.
    if (QStandardPaths::findExecutable(QStringLiteral("smtpd"), {QStringLiteral("/usr/sbin")}).isEmpty())
        QSKIP("OpenSMTPD is not installed");
    QTemporaryDir dir;
    relay::RelaySettings s;
    s.host = QStringLiteral("smtp.relay.test");
    s.user = QStringLiteral("home");
    QString text = relay::opensmtpdRelayConfig(s);
    QString config, secrets;
    bool inSecrets = false;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# /etc/mail/secrets")))
            inSecrets = true;
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        (inSecrets ? secrets : config) += line + QLatin1Char('\n');
    }
    QFile sec(dir.filePath(QStringLiteral("secrets")));
    QVERIFY(sec.open(QIODevice::WriteOnly));
    sec.write(secrets.toUtf8());
    sec.close();
    config.replace(QStringLiteral("/etc/mail/secrets"), sec.fileName());
    QFile conf(dir.filePath(QStringLiteral("smtpd.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(config.toUtf8());
    conf.close();
    QProcess p;
    p.start(QStringLiteral("/usr/sbin/smtpd"), {QStringLiteral("-n"), QStringLiteral("-f"), conf.fileName()});
    QVERIFY(p.waitForFinished(20000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

void TestRelay::pblListingProposesRelay()
{
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        baseArgs(QStringLiteral("home.test")) << QStringLiteral("--ip") << QStringLiteral("198.18.200.66"), &code);
    QCOMPARE(statusOf(report, QStringLiteral("dnsbl")), QStringLiteral("fail"));
    const QJsonObject delivery = report.value(QStringLiteral("delivery")).toObject();
    QCOMPARE(delivery.value(QStringLiteral("path")).toString(), QStringLiteral("relay"));
    QVERIFY(reasonKinds(report).contains(QStringLiteral("residential-listing")));
    QVERIFY(reasonKinds(report).contains(QStringLiteral("generic-ptr")));
    QCOMPARE(code, test::contractExitCode(report));

    // The human report says it in words, with the way to check the relay path.
    QByteArray out;
    QStringList args = baseArgs(QStringLiteral("home.test"));
    args.removeAll(QStringLiteral("--json"));
    test::runMailready(args << QStringLiteral("--ip") << QStringLiteral("198.18.200.66"), &out);
    QVERIFY2(out.contains("Delivery: send through a relay"), out.constData());
    QVERIFY(out.contains("Test PBL"));
}

// The checklist PDF says how mail leaves: through the relay that was judged, or directly with the advisor's reasons.
void TestRelay::pdfSaysHowMailLeaves()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("checklist.pdf"));
    QStringList args = baseArgs(QStringLiteral("home.test"));
    args << QStringLiteral("--ip") << QStringLiteral("198.18.200.66") << QStringLiteral("--pdf") << pdf;
    int code = -1;
    const QJsonObject direct = test::runMailreadyJson(args, &code);
    QString text = test::pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("How mail leaves")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("sending through a relay (smarthost, VPS or mail service) is advised")),
             qPrintable(text));
    const QJsonArray reasons =
        direct.value(QStringLiteral("delivery")).toObject().value(QStringLiteral("reasons")).toArray();
    QVERIFY(!reasons.isEmpty());
    for (const auto& r : reasons)
        QVERIFY2(text.contains(r.toObject().value(QStringLiteral("text")).toString().simplified()), qPrintable(text));

    QFile::remove(pdf);
    test::runMailreadyJson(QStringList(args) << QStringLiteral("--relay") << QStringLiteral("smtp.relay.test:587"),
                           &code);
    text = test::pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("Through the relay smtp.relay.test:587")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(198.18.200.10)")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("is advised")));
}

void TestRelay::relayPathGreen_data()
{
    QTest::addColumn<QStringList>("relayArgs");
    QTest::addColumn<QString>("ips");
    QTest::addColumn<QString>("ehlo");
    QTest::newRow("relay by name: its A record is its sending address")
        << QStringList{QStringLiteral("--relay"), QStringLiteral("smtp.relay.test:587")} << "198.18.200.10"
        << "pass";
    QTest::newRow("relay by name with A and AAAA: both addresses judged")
        << QStringList{QStringLiteral("--relay"), QStringLiteral("dual.relay.test:587")}
        << "198.18.200.12 2001:db8:ee:200::12"
        << "pass";
    QTest::newRow("relay with another outgoing address (--relay-ip)")
        << QStringList{QStringLiteral("--relay"), QStringLiteral("submit.relay.test:587"), QStringLiteral("--relay-ip"),
                       QStringLiteral("198.18.200.11")}
        << "198.18.200.11"
        << "skipped";
}

void TestRelay::relayPathGreen()
{
    QFETCH(QStringList, relayArgs);
    QFETCH(QString, ips);
    QFETCH(QString, ehlo);
    int code = -1;
    const QJsonObject report =
        test::runMailreadyJson(baseArgs(QStringLiteral("home.test"))
                                   << QStringLiteral("--ip") << QStringLiteral("198.18.200.66")
                                   << QStringLiteral("--hostname") << QStringLiteral("mail.home.test") << relayArgs,
                               &code);
    for (const char* id : {"ptr", "fcrdns", "dnsbl", "spf"}) {
        const QJsonObject c = test::checkById(report, QLatin1String(id));
        QVERIFY2(
            c.value(QStringLiteral("status")).toString() == QLatin1String("pass"),
            qPrintable(QStringLiteral("%1: %2 %3")
                           .arg(QLatin1String(id), c.value(QStringLiteral("summary")).toString(), findingsText(c))));
    }
    QCOMPARE(statusOf(report, QStringLiteral("ehlo")), ehlo);
    // The relay's address was judged, the home address was not (no red PBL for a user who relays).
    const QStringList judged = ips.split(QLatin1Char(' '));
    QCOMPARE(report.value(QStringLiteral("ips")).toArray(), QJsonArray::fromStringList(judged));
    QCOMPARE(report.value(QStringLiteral("server_ips")).toArray(), QJsonArray{QStringLiteral("198.18.200.66")});
    for (const char* id : {"ptr", "fcrdns", "dnsbl", "spf"}) {
        QStringList seen;
        for (const auto& i : test::checkById(report, QLatin1String(id)).value(QStringLiteral("items")).toArray())
            seen << i.toObject().value(QStringLiteral("ip")).toString();
        seen.removeDuplicates();
        QCOMPARE(seen, judged);
    }
    QCOMPARE(code, test::contractExitCode(report));
}

void TestRelay::spfForgotRelay_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("fix");
    QTest::newRow("RFC 7208 5.6 relay address added before -all")
        << QStringList{}
        << "Add ip4:198.18.200.10 before -all. The TXT record at forgot.home.test becomes: "
           "v=spf1 mx ip4:198.18.200.66 ip4:198.18.200.10 -all";
    QTest::newRow("RFC 7208 5.2 the relay's include added before -all")
        << QStringList{QStringLiteral("--relay-include"), QStringLiteral("_spf.relay.test")}
        << "Add include:_spf.relay.test before -all. The TXT record at forgot.home.test becomes: "
           "v=spf1 mx ip4:198.18.200.66 include:_spf.relay.test -all";
}

void TestRelay::spfForgotRelay()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, fix);
    int code = -1;
    const QJsonObject report =
        test::runMailreadyJson(baseArgs(QStringLiteral("forgot.home.test"))
                                   << QStringLiteral("--ip") << QStringLiteral("198.18.200.66")
                                   << QStringLiteral("--relay") << QStringLiteral("smtp.relay.test") << extra,
                               &code);
    const QJsonObject spf = test::checkById(report, QStringLiteral("spf"));
    QCOMPARE(spf.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QStringList fixes;
    for (const auto& f : spf.value(QStringLiteral("findings")).toArray())
        fixes << f.toObject().value(QStringLiteral("fix")).toString();
    QVERIFY2(fixes.contains(fix), qPrintable(fixes.join(QLatin1Char('\n'))));
    QCOMPARE(statusOf(report, QStringLiteral("ptr")), QStringLiteral("pass")); // the relay's PTR, not the home one
    QCOMPARE(code, 1);
}

// Services that send with their own envelope sender: receivers check SPF at the service's bounce domain, never at
// the customer's root, so a root record without the service's include is no failure (data-facts.md section 2).
// The relay's address comes from --relay-ip, so no service name is ever looked up; every other answer is the
// fixture's (zones/home.test.zone).
void TestRelay::ownEnvelopeServiceNotRedOnSpf_data()
{
    QTest::addColumn<QString>("relay");
    QTest::addColumn<QString>("service");
    QTest::newRow("Postmark (pm.mtasv.net)") << "smtp.postmarkapp.com:587"
                                             << "Postmark";
    QTest::newRow("Amazon SES default MAIL FROM") << "email-smtp.eu-west-1.amazonaws.com:587"
                                                  << "Amazon SES";
    QTest::newRow("SendGrid Automated Security") << "smtp.sendgrid.net:587"
                                                 << "SendGrid";
    QTest::newRow("SMTP2GO return-path CNAME") << "mail.smtp2go.com:587"
                                               << "SMTP2GO";
    QTest::newRow("Brevo shared addresses") << "smtp-relay.brevo.com:587"
                                            << "Brevo (Sendinblue)";
    QTest::newRow("SparkPost default bounce domain") << "smtp.sparkpostmail.com:587"
                                                     << "SparkPost";
}

void TestRelay::ownEnvelopeServiceNotRedOnSpf()
{
    QFETCH(QString, relay);
    QFETCH(QString, service);
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        baseArgs(QStringLiteral("relayed.home.test"))
            << QStringLiteral("--ip") << QStringLiteral("198.18.200.66") << QStringLiteral("--relay") << relay
            << QStringLiteral("--relay-ip") << QStringLiteral("198.18.200.10") << QStringLiteral("--selector")
            << QStringLiteral("s1"),
        &code);
    const QJsonObject spf = test::checkById(report, QStringLiteral("spf"));
    const QString text = findingsText(spf);
    // Not red, and not green either: SPF does not align, so DMARC rests on DKIM.
    QCOMPARE(spf.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    QVERIFY2(text.contains(QStringLiteral("DMARC for relayed.home.test then passes only through DKIM aligned with "
                                          "the From domain")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SELECTOR._domainkey.relayed.home.test")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("custom Return-Path")), qPrintable(text));
    QVERIFY2(text.contains(service), qPrintable(text));
    // No proposal to add the service's include, nor the relay's address, to the root record.
    QVERIFY2(!text.contains(QStringLiteral("include:")) || text.contains(QStringLiteral("needs no include")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("The TXT record at relayed.home.test becomes")), qPrintable(text));
    QCOMPARE(spf.value(QStringLiteral("spf_aligned")).toBool(), false);
    // DKIM carries the weight: no key at s1 is red, and the finding says why it matters here.
    QCOMPARE(statusOf(report, QStringLiteral("dkim")), QStringLiteral("fail"));
    const QString dkim = findingsText(test::checkById(report, QStringLiteral("dkim")));
    QVERIFY2(dkim.contains(QStringLiteral("passes DMARC only with this key")), qPrintable(dkim));
    QCOMPARE(code, 1);
    QCOMPARE(code, test::contractExitCode(report));
}

// A service that uses the customer's own envelope domain keeps the root include rule.
void TestRelay::customerEnvelopeServiceStillFails()
{
    int code = -1;
    const QJsonObject report =
        test::runMailreadyJson(baseArgs(QStringLiteral("relayed.home.test"))
                                   << QStringLiteral("--ip") << QStringLiteral("198.18.200.66")
                                   << QStringLiteral("--relay") << QStringLiteral("smtp.mailgun.org:587")
                                   << QStringLiteral("--relay-ip") << QStringLiteral("198.18.200.10"),
                               &code);
    const QJsonObject spf = test::checkById(report, QStringLiteral("spf"));
    QCOMPARE(spf.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QStringList fixes;
    for (const auto& f : spf.value(QStringLiteral("findings")).toArray())
        fixes << f.toObject().value(QStringLiteral("fix")).toString();
    QVERIFY2(fixes.contains(QStringLiteral("Add include:mailgun.org before -all. The TXT record at relayed.home.test "
                                           "becomes: v=spf1 ip4:198.18.200.66 include:mailgun.org -all")),
             qPrintable(fixes.join(QLatin1Char('\n'))));
    QCOMPARE(code, 1);
}

// The custom Return-Path, looked up: a CNAME to the service (or the subdomain's own SPF record with the service's
// include) aligns SPF; one that points elsewhere fails; a DKIM key CNAME-delegated to the service passes.
void TestRelay::returnPath_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("spf");
    QTest::addColumn<QString>("needle");
    QTest::newRow("Postmark pm-bounces CNAME to pm.mtasv.net")
        << "signed.home.test" << QStringList{QStringLiteral("--relay"), QStringLiteral("smtp.postmarkapp.com")}
        << "pass"
        << "Return-Path pm-bounces.signed.home.test (CNAME to pm.mtasv.net)";
    QTest::newRow("Postmark pm-bounces CNAME elsewhere")
        << "wrong.home.test" << QStringList{QStringLiteral("--relay"), QStringLiteral("smtp.postmarkapp.com")} << "fail"
        << "Publish pm-bounces.wrong.home.test CNAME pm.mtasv.net.";
    QTest::newRow("Amazon SES custom MAIL FROM with its own SPF record")
        << "signed.home.test"
        << QStringList{QStringLiteral("--relay"), QStringLiteral("email-smtp.eu-west-1.amazonaws.com"),
                       QStringLiteral("--return-path"), QStringLiteral("mailfrom.signed.home.test")}
        << "pass"
        << "whose own SPF record includes amazonses.com";
    QTest::newRow("Amazon SES --return-path that is not set up")
        << "relayed.home.test"
        << QStringList{QStringLiteral("--relay"), QStringLiteral("email-smtp.eu-west-1.amazonaws.com"),
                       QStringLiteral("--return-path"), QStringLiteral("bounce.relayed.home.test")}
        << "fail"
        << "has neither a CNAME to Amazon SES nor an SPF record";
    QTest::newRow("Amazon SES --return-path whose SPF only looks like the include")
        << "signed.home.test"
        << QStringList{QStringLiteral("--relay"), QStringLiteral("email-smtp.eu-west-1.amazonaws.com"),
                       QStringLiteral("--return-path"), QStringLiteral("lookalike.signed.home.test")}
        << "fail"
        << "has an SPF record that does not include Amazon SES";
}

void TestRelay::returnPath()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, extra);
    QFETCH(QString, spf);
    QFETCH(QString, needle);
    int code = -1;
    const QJsonObject report =
        test::runMailreadyJson(baseArgs(domain) << QStringLiteral("--ip") << QStringLiteral("198.18.200.66")
                                                << QStringLiteral("--relay-ip") << QStringLiteral("198.18.200.10")
                                                << QStringLiteral("--selector") << QStringLiteral("s1") << extra,
                               &code);
    const QJsonObject check = test::checkById(report, QStringLiteral("spf"));
    QVERIFY2(check.value(QStringLiteral("status")).toString() == spf,
             qPrintable(check.value(QStringLiteral("summary")).toString() + QLatin1Char('\n') + findingsText(check)));
    QVERIFY2(findingsText(check).contains(needle), qPrintable(findingsText(check)));
    QCOMPARE(check.value(QStringLiteral("spf_aligned")).toBool(), spf == QLatin1String("pass"));
    if (domain == QLatin1String("signed.home.test"))
        QCOMPARE(statusOf(report, QStringLiteral("dkim")), QStringLiteral("pass")); // the CNAME-delegated key
    QCOMPARE(code, test::contractExitCode(report));
}

void TestRelay::relayNotResolvable_data()
{
    QTest::addColumn<QString>("relay");
    QTest::addColumn<QString>("needle");
    QTest::newRow("RFC 1035 REFUSED: outside every zone the server has") << "smtp.nowhere.invalid"
                                                                         << "could not be looked up";
    QTest::newRow("RFC 2308 NXDOMAIN: the relay name does not exist") << "missing.relay.test"
                                                                      << "has no address";
}

void TestRelay::relayNotResolvable()
{
    QFETCH(QString, relay);
    QFETCH(QString, needle);
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(baseArgs(QStringLiteral("home.test"))
                                                          << QStringLiteral("--ip") << QStringLiteral("198.18.200.66")
                                                          << QStringLiteral("--relay") << relay,
                                                      &code);
    for (const char* id : {"ptr", "fcrdns", "dnsbl", "spf"}) {
        const QJsonObject c = test::checkById(report, QLatin1String(id));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QVERIFY2(findingsText(c).contains(needle), qPrintable(findingsText(c)));
    }
    QCOMPARE(code, test::contractExitCode(report));
    QVERIFY(code == 1 || code == 2);
}

void TestRelay::addressChangeNamesStaleRecords()
{
    const QStringList base = baseArgs(QStringLiteral("changed.home.test"))
                             << QStringLiteral("--hostname") << QStringLiteral("mail.changed.home.test");
    int code = -1;
    QJsonObject report = test::runMailreadyJson(
        QStringList(base) << QStringLiteral("--ip") << QStringLiteral("198.18.200.66") << QStringLiteral("--forget"),
        &code);
    QCOMPARE(statusOf(report, QStringLiteral("address-change")), QStringLiteral("skipped"));
    report = test::runMailreadyJson(QStringList(base) << QStringLiteral("--ip") << QStringLiteral("198.18.200.66")
                                                      << QStringLiteral("--remember"),
                                    &code);
    QCOMPARE(statusOf(report, QStringLiteral("address-change")), QStringLiteral("skipped"));

    // Same address: nothing stale.
    report =
        test::runMailreadyJson(QStringList(base) << QStringLiteral("--ip") << QStringLiteral("198.18.200.66"), &code);
    QCOMPARE(statusOf(report, QStringLiteral("address-change")), QStringLiteral("pass"));

    // The line got a new address: SPF's ip4:, the mail host's A record and the ISP's PTR are stale.
    report =
        test::runMailreadyJson(QStringList(base) << QStringLiteral("--ip") << QStringLiteral("198.18.200.67"), &code);
    const QJsonObject change = test::checkById(report, QStringLiteral("address-change"));
    QCOMPARE(change.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(change.value(QStringLiteral("stale")).toArray(),
             (QJsonArray{QStringLiteral("spf"), QStringLiteral("address"), QStringLiteral("ptr")}));
    const QString text = findingsText(change);
    QVERIFY2(text.contains(QStringLiteral("The TXT record at changed.home.test becomes: v=spf1 mx ip4:198.18.200.67 "
                                          "-all")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Change it to: mail.changed.home.test. IN A 198.18.200.67")));
    QVERIFY(text.contains(QStringLiteral("Ask your ISP to set the PTR of 198.18.200.67 to mail.changed.home.test")));
    QVERIFY(reasonKinds(report).contains(QStringLiteral("address-changed")));
    QCOMPARE(code, test::contractExitCode(report));

    // Through a relay the home address is no sender: the old ip4: goes, nothing replaces it, and the PTR at the
    // ISP no longer matters.
    report = test::runMailreadyJson(QStringList(base) << QStringLiteral("--ip") << QStringLiteral("198.18.200.67")
                                                      << QStringLiteral("--relay") << QStringLiteral("smtp.relay.test"),
                                    &code);
    const QJsonObject relayed = test::checkById(report, QStringLiteral("address-change"));
    QCOMPARE(relayed.value(QStringLiteral("stale")).toArray(),
             (QJsonArray{QStringLiteral("spf"), QStringLiteral("address")}));
    QVERIFY2(findingsText(relayed).contains(
                 QStringLiteral("Remove ip4:198.18.200.66 from the TXT record at changed.home.test")),
             qPrintable(findingsText(relayed)));

    // Forgetting clears it again.
    report = test::runMailreadyJson(QStringList(base) << QStringLiteral("--ip") << QStringLiteral("198.18.200.67")
                                                      << QStringLiteral("--forget"),
                                    &code);
    QCOMPARE(statusOf(report, QStringLiteral("address-change")), QStringLiteral("skipped"));
}

void TestRelay::port25BlockedProposesRelay()
{
    // A closed loopback port for port 25 while the control port answers: what an ISP's block looks like.
    const QStringList args = baseArgs(QStringLiteral("home.test"))
                             << QStringLiteral("--ip") << QStringLiteral("198.18.200.66")
                             << QStringLiteral("--probe-timeout") << QStringLiteral("1500")
                             << QStringLiteral("--port25-target") << test::smtpServer("CLOSED_PORT")
                             << QStringLiteral("--port25-control") << test::smtpServer("STUB_SILENT_PORT");
    int code = -1;
    QJsonObject report = test::runMailreadyJson(args, &code);
    QCOMPARE(statusOf(report, QStringLiteral("port25")), QStringLiteral("fail"));
    QVERIFY(reasonKinds(report).contains(QStringLiteral("port25-blocked")));
    QCOMPARE(report.value(QStringLiteral("delivery")).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("relay"));
    // Through a relay, the block is expected: amber, and the relay path itself is green.
    report = test::runMailreadyJson(
        QStringList(args) << QStringLiteral("--relay") << QStringLiteral("smtp.relay.test:587"), &code);
    QCOMPARE(statusOf(report, QStringLiteral("port25")), QStringLiteral("warn"));
    QCOMPARE(statusOf(report, QStringLiteral("dnsbl")), QStringLiteral("pass"));
    QCOMPARE(statusOf(report, QStringLiteral("spf")), QStringLiteral("pass"));
}

void TestRelay::usageErrors()
{
    QByteArray out, err;
    QCOMPARE(test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("home.test"),
                                 QStringLiteral("--relay-ip"), QStringLiteral("198.18.200.11")},
                                &out, &err),
             64);
    QVERIFY(err.contains("--relay-ip needs --relay"));
    QCOMPARE(test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("home.test"),
                                 QStringLiteral("--relay"), QStringLiteral("smtp.relay.test"),
                                 QStringLiteral("--relay-ip"), QStringLiteral("198.18.200.300")},
                                &out, &err),
             64);
    QCOMPARE(test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("home.test"),
                                 QStringLiteral("--remember"), QStringLiteral("--forget")},
                                &out, &err),
             64);
}

QTEST_MAIN(TestRelay)
#include "tst_relay.moc"
