// DKIM without the network: key records (RFC 6376 3.6.1, RFC 8463, RFC 8301), the RFC key and signature vectors,
// signing and verifying, composing the record to publish, signer snippets.
#include "MailAuthTestData.h"
#include "TestDns.h"
#include "checks/dkim/DkimRecord.h"
#include "checks/dkim/DkimSignature.h"
#include "checks/dkim/SignerConfig.h"
#include "crypto/DkimKey.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace mailready;
using namespace mailready::checks::dkim;

Q_DECLARE_METATYPE(crypto::KeyAlgorithm)

class TestDkim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyRecords_data();
    void keyRecords();
    void rfcKeysDeriveTheirRecords_data();
    void rfcKeysDeriveTheirRecords();
    void signedMessages_data();
    void signedMessages();
    void tamperedMessageFails();
    void signAndVerify_data();
    void signAndVerify();
    void provePairDetectsMismatch();
    void composeRoundTrip_data();
    void composeRoundTrip();
    void selectorSuggestion();
    void signerSnippets();
};

static QString shared(const QString& p)
{
    return test::sharedTestdata(p);
}

void TestDkim::keyRecords_data()
{
    QTest::addColumn<QByteArray>("txt");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("lint");
    const QJsonObject data = test::loadYaml(shared(QStringLiteral("dkim/dkim-key-records.yaml"))).toObject();
    const QJsonArray records = data.value(QStringLiteral("records")).toArray();
    QVERIFY(records.size() >= 20);
    for (const QJsonValue& v : records) {
        const QJsonObject r = v.toObject();
        const QString row = QStringLiteral("%1 (%2)").arg(r.value(QStringLiteral("name")).toString(),
                                                          r.value(QStringLiteral("src")).toString());
        QTest::newRow(qPrintable(row)) << r.value(QStringLiteral("txt")).toString().toUtf8()
                                       << r.value(QStringLiteral("expect")).toString()
                                       << r.value(QStringLiteral("lint")).toString();
    }
}

void TestDkim::keyRecords()
{
    QFETCH(QByteArray, txt);
    QFETCH(QString, expect);
    QFETCH(QString, lint);
    const KeyRecord r = KeyRecord::parse(txt);
    QCOMPARE(keyVerdictName(r.verdict), expect);
    QCOMPARE(lintName(r.lint()), lint);
    if (r.verdict == KeyVerdict::Valid) {
        QVERIFY(r.key.has_value());
        QVERIFY(r.keyBits >= 256);
        // Every parser round-trips through its composer: the key re-encodes to the same p= bytes.
        QCOMPARE(r.key->dkimData(), r.keyData);
        const KeyRecord again = KeyRecord::parse(composeKeyRecord(*r.key, r.testing()).toUtf8());
        QCOMPARE(again.verdict, KeyVerdict::Valid);
        QVERIFY(*again.key == *r.key);
    } else {
        QVERIFY(!r.problem.isEmpty());
    }
}

void TestDkim::rfcKeysDeriveTheirRecords_data()
{
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<bool>("seed");
    QTest::addColumn<QString>("zoneFile");
    QTest::addColumn<QString>("name");
    QTest::newRow("RFC 8463 A.1 Ed25519 seed -> A.2 brisbane p=")
        << "dkim/rfc/rfc8463-A.1-ed25519.seed.b64" << true << "dkim/rfc/rfc8463-A.2.zone"
        << "brisbane._domainkey.football.example.com.";
    QTest::newRow("RFC 8463 A.1 RSA PEM -> A.2 test p=")
        << "dkim/rfc/rfc8463-A.1-rsa1024.private.pem" << false << "dkim/rfc/rfc8463-A.2.zone"
        << "test._domainkey.football.example.com.";
    QTest::newRow("RFC 6376 C private key -> C brisbane p=")
        << "dkim/rfc/rfc6376-C-rsa1024.private.pem" << false << "dkim/rfc/rfc6376-C.zone"
        << "brisbane._domainkey.example.com.";
    QTest::newRow("dkimpy ed25519test.key seed -> ed25519test.dns")
        << "dkim/dkimpy/ed25519test.key" << true << QString()
        << "k=ed25519; p=yi50DjK5O9pqbFpNHklsv9lqaS0ArSYu02qp1S0DW1Y=";
}

