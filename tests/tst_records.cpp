// Composing the records to publish (core/report/RecordComposer): every record parses back with the project's own
// SPF, DKIM and DMARC parsers, the SPF records authorize exactly the sending addresses when evaluated, zone-file lines
// hold character-strings of at most 255 bytes that join to the value, and an existing SPF record gets the smallest
// change.
#include "FakeZoneResolver.h"
#include "MailAuthTestData.h"
#include "TestDns.h"
#include "checks/dkim/DkimRecord.h"
#include "checks/dmarc/DmarcRecord.h"
#include "checks/spf/SpfEvaluator.h"
#include "checks/spf/SpfRecord.h"
#include "dns/DnsName.h"
#include "report/RecordComposer.h"

#include <QTest>

using namespace mailready;

// Lists of ASCII literals for test rows (QString has no implicit conversion from const char* here).
static QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}
using checks::dmarc::Policy;

class TestRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void composedRecordsParseAndAuthorize_data();
    void composedRecordsParseAndAuthorize();
    void dkimRsa2048IsSplitInZoneForm();
    void dkimEd25519MatchesRfc8463();
    void longSpfRecordIsSplitAndNoted();
    void existingSpfGetsTheSmallestChange_data();
    void existingSpfGetsTheSmallestChange();
};

// The character-strings of a zone-file TXT line ("a" "b" or ( "a" "b" )), unescaped; the owner and type before them.
struct ZoneLine
{
    QString owner, type;
    QList<QByteArray> strings;
};
static ZoneLine parseZoneLine(const QString& line)
{
    ZoneLine z;
    const QStringList head = line.section(QLatin1Char('"'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    z.owner = head.value(0);
    z.type = head.value(2);
    const QByteArray bytes = line.toUtf8();
    bool in = false;
    QByteArray cur;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char ch = bytes[i];
        if (in && ch == '\\' && i + 1 < bytes.size()) {
            cur += bytes[++i];
        } else if (ch == '"') {
            if (in)
                z.strings << cur;
            cur.clear();
            in = !in;
        } else if (in) {
            cur += ch;
        }
    }
    return z;
}

static void verifyForms(const report::PublishRecord& r)
{
    QVERIFY2(r.name.endsWith(QLatin1Char('.')), qPrintable(r.name));
    QVERIFY(!r.purpose.isEmpty());
    const ZoneLine z = parseZoneLine(r.zoneLine);
    QCOMPARE(z.owner, r.name);
    QCOMPARE(z.type, r.type);
    if (r.type != QLatin1String("TXT")) {
        QVERIFY(r.zoneLine.endsWith(QLatin1Char(' ') + r.value));
        return;
    }
    QVERIFY(!z.strings.isEmpty());
    for (const QByteArray& s : z.strings)
        QVERIFY2(s.size() <= 255, s.constData()); // RFC 1035 3.3
    QCOMPARE(QString::fromUtf8(z.strings.join()), r.value);
}

void TestRecords::composedRecordsParseAndAuthorize_data()
{
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<bool>("softfail");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("rua");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QStringList>("expectedTypes");
    QTest::addColumn<QString>("expectedSpf");

    QTest::newRow("domain-notes home-lab: ip4 -all, HELO a -all, DMARC p=none")
        << strings({"203.0.113.5"}) << "mail.example.com" << QStringList{} << false << int(Policy::None) << QString()
        << false << strings({"A", "TXT", "TXT", "TXT"}) << "v=spf1 ip4:203.0.113.5 -all";
    QTest::newRow("RFC 7208 5.6 ip4 and ip6, softfail while testing")
        << strings({"203.0.113.5", "2001:db8::25"}) << "mail.example.com" << QStringList{} << true
        << int(Policy::Quarantine) << "dmarc@example.com" << false << strings({"A", "AAAA", "TXT", "TXT", "TXT"})
        << "v=spf1 ip4:203.0.113.5 ip6:2001:db8::25 ~all";
    QTest::newRow("RFC 7208 5.2 include of a relay provider")
        << strings({"203.0.113.5"}) << "mail.example.com" << strings({"_spf.relay.example"}) << false
        << int(Policy::Reject) << QString() << true << strings({"A", "TXT", "TXT", "TXT"})
        << "v=spf1 ip4:203.0.113.5 include:_spf.relay.example -all";
    QTest::newRow("RFC 4291 2.5.5.2 IPv4-mapped address is published as A and ip4")
        << strings({"::ffff:203.0.113.5", "203.0.113.5"}) << "mail.example.com" << QStringList{} << false
        << int(Policy::None) << QString() << false << strings({"A", "TXT", "TXT", "TXT"})
        << "v=spf1 ip4:203.0.113.5 -all";
    QTest::newRow("RFC 9989 reports to another domain need its authorization record")
        << strings({"203.0.113.5"}) << "mail.example.com" << QStringList{} << false << int(Policy::None)
        << "reports@dmarc.provider.example" << false << strings({"A", "TXT", "TXT", "TXT", "TXT"})
        << "v=spf1 ip4:203.0.113.5 -all";
    QTest::newRow("RFC 7208 2.3 hostname equal to the domain: no separate HELO record")
        << strings({"203.0.113.5"}) << "example.com" << QStringList{} << false << int(Policy::None) << QString()
        << false << strings({"A", "TXT", "TXT"}) << "v=spf1 ip4:203.0.113.5 -all";
}

void TestRecords::composedRecordsParseAndAuthorize()
{
    QFETCH(QStringList, ips);
    QFETCH(QString, hostname);
    QFETCH(QStringList, includes);
    QFETCH(bool, softfail);
    QFETCH(int, policy);
    QFETCH(QString, rua);
    QFETCH(bool, strict);
    QFETCH(QStringList, expectedTypes);
    QFETCH(QString, expectedSpf);

    report::RecordChoices c;
    c.domain = QStringLiteral("example.com");
    c.hostname = hostname;
    for (const QString& ip : ips)
        c.ips << QHostAddress(ip);
    c.spf.mx = false;
    c.spf.includes = includes;
    c.spf.all = softfail ? spf::Qualifier::SoftFail : spf::Qualifier::Fail;
    c.dmarcPolicy = Policy(policy);
    c.dmarc.reportAddress = rua;
    c.dmarc.strictAlignment = strict;
    const report::ComposedRecords composed = report::composeRecords(c);

    QStringList types;
    FakeZoneResolver dns;
    for (const report::PublishRecord& r : composed.records) {
        verifyForms(r);
        if (QTest::currentTestFailed())
            return;
        types << r.type;
        if (r.type == QLatin1String("TXT"))
            dns.addTxt(dns::displayName(r.name), r.value.toUtf8());
        else
            dns.addAddress(dns::displayName(r.name), r.value);
    }
    QCOMPARE(types, expectedTypes);
    for (const QString& include : includes)
        dns.addTxt(include, "v=spf1 -all");

    // SPF for the domain: parses, is what the choices ask for, and passes every sending address but no other.
    const auto spfAt = [&](const QString& name) {
        for (const report::PublishRecord& r : composed.records)
            if (r.name == dns::absoluteName(name) && spf::isSpfRecord(r.value.toUtf8()))
                return r.value;
        return QString();
    };
    const QString spfRecord = spfAt(c.domain);
    QVERIFY(spf::parseRecord(spfRecord).ok());
    QCOMPARE(spfRecord, expectedSpf);
    for (const QHostAddress& given : c.ips) {
        bool v4 = false;
        const quint32 v4Address = given.toIPv4Address(&v4);
        const QHostAddress ip = v4 ? QHostAddress(v4Address) : given;
        const spf::Evaluation ev =
            spf::checkHost(dns, ip, c.domain, QStringLiteral("postmaster@example.com"), hostname);
        QCOMPARE(ev.word(), QStringLiteral("pass"));
        // The HELO identity (RFC 7208 2.3): postmaster@HELO evaluated at the hostname's own record.
        const spf::Evaluation helo =
            spf::checkHost(dns, ip, hostname, QStringLiteral("postmaster@") + hostname, hostname);
        QCOMPARE(helo.word(), QStringLiteral("pass"));
    }
    const spf::Evaluation other = spf::checkHost(dns, QHostAddress(QStringLiteral("198.51.100.99")), c.domain,
                                                 QStringLiteral("postmaster@example.com"), hostname);
    QCOMPARE(other.word(), softfail ? QStringLiteral("softfail") : QStringLiteral("fail"));

    // DMARC: valid under both RFCs, with the asked policy and alignment.
    const QString dmarcText = [&] {
        for (const report::PublishRecord& r : composed.records)
            if (r.name == QLatin1String("_dmarc.example.com."))
                return r.value;
        return QString();
    }();
    const checks::dmarc::Record dmarc = checks::dmarc::Record::parse(dmarcText);
    QCOMPARE(dmarc.verdict, checks::dmarc::Verdict::Valid);
    QCOMPARE(dmarc.rfc7489, checks::dmarc::Verdict::Valid);
    QCOMPARE(int(dmarc.policy), policy);
    QCOMPARE(dmarc.strictDkim, strict);
    QCOMPARE(dmarc.strictSpf, strict);
    QCOMPARE(dmarc.rua.size(), 1);
    QCOMPARE(dmarc.rua.first().address, rua.isEmpty() ? QStringLiteral("dmarc-reports@example.com") : rua);
    if (rua.endsWith(QLatin1String("provider.example"))) {
        bool found = false;
        for (const report::PublishRecord& r : composed.records)
            found |= r.name == QLatin1String("example.com._report._dmarc.dmarc.provider.example.") &&
                     r.value == QLatin1String("v=DMARC1");
        QVERIFY(found);
    }
}

void TestRecords::dkimRsa2048IsSplitInZoneForm()
{
    // domain-notes: the 2048-bit record is ~410 characters, one string for a panel, several in a zone file.
    QString error;
    const auto key = crypto::PrivateKey::generate(crypto::KeyAlgorithm::Rsa2048, &error);
    QVERIFY2(key, qPrintable(error));
    report::RecordChoices c;
    c.domain = QStringLiteral("example.com");
    c.ips = {QHostAddress(QStringLiteral("203.0.113.5"))};
    c.dkimSelector = QStringLiteral("2026a");
    c.dkimKey = key->publicKey();
    const report::ComposedRecords composed = report::composeRecords(c);
    const report::PublishRecord* dkim = nullptr;
    for (const report::PublishRecord& r : composed.records)
        if (r.name == QLatin1String("2026a._domainkey.example.com."))
            dkim = &r;
    QVERIFY(dkim);
    verifyForms(*dkim);
    const ZoneLine z = parseZoneLine(dkim->zoneLine);
    QVERIFY2(z.strings.size() >= 2, qPrintable(dkim->zoneLine));
    QVERIFY(dkim->value.size() > 255);
    QVERIFY(!dkim->value.contains(QLatin1Char('"')));
    const checks::dkim::KeyRecord record = checks::dkim::KeyRecord::parse(z.strings.join());
    QCOMPARE(record.verdict, checks::dkim::KeyVerdict::Valid);
    QCOMPARE(record.keyBits, 2048);
    QVERIFY(record.key && *record.key == key->publicKey());
    QVERIFY(record.warnings.isEmpty());
}

void TestRecords::dkimEd25519MatchesRfc8463()
{
    // RFC 8463 A.1 seed -> the A.2 brisbane record's p=.
    QString error;
    const QByteArray seed =
        test::readAll(test::sharedTestdata(QStringLiteral("dkim/rfc/rfc8463-A.1-ed25519.seed.b64")));
    const auto key = crypto::PrivateKey::fromEd25519Seed(QByteArray::fromBase64(seed.trimmed()), &error);
    QVERIFY2(key, qPrintable(error));
    const auto zone = test::zoneTxt(test::readAll(test::sharedTestdata(QStringLiteral("dkim/rfc/rfc8463-A.2.zone"))));
    const QString name = QStringLiteral("brisbane._domainkey.football.example.com.");
    QVERIFY(zone.contains(name));
    const checks::dkim::KeyRecord published = checks::dkim::KeyRecord::parse(zone.value(name).first());

    report::RecordChoices c;
    c.domain = QStringLiteral("football.example.com");
    c.dkimSelector = QStringLiteral("brisbane");
    c.dkimKey = key->publicKey();
    const report::ComposedRecords composed = report::composeRecords(c);
    const report::PublishRecord* dkim = nullptr;
    for (const report::PublishRecord& r : composed.records)
        if (r.name == name)
            dkim = &r;
    QVERIFY(dkim);
    verifyForms(*dkim);
    QCOMPARE(parseZoneLine(dkim->zoneLine).strings.size(), 1);
    const checks::dkim::KeyRecord record = checks::dkim::KeyRecord::parse(dkim->value.toUtf8());
    QCOMPARE(record.verdict, checks::dkim::KeyVerdict::Valid);
    QCOMPARE(record.keyType, crypto::KeyType::Ed25519);
    QCOMPARE(record.keyData.toBase64(), published.keyData.toBase64());
}

void TestRecords::longSpfRecordIsSplitAndNoted()
{
    // domain-notes: strings over 255 bytes are split (RFC 7208 3.3), and a record over ~450 bytes is worth a word.
    report::RecordChoices c;
    c.domain = QStringLiteral("example.com");
    for (int i = 1; i <= 20; ++i)
        c.ips << QHostAddress(QStringLiteral("2001:db8:aaaa:bbbb:cccc:dddd:eeee:%1").arg(i, 0, 16));
    const report::ComposedRecords composed = report::composeRecords(c);
    QCOMPARE(composed.records.size(), 1); // no hostname, key or DMARC stage asked for: SPF alone
    const report::PublishRecord& spf = composed.records.first();
    QCOMPARE(spf.name, QStringLiteral("example.com."));
    verifyForms(spf);
    QVERIFY(parseZoneLine(spf.zoneLine).strings.size() >= 3);
    QVERIFY(spf::parseRecord(spf.value).ok());
    bool noted = false;
    for (const QString& n : composed.notes)
        noted |= n.contains(QStringLiteral("UDP"));
    QVERIFY(noted);

    c.ips = {QHostAddress(QStringLiteral("203.0.113.5"))};
    for (const QString& n : report::composeRecords(c).notes)
        QVERIFY2(!n.contains(QStringLiteral("UDP")), qPrintable(n));
}

void TestRecords::existingSpfGetsTheSmallestChange_data()
{
    QTest::addColumn<QList<QByteArray>>("published");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QStringList>("authorized");
    QTest::addColumn<int>("deciding");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("purposeHas");

    QTest::newRow("RFC 7208 5.1 added before -all") << QList<QByteArray>{"v=spf1 mx -all"} << strings({"203.0.113.5"})
                                                    << QStringList{} << -1 << "v=spf1 mx ip4:203.0.113.5 -all"
                                                    << "changed";
    QTest::newRow("RFC 7208 5.6 both families, one at a time")
        << QList<QByteArray>{"v=spf1 mx ~all"} << strings({"203.0.113.5", "2001:db8::25"}) << QStringList{} << -1
        << "v=spf1 mx ip4:203.0.113.5 ip6:2001:db8::25 ~all"
        << "changed";
    QTest::newRow("RFC 7208 4.6.2 before the term that decided against the address")
        << QList<QByteArray>{"v=spf1 -ip4:203.0.113.0/24 mx -all"} << strings({"203.0.113.5"}) << QStringList{} << 0
        << "v=spf1 ip4:203.0.113.5 -ip4:203.0.113.0/24 mx -all"
        << "changed";
    QTest::newRow("RFC 7208 4.6.2 already authorized: unchanged")
        << QList<QByteArray>{"v=spf1 a mx -all"} << strings({"203.0.113.5"}) << strings({"203.0.113.5"}) << -1
        << "v=spf1 a mx -all"
        << "no change";
    QTest::newRow("RFC 7208 3.2 several records are merged")
        << QList<QByteArray>{"v=spf1 mx -all", "v=spf1 a -all"} << strings({"203.0.113.5"}) << QStringList{} << -1
        << "v=spf1 mx a ip4:203.0.113.5 -all"
        << "replaces the 2";
    QTest::newRow("RFC 7208 4.6 invalid published record is replaced")
        << QList<QByteArray>{"v=spf1 ip4:203.0.113 -all"} << strings({"203.0.113.5"}) << QStringList{} << -1
        << "v=spf1 ip4:203.0.113.5 -all"
        << "SPF for example.com";
}

void TestRecords::existingSpfGetsTheSmallestChange()
{
    QFETCH(QList<QByteArray>, published);
    QFETCH(QStringList, ips);
    QFETCH(QStringList, authorized);
    QFETCH(int, deciding);
    QFETCH(QString, expected);
    QFETCH(QString, purposeHas);

    report::RecordChoices c;
    c.domain = QStringLiteral("example.com");
    for (const QString& ip : ips)
        c.ips << QHostAddress(ip);
    c.spf.mx = false;
    report::ExistingSpf existing;
    existing.records = published;
    for (const QString& a : authorized)
        existing.authorized.insert(a);
    if (deciding >= 0)
        existing.decidingIndex.insert(ips.first(), deciding);
    c.existingSpf = existing;
    const report::ComposedRecords composed = report::composeRecords(c);
    QCOMPARE(composed.records.size(), 1);
    const report::PublishRecord& r = composed.records.first();
    verifyForms(r);
    QCOMPARE(r.value, expected);
    QVERIFY(spf::parseRecord(r.value).ok());
    QVERIFY2(r.purpose.contains(purposeHas), qPrintable(r.purpose));
    if (expected != QString::fromUtf8(published.first()))
        QVERIFY(!composed.notes.isEmpty()); // every change is explained
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
