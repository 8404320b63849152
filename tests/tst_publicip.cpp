// public-ip end to end: the built binary against real HTTP echo servers on loopback (tests/net/echo_http.py, started
// here) and DNS echo names served by the fixture's NSD. Nothing leaves 127.0.0.1.
#include "TestDns.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace mailready;

class TestPublicIp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void discovery_data();
    void discovery();
    void givenAddressesSkipDiscovery_data();
    void givenAddressesSkipDiscovery();
    void badEchoArguments();

private:
    QString startEcho(const QStringList& args);
    std::vector<std::unique_ptr<QProcess>> m_servers;
    QTemporaryDir m_dir;           // the HTTPS endpoint's self-signed certificate and key, made at test time
    QHash<QString, QString> m_url; // good1, good2, odd, garbage, silent -> URL
};

QString TestPublicIp::startEcho(const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    p->setProgram(QStringLiteral("/usr/bin/python3"));
    p->setArguments(QStringList{qEnvironmentVariable("MAILREADY_ECHO_SCRIPT")} + args);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start();
    if (!p->waitForStarted(5000))
        return {};
    QByteArray line;
    for (int i = 0; i < 50 && !p->canReadLine(); ++i)
        p->waitForReadyRead(100);
    line = p->readLine().trimmed();
    m_servers.push_back(std::move(p));
    return line.isEmpty() ? QString() : QStringLiteral("http://127.0.0.1:%1/").arg(QString::fromLatin1(line));
}

void TestPublicIp::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("MAILREADY_ECHO_SCRIPT"), "run through ctest");
    m_url[QStringLiteral("good1")] = startEcho(
        {QStringLiteral("--mode"), QStringLiteral("good"), QStringLiteral("--answer"), QStringLiteral("198.18.0.10")});
    m_url[QStringLiteral("good2")] = startEcho(
        {QStringLiteral("--mode"), QStringLiteral("good"), QStringLiteral("--answer"), QStringLiteral("198.18.0.10")});
    m_url[QStringLiteral("odd")] = startEcho(
        {QStringLiteral("--mode"), QStringLiteral("good"), QStringLiteral("--answer"), QStringLiteral("198.18.0.66")});
    m_url[QStringLiteral("garbage")] = startEcho({QStringLiteral("--mode"), QStringLiteral("garbage")});
    m_url[QStringLiteral("silent")] = startEcho({QStringLiteral("--mode"), QStringLiteral("silent")});
    QVERIFY(m_dir.isValid());
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=echo.rdns.test"),
                                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert}),
             0);
    m_url[QStringLiteral("https-untrusted")] =
        startEcho({QStringLiteral("--mode"), QStringLiteral("good"), QStringLiteral("--answer"),
                   QStringLiteral("198.18.0.66"), QStringLiteral("--cert"), cert, QStringLiteral("--key"), key})
            .replace(QStringLiteral("http:"), QStringLiteral("https:"));
    for (auto it = m_url.cbegin(); it != m_url.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(QStringLiteral("echo server %1 did not start").arg(it.key())));
    m_url[QStringLiteral("closed")] = QStringLiteral("http://127.0.0.1:%1/").arg(test::closedPort());
}

void TestPublicIp::cleanupTestCase()
{
    for (auto& p : m_servers) {
        p->kill(); // by its PID, through QProcess
        p->waitForFinished(3000);
    }
    m_servers.clear();
}

static QString findingsText(const QJsonObject& check)
{
    QString text = check.value(QStringLiteral("summary")).toString() + QLatin1Char('\n');
    for (const auto& f : check.value(QStringLiteral("findings")).toArray())
        text += f.toObject().value(QStringLiteral("message")).toString() + QLatin1Char('\n') +
                f.toObject().value(QStringLiteral("fix")).toString() + QLatin1Char('\n');
    return text;
}

