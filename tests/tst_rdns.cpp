// ptr, fcrdns and ehlo end to end: the built binary against the fixture's NSD serving rdns.test and the reverse zones
// of 198.18.0.0/16 and 2001:db8:ee::/48 (tests/dns/zones).
#include "TestDns.h"

#include <QJsonArray>
#include <QTest>

using namespace mailready;

class TestRdns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void temporaryFailuresAreUnknown_data();
    void temporaryFailuresAreUnknown();
};

static QStringList L(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

static QString allFindings(const QJsonObject& check)
{
    QString text;
    for (const auto& f : check.value(QStringLiteral("findings")).toArray())
        text += f.toObject().value(QStringLiteral("message")).toString() + QLatin1Char('\n') +
                f.toObject().value(QStringLiteral("fix")).toString() + QLatin1Char('\n');
    return text;
}

static QStringList args(const QStringList& ips, const QString& hostname, const QString& server)
{
    QStringList a{QStringLiteral("check"),
                  QStringLiteral("--domain"),
                  QStringLiteral("rdns.test"),
                  QStringLiteral("--nameserver"),
                  server,
                  QStringLiteral("--timeout"),
                  QStringLiteral("400"),
                  QStringLiteral("--json")};
    if (!hostname.isEmpty())
        a << QStringLiteral("--hostname") << hostname;
    for (const QString& ip : ips)
        a << QStringLiteral("--ip") << ip;
    return a;
}

void TestRdns::scenarios_data()
{
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("ptr");
    QTest::addColumn<QString>("fcrdns");
    QTest::addColumn<QString>("ehlo");
    QTest::addColumn<QString>("needleCheck"); // a finding of this check must contain needle
    QTest::addColumn<QString>("needle");

    const QString mail = QStringLiteral("mail.rdns.test");
    QTest::newRow("RFC 8601 iprev pass: PTR, A and EHLO agree") << L("198.18.0.10") << mail << "pass"
                                                                << "pass"
                                                                << "pass" << QString() << QString();
    QTest::newRow("RFC 1912 2.1 no PTR") << L("198.18.0.11") << mail << "fail"
                                         << "fail"
                                         << "fail"
                                         << "ptr"
                                         << "has no reverse DNS name";
    QTest::newRow("RFC 8601 iprev permerror: PTR name does not exist") << L("198.18.0.12") << "nowhere.rdns.test"
                                                                       << "pass"
                                                                       << "fail"
                                                                       << "fail"
                                                                       << "fcrdns"
                                                                       << "does not exist (NXDOMAIN)";
    QTest::newRow("RFC 8601 iprev fail: PTR name holds another address") << L("198.18.0.13") << "other.rdns.test"
                                                                         << "pass"
                                                                         << "fail"
                                                                         << "fail"
                                                                         << "fcrdns"
                                                                         << "resolves to 198.18.0.99, not 198.18.0.13";
    QTest::newRow("RFC 1912 2.1 several PTR names, EHLO the confirmed one") << L("198.18.0.14") << "mx2.rdns.test"
                                                                            << "warn"
                                                                            << "pass"
                                                                            << "pass"
                                                                            << "ptr"
                                                                            << "2 PTR names";
    QTest::newRow("several PTR names, EHLO the unconfirmed one") << L("198.18.0.14") << mail << "warn"
                                                                 << "pass"
                                                                 << "fail"
                                                                 << "ehlo"
                                                                 << "A 198.18.0.14";
    QTest::newRow("M3AAWG generic PTR name") << L("198.18.0.15") << "15-0-18-198.dyn.rdns.test"
                                             << "warn"
                                             << "pass"
                                             << "pass"
                                             << "ptr"
                                             << "residential";
    QTest::newRow("EHLO name differs from PTR: MTA config lines") << L("198.18.0.10") << "wrong.rdns.test"
                                                                  << "pass"
                                                                  << "pass"
                                                                  << "fail"
                                                                  << "ehlo"
                                                                  << "myhostname = mail.rdns.test";
    QTest::newRow("no --hostname: ehlo skipped") << L("198.18.0.10") << QString() << "pass"
                                                 << "pass"
                                                 << "skipped" << QString() << QString();
    QTest::newRow("RFC 8601 iprev IPv6 pass") << L("2001:db8:ee::10") << mail << "pass"
                                              << "pass"
                                              << "pass" << QString() << QString();
    QTest::newRow("Gmail IPv6 without PTR") << L("2001:db8:ee::11") << mail << "fail"
                                            << "fail"
                                            << "fail"
                                            << "ptr"
                                            << "Gmail rejects";
    QTest::newRow("RFC 8601 iprev IPv6 PTR name without AAAA") << L("2001:db8:ee::12") << "v4only.rdns.test"
                                                               << "pass"
                                                               << "fail"
                                                               << "fail"
                                                               << "fcrdns"
                                                               << "has no AAAA record";
    QTest::newRow("M3AAWG generic IPv6 PTR name") << L("2001:db8:ee::13") << "host-13.pool.rdns.test"
                                                  << "warn"
                                                  << "pass"
                                                  << "pass"
                                                  << "ptr"
                                                  << "generic";
    QTest::newRow("IPv4 and IPv6 together") << L("198.18.0.10 2001:db8:ee::10") << mail << "pass"
                                            << "pass"
                                            << "pass" << QString() << QString();
    QTest::newRow("one good, one bad address") << L("198.18.0.10 2001:db8:ee::11") << mail << "fail"
                                               << "fail"
                                               << "fail"
                                               << "fcrdns"
                                               << "Gmail rejects";
    QTest::newRow("RFC 1918 private address typed") << L("192.168.1.5") << mail << "fail"
                                                    << "fail"
                                                    << "fail"
                                                    << "ptr"
                                                    << "private address";
    QTest::newRow("RFC 6598 CGNAT address typed") << L("100.64.7.1") << mail << "fail"
                                                  << "fail"
                                                  << "fail"
                                                  << "ptr"
                                                  << "carrier-grade NAT";
}

void TestRdns::scenarios()
{
    QFETCH(QStringList, ips);
    QFETCH(QString, hostname);
    QFETCH(QString, ptr);
    QFETCH(QString, fcrdns);
    QFETCH(QString, ehlo);
    QFETCH(QString, needleCheck);
    QFETCH(QString, needle);

    int code = -1;
    const QJsonObject report = test::runMailreadyJson(args(ips, hostname, test::nsdServer()), &code);
    QVERIFY(!report.isEmpty());
    const QHash<QString, QString> expected{
        {QStringLiteral("ptr"), ptr}, {QStringLiteral("fcrdns"), fcrdns}, {QStringLiteral("ehlo"), ehlo}};
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonObject check = test::checkById(report, it.key());
        QVERIFY2(!check.isEmpty(), qPrintable(it.key()));
        QVERIFY2(check.value(QStringLiteral("status")).toString() == it.value(),
                 qPrintable(QStringLiteral("%1 is %2, expected %3: %4")
                                .arg(it.key(), check.value(QStringLiteral("status")).toString(), it.value(),
                                     check.value(QStringLiteral("summary")).toString())));
        if (it.value() != QLatin1String("skipped")) {
            const QJsonArray items = check.value(QStringLiteral("items")).toArray();
            QCOMPARE(items.size(), ips.size());
            for (qsizetype i = 0; i < items.size(); ++i)
                QVERIFY(ips.contains(items[i].toObject().value(QStringLiteral("ip")).toString()));
        }
    }
    if (!needle.isEmpty()) {
        const QString text = allFindings(test::checkById(report, needleCheck));
        QVERIFY2(text.contains(needle), qPrintable(text));
    }
    QCOMPARE(code, test::contractExitCode(report));
    if (ptr == QLatin1String("fail") || fcrdns == QLatin1String("fail") || ehlo == QLatin1String("fail"))
        QCOMPARE(code, 1);
}

void TestRdns::temporaryFailuresAreUnknown_data()
{
    QTest::addColumn<int>("which"); // 0 SERVFAIL stub, 1 silent stub
    QTest::newRow("RFC 8601 iprev temperror: SERVFAIL") << 0;
    QTest::newRow("RFC 8601 iprev temperror: timeout") << 1;
}

void TestRdns::temporaryFailuresAreUnknown()
{
    QFETCH(int, which);
    const quint16 port = which == 0 ? test::servfailPort() : test::silentPort();
    int code = -1;
    const QJsonObject report =
        test::runMailreadyJson(args({QStringLiteral("198.18.0.10"), QStringLiteral("2001:db8:ee::10")},
                                    QStringLiteral("mail.rdns.test"), QStringLiteral("127.0.0.1:%1").arg(port)),
                               &code);
    for (const QString& id : {QStringLiteral("ptr"), QStringLiteral("fcrdns"), QStringLiteral("ehlo")})
        QCOMPARE(test::checkById(report, id).value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    QCOMPARE(code, test::contractExitCode(report));
    QVERIFY(code == 2 || code == 1);
}

QTEST_GUILESS_MAIN(TestRdns)
#include "tst_rdns.moc"
