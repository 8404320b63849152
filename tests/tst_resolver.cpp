// The ldns resolver against a real NSD on loopback (and stub servers for SERVFAIL and silence).
#include "TestDns.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "dns/LdnsResolver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QUdpSocket>

using namespace mailready;
using namespace mailready::dns;

class TestResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answerClasses_data();
    void answerClasses();
    void wireReadingMatchesTheResolver_data();
    void wireReadingMatchesTheResolver();
    void wireReadingFollowsAChainIntoTheNextReply();
    void txtJoinsCharacterStrings();
    void txtKeepsRawBytes();
    void largeTxtFallsBackToTcp();
    void ipv6ReverseName();
    void ipv6Server();
    void cnameChainInZone();
    void cnameToOtherZoneIsFollowed();
    void cnameLoopIsAnError();
    void refusedForZoneNotServed();
    void servfail();
    void silentServerTimesOutWithinBound();
    void closedPortEndsWithinBound();
    void secondServerAnswersWhenFirstIsDead();
    void deadFirstServerIsNotWaitedFor();
    void failingFirstServerIsReplacedAtOnce();
    void everyServerFailingIsStillAFailure();
    void evidenceCarriesTheTrail();
    void cachingResolverSharesOneQuery();
    void names_data();
    void names();
    void serverAddresses_data();
    void serverAddresses();
};

void TestResolver::answerClasses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("first");
    QTest::newRow("A with data") << "mail.example.test" << int(RRType::A) << int(Outcome::NoError) << "192.0.2.10";
    QTest::newRow("AAAA with data") << "mail.example.test." << int(RRType::AAAA) << int(Outcome::NoError)
                                    << "2001:db8::10";
    QTest::newRow("MX") << "example.test" << int(RRType::MX) << int(Outcome::NoError) << "10 mail.example.test.";
    QTest::newRow("NS") << "example.test" << int(RRType::NS) << int(Outcome::NoError) << "ns1.example.test.";
    QTest::newRow("SOA") << "example.test" << int(RRType::SOA) << int(Outcome::NoError)
                         << "ns1.example.test. serial 2026112701 minimum 60";
    QTest::newRow("PTR v4") << "10.2.0.192.in-addr.arpa" << int(RRType::PTR) << int(Outcome::NoError)
                            << "mail.example.test.";
    QTest::newRow("NODATA: name exists, no TXT")
        << "nodata.example.test" << int(RRType::TXT) << int(Outcome::NoData) << "";
    QTest::newRow("NXDOMAIN") << "missing.example.test" << int(RRType::A) << int(Outcome::NXDomain) << "";
    QTest::newRow("NXDOMAIN reverse") << "11.2.0.192.in-addr.arpa" << int(RRType::PTR) << int(Outcome::NXDomain) << "";
    QTest::newRow("case-insensitive") << "MAIL.Example.TEST" << int(RRType::A) << int(Outcome::NoError) << "192.0.2.10";
}

void TestResolver::answerClasses()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(int, outcome);
    QFETCH(QString, first);
    LdnsResolver resolver(test::nsdConfig());
    const Answer a = resolver.query(name, static_cast<RRType>(type));
    QCOMPARE(outcomeName(a.outcome), outcomeName(static_cast<Outcome>(outcome)));
    QCOMPARE(a.server, test::nsdServer());
    QVERIFY(a.isDefinite());
    if (first.isEmpty()) {
        QVERIFY(a.records.isEmpty());
        QCOMPARE(a.negativeTtl, 60u); // the SOA minimum of the test zones
    } else {
        QVERIFY(!a.records.isEmpty());
        QCOMPARE(a.records.first().presentation(), first);
        QCOMPARE(a.records.first().ttl, 300u);
    }
}

