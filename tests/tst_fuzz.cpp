// Replays the kept fuzz corpus and every reproducer of a past finding (fuzz/regressions/TARGET/) through the fuzz
// targets' functions: a parser that crashes, hangs, trips a sanitizer or breaks a target's invariants fails here,
// in the ordinary test run, without clang or libFuzzer.
#include "FuzzTargets.h"
#include "TestDns.h"
#include "checks/dmarc/DmarcComposer.h"
#include "checks/dmarc/DmarcRecord.h"
#include "checks/spf/SpfRecord.h"
#include "dns/DnsName.h"
#include "dns/LdnsResolver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace mailready;

class TestFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data();
    void replay();
    void findingsStayFixed_data();
    void findingsStayFixed();
    void emptyPortIsAnError();
    void addressWithTrailingBytesIsNoAddress();
    void spfIp6MappedTermKeepsItsSpelling();
    void txtWithEmptyRdataIsNoRecord();
    void composedDmarcReadsBackTheReportAddress_data();
    void composedDmarcReadsBackTheReportAddress();
};

void TestFuzz::replay_data()
{
    QTest::addColumn<QString>("target");
    for (const fuzz::Target& t : fuzz::allTargets())
        QTest::newRow(t.name) << QString::fromLatin1(t.name);
}

void TestFuzz::replay()
{
    QFETCH(QString, target);
    fuzz::TargetFunction run = nullptr;
    for (const fuzz::Target& t : fuzz::allTargets())
        if (target == QLatin1String(t.name))
            run = t.run;
    QVERIFY(run);
    int corpus = 0, regressions = 0;
    qint64 slowest = 0;
    for (const QString& kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        const QDir dir(test::sourcePath(QStringLiteral("fuzz/%1/%2").arg(kind, target)));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(file));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray bytes = f.readAll();
            QElapsedTimer timer;
            timer.start();
            run(reinterpret_cast<const uint8_t*>(bytes.constData()), static_cast<size_t>(bytes.size()));
            slowest = qMax(slowest, timer.elapsed());
            (kind == QLatin1String("corpus") ? corpus : regressions)++;
        }
    }
    qInfo("%s: %d corpus files, %d reproducers, slowest %lld ms", qPrintable(target), corpus, regressions, slowest);
    QVERIFY2(corpus > 0, "the kept corpus of this target is empty");
    // A single input that takes seconds is a hang in waiting (the fuzzer's own timeout is 10 s).
    QVERIFY2(slowest < 5000, qPrintable(QStringLiteral("slowest input took %1 ms").arg(slowest)));
}

void TestFuzz::findingsStayFixed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    // fuzz/regressions/dns_name/two-trailing-dots: "example.com.." came back as "example.com." (an empty label kept).
    QTest::newRow("RFC 1035 2.3.1 two trailing dots") << QStringLiteral("example.com..") << false;
    QTest::newRow("RFC 1035 2.3.1 leading dot") << QStringLiteral(".example.com") << false;
    QTest::newRow("RFC 1035 2.3.1 empty label inside") << QStringLiteral("mail..example.com") << false;
    QTest::newRow("RFC 1034 3.1 one trailing dot is the root") << QStringLiteral("example.com.") << true;
    // fuzz/regressions/dns_name/superscript-digit-makes-an-address: IDNA maps U+00B2 to "2", giving an address.
    QTest::newRow("RFC 5891 4.2.3 compatibility digits forming an address") << QStringLiteral("1.2.3.1\u00b2") << false;
    // fuzz/regressions/dns_name/label-mapped-to-nothing: 42 bytes 0xFF read as UTF-8 are 42 U+FFFD, which IDNA
    // maps to nothing: "1.2.3." came back, an empty last label.
    QTest::newRow("RFC 5891 4.2.3 label that converts to nothing")
        << QString::fromUtf8(QByteArray("1.2.3.") + QByteArray(42, '\xff')) << false;
    QTest::newRow("RFC 5891 4.2.3 full-width digits forming an address")
        << QStringLiteral("\uff11\uff19\uff12.0.2.1") << false;
}

void TestFuzz::findingsStayFixed()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QString why;
    const auto name = dns::normalizeDomain(input, &why);
    QCOMPARE(name.has_value(), accepted);
    if (name)
        QCOMPARE(*name, QStringLiteral("example.com"));
    else
        QVERIFY(!why.isEmpty());
}

void TestFuzz::emptyPortIsAnError()
{
    // "127.0.0.1:" used to mean port 53: a port left out by mistake sent every query to another server.
    QString why;
    QVERIFY(!dns::parseServerAddress(QStringLiteral("127.0.0.1:"), 53, &why));
    QVERIFY(why.contains(QStringLiteral("port")));
    QVERIFY(!dns::parseServerAddress(QStringLiteral("[::1]:"), 53, &why));
    QCOMPARE(dns::parseServerAddress(QStringLiteral("127.0.0.1"), 53)->port, quint16(53));
    QCOMPARE(dns::parseServerAddress(QStringLiteral("[::1]:5353"), 53)->port, quint16(5353));
}

