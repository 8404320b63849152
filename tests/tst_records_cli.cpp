// `mailready records` end to end: zone-file form, web-panel form, JSON, usage errors, the private key never shown,
// and --existing-spf reading the published record from the fixture's NSD.
#include "CliAssertions.h"
#include "MailAuthTestData.h"
#include "TestDns.h"

#include "dns/LdnsResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace mailready;

// Lists of ASCII literals for test rows (QString has no implicit conversion from const char* here).
static QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

class TestRecordsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zoneForm();
    void panelForm();
    void json();
    void spfAndDmarcChoices();
    void privateKeyIsNeverPrinted_data();
    void privateKeyIsNeverPrinted();
    void usageErrors_data();
    void usageErrors();
    void nonPublicAddressIsWarned_data();
    void nonPublicAddressIsWarned();
    void nonPublicAddressInJson();
    void existingSpf_data();
    void existingSpf();
    void existingSpfUnreadableIsUnknown();
    void publishedRecordsPassTheChecks();
};

static QString keyFile(const QString& name)
{
    return test::sourcePath(QStringLiteral("tests/dkim/") + name);
}

static QStringList baseArgs()
{
    return {QStringLiteral("records"),
            QStringLiteral("--domain"),
            QStringLiteral("dkim.test"),
            QStringLiteral("--hostname"),
            QStringLiteral("mail.dkim.test"),
            QStringLiteral("--ip"),
            QStringLiteral("203.0.113.80"),
            QStringLiteral("--ip"),
            QStringLiteral("2001:db8::80"),
            QStringLiteral("--selector"),
            QStringLiteral("good"),
            QStringLiteral("--dkim-key"),
            keyFile(QStringLiteral("good.private.pem"))};
}

void TestRecordsCli::zoneForm()
{
    QByteArray out, err;
    QCOMPARE(test::runMailready(baseArgs(), &out, &err), 0);
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The DKIM line is the one `mailready dkim keygen` wrote for this key (tests/dkim/good.txt, published in
    // tests/dns/zones/dkim.test.zone): the same key gives the same record.
    const QString dkimLine = QString::fromUtf8(test::readAll(keyFile(QStringLiteral("good.txt")))).trimmed();
    for (const QString& expected :
         {QStringLiteral("mail.dkim.test. IN A 203.0.113.80"), QStringLiteral("mail.dkim.test. IN AAAA 2001:db8::80"),
          QStringLiteral("dkim.test. IN TXT \"v=spf1 ip4:203.0.113.80 ip6:2001:db8::80 -all\""),
          QStringLiteral("mail.dkim.test. IN TXT \"v=spf1 a -all\""), dkimLine,
          QStringLiteral("_dmarc.dkim.test. IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc-reports@dkim.test\"")})
        QVERIFY2(lines.contains(expected),
                 qPrintable(expected + QStringLiteral("\nnot in:\n") + QString::fromUtf8(out)));
    // Everything else is a comment, so the output loads as a zone file.
    for (const QString& line : lines)
        QVERIFY2(line.startsWith(QLatin1Char(';')) || line.section(QLatin1Char(' '), 1, 1) == QLatin1String("IN"),
                 qPrintable(line));
}

void TestRecordsCli::panelForm()
{
    QByteArray out, err;
    QCOMPARE(test::runMailready(baseArgs() << QStringLiteral("--form") << QStringLiteral("panel"), &out, &err), 0);
    const QString text = QString::fromUtf8(out);
    const auto zone = test::zoneTxt(test::readAll(keyFile(QStringLiteral("good.txt"))));
    const QString dkimValue = QString::fromUtf8(zone.value(QStringLiteral("good._domainkey.dkim.test.")).first());
    QVERIFY(dkimValue.size() > 255);
    // A web panel takes the value as one unquoted string, however long.
    QVERIFY2(text.contains(QStringLiteral("  Name:  good._domainkey.dkim.test.\n  Type:  TXT\n  Value: ") + dkimValue +
                           QLatin1Char('\n')),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("  Name:  mail.dkim.test.\n  Type:  AAAA\n  Value: 2001:db8::80\n")));
    QVERIFY(!text.contains(QLatin1String(" IN TXT ")));
}