// The raw reply NSD sends to a plain query (RFC 1035 4.1), fetched over UDP without ldns.
static QByteArray rawReply(const QString& name, RRType type, quint16 id = 0x4d52)
{
    QByteArray q;
    q.append(char(id >> 8)).append(char(id & 0xff));
    q.append(char(0x01)).append(char(0x00)); // RD
    q.append(QByteArray::fromHex("0001000000000000"));
    for (const QString& label : absoluteName(name).split(QLatin1Char('.'), Qt::SkipEmptyParts))
        q.append(char(label.size())).append(label.toLatin1());
    q.append(char(0));
    q.append(char(quint16(type) >> 8)).append(char(quint16(type) & 0xff));
    q.append(char(0)).append(char(1)); // IN
    QUdpSocket socket;
    if (socket.writeDatagram(q, QHostAddress::LocalHost, test::nsdPort()) != q.size() || !socket.waitForReadyRead(3000))
        return {};
    QByteArray reply(int(socket.pendingDatagramSize()), Qt::Uninitialized);
    socket.readDatagram(reply.data(), reply.size());
    return reply;
}

static QStringList shown(const Answer& a)
{
    QStringList out{outcomeName(a.outcome), a.cnameChain.join(QLatin1Char(' ')), QString::number(a.negativeTtl)};
    for (const Record& r : a.records)
        out << QStringLiteral("%1 %2 %3").arg(r.owner).arg(r.ttl).arg(r.presentation());
    return out;
}

void TestResolver::wireReadingMatchesTheResolver_data()
{
    answerClasses_data();
    QTest::newRow("RFC 1034 3.6.2 CNAME chain in the zone")
        << "alias1.example.test" << int(RRType::A) << int(Outcome::NoError) << "192.0.2.10";
}

void TestResolver::wireReadingMatchesTheResolver()
{
    // answerFromReplies is what the resolver does with each packet it receives: the same bytes give the same
    // Answer as a query through the network.
    QFETCH(QString, name);
    QFETCH(int, type);
    LdnsResolver resolver(test::nsdConfig());
    const Answer network = resolver.query(name, static_cast<RRType>(type));
    const QByteArray wire = rawReply(name, static_cast<RRType>(type));
    QVERIFY(wire.size() > 12);
    const Answer read = answerFromReplies(name, static_cast<RRType>(type), {wire});
    QCOMPARE(shown(read), shown(network));
    QVERIFY(read.isDefinite());
}

void TestResolver::wireReadingFollowsAChainIntoTheNextReply()
{
    // RFC 1034 3.6.2: a CNAME into a zone the server does not serve ends its reply; the next reply (the resolver's
    // next query) answers the target. Bytes that are no DNS message, and no reply at all, are never an answer.
    // contract.test's spf-cname points into a zone NSD does not serve: the next reply is NSD's REFUSED for it.
    const QString name = QStringLiteral("spf-cname.contract.test");
    const QByteArray toOther = rawReply(name, RRType::TXT);
    const Answer a =
        answerFromReplies(name, RRType::TXT, {toOther, rawReply(QStringLiteral("spf.unserved.invalid"), RRType::TXT)});
    LdnsResolver resolver(test::nsdConfig());
    QCOMPARE(shown(a), shown(resolver.query(name, RRType::TXT)));
    QCOMPARE(a.outcome, Outcome::Refused);
    QCOMPARE(a.cnameChain, QStringList{QStringLiteral("spf.unserved.invalid.")});
    const Answer waiting = answerFromReplies(name, RRType::TXT, {toOther});
    QCOMPARE(waiting.outcome, Outcome::Timeout);
    QVERIFY(waiting.records.isEmpty());
    // RFC 1034 3.6.2: a CNAME loop is no answer.
    const Answer loop = answerFromReplies(QStringLiteral("loop1.example.test"), RRType::A,
                                          {rawReply(QStringLiteral("loop1.example.test"), RRType::A)});
    QCOMPARE(loop.outcome, Outcome::FormatError);
    QVERIFY(loop.records.isEmpty());
    const Answer garbage =
        answerFromReplies(QStringLiteral("mail.example.test"), RRType::A, {QByteArray("HTTP/1.1 200 OK\r\n")});
    QCOMPARE(garbage.outcome, Outcome::NetworkError);
    QVERIFY(!garbage.error.isEmpty());
}