void TestDkim::rfcKeysDeriveTheirRecords()
{
    QFETCH(QString, keyFile);
    QFETCH(bool, seed);
    QFETCH(QString, zoneFile);
    QFETCH(QString, name);
    QString error;
    const QByteArray content = test::readAll(shared(keyFile));
    const auto key = seed ? crypto::PrivateKey::fromEd25519Seed(QByteArray::fromBase64(content.trimmed()), &error)
                          : crypto::PrivateKey::fromPem(content, &error);
    QVERIFY2(key, qPrintable(error));
    QByteArray published;
    if (zoneFile.isEmpty()) {
        published = name.toUtf8();
    } else {
        const auto zone = test::zoneTxt(test::readAll(shared(zoneFile)));
        QVERIFY2(zone.contains(name), qPrintable(name));
        published = zone.value(name).first();
    }
    const KeyRecord record = KeyRecord::parse(published);
    QCOMPARE(record.verdict, KeyVerdict::Valid);
    QCOMPARE(key->publicKey().dkimData().toBase64(), record.keyData.toBase64());
    QVERIFY(key->publicKey() == *record.key);
    // The pair also proves itself end to end: sign with the private key, verify with the published record.
    const PairProof proof = provePair(*key, published, QStringLiteral("example.com"), QStringLiteral("s"));
    QVERIFY2(proof.matches, qPrintable(proof.detail));
}

static KeyFetcher fetcherFor(const QHash<QString, QList<QByteArray>>& records)
{
    return [records](const QString& selector, const QString& domain) {
        KeyFetch f;
        f.records = records.value(keyRecordName(selector, domain));
        return f;
    };
}

void TestDkim::signedMessages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // "selector:algorithm:result" per signature, in order
    QTest::newRow("RFC 8463 A.3 ed25519 + rsa relaxed/relaxed")
        << "dkim/rfc/rfc8463-A.3-signed.eml"
        << QStringList{QStringLiteral("brisbane:ed25519-sha256:pass"), QStringLiteral("test:rsa-sha256:pass")};
    QTest::newRow("RFC 6376 A.2 rsa simple/simple")
        << "dkim/rfc/rfc6376-A.2-signed.eml" << QStringList{QStringLiteral("brisbane:rsa-sha256:pass")};
    QTest::newRow("dkimpy rfc6376.signed.msg (draft RFC 8463 vectors) simple/simple")
        << "dkim/dkimpy/rfc6376.signed.msg"
        << QStringList{QStringLiteral("brisbane:ed25519-sha256:pass"), QStringLiteral("test:rsa-sha256:pass")};
    QTest::newRow("dkimpy ed25519test2.msg signed by Exim")
        << "dkim/dkimpy/ed25519test2.msg" << QStringList{QStringLiteral("sed:ed25519-sha256:pass")};
}

static QHash<QString, QList<QByteArray>> allVectorKeys()
{
    auto keys = test::zoneTxt(test::readAll(shared(QStringLiteral("dkim/rfc/rfc8463-A.2.zone"))));
    keys.insert(test::zoneTxt(test::readAll(shared(QStringLiteral("dkim/rfc/rfc6376-C.zone")))));
    keys.insert(QStringLiteral("sed._domainkey.test.ex."),
                {test::readAll(shared(QStringLiteral("dkim/dkimpy/eximtest.dns"))).trimmed()});
    return keys;
}

void TestDkim::signedMessages()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const auto results = verifyMessage(test::readAll(shared(file)), fetcherFor(allVectorKeys()));
    QStringList got;
    for (const SignatureResult& r : results) {
        got << QStringLiteral("%1:%2:%3").arg(r.selector, r.algorithm, SignatureResult::resultName(r.result));
        if (r.result != SignatureResult::Pass)
            qWarning("%s: %s", qPrintable(r.selector), qPrintable(r.reason));
    }
    QCOMPARE(got, expected);
}