void TestRecordsCli::json()
{
    int code = -1;
    const QJsonObject o = test::runMailreadyJson(
        baseArgs() << QStringLiteral("--dmarc") << QStringLiteral("reject") << QStringLiteral("--rua")
                   << QStringLiteral("mailto:reports@dkim.test") << QStringLiteral("--include")
                   << QStringLiteral("_spf.relay.spf.test") << QStringLiteral("--mx") << QStringLiteral("--all")
                   << QStringLiteral("softfail") << QStringLiteral("--json"),
        &code);
    QCOMPARE(code, 0);
    QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.records/1"));
    QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("dkim.test"));
    QHash<QString, QString> values;
    QStringList types;
    for (const QJsonValue& v : o.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        for (const char* key : {"purpose", "name", "type", "value", "zone_line"})
            QVERIFY2(!r.value(QLatin1String(key)).toString().isEmpty(), key);
        types << r.value(QStringLiteral("type")).toString();
        values.insert(r.value(QStringLiteral("name")).toString() + QLatin1Char(' ') + types.last(),
                      r.value(QStringLiteral("value")).toString());
    }
    QCOMPARE(types, (strings({"A", "AAAA", "TXT", "TXT", "TXT", "TXT"})));
    QCOMPARE(values.value(QStringLiteral("dkim.test. TXT")),
             QStringLiteral("v=spf1 mx ip4:203.0.113.80 ip6:2001:db8::80 include:_spf.relay.spf.test ~all"));
    QCOMPARE(values.value(QStringLiteral("_dmarc.dkim.test. TXT")),
             QStringLiteral("v=DMARC1; p=reject; np=reject; rua=mailto:reports@dkim.test"));
    QVERIFY(values.value(QStringLiteral("good._domainkey.dkim.test. TXT"))
                .startsWith(QStringLiteral("v=DKIM1; k=rsa; p=")));
    QVERIFY(!o.value(QStringLiteral("notes")).toArray().isEmpty());
}

void TestRecordsCli::spfAndDmarcChoices()
{
    // --a (RFC 7208 5.3), --sp and --strict-alignment (RFC 9989 4.7 adkim/aspf/sp) reach the records.
    int code = -1;
    const QJsonObject o = test::runMailreadyJson(
        strings({"records", "--domain", "example.test", "--hostname", "mail.example.test", "--ip", "192.0.2.10", "--a",
                 "--sp", "quarantine", "--strict-alignment", "--json"}),
        &code);
    QCOMPARE(code, 0);
    QStringList values;
    for (const QJsonValue& v : o.value(QStringLiteral("records")).toArray())
        values << v.toObject().value(QStringLiteral("value")).toString();
    QVERIFY2(values.contains(QStringLiteral("v=spf1 a ip4:192.0.2.10 -all")), qPrintable(values.join(u'|')));
    QVERIFY2(values.contains(QStringLiteral(
                 "v=DMARC1; p=none; sp=quarantine; rua=mailto:dmarc-reports@example.test; adkim=s; aspf=s")),
             qPrintable(values.join(u'|')));
}

void TestRecordsCli::privateKeyIsNeverPrinted_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("RSA 2048 zone form") << "good.private.pem" << QStringList{};
    QTest::newRow("RSA 2048 panel form") << "good.private.pem" << strings({"--form", "panel"});
    QTest::newRow("RSA 2048 JSON") << "good.private.pem" << strings({"--json"});
    QTest::newRow("RFC 8463 Ed25519 JSON") << "ed.private.pem" << strings({"--json"});
}