void TestResolver::txtJoinsCharacterStrings()
{
    LdnsResolver resolver(test::nsdConfig());
    const Answer a = resolver.query(QStringLiteral("multi.example.test"), RRType::TXT);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.records.first().txtStrings.size(), 3);
    QCOMPARE(a.records.first().txt, QByteArray("v=spf1 ip4:192.0.2.10 -all"));
}

void TestResolver::txtKeepsRawBytes()
{
    LdnsResolver resolver(test::nsdConfig());
    const Answer a = resolver.query(QStringLiteral("bytes.example.test"), RRType::TXT);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.records.first().txt, QByteArray("a\0b\xff"
                                               "c\"quoted\"",
                                               13));
    QCOMPARE(a.records.first().presentation(), QStringLiteral("\"a\\000b\\255c\" \"\\\"quoted\\\"\""));
}

void TestResolver::largeTxtFallsBackToTcp()
{
    LdnsResolver resolver(test::nsdConfig());
    const Answer a = resolver.query(QStringLiteral("big.example.test"), RRType::TXT);
    QCOMPARE(a.outcome, Outcome::NoError);
    QVERIFY2(a.viaTcp, "a 3 KB TXT answer does not fit the 1232-byte EDNS buffer: the retry must be over TCP");
    QCOMPARE(a.records.first().txtStrings.size(), 12);
    QCOMPARE(a.records.first().txt.size(), 12 * 247);
    QVERIFY(a.records.first().txt.startsWith("big-00-xxx"));
}

void TestResolver::ipv6ReverseName()
{
    const auto addr = parseAddress(QStringLiteral("2001:db8::10"));
    QVERIFY(addr);
    QCOMPARE(reverseName(*addr),
             QStringLiteral("0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa."));
    LdnsResolver resolver(test::nsdConfig());
    const Answer a = resolver.query(reverseName(*addr), RRType::PTR);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.targets(), QStringList{QStringLiteral("mail.example.test.")});
    const Answer none = resolver.query(reverseName(*parseAddress(QStringLiteral("2001:db8::11"))), RRType::PTR);
    QCOMPARE(none.outcome, Outcome::NXDomain);
}

void TestResolver::ipv6Server()
{
    if (!test::hasIpv6Loopback())
        QSKIP("this machine has no ::1");
    ResolverConfig c = test::nsdConfig();
    c.servers = {ServerAddress{QHostAddress(QHostAddress::LocalHostIPv6), test::nsdPort()}};
    LdnsResolver resolver(c);
    const Answer a = resolver.query(QStringLiteral("mail.example.test"), RRType::A);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.server, QStringLiteral("[::1]:%1").arg(test::nsdPort()));
}

void TestResolver::cnameChainInZone()
{
    LdnsResolver resolver(test::nsdConfig());
    const Answer a = resolver.query(QStringLiteral("alias1.example.test"), RRType::A);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.cnameChain, (QStringList{QStringLiteral("alias2.example.test."), QStringLiteral("mail.example.test.")}));
    QCOMPARE(addressText(a.addresses().value(0)), QStringLiteral("192.0.2.10"));

    const Answer dangling = resolver.query(QStringLiteral("dangling.example.test"), RRType::A);
    QCOMPARE(dangling.outcome, Outcome::NXDomain);
}

void TestResolver::cnameToOtherZoneIsFollowed()
{
    LdnsResolver resolver(test::nsdConfig());
    const Answer a = resolver.query(QStringLiteral("external.example.test"), RRType::TXT);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.cnameChain, QStringList{QStringLiteral("host.other.test.")});
    QCOMPARE(a.texts(), QList<QByteArray>{QByteArray("other zone")});
}

void TestResolver::cnameLoopIsAnError()
{
    LdnsResolver resolver(test::nsdConfig());
    const Answer a = resolver.query(QStringLiteral("loop1.example.test"), RRType::A);
    QVERIFY(a.isTemporaryFailure());
    QVERIFY2(a.error.contains(QStringLiteral("loop")), qPrintable(a.error));
}

void TestResolver::refusedForZoneNotServed()
{
    LdnsResolver resolver(test::nsdConfig());
    const Answer a = resolver.query(QStringLiteral("example.com"), RRType::A);
    QCOMPARE(a.outcome, Outcome::Refused);
    QVERIFY(a.isTemporaryFailure());
}