void TestFuzz::addressWithTrailingBytesIsNoAddress()
{
    // fuzz/regressions/ip_echo/nul-after-address: QHostAddress stops at a NUL, so an echo body "2001:db8::5\0junk"
    // was taken for the address.
    QVERIFY(!dns::parseAddress(QString::fromLatin1(QByteArray("2001:db8::5\0junk", 16))));
    QVERIFY(!dns::parseAddress(QString::fromLatin1(QByteArray("192.0.2.1\0", 10))));
    QVERIFY(!dns::parseAddress(QStringLiteral("fe80::1%eth0")));
    QVERIFY(dns::parseAddress(QStringLiteral("::ffff:192.0.2.1")));
    QVERIFY(dns::parseAddress(QStringLiteral(" 2001:DB8::5 ")));
}

void TestFuzz::composedDmarcReadsBackTheReportAddress_data()
{
    QTest::addColumn<QString>("address");
    // fuzz/regressions/dmarc_record/semicolon-in-report-address: "a;b@..." was written raw and ended the tag.
    QTest::newRow("RFC 7489 6.2 semicolon") << QStringLiteral("a;b@example.com");
    QTest::newRow("RFC 7489 6.2 comma") << QStringLiteral("a,b@example.com");
    QTest::newRow("RFC 7489 6.2 exclamation mark") << QStringLiteral("a!10m@example.com");
    QTest::newRow("RFC 6068 2 percent sign") << QStringLiteral("a%3Bb@example.com");
    QTest::newRow("RFC 7489 6.2 plain") << QStringLiteral("dmarc@example.com");
}

void TestFuzz::composedDmarcReadsBackTheReportAddress()
{
    QFETCH(QString, address);
    checks::dmarc::ComposeOptions options;
    options.domain = QStringLiteral("example.com");
    options.reportAddress = address;
    const QString record = checks::dmarc::composeRecord(checks::dmarc::Policy::Reject, options);
    const auto parsed = checks::dmarc::Record::parse(record);
    QVERIFY2(checks::dmarc::isUsable(parsed.verdict), qPrintable(record + QLatin1Char(' ') + parsed.problem));
    QCOMPARE(parsed.policy, checks::dmarc::Policy::Reject);
    QCOMPARE(parsed.rua.size(), 1);
    QCOMPARE(parsed.rua.first().address, address);
}

void TestFuzz::spfIp6MappedTermKeepsItsSpelling()
{
    // fuzz/regressions/spf_record/ip6-v4-mapped-canonical: "ip6:::FFFF:1.2.3.4" was written back as "ip6:1.2.3.4",
    // which is not a valid term, so a record composed from the user's own terms failed to parse.
    const auto parsed = spf::parseRecord(QByteArray("v=spf1 ip6:::FFFF:192.0.2.1/128 -all"));
    QVERIFY(parsed.ok());
    const QString canonical = parsed.record->terms.first().canonical();
    QCOMPARE(canonical, QStringLiteral("ip6:::ffff:192.0.2.1/128"));
    QVERIFY(spf::parseRecord(QStringLiteral("v=spf1 ") + canonical).ok());
}

void TestFuzz::txtWithEmptyRdataIsNoRecord()
{
    // fuzz/regressions/dns_reply/txt-with-empty-rdata: a TXT record with RDLENGTH 0 (RFC 1035 3.3.14 wants one or more
    // character-strings) was read as a record holding "". It is dropped, like an A record of the wrong size.
    // Header (one question, one answer), the question home.test. TXT IN, the answer TXT IN TTL 300 RDLENGTH 0.
    QByteArray reply = QByteArray::fromHex("4d52858000010001000000000468"
                                           "6f6d65047465737400"
                                           "00100001"
                                           "c00c00100001"
                                           "0000012c0000");
    const dns::Answer a = dns::answerFromReplies(QStringLiteral("home.test"), dns::RRType::TXT, {reply});
    QCOMPARE(dns::outcomeName(a.outcome), QStringLiteral("NODATA"));
    QVERIFY(a.records.isEmpty());
    // The same reply with one empty character-string is a record, and holds "".
    reply.chop(2);
    reply += QByteArray::fromHex("000100"); // RDLENGTH 1: one empty character-string
    const dns::Answer b = dns::answerFromReplies(QStringLiteral("home.test"), dns::RRType::TXT, {reply});
    QCOMPARE(b.outcome, dns::Outcome::NoError);
    QCOMPARE(b.records.size(), 1);
    QCOMPARE(b.records.first().txtStrings, QList<QByteArray>{QByteArray()});
}

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