void TestRecordsCli::privateKeyIsNeverPrinted()
{
    QFETCH(QString, key);
    QFETCH(QStringList, extra);
    QStringList args = baseArgs();
    args.replace(args.indexOf(keyFile(QStringLiteral("good.private.pem"))), keyFile(key));
    QByteArray out, err;
    QCOMPARE(test::runMailready(args + extra, &out, &err), 0);
    const QByteArray pem = test::readAll(keyFile(key));
    QByteArray body;
    for (const QByteArray& line : pem.split('\n'))
        if (!line.startsWith("-----"))
            body += line.trimmed();
    QVERIFY(body.size() > 40);
    // No piece of the private key's base64 (any 16 characters of it) shows in either stream.
    const QByteArray both = out + err;
    for (qsizetype i = 0; i + 16 <= body.size(); i += 8)
        QVERIFY2(!both.contains(body.mid(i, 16)), body.mid(i, 16).constData());
    QVERIFY(!both.contains("PRIVATE KEY"));
    QVERIFY(out.contains("v=DKIM1"));
}

void TestRecordsCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList ok =
        strings({"records", "--domain", "example.test", "--hostname", "mail.example.test", "--ip", "192.0.2.10"});
    QTest::newRow("missing --domain") << strings({"records", "--hostname", "mail.example.test", "--ip", "192.0.2.10"})
                                      << "--domain is required";
    QTest::newRow("missing --hostname") << strings({"records", "--domain", "example.test", "--ip", "192.0.2.10"})
                                        << "--hostname is required";
    QTest::newRow("missing --ip") << strings({"records", "--domain", "example.test", "--hostname", "mail.example.test"})
                                  << "--ip is required";
    QTest::newRow("bad address") << ok + strings({"--ip", "192.0.2.300"}) << "'192.0.2.300' is not an IPv4 address";
    // The example: published as A 203.0.113.8 and ip4:203.0.113.8 before.
    QTest::newRow("octal-looking address")
        << ok + strings({"--ip", "203.000.113.010"})
        << "--ip: '203.000.113.010' has a leading zero in an octet, which some programs read as octal: write "
           "203.0.113.10 or 203.0.113.8.";
    QTest::newRow("hex address") << ok + strings({"--ip", "0xcb.0.113.10"}) << "is not an IP address";
    QTest::newRow("bad all") << ok + strings({"--all", "pass"}) << "--all: 'pass'";
    QTest::newRow("bad dmarc") << ok + strings({"--dmarc", "block"}) << "--dmarc: 'block'";
    QTest::newRow("bad sp") << ok + strings({"--sp", "drop"}) << "--sp: 'drop'";
    QTest::newRow("bad form") << ok + strings({"--form", "bind"}) << "--form: 'bind'";
    QTest::newRow("bad rua") << ok + strings({"--rua", "mailto:nobody"}) << "--rua";
    QTest::newRow("RFC 7208 7.1 bad include") << ok + strings({"--include", "relay"}) << "--include";
    QTest::newRow("selector without key") << ok + strings({"--selector", "s1"}) << "--dkim-key";
    QTest::newRow("key without selector")
        << ok + strings({"--dkim-key"}) + QStringList{keyFile(QStringLiteral("good.private.pem"))} << "--selector";
    QTest::newRow("unreadable key") << ok + strings({"--selector", "s1", "--dkim-key", "/nonexistent/key.pem"})
                                    << "--dkim-key";
    QTest::newRow("public key is not a private key")
        << ok + strings({"--selector", "s1", "--dkim-key"}) + QStringList{keyFile(QStringLiteral("good.txt"))}
        << "--dkim-key";
    QTest::newRow("bad selector") << ok + strings({"--selector", "a b", "--dkim-key"}) +
                                         QStringList{keyFile(QStringLiteral("good.private.pem"))}
                                  << "--selector";
    QTest::newRow("unknown option") << ok + strings({"--spf-all"}) << "Unknown option";
}

void TestRecordsCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    test::verifyUsageError(arguments, message);
}

void TestRecordsCli::nonPublicAddressIsWarned_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("warning"); // empty: none
    // The addresses: check's PTR card fails them, records published them without a word.
    QTest::newRow("RFC 1918 10/8") << "10.0.0.5"
                                   << "mailready: warning: 10.0.0.5 is a private address (RFC 1918 / unique local), "
                                      "used only inside a home or office network, so it cannot be the address your "
                                      "mail leaves from as receivers see it.";
    QTest::newRow("RFC 1918 192.168/16") << "192.168.1.20"
                                         << "192.168.1.20 is a private address";
    QTest::newRow("RFC 6598 CGNAT") << "100.64.1.2"
                                    << "100.64.1.2 is an address of your ISP's carrier-grade NAT";
    QTest::newRow("loopback") << "127.0.0.1"
                              << "127.0.0.1 is a loopback address";
    QTest::newRow("RFC 4193 unique local") << "fd00::25"
                                           << "fd00::25 is a private address";
    // The demo domains and the examples use these ranges; check only notes them, and so does nothing here.
    QTest::newRow("RFC 2544 benchmarking (the demo domains)") << "198.19.66.66" << QString();
    QTest::newRow("RFC 5737 documentation") << "203.0.113.80" << QString();
    QTest::newRow("public") << "8.8.8.8" << QString();
}

void TestRecordsCli::nonPublicAddressIsWarned()
{
    QFETCH(QString, ip);
    QFETCH(QString, warning);
    QByteArray out, err;
    const QStringList args{QStringLiteral("records"),
                           QStringLiteral("--domain"),
                           QStringLiteral("example.test"),
                           QStringLiteral("--hostname"),
                           QStringLiteral("mail.example.test"),
                           QStringLiteral("--ip"),
                           ip};
    QCOMPARE(test::runMailready(args, &out, &err), 0);
    // The records are still what was asked for; the warning is beside them, on stderr, in check's words and fix.
    QVERIFY2(out.contains(QStringLiteral("mail.example.test. IN ").toUtf8() +
                          (ip.contains(QLatin1Char(':')) ? "AAAA " : "A ") + ip.toUtf8()),
             out.constData());
    QVERIFY2(!out.contains("warning"), out.constData());
    if (warning.isEmpty()) {
        QVERIFY2(err.isEmpty(), err.constData());
        return;
    }
    const QString text = QString::fromUtf8(err);
    QVERIFY2(text.contains(warning), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Use the server's public address")), qPrintable(text));
    QCOMPARE(text.count(QLatin1Char('\n')), 1);
}

void TestRecordsCli::nonPublicAddressInJson()
{
    int code = -1;
    const QJsonObject o =
        test::runMailreadyJson(strings({"records", "--domain", "example.test", "--hostname", "mail.example.test",
                                        "--ip", "192.168.1.20", "--ip", "198.19.66.66", "--json"}),
                               &code);
    QCOMPARE(code, 0);
    const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    const QJsonObject w = warnings.first().toObject();
    QCOMPARE(w.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(w.value(QStringLiteral("ip")).toString(), QStringLiteral("192.168.1.20"));
    QVERIFY(
        w.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("192.168.1.20 is a private address")));
    QVERIFY(w.value(QStringLiteral("fix")).toString().startsWith(QStringLiteral("Use the server's public address")));
}

void TestRecordsCli::existingSpf_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("purposeHas");
    QTest::newRow("RFC 7208 5.1 lacks the address: added before -all")
        << "lacks.records.test"
        << "203.0.113.80"
        << "v=spf1 mx ip4:203.0.113.81 ip4:203.0.113.80 -all"
        << "changed";
    QTest::newRow("RFC 7208 5.6 already authorized: unchanged") << "ok.records.test"
                                                                << "203.0.113.80"
                                                                << "v=spf1 ip4:203.0.113.80 -all"
                                                                << "no change";
    QTest::newRow("RFC 7208 5.4 authorized through mx: unchanged") << "lacks.records.test"
                                                                   << "203.0.113.81"
                                                                   << "v=spf1 mx ip4:203.0.113.81 -all"
                                                                   << "no change";
    QTest::newRow("RFC 7208 4.5 no SPF record: a new one") << "nospf.records.test"
                                                           << "203.0.113.80"
                                                           << "v=spf1 ip4:203.0.113.80 -all"
                                                           << "SPF for nospf.records.test";
    QTest::newRow("RFC 7208 3.2 two records: merged, then the address added")
        << "multi.spf.test"
        << "198.51.100.11"
        << "v=spf1 ip4:198.51.100.10 mx ip4:198.51.100.11 -all"
        << "replaces the 2";
    QTest::newRow("RFC 7208 6.1 redirect stays in effect") << "redirect.spf.test"
                                                           << "198.51.100.11"
                                                           << "v=spf1 ip4:198.51.100.11 redirect=basic.spf.test"
                                                           << "changed";
}