void TestResolver::servfail()
{
    LdnsResolver resolver(test::configFor(test::servfailPort()));
    const Answer a = resolver.query(QStringLiteral("example.test"), RRType::A);
    QCOMPARE(a.outcome, Outcome::ServFail);
    QVERIFY(a.isTemporaryFailure());
}

void TestResolver::silentServerTimesOutWithinBound()
{
    ResolverConfig c = test::configFor(test::silentPort(), 300);
    c.attempts = 2;
    LdnsResolver resolver(c);
    QElapsedTimer t;
    t.start();
    const Answer a = resolver.query(QStringLiteral("example.test"), RRType::A);
    const qint64 elapsed = t.elapsed();
    QCOMPARE(a.outcome, Outcome::Timeout);
    QVERIFY2(elapsed >= 500 && elapsed < 2000, qPrintable(QString::number(elapsed)));
    QVERIFY(!a.error.isEmpty());
}

void TestResolver::closedPortEndsWithinBound()
{
    LdnsResolver resolver(test::configFor(test::closedPort(), 300));
    QElapsedTimer t;
    t.start();
    const Answer a = resolver.query(QStringLiteral("example.test"), RRType::A);
    QVERIFY(a.outcome == Outcome::Timeout || a.outcome == Outcome::NetworkError);
    QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
}

void TestResolver::secondServerAnswersWhenFirstIsDead()
{
    ResolverConfig c = test::configFor(test::silentPort(), 300);
    c.servers << ServerAddress{QHostAddress(QHostAddress::LocalHost), test::nsdPort()};
    LdnsResolver resolver(c);
    const Answer a = resolver.query(QStringLiteral("mail.example.test"), RRType::A);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.server, test::nsdServer());
}

// The dead first nameserver cost 15 s where the second answered in 0.15 s: the next server is asked as well
// once the first has been quiet for half a try's timeout. Before, this lookup took attempts x timeout = 4 s.
void TestResolver::deadFirstServerIsNotWaitedFor()
{
    ResolverConfig c = test::configFor(test::silentPort(), 2000);
    c.attempts = 2;
    c.servers << ServerAddress{QHostAddress(QHostAddress::LocalHost), test::nsdPort()};
    LdnsResolver resolver(c);
    QElapsedTimer t;
    t.start();
    const Answer a = resolver.query(QStringLiteral("mail.example.test"), RRType::A);
    const qint64 elapsed = t.elapsed();
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.server, test::nsdServer()); // the evidence names the server that answered
    QCOMPARE(a.records.size(), 1);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed))); // under half the old 4 s
}

// A server that refuses is no reason to wait: the next one is asked at once, not after the hedging delay.
void TestResolver::failingFirstServerIsReplacedAtOnce()
{
    ResolverConfig c = test::configFor(test::servfailPort(), 4000);
    c.servers << ServerAddress{QHostAddress(QHostAddress::LocalHost), test::nsdPort()};
    LdnsResolver resolver(c);
    QElapsedTimer t;
    t.start();
    const Answer a = resolver.query(QStringLiteral("mail.example.test"), RRType::A);
    QCOMPARE(a.outcome, Outcome::NoError);
    QCOMPARE(a.server, test::nsdServer());
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed()))); // the hedge would be 1 s
}

// Asking in parallel changes when, not what: no server answering is still a failure (unknown to the checks), never
// an answer, and it names the last server's reason, as asking one after the other did.
void TestResolver::everyServerFailingIsStillAFailure()
{
    ResolverConfig c = test::configFor(test::silentPort(), 300);
    c.servers << ServerAddress{QHostAddress(QHostAddress::LocalHost), test::servfailPort()};
    LdnsResolver resolver(c);
    QElapsedTimer t;
    t.start();
    const Answer a = resolver.query(QStringLiteral("example.test"), RRType::A);
    QCOMPARE(a.outcome, Outcome::ServFail);
    QVERIFY(a.isTemporaryFailure());
    QCOMPARE(a.server, QStringLiteral("127.0.0.1:%1").arg(test::servfailPort()));
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));

    ResolverConfig silentLast = test::configFor(test::servfailPort(), 300);
    silentLast.servers << ServerAddress{QHostAddress(QHostAddress::LocalHost), test::silentPort()};
    const Answer b = LdnsResolver(silentLast).query(QStringLiteral("example.test"), RRType::A);
    QCOMPARE(b.outcome, Outcome::Timeout);
    QVERIFY(b.isTemporaryFailure());
}