void TestDkim::tamperedMessageFails()
{
    QByteArray message = test::readAll(shared(QStringLiteral("dkim/rfc/rfc8463-A.3-signed.eml")));
    // A changed body fails the body hash; a changed signed header fails the signature.
    QByteArray body = message;
    body.replace("Joe.", "Jim.");
    for (const SignatureResult& r : verifyMessage(body, fetcherFor(allVectorKeys())))
        QCOMPARE(r.result, SignatureResult::Fail);
    QByteArray header = message;
    header.replace("Subject: Is dinner ready?", "Subject: Is lunch ready?");
    for (const SignatureResult& r : verifyMessage(header, fetcherFor(allVectorKeys())))
        QCOMPARE(r.result, SignatureResult::Fail);
    // A temporary key lookup failure is temperror, never fail.
    const auto temp = verifyMessage(message, [](const QString&, const QString&) {
        KeyFetch f;
        f.temporaryFailure = true;
        return f;
    });
    QCOMPARE(temp.size(), 2);
    for (const SignatureResult& r : temp)
        QCOMPARE(r.result, SignatureResult::TempError);
}

void TestDkim::signAndVerify_data()
{
    QTest::addColumn<crypto::KeyAlgorithm>("algorithm");
    QTest::newRow("RFC 6376 rsa-sha256 2048") << crypto::KeyAlgorithm::Rsa2048;
    QTest::newRow("RFC 8463 ed25519-sha256") << crypto::KeyAlgorithm::Ed25519;
}

void TestDkim::signAndVerify()
{
    QFETCH(crypto::KeyAlgorithm, algorithm);
    const auto key = crypto::PrivateKey::generate(algorithm);
    QVERIFY(key);
    const QByteArray message = "From: A <a@dkim.test>\r\nTo: b@dkim.test\r\nSubject:  spaced   out \r\n\r\n"
                               "Hello  world \r\n\r\n\r\n";
    const QByteArray signedMessage = signMessage(message, *key, QStringLiteral("dkim.test"), QStringLiteral("s1"));
    QVERIFY(signedMessage.startsWith("DKIM-Signature: v=1; a=" + crypto::signingAlgorithm(key->type()).toLatin1()));
    QHash<QString, QList<QByteArray>> keys;
    keys.insert(QStringLiteral("s1._domainkey.dkim.test."), {composeKeyRecord(key->publicKey()).toUtf8()});
    auto results = verifyMessage(signedMessage, fetcherFor(keys));
    QCOMPARE(results.size(), 1);
    QCOMPARE(SignatureResult::resultName(results.first().result), QStringLiteral("pass"));
    // Relaxed canonicalization survives re-folding of white space (RFC 6376 3.4.2/3.4.4) ...
    QByteArray refolded = signedMessage;
    refolded.replace("Subject:  spaced   out ", "Subject: spaced out");
    refolded.replace("Hello  world ", "Hello world");
    QCOMPARE(verifyMessage(refolded, fetcherFor(keys)).first().result, SignatureResult::Pass);
    // ... but not a changed word.
    refolded.replace("Hello world", "Hallo world");
    QCOMPARE(verifyMessage(refolded, fetcherFor(keys)).first().result, SignatureResult::Fail);
}

void TestDkim::provePairDetectsMismatch()
{
    const auto a = crypto::PrivateKey::generate(crypto::KeyAlgorithm::Rsa2048);
    const auto b = crypto::PrivateKey::generate(crypto::KeyAlgorithm::Rsa2048);
    const auto e = crypto::PrivateKey::generate(crypto::KeyAlgorithm::Ed25519);
    QVERIFY(a && b && e);
    const QByteArray recordA = composeKeyRecord(a->publicKey()).toUtf8();
    QVERIFY(provePair(*a, recordA, QStringLiteral("dkim.test"), QStringLiteral("x")).matches);
    const PairProof wrong = provePair(*b, recordA, QStringLiteral("dkim.test"), QStringLiteral("x"));
    QVERIFY(!wrong.matches);
    QVERIFY2(wrong.detail.contains(QStringLiteral("does not verify")), qPrintable(wrong.detail));
    QVERIFY(!provePair(*e, recordA, QStringLiteral("dkim.test"), QStringLiteral("x")).matches);
    QVERIFY(!(a->publicKey() == b->publicKey()));
}