void TestRecordsCli::existingSpf()
{
    QFETCH(QString, domain);
    QFETCH(QString, ip);
    QFETCH(QString, expected);
    QFETCH(QString, purposeHas);
    int code = -1;
    const QJsonObject o = test::runMailreadyJson(
        {QStringLiteral("records"), QStringLiteral("--domain"), domain, QStringLiteral("--hostname"),
         QStringLiteral("mail.") + domain, QStringLiteral("--ip"), ip, QStringLiteral("--existing-spf"),
         QStringLiteral("--nameserver"), test::nsdServer(), QStringLiteral("--json")},
        &code);
    QCOMPARE(code, 0);
    bool found = false;
    for (const QJsonValue& v : o.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("name")).toString() != domain + QLatin1Char('.'))
            continue;
        if (r.value(QStringLiteral("type")).toString() != QLatin1String("TXT"))
            continue;
        found = true;
        QCOMPARE(r.value(QStringLiteral("value")).toString(), expected);
        QVERIFY2(r.value(QStringLiteral("purpose")).toString().contains(purposeHas),
                 qPrintable(r.value(QStringLiteral("purpose")).toString()));
    }
    QVERIFY(found);
}

void TestRecordsCli::existingSpfUnreadableIsUnknown()
{
    // A SERVFAIL is not "no record": proposing a new record over one that could not be read would replace it.
    QByteArray out, err;
    const int code =
        test::runMailready({QStringLiteral("records"), QStringLiteral("--domain"), QStringLiteral("lacks.records.test"),
                            QStringLiteral("--hostname"), QStringLiteral("mail.lacks.records.test"),
                            QStringLiteral("--ip"), QStringLiteral("203.0.113.80"), QStringLiteral("--existing-spf"),
                            QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(test::servfailPort())},
                           &out, &err);
    QCOMPARE(code, 2);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains("could not read the SPF record"), err.constData());
}

