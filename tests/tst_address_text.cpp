// Addresses as people type them: the one parser (dns::parseAddress) reads only the forms every program reads the same
// way, and names the form expected for the rest; nameservers given as HOST[:PORT] are never silently another port.
#include "dns/DnsName.h"

#include <QTest>

using namespace mailready;

class TestAddressText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void address_data();
    void address();
    void server_data();
    void server();
};

void TestAddressText::address_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // the address as shown, empty when refused
    QTest::addColumn<QString>("why");    // a part of the sentence of a refusal
    QTest::newRow("dotted decimal") << "203.0.113.5"
                                    << "203.0.113.5" << QString();
    QTest::newRow("zero octets") << "0.0.0.0"
                                 << "0.0.0.0" << QString();
    QTest::newRow("spaces around") << " 192.0.2.1 "
                                   << "192.0.2.1" << QString();
    QTest::newRow("IPv6 compressed") << "2001:DB8::5"
                                     << "2001:db8::5" << QString();
    QTest::newRow("IPv6 full") << "2001:0db8:0000:0000:0000:0000:0000:0005"
                               << "2001:db8::5" << QString();
    QTest::newRow("IPv6 with IPv4 tail") << "::ffff:192.0.2.1"
                                         << "192.0.2.1" << QString();
    // inet_aton() and QHostAddress read "010" as octal 8: the records --ip 203.000.113.010 published
    // 203.0.113.8.
    QTest::newRow("octal-looking octets")
        << "203.000.113.010" << QString()
        << "'203.000.113.010' has a leading zero in an octet, which some programs read as octal: write 203.0.113.10 "
           "or 203.0.113.8";
    QTest::newRow("octal first octet") << "010.1.1.1" << QString()
                                       << "'010.1.1.1' has a leading zero in an octet, which some programs read as "
                                          "octal: write 10.1.1.1 or 8.1.1.1";
    QTest::newRow("zero-padded zero") << "192.0.2.00" << QString() << "write 192.0.2.0";
    QTest::newRow("padded, not octal") << "192.0.2.09" << QString() << "write 192.0.2.9";
    QTest::newRow("padded, only octal fits") << "0300.0.2.1" << QString() << "write 192.0.2.1";
    QTest::newRow("octet over 255") << "192.0.2.256" << QString() << "four numbers 0 to 255";
    QTest::newRow("short form") << "127.1" << QString() << "four numbers 0 to 255";
    QTest::newRow("one number") << "3221225985" << QString() << "four numbers 0 to 255";
    QTest::newRow("five parts") << "1.2.3.4.5" << QString() << "four numbers 0 to 255";
    QTest::newRow("empty octet") << "1..3.4" << QString() << "four numbers 0 to 255";
    QTest::newRow("hex octets") << "0x7f.0.0.1" << QString() << "IPv4 as four numbers";
    QTest::newRow("hex number") << "0xc0000201" << QString() << "IPv4 as four numbers";
    QTest::newRow("host name") << "mail.example.com" << QString() << "IPv4 as four numbers";
    QTest::newRow("empty") << "" << QString() << "empty";
    QTest::newRow("scope id") << "fe80::1%eth0" << QString() << "write the address without it";
    QTest::newRow("numeric scope") << "fe80::1%2" << QString() << "write the address without it";
    QTest::newRow("IPv6 five hex digits") << "2001:0db80::1" << QString() << "up to four hex digits";
    QTest::newRow("IPv6 two gaps") << "2001::db8::1" << QString() << "up to four hex digits";
    QTest::newRow("IPv6 padded IPv4 tail") << "::ffff:010.1.1.1" << QString() << "up to four hex digits";
    QTest::newRow("IPv6 nine groups") << "1:2:3:4:5:6:7:8:9" << QString() << "up to four hex digits";
    QTest::newRow("NUL inside") << QString::fromLatin1(QByteArray("192.0.2.1\0junk", 14)) << QString()
                                << "IPv4 as four numbers";
}

void TestAddressText::address()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    QFETCH(QString, why);
    QString reason;
    const auto a = dns::parseAddress(text, &reason);
    if (parsed.isEmpty()) {
        QVERIFY2(!a, qPrintable(QStringLiteral("read as %1").arg(a ? a->toString() : QString())));
        QVERIFY2(reason.contains(why), qPrintable(reason));
        QVERIFY2(!reason.endsWith(QLatin1Char('.')), "the callers end the sentence");
    } else {
        QVERIFY2(a, qPrintable(reason));
        QCOMPARE(dns::addressText(*a), parsed);
    }
}

void TestAddressText::server_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // ServerAddress::toString(), empty when refused
    QTest::addColumn<QString>("why");
    QTest::newRow("IPv4 with port") << "127.0.0.1:5353"
                                    << "127.0.0.1:5353" << QString();
    QTest::newRow("IPv4 alone") << "192.0.2.1"
                                << "192.0.2.1:53" << QString();
    QTest::newRow("IPv6 bracketed with port") << "[::1]:5353"
                                              << "[::1]:5353" << QString();
    QTest::newRow("IPv6 bracketed, no port") << "[2001:db8::1:53]"
                                             << "[2001:db8::1:53]:53" << QString();
    // Ends in a group of decimal digits, but "2001:4860:4860:" before it is no address: no port can be meant.
    QTest::newRow("IPv6 ending in digits") << "2001:4860:4860::8888"
                                           << "[2001:4860:4860::8888]:53" << QString();
    QTest::newRow("IPv6 ending in hex") << "2001:db8::1:ab"
                                        << "[2001:db8::1:ab]:53" << QString();
    QTest::newRow("IPv6 loopback") << "::1"
                                   << "[::1]:53" << QString();
    // The issue's --nameserver ::1:5353 asked ::1:5353 on port 53.
    QTest::newRow("IPv6 with what looks like a port")
        << "::1:5353" << QString()
        << "'::1:5353' could be the address ::1:5353 or ::1 with port 5353: write [::1]:5353 for the port, or "
           "[::1:5353] for the address";
    QTest::newRow("longer IPv6 with port-like group") << "2001:db8::1:53" << QString() << "write [2001:db8::1]:53";
    QTest::newRow("octal-looking server") << "010.1.1.1:5353" << QString() << "write 10.1.1.1 or 8.1.1.1";
    QTest::newRow("short server") << "127.1" << QString() << "four numbers 0 to 255";
    QTest::newRow("scoped server") << "[fe80::1%eth0]:53" << QString() << "without it";
}

void TestAddressText::server()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    QFETCH(QString, why);
    QString reason;
    const auto s = dns::parseServerAddress(text, 53, &reason);
    if (parsed.isEmpty()) {
        QVERIFY2(!s, qPrintable(QStringLiteral("read as %1").arg(s ? s->toString() : QString())));
        QVERIFY2(reason.contains(why), qPrintable(reason));
    } else {
        QVERIFY2(s, qPrintable(reason));
        QCOMPARE(s->toString(), parsed);
    }
}

QTEST_GUILESS_MAIN(TestAddressText)
#include "tst_address_text.moc"
