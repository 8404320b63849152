// Public-address discovery logic (pure): echo bodies, DNS source syntax, and the majority per address family.
#include "checks/publicip/IpConsensus.h"
#include "checks/publicip/IpEchoSource.h"

#include <QTest>

using namespace mailready;
using namespace mailready::checks;

class TestIpEcho : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void body_data();
    void body();
    void httpAnswer_data();
    void httpAnswer();
    void dnsSource_data();
    void dnsSource();
    void consensus();
    void tieHasNoWinner();
    void familiesApart();
};

void TestIpEcho::body_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("address"); // empty: rejected
    QTest::newRow("icanhazip style, newline") << QByteArray("203.0.113.5\n") << "203.0.113.5";
    QTest::newRow("ipify style, bare") << QByteArray("203.0.113.5") << "203.0.113.5";
    QTest::newRow("IPv6") << QByteArray("2001:db8::5\r\n") << "2001:db8::5";
    QTest::newRow("HTML page") << QByteArray("<html><body>203.0.113.5</body></html>") << QString();
    QTest::newRow("two addresses") << QByteArray("203.0.113.5 203.0.113.6") << QString();
    QTest::newRow("shorthand") << QByteArray("127.1") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("scoped IPv6") << QByteArray("fe80::1%eth0") << QString();
}

void TestIpEcho::body()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, address);
    const auto a = parseEchoBody(body);
    QCOMPARE(a.has_value(), !address.isEmpty());
    if (a)
        QCOMPARE(dns::addressText(*a), address);
}

void TestIpEcho::httpAnswer_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("address"); // empty: none
    QTest::addColumn<QString>("error");   // the reason's start, when there is no address
    QTest::newRow("RFC 9112 4 status 200, plain-text body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n203.0.113.5\n") << "203.0.113.5" << QString();
    QTest::newRow("RFC 9112 4 status 200 without a reason phrase")
        << QByteArray("HTTP/1.0 200\r\n\r\n2001:db8::5") << "2001:db8::5" << QString();
    QTest::newRow("RFC 9110 15.4.3 a captive portal's redirect")
        << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://portal.example/\r\n\r\n") << QString()
        << "HTTP status 302 Found";
    QTest::newRow("RFC 9112 2.1 headers that never end")
        << QByteArray("HTTP/1.1 200 OK\r\n") << QString() << "not an HTTP answer";
    QTest::newRow("not HTTP at all") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << QString() << "not an HTTP answer";
    QTest::newRow("an HTML page") << QByteArray("HTTP/1.1 200 OK\r\n\r\n<html>203.0.113.5</html>") << QString()
                                  << "answered something that is not an address (\"<html>203.0.113.5</html>\")";
    // fuzz/regressions/http_echo/escape-sequence-in-status-line: the status line went into the reason as it came.
    QTest::newRow("terminal escapes in the status line are not passed on")
        << QByteArray("HTTP/1.1 \x1b[31m500\x1b[0m\r\n\r\n") << QString() << "HTTP status ?[31m500?[0m";
    QTest::newRow("larger than the limit")
        << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(kHttpEchoLimit, ' ') + "203.0.113.5" << QString()
        << "the answer is larger than 64 KiB";
}

void TestIpEcho::httpAnswer()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, address);
    QFETCH(QString, error);
    const HttpEchoReading r = readHttpEchoResponse(response);
    QCOMPARE(r.address ? dns::addressText(*r.address) : QString(), address);
    QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    QCOMPARE(r.error.isEmpty(), error.isEmpty());
}

void TestIpEcho::dnsSource_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("label");
    QTest::newRow("OpenDNS A") << "A:myip.opendns.com@208.67.222.222" << true << "A:myip.opendns.com@208.67.222.222:53";
    QTest::newRow("OpenDNS AAAA v6 server")
        << "AAAA:myip.opendns.com@[2620:119:35::35]" << true << "AAAA:myip.opendns.com@[2620:119:35::35]:53";
    QTest::newRow("Google TXT with port")
        << "txt:o-o.myaddr.l.google.com@127.0.0.1:5353" << true << "TXT:o-o.myaddr.l.google.com@127.0.0.1:5353";
    QTest::newRow("type MX refused") << "MX:example.com@127.0.0.1" << false << QString();
    QTest::newRow("no server") << "A:myip.opendns.com" << false << QString();
    QTest::newRow("server by name refused") << "A:myip.opendns.com@resolver1.opendns.com" << false << QString();
    QTest::newRow("no type") << "myip.opendns.com@127.0.0.1" << false << QString();
}

void TestIpEcho::dnsSource()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, label);
    QString why;
    const auto s = parseDnsEchoSource(text, &why);
    QCOMPARE(s.has_value(), ok);
    if (s)
        QCOMPARE(s->label(), label);
    else
        QVERIFY(!why.isEmpty());
}

static EchoAnswer said(const QString& source, const QString& address, bool v6Path = false)
{
    EchoAnswer a;
    a.source = source;
    a.ipv6Path = v6Path;
    if (address.startsWith(QLatin1Char('!')))
        a.error = address.mid(1);
    else
        a.address = QHostAddress(address);
    return a;
}

void TestIpEcho::consensus()
{
    const QList<EchoVerdict> v = judgeEchoes({said(QStringLiteral("a"), QStringLiteral("203.0.113.5")),
                                              said(QStringLiteral("b"), QStringLiteral("203.0.113.9")),
                                              said(QStringLiteral("c"), QStringLiteral("203.0.113.5")),
                                              said(QStringLiteral("d"), QStringLiteral("!timeout"))});
    QCOMPARE(v.size(), 2);
    QVERIFY(v[0].address);
    QCOMPARE(dns::addressText(*v[0].address), QStringLiteral("203.0.113.5"));
    QCOMPARE(v[0].agreeing, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(v[0].others.size(), 1);
    QCOMPARE(v[0].others.first().first, QStringLiteral("b"));
    QCOMPARE(v[0].failed, QStringList{QStringLiteral("d: timeout")});
    QVERIFY(!v[1].anyAnswer());
}

void TestIpEcho::tieHasNoWinner()
{
    const QList<EchoVerdict> v = judgeEchoes({said(QStringLiteral("a"), QStringLiteral("203.0.113.5")),
                                              said(QStringLiteral("b"), QStringLiteral("203.0.113.9"))});
    QVERIFY(v[0].tie);
    QVERIFY(!v[0].address);
    QCOMPARE(v[0].others.size(), 2);
}

void TestIpEcho::familiesApart()
{
    // An echo answers in the family it was reached by; IPv4 and IPv6 majorities are separate.
    const QList<EchoVerdict> v = judgeEchoes({said(QStringLiteral("a"), QStringLiteral("203.0.113.5")),
                                              said(QStringLiteral("a6"), QStringLiteral("2001:db8::5"), true),
                                              said(QStringLiteral("b6"), QStringLiteral("2001:db8::5"), true),
                                              said(QStringLiteral("c6"), QStringLiteral("!no route"), true)});
    QCOMPARE(dns::addressText(*v[0].address), QStringLiteral("203.0.113.5"));
    QCOMPARE(dns::addressText(*v[1].address), QStringLiteral("2001:db8::5"));
    QCOMPARE(v[1].agreeing.size(), 2);
    QCOMPARE(v[1].failed.size(), 1);
    QVERIFY(v[0].failed.isEmpty());
}

QTEST_GUILESS_MAIN(TestIpEcho)
#include "tst_ipecho.moc"
