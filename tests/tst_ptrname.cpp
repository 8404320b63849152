// Pure judgements of the reverse-DNS checks: generic PTR names and address scopes.
#include "checks/rdns/AddressScope.h"
#include "checks/rdns/PtrName.h"

#include <QTest>

using namespace mailready::checks;

class TestPtrName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generic_data();
    void generic();
    void scope_data();
    void scope();
    void ehloFix();
};

void TestPtrName::generic_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("generic");
    // Spellings seen in ISP reverse zones (Spamhaus PBL / M3AAWG "generic rDNS" guidance: the address encoded in the
    // name, or words like dyn/dsl/pool in the host part).
    QTest::newRow("M3AAWG dashed reversed octets") << "5-113-0-203.dyn.example.net"
                                                   << "203.0.113.5" << true;
    QTest::newRow("M3AAWG dashed octets in order") << "c-203-0-113-5.hsd1.example.net"
                                                   << "203.0.113.5" << true;
    QTest::newRow("M3AAWG dotted octets") << "203.0.113.5.static.example.net"
                                          << "203.0.113.5" << true;
    QTest::newRow("M3AAWG zero-padded") << "host203000113005.example.net"
                                        << "203.0.113.5" << true;
    QTest::newRow("M3AAWG hex address") << "cb007105.cable.example.net"
                                        << "203.0.113.5" << true;
    QTest::newRow("word dsl") << "adsl-pool7.example.net"
                              << "203.0.113.5" << true;
    QTest::newRow("word dhcp") << "dhcp-44.example.net"
                               << "203.0.113.5" << true;
    QTest::newRow("word ppp") << "ppp.rt1.example.net"
                              << "203.0.113.5" << true;
    QTest::newRow("word residential in the domain") << "mail.residential.example"
                                                    << "203.0.113.5" << false; // only the domain
    QTest::newRow("word residential host part") << "x1.residential.example.net"
                                                << "203.0.113.5" << true;
    QTest::newRow("host- numbered") << "host-17.example.net"
                                    << "203.0.113.5" << true;
    QTest::newRow("IPv6 nibbles") << "2001-db8--5.pool.example.net"
                                  << "2001:db8::5" << true;
    QTest::newRow("IPv6 flat nibbles") << "x20010db8000000000000000000000005.example.net"
                                       << "2001:db8::5" << true;
    QTest::newRow("server name") << "mail.example.com"
                                 << "203.0.113.5" << false;
    QTest::newRow("server name with digits") << "mx1.example.com"
                                             << "203.0.113.5" << false;
    QTest::newRow("hosting name") << "vps-mail.hoster.example"
                                  << "203.0.113.5" << false;
    QTest::newRow("last octet alone is no match") << "mail5.example.com"
                                                  << "203.0.113.5" << false;
    QTest::newRow("domain word not counted") << "mail.dynamics.example"
                                             << "203.0.113.5" << false;
}

void TestPtrName::generic()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(bool, generic);
    const QString why = genericPtrReason(name, QHostAddress(address));
    QVERIFY2(why.isEmpty() != generic, qPrintable(why));
}

void TestPtrName::scope_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("scope");
    QTest::addColumn<bool>("neverPublic");
    QTest::newRow("RFC 1918 10/8") << "10.1.2.3" << int(AddressScope::Private) << true;
    QTest::newRow("RFC 1918 172.16/12") << "172.31.0.1" << int(AddressScope::Private) << true;
    QTest::newRow("RFC 1918 edge 172.32") << "172.32.0.1" << int(AddressScope::Public) << false;
    QTest::newRow("RFC 1918 192.168/16") << "192.168.1.5" << int(AddressScope::Private) << true;
    QTest::newRow("RFC 6598 CGNAT") << "100.64.0.1" << int(AddressScope::SharedCgnat) << true;
    QTest::newRow("RFC 6598 edge 100.128") << "100.128.0.1" << int(AddressScope::Public) << false;
    QTest::newRow("RFC 1122 loopback") << "127.0.0.1" << int(AddressScope::Loopback) << true;
    QTest::newRow("RFC 3927 link-local") << "169.254.10.1" << int(AddressScope::LinkLocal) << true;
    QTest::newRow("RFC 5737 TEST-NET-1") << "192.0.2.10" << int(AddressScope::Documentation) << false;
    QTest::newRow("RFC 5737 TEST-NET-2") << "198.51.100.7" << int(AddressScope::Documentation) << false;
    QTest::newRow("RFC 5737 TEST-NET-3") << "203.0.113.5" << int(AddressScope::Documentation) << false;
    QTest::newRow("RFC 2544 benchmarking") << "198.19.255.1" << int(AddressScope::Benchmarking) << false;
    QTest::newRow("public v4") << "8.8.8.8" << int(AddressScope::Public) << false;
    QTest::newRow("RFC 3849 documentation v6") << "2001:db8::1" << int(AddressScope::Documentation) << false;
    QTest::newRow("RFC 4193 unique local") << "fd00::1" << int(AddressScope::Private) << true;
    QTest::newRow("RFC 4291 link-local v6") << "fe80::1" << int(AddressScope::LinkLocal) << true;
    QTest::newRow("RFC 4291 loopback v6") << "::1" << int(AddressScope::Loopback) << true;
    QTest::newRow("RFC 4291 v4-mapped private") << "::ffff:192.168.1.5" << int(AddressScope::Private) << true;
    QTest::newRow("public v6") << "2a00:1450:4001:81c::200e" << int(AddressScope::Public) << false;
}

void TestPtrName::scope()
{
    QFETCH(QString, address);
    QFETCH(int, scope);
    QFETCH(bool, neverPublic);
    const AddressScope s = addressScope(QHostAddress(address));
    QCOMPARE(int(s), scope);
    QCOMPARE(isNeverPublic(s), neverPublic);
    QCOMPARE(scopeDescription(s).isEmpty(), s == AddressScope::Public);
}

void TestPtrName::ehloFix()
{
    const QString fix = ehloConfigFix(QStringLiteral("mail.example.com."));
    QVERIFY2(fix.contains(QStringLiteral("myhostname = mail.example.com")), qPrintable(fix));
    QVERIFY2(fix.contains(QStringLiteral("primary_hostname = mail.example.com")), qPrintable(fix));
    QVERIFY2(fix.contains(QStringLiteral("hostname mail.example.com")), qPrintable(fix));
    QVERIFY2(fix.contains(QStringLiteral("helo mail.example.com")), qPrintable(fix));
}

QTEST_GUILESS_MAIN(TestPtrName)
#include "tst_ptrname.moc"