void TestResolver::evidenceCarriesTheTrail()
{
    LdnsResolver resolver(test::nsdConfig());
    const QJsonObject e = resolver.query(QStringLiteral("mail.example.test"), RRType::A).toEvidence();
    QCOMPARE(e.value(QStringLiteral("name")).toString(), QStringLiteral("mail.example.test."));
    QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("A"));
    QCOMPARE(e.value(QStringLiteral("rcode")).toString(), QStringLiteral("NOERROR"));
    QCOMPARE(e.value(QStringLiteral("server")).toString(), test::nsdServer());
    QCOMPARE(e.value(QStringLiteral("answers")).toArray().first().toString(), QStringLiteral("192.0.2.10"));
    QCOMPARE(e.value(QStringLiteral("ttl")).toInt(), 300);
    QVERIFY(e.contains(QStringLiteral("ms")));
}

void TestResolver::cachingResolverSharesOneQuery()
{
    LdnsResolver network(test::nsdConfig());
    CachingResolver cache(network);
    QList<Question> questions;
    for (int i = 0; i < 20; ++i)
        questions << Question{QStringLiteral("mail.example.test"), RRType::A};
    questions << Question{QStringLiteral("MAIL.example.test."), RRType::AAAA};
    const QList<Answer> answers = queryAll(cache, questions);
    QCOMPARE(answers.size(), 21);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(addressText(answers[i].addresses().value(0)), QStringLiteral("192.0.2.10"));
    QCOMPARE(addressText(answers[20].addresses().value(0)), QStringLiteral("2001:db8::10"));
    QCOMPARE(cache.networkQueries(), 2);
}

void TestResolver::names_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << "Example.COM"
                           << "example.com";
    QTest::newRow("trailing dot") << "mail.example.com."
                                  << "mail.example.com";
    QTest::newRow("IDN") << QStringLiteral("bücher.example") << "xn--bcher-kva.example";
    QTest::newRow("mail address") << "me@example.com"
                                  << "";
    QTest::newRow("URL") << "https://example.com"
                         << "";
    QTest::newRow("IP address") << "192.0.2.1"
                                << "";
    QTest::newRow("single label") << "localhost"
                                  << "";
    QTest::newRow("space") << "exa mple.com"
                           << "";
    QTest::newRow("label too long") << QString(QString(64, QLatin1Char('a')) + QStringLiteral(".com")) << "";
    QTest::newRow("leading hyphen") << "-bad.example.com"
                                    << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestResolver::names()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QString why;
    const auto n = normalizeDomain(input, &why);
    if (normalized.isEmpty()) {
        QVERIFY(!n);
        QVERIFY(!why.isEmpty());
    } else {
        QCOMPARE(n.value_or(QString()), normalized);
    }
}

void TestResolver::serverAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("parsed");
    QTest::newRow("v4") << "127.0.0.1"
                        << "127.0.0.1:53";
    QTest::newRow("v4 port") << "127.0.0.1:5353"
                             << "127.0.0.1:5353";
    QTest::newRow("v6 bracket port") << "[::1]:5353"
                                     << "[::1]:5353";
    QTest::newRow("v6 bare") << "::1"
                             << "[::1]:53";
    QTest::newRow("localhost") << "localhost:53"
                               << "127.0.0.1:53";
    QTest::newRow("bad port") << "127.0.0.1:70000"
                              << "";
    QTest::newRow("name") << "dns.example:53"
                          << "";
    QTest::newRow("short v4") << "127.1"
                              << "";
}

void TestResolver::serverAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, parsed);
    const auto s = parseServerAddress(input, 53);
    QCOMPARE(s ? s->toString() : QString(), parsed);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
