// HOST[:PORT] parsing for --smtp, --relay, --port25-target (pure).
#include "net/Endpoint.h"

#include <QTest>

using namespace mailready::net;

class TestEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestEndpoint::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("literal");
    QTest::newRow("RFC 5321 name, default port") << "mx.example.com" << true << "mx.example.com" << 25 << false;
    QTest::newRow("name and port") << "smtp.example.com:587" << true << "smtp.example.com" << 587 << false;
    QTest::newRow("IPv4") << "192.0.2.1:2525" << true << "192.0.2.1" << 2525 << true;
    QTest::newRow("RFC 3986 bracketed IPv6 with port") << "[2001:db8::1]:25" << true << "2001:db8::1" << 25 << true;
    QTest::newRow("bare IPv6") << "2001:db8::1" << true << "2001:db8::1" << 25 << true;
    QTest::newRow("upper-case name") << "MX.Example.COM" << true << "mx.example.com" << 25 << false;
    QTest::newRow("port out of range") << "mx.example.com:99999" << false << QString() << 0 << false;
    QTest::newRow("port zero") << "mx.example.com:0" << false << QString() << 0 << false;
    QTest::newRow("single label") << "localhost-ish" << false << QString() << 0 << false;
    QTest::newRow("spaces") << "not a host" << false << QString() << 0 << false;
    QTest::newRow("unclosed bracket") << "[2001:db8::1:25" << false << QString() << 0 << false;
}

void TestEndpoint::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, literal);
    QString why;
    const auto e = parseEndpoint(text, 25, &why);
    QCOMPARE(e.has_value(), ok);
    if (!e) {
        QVERIFY(why.contains(text));
        return;
    }
    QCOMPARE(e->host, host);
    QCOMPARE(int(e->port), port);
    QCOMPARE(e->literal.has_value(), literal);
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