void TestRecordsCli::publishedRecordsPassTheChecks()
{
    // The whole round trip: what `records` prints, loaded as a zone into a real NSD, is what `check` wants to see.
    QByteArray out, err;
    QStringList args = baseArgs();
    args.replace(args.indexOf(QStringLiteral("dkim.test")), QStringLiteral("pub.test"));
    args.replace(args.indexOf(QStringLiteral("mail.dkim.test")), QStringLiteral("mail.pub.test"));
    QCOMPARE(test::runMailready(args + strings({"--dmarc", "reject"}), &out, &err), 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile zone(dir.filePath(QStringLiteral("pub.test.zone")));
    QVERIFY(zone.open(QIODevice::WriteOnly));
    zone.write("$TTL 300\n@ IN SOA ns1.pub.test. hostmaster.pub.test. ( 1 3600 600 86400 60 )\n"
               "@ IN NS ns1.pub.test.\nns1 IN A 127.0.0.1\n"
               // `records` does not compose the MX (where mail comes in is often elsewhere); the DMARC check wants
               // one so that reports to dmarc-reports@pub.test can be delivered.
               "@ IN MX 10 mail.pub.test.\n");
    zone.write(out);
    zone.close();
    QProcess check;
    check.start(QStringLiteral("/usr/sbin/nsd-checkzone"), {QStringLiteral("pub.test"), zone.fileName()});
    QVERIFY(check.waitForFinished(20000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());

    // A port for NSD: bound and released (another process taking it in between makes NSD fail to start, loudly).
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 port = probe.localPort();
    probe.close();
    const QString conf = QStringLiteral("server:\n  ip-address: 127.0.0.1@%1\n  port: %1\n  username: \"\"\n"
                                        "  chroot: \"\"\n  zonesdir: \"%2\"\n  pidfile: \"%2/nsd.pid\"\n"
                                        "  database: \"\"\n  zonelistfile: \"%2/zone.list\"\n"
                                        "  xfrdfile: \"%2/xfrd.state\"\n  xfrdir: \"%2\"\n  logfile: \"%2/nsd.log\"\n"
                                        "  server-count: 1\n  verbosity: 1\nremote-control:\n  control-enable: no\n"
                                        "zone:\n  name: \"pub.test\"\n  zonefile: \"%3\"\n")
                             .arg(port)
                             .arg(dir.path(), zone.fileName());
    QFile confFile(dir.filePath(QStringLiteral("nsd.conf")));
    QVERIFY(confFile.open(QIODevice::WriteOnly));
    confFile.write(conf.toUtf8());
    confFile.close();
    QProcess nsd;
    nsd.setProcessChannelMode(QProcess::MergedChannels);
    nsd.start(QStringLiteral("/usr/sbin/nsd"), {QStringLiteral("-d"), QStringLiteral("-c"), confFile.fileName()});
    QVERIFY(nsd.waitForStarted(10000));
    const auto stopNsd = qScopeGuard([&nsd] {
        nsd.terminate();
        if (!nsd.waitForFinished(5000))
            nsd.kill();
    });
    dns::LdnsResolver resolver(test::configFor(port, 300));
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        up = resolver.query(QStringLiteral("pub.test."), dns::RRType::SOA).outcome == dns::Outcome::NoError;
        if (!up)
            QTest::qWait(100);
    }
    QVERIFY2(up, nsd.readAll().constData());

    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        {QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("pub.test"), QStringLiteral("--hostname"),
         QStringLiteral("mail.pub.test"), QStringLiteral("--ip"), QStringLiteral("203.0.113.80"),
         QStringLiteral("--ip"), QStringLiteral("2001:db8::80"), QStringLiteral("--selector"), QStringLiteral("good"),
         QStringLiteral("--dkim-key"), keyFile(QStringLiteral("good.private.pem")), QStringLiteral("--dnsbl"),
         QStringLiteral("pub.test"), QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(port),
         QStringLiteral("--json")},
        &code);
    QHash<QString, QString> status;
    QHash<QString, QByteArray> findings;
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject o = c.toObject();
        status.insert(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("status")).toString());
        findings.insert(o.value(QStringLiteral("id")).toString(),
                        QJsonDocument(o.value(QStringLiteral("findings")).toArray()).toJson(QJsonDocument::Compact));
    }
    for (const char* id : {"spf", "dkim", "dmarc"})
        QVERIFY2(status.value(QLatin1String(id)) == QLatin1String("pass"),
                 qPrintable(QStringLiteral("%1: %2 %3")
                                .arg(QLatin1String(id), status.value(QLatin1String(id)),
                                     QString::fromUtf8(findings.value(QLatin1String(id))))));
}

QTEST_GUILESS_MAIN(TestRecordsCli)
#include "tst_records_cli.moc"