void TestPublicIp::discovery_data()
{
    QTest::addColumn<QStringList>("http");    // keys of m_url
    QTest::addColumn<QStringList>("dns");     // TYPE:NAME, asked at NSD; "servfail:TYPE:NAME" at the SERVFAIL stub
    QTest::addColumn<QString>("status");      // of public-ip
    QTest::addColumn<QStringList>("ips");     // the report's sending addresses
    QTest::addColumn<QStringList>("needles"); // in public-ip's summary/findings

    auto L = [](const char* s) { return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("two agree, one disagrees, one garbage, one silent")
        << L("good1 good2 odd garbage silent") << QStringList() << "warn" << L("198.18.0.10")
        << L("odd-url 198.18.0.66 not_an_address");
    QTest::newRow("HTTP and DNS sources agree, IPv4 and IPv6 apart")
        << L("good1 good2") << L("A:myip.echo.rdns.test TXT:txt.echo.rdns.test AAAA:myip.echo.rdns.test") << "pass"
        << L("198.18.0.10 2001:db8:ee::10") << L("behind_NAT");
    QTest::newRow("a DNS source is the odd one out") << L("good1 good2") << L("A:other.echo.rdns.test") << "warn"
                                                     << L("198.18.0.10") << L("A:other.echo.rdns.test 198.18.0.77");
    QTest::newRow("RFC 1035 DNS source SERVFAIL, HTTP source answers")
        << L("good1") << L("servfail:A:myip.echo.rdns.test") << "pass" << L("198.18.0.10") << L("SERVFAIL");
    QTest::newRow("RFC 2818 HTTPS echo with an untrusted certificate is not believed")
        << L("good1 https-untrusted") << QStringList() << "pass" << L("198.18.0.10") << L("no_TLS_connection");
    QTest::newRow("a tie has no majority")
        << L("good1 odd") << QStringList() << "unknown" << QStringList() << L("none_has_a_majority");
    QTest::newRow("no source reachable") << L("closed silent garbage") << QStringList() << "unknown" << QStringList()
                                         << L("no_source_answered");
}

void TestPublicIp::discovery()
{
    QFETCH(QStringList, http);
    QFETCH(QStringList, dns);
    QFETCH(QString, status);
    QFETCH(QStringList, ips);
    QFETCH(QStringList, needles);

    QStringList args{QStringLiteral("check"),
                     QStringLiteral("--domain"),
                     QStringLiteral("rdns.test"),
                     QStringLiteral("--hostname"),
                     QStringLiteral("mail.rdns.test"),
                     QStringLiteral("--nameserver"),
                     test::nsdServer(),
                     QStringLiteral("--timeout"),
                     QStringLiteral("500"),
                     QStringLiteral("--probe-timeout"),
                     QStringLiteral("1000"),
                     QStringLiteral("--json")};
    for (const QString& key : http)
        args << QStringLiteral("--ip-echo") << m_url.value(key);
    if (dns.isEmpty())
        args << QStringLiteral("--ip-echo-dns") << QStringLiteral("none");
    for (const QString& d : dns) {
        const bool servfail = d.startsWith(QLatin1String("servfail:"));
        const quint16 port = servfail ? test::servfailPort() : test::nsdPort();
        args << QStringLiteral("--ip-echo-dns")
             << QStringLiteral("%1@127.0.0.1:%2").arg(servfail ? d.mid(9) : d).arg(port);
    }
    QElapsedTimer timer;
    timer.start();
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(args, &code);
    const QJsonObject publicIp = test::checkById(report, QStringLiteral("public-ip"));
    QVERIFY2(publicIp.value(QStringLiteral("status")).toString() == status, qPrintable(findingsText(publicIp)));

    QStringList reported;
    for (const auto& ip : report.value(QStringLiteral("ips")).toArray())
        reported << ip.toString();
    QCOMPARE(reported, ips);
    // One item per discovered address, carrying it as `ip`.
    for (const QString& ip : ips) {
        bool found = false;
        for (const auto& i : publicIp.value(QStringLiteral("items")).toArray())
            found = found || i.toObject().value(QStringLiteral("ip")).toString() == ip;
        QVERIFY2(found, qPrintable(ip));
    }
    const QString text = findingsText(publicIp);
    for (QString needle : needles) {
        if (needle == QLatin1String("odd-url"))
            needle = m_url.value(QStringLiteral("odd"));
        needle.replace(QLatin1Char('_'), QLatin1Char(' '));
        QVERIFY2(text.contains(needle), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(needle, text)));
    }
    // The run judges what was discovered: ptr/fcrdns see exactly these addresses, or nothing to judge.
    const QJsonObject ptr = test::checkById(report, QStringLiteral("ptr"));
    if (ips.isEmpty()) {
        QCOMPARE(ptr.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    } else {
        QCOMPARE(ptr.value(QStringLiteral("items")).toArray().size(), ips.size());
        QCOMPARE(test::checkById(report, QStringLiteral("fcrdns")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("pass"));
    }
    QCOMPARE(code, test::contractExitCode(report));
    // Sources are asked at once and each is bounded: the silent one costs one 1 s bound, not a hang.
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
}

void TestPublicIp::givenAddressesSkipDiscovery_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("ptr");
    QTest::newRow("RFC 1918 private address typed") << "192.168.1.5"
                                                    << "warning"
                                                    << "fail";
    QTest::newRow("RFC 5737 documentation address typed") << "192.0.2.10"
                                                          << "info"
                                                          << "pass";
    QTest::newRow("RFC 2544 benchmarking address typed") << "198.18.0.10"
                                                         << "info"
                                                         << "pass";
}

void TestPublicIp::givenAddressesSkipDiscovery()
{
    QFETCH(QString, ip);
    QFETCH(QString, severity);
    QFETCH(QString, ptr);
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        {QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("rdns.test"), QStringLiteral("--ip"), ip,
         QStringLiteral("--nameserver"), test::nsdServer(), QStringLiteral("--json"), QStringLiteral("--ip-echo"),
         m_url.value(QStringLiteral("good1"))},
        &code);
    const QJsonObject publicIp = test::checkById(report, QStringLiteral("public-ip"));
    QCOMPARE(publicIp.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    const QJsonArray findings = publicIp.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().toObject().value(QStringLiteral("severity")).toString(), severity);
    QVERIFY(findings.first().toObject().value(QStringLiteral("message")).toString().contains(ip));
    QCOMPARE(test::checkById(report, QStringLiteral("ptr")).value(QStringLiteral("status")).toString(), ptr);
    QCOMPARE(code, test::contractExitCode(report));
}

void TestPublicIp::badEchoArguments()
{
    QByteArray out, err;
    QCOMPARE(test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("rdns.test"),
                                 QStringLiteral("--ip-echo-dns"), QStringLiteral("MX:example.test@127.0.0.1")},
                                &out, &err),
             64);
    QVERIFY(err.contains("--ip-echo-dns"));
    QCOMPARE(test::runMailready({QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("rdns.test"),
                                 QStringLiteral("--probe-timeout"), QStringLiteral("soon")},
                                &out, &err),
             64);
}

QTEST_GUILESS_MAIN(TestPublicIp)
#include "tst_publicip.moc"