void TestDkim::composeRoundTrip_data()
{
    QTest::addColumn<crypto::KeyAlgorithm>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::newRow("rsa-2048") << crypto::KeyAlgorithm::Rsa2048 << 2048;
    QTest::newRow("rsa-3072") << crypto::KeyAlgorithm::Rsa3072 << 3072;
    QTest::newRow("rsa-4096") << crypto::KeyAlgorithm::Rsa4096 << 4096;
    QTest::newRow("ed25519 (RFC 8463)") << crypto::KeyAlgorithm::Ed25519 << 256;
}

void TestDkim::composeRoundTrip()
{
    QFETCH(crypto::KeyAlgorithm, algorithm);
    QFETCH(int, bits);
    const auto key = crypto::PrivateKey::generate(algorithm);
    QVERIFY(key);
    QCOMPARE(key->bits(), bits);
    const QString record = composeKeyRecord(key->publicKey());
    const KeyRecord parsed = KeyRecord::parse(record.toUtf8());
    QCOMPARE(parsed.verdict, KeyVerdict::Valid);
    QCOMPARE(parsed.lint(), Lint::Ok);
    QCOMPARE(parsed.keyBits, bits);
    QVERIFY(*parsed.key == key->publicKey());
    // The PEM is PKCS#8 and reads back to the same key.
    const QByteArray pem = key->toPkcs8Pem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
    QVERIFY(crypto::PrivateKey::fromPem(pem)->publicKey() == key->publicKey());
    // Zone-file form: strings of at most 255 bytes that join to the record (RFC 1035 3.3, RFC 6376 3.6.2.2).
    const QString line = zoneFileLine(QStringLiteral("2026a"), QStringLiteral("Dkim.Test"), record);
    QVERIFY(line.startsWith(QStringLiteral("2026a._domainkey.dkim.test. IN TXT ( \"")));
    const auto zone = test::zoneTxt(line.toUtf8());
    QCOMPARE(zone.value(QStringLiteral("2026a._domainkey.dkim.test.")).value(0), record.toUtf8());
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    int strings = 0;
    for (auto it = quoted.globalMatch(line); it.hasNext(); ++strings)
        QVERIFY(it.next().captured(1).toUtf8().size() <= 255);
    QCOMPARE(strings, int((record.toUtf8().size() + 254) / 255));
    const QString note = publishingNote(key->publicKey());
    if (bits == 4096)
        QVERIFY(note.contains(QStringLiteral("UDP")) && note.contains(QStringLiteral("panels")));
    if (bits == 2048)
        QVERIFY(note.isEmpty());
}

void TestDkim::selectorSuggestion()
{
    QCOMPARE(suggestSelector(QDate(2026, 11, 27)), QStringLiteral("2026a"));
    QCOMPARE(suggestSelector(QDate(2026, 11, 27), {QStringLiteral("2026a")}), QStringLiteral("2026b"));
    QCOMPARE(keyRecordName(QStringLiteral("2026a"), QStringLiteral("example.com")),
             QStringLiteral("2026a._domainkey.example.com."));
    QVERIFY(isValidSelector(QStringLiteral("2026a")));
    QVERIFY(isValidSelector(QStringLiteral("mail.eu")));
    QVERIFY(!isValidSelector(QStringLiteral("bad selector")));
    QVERIFY(!isValidSelector(QStringLiteral("a..b")));
}

void TestDkim::signerSnippets()
{
    const SignerSetup s{QStringLiteral("example.com"), QStringLiteral("2026a"),
                        QStringLiteral("/etc/dkim/2026a.private.pem")};
    const QString od = openDkimConfig(s);
    QVERIFY(od.contains(QStringLiteral("2026a._domainkey.example.com example.com:2026a:/etc/dkim/2026a.private.pem")));
    QVERIFY(od.contains(QStringLiteral("*@example.com 2026a._domainkey.example.com")));
    QVERIFY(od.contains(QStringLiteral("smtpd_milters")));
    const QString rs = rspamdConfig(s);
    QVERIFY(rs.contains(QStringLiteral("selector = \"2026a\"")) && rs.contains(QStringLiteral("example.com {")));
    QVERIFY(eximConfig(s).contains(QStringLiteral("dkim_selector = 2026a")));
}

QTEST_GUILESS_MAIN(TestDkim)
#include "tst_dkim.moc"
