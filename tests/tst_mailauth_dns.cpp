// DKIM and DMARC against the fixture's NSD: `mailready check` verdicts on the test zones dkim.test and dmarc-test,
// discovery cases through a real server, and the cross-checks with opendkim-testkey (Debian's OpenDKIM, through
// libunbound pointed at NSD) and dkimpy (python3-dkim, through dnspython pointed at NSD).
#include "MailAuthTestData.h"
#include "TestDns.h"
#include "checks/dkim/DkimRecord.h"
#include "checks/dkim/DkimSignature.h"
#include "checks/dmarc/DmarcDiscovery.h"
#include "crypto/DkimKey.h"
#include "dns/LdnsResolver.h"

#include <QDir>
#include <QTemporaryDir>

using namespace mailready;

class TestMailAuthDns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dkimCheck_data();
    void dkimCheck();
    void dkimSeveralSelectorsAndOrder();
    void dkimSkippedWithoutSelector();
    void servfailIsUnknown();
    void opendkimTestkey_data();
    void opendkimTestkey();
    void dkimpySignsMailreadyVerifies_data();
    void dkimpySignsMailreadyVerifies();
    void dkimpyVerifiesMailreadySignature_data();
    void dkimpyVerifiesMailreadySignature();
    void dmarcCheck_data();
    void dmarcCheck();
    void discoveryThroughNsd_data();
    void discoveryThroughNsd();

private:
    QTemporaryDir m_dir;
    QString m_opendkimConf;
};

static QString fixtureKey(const QString& name)
{
    if (name.endsWith(QLatin1String(".txt")))
        return test::sourcePath(QStringLiteral("tests/dkim/") + name); // not a key at all
    if (name.startsWith(QLatin1String("rfc8463")))
        return test::sharedTestdata(QStringLiteral("dkim/rfc/rfc8463-A.1-rsa1024.private.pem"));
    return test::sourcePath(QStringLiteral("tests/dkim/%1.private.pem").arg(name));
}

void TestMailAuthDns::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // libunbound (which Debian's OpenDKIM is built with) reads an unbound.conf: a stub zone to NSD, no validation,
    // and "test." no longer answered locally (unbound serves RFC 6761 names itself by default).
    const QString unbound = m_dir.filePath(QStringLiteral("unbound.conf"));
    QFile u(unbound);
    QVERIFY(u.open(QIODevice::WriteOnly));
    u.write(QStringLiteral("server:\n    do-not-query-localhost: no\n    module-config: \"iterator\"\n"
                           "    local-zone: \"test.\" nodefault\nstub-zone:\n    name: \"dkim.test\"\n"
                           "    stub-addr: 127.0.0.1@%1\n")
                .arg(test::nsdPort())
                .toUtf8());
    u.close();
    m_opendkimConf = m_dir.filePath(QStringLiteral("opendkim.conf"));
    QFile c(m_opendkimConf);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("ResolverConfiguration " + unbound.toUtf8() + "\n");
}

void TestMailAuthDns::dkimCheck_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("key"); // fixture key name, or empty
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<int>("keyBits");
    QTest::newRow("keygen rsa-2048, matching key") << "good"
                                                   << "good"
                                                   << "pass"
                                                   << "rsa" << 2048;
    QTest::newRow("keygen ed25519 (RFC 8463), matching key") << "ed"
                                                             << "ed"
                                                             << "pass"
                                                             << "ed25519" << 256;
    QTest::newRow("record split over many strings (RFC 6376 3.6.2.2)") << "split"
                                                                       << "good"
                                                                       << "pass"
                                                                       << "rsa" << 2048;
    QTest::newRow("mismatched key") << "good"
                                    << "other"
                                    << "fail"
                                    << "rsa" << 2048;
    QTest::newRow("ed25519 record, rsa key file") << "ed"
                                                  << "good"
                                                  << "fail"
                                                  << "ed25519" << 256;
    QTest::newRow("RFC 8301 1024-bit key warns") << "short"
                                                 << "rfc8463"
                                                 << "warn"
                                                 << "rsa" << 1024;
    QTest::newRow("RFC 6376 3.6.1 t=y warns") << "testing"
                                              << "good"
                                              << "warn"
                                              << "rsa" << 2048;
    QTest::newRow("RFC 6376 3.6.1 revoked (empty p=)") << "revoked"
                                                       << "good"
                                                       << "fail"
                                                       << "rsa" << 0;
    QTest::newRow("RFC 8301 3.2 512-bit key") << "weak" << QString() << "fail"
                                              << "rsa" << 512;
    QTest::newRow("k= names an algorithm, not a key type") << "badk" << QString() << "fail"
                                                           << "ed25519-sha256" << 0;
    QTest::newRow("missing record") << "missing" << QString() << "fail" << QString() << 0;
    QTest::newRow("key file that holds no key: unverified, not failed") << "good"
                                                                        << "good.txt"
                                                                        << "unknown"
                                                                        << "rsa" << 2048;
    QTest::newRow("two records at one selector") << "twice" << QString() << "warn"
                                                 << "rsa" << 2048;
}

void TestMailAuthDns::dkimCheck()
{
    QFETCH(QString, selector);
    QFETCH(QString, key);
    QFETCH(QString, status);
    QFETCH(QString, keyType);
    QFETCH(int, keyBits);
    QStringList args{QStringLiteral("--json"),       QStringLiteral("check"),
                     QStringLiteral("--domain"),     QStringLiteral("dkim.test"),
                     QStringLiteral("--ip"),         QStringLiteral("192.0.2.10"),
                     QStringLiteral("--selector"),   selector,
                     QStringLiteral("--nameserver"), test::nsdServer()};
    if (!key.isEmpty())
        args << QStringLiteral("--dkim-key") << fixtureKey(key);
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(args << QStringLiteral("--json"), &code);
    const QJsonObject dkim = test::checkById(report, QStringLiteral("dkim"));
    QCOMPARE(dkim.value(QStringLiteral("status")).toString(), status);
    const QJsonArray items = dkim.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(QStringLiteral("selector")).toString(), selector);
    QCOMPARE(item.value(QStringLiteral("status")).toString(), status);
    QVERIFY(item.contains(QStringLiteral("key_type")) && item.contains(QStringLiteral("key_bits")));
    QCOMPARE(item.value(QStringLiteral("key_type")).toString(), keyType);
    QCOMPARE(item.value(QStringLiteral("key_bits")).toInt(), keyBits);
    QVERIFY(!dkim.value(QStringLiteral("evidence")).toArray().isEmpty());
    if (status == QLatin1String("fail"))
        QCOMPARE(code, 1);
    if (status != QLatin1String("pass"))
        QVERIFY(!dkim.value(QStringLiteral("findings")).toArray().isEmpty());
    if (key == QLatin1String("other") || (selector == QLatin1String("ed") && key == QLatin1String("good"))) {
        QCOMPARE(item.value(QStringLiteral("matches_key_file")).toBool(true), false);
        const QString fix =
            dkim.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("fix")).toString();
        QVERIFY2(fix.contains(QStringLiteral("v=DKIM1; k=")), qPrintable(fix));
    }
    if (!key.isEmpty() && status == QLatin1String("pass"))
        QCOMPARE(item.value(QStringLiteral("matches_key_file")).toBool(false), true);
}

void TestMailAuthDns::dkimSeveralSelectorsAndOrder()
{
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        {QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("dkim.test"),
         QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--selector"), QStringLiteral("good"),
         QStringLiteral("--selector"), QStringLiteral("ed"), QStringLiteral("--dkim-key"),
         fixtureKey(QStringLiteral("good")), QStringLiteral("--nameserver"), test::nsdServer()},
        &code);
    const QJsonObject dkim = test::checkById(report, QStringLiteral("dkim"));
    QCOMPARE(dkim.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QCOMPARE(dkim.value(QStringLiteral("items")).toArray().size(), 2);
    // The key file is compared with the first selector only.
    QVERIFY(
        !dkim.value(QStringLiteral("items")).toArray().at(1).toObject().contains(QStringLiteral("matches_key_file")));
    QStringList ids;
    for (const QJsonValue& c : report.value(QStringLiteral("checks")).toArray())
        ids << c.toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(ids.indexOf(QStringLiteral("dkim")) < ids.indexOf(QStringLiteral("dmarc")), qPrintable(ids.join(u',')));
    QCOMPARE(test::checkById(report, QStringLiteral("dmarc")).value(QStringLiteral("status")).toString(),
             QStringLiteral("pass"));
}

void TestMailAuthDns::dkimSkippedWithoutSelector()
{
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        {QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("dkim.test"),
         QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--nameserver"), test::nsdServer()},
        &code);
    QCOMPARE(test::checkById(report, QStringLiteral("dkim")).value(QStringLiteral("status")).toString(),
             QStringLiteral("skipped"));
}

void TestMailAuthDns::servfailIsUnknown()
{
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        {QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("dkim.test"),
         QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--selector"), QStringLiteral("good"),
         QStringLiteral("--dkim-key"), fixtureKey(QStringLiteral("good")), QStringLiteral("--nameserver"),
         QStringLiteral("127.0.0.1:%1").arg(test::servfailPort())},
        &code);
    QCOMPARE(test::checkById(report, QStringLiteral("dkim")).value(QStringLiteral("status")).toString(),
             QStringLiteral("unknown"));
    QCOMPARE(test::checkById(report, QStringLiteral("dmarc")).value(QStringLiteral("status")).toString(),
             QStringLiteral("unknown"));
    QCOMPARE(code, 2);
}

// opendkim-testkey needs the key file unreadable by others, or it only warns; a copy with mode 0600.
static QString privateCopy(const QTemporaryDir& dir, const QString& key)
{
    const QString path = dir.filePath(QFileInfo(key).fileName());
    QFile::remove(path);
    QFile::copy(key, path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void TestMailAuthDns::opendkimTestkey_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::newRow("keygen rsa-2048 key matches") << "good"
                                                 << "good" << 0 << "key OK";
    QTest::newRow("split record matches") << "split"
                                          << "good" << 0 << "key OK";
    QTest::newRow("mismatched key") << "good"
                                    << "other" << 65 << "keys do not match";
    QTest::newRow("1024-bit RFC 8463 key matches") << "short"
                                                   << "rfc8463" << 0 << "key OK";
    QTest::newRow("revoked") << "revoked" << QString() << 69 << "Revoked key";
    // Debian's OpenDKIM 2.11 compares RSA keys only (EVP_PKEY_get1_RSA); it can still check the Ed25519 record.
    QTest::newRow("ed25519 record (no key comparison)") << "ed" << QString() << 0 << "key OK";
    QTest::newRow("missing") << "missing" << QString() << 69 << "record not found";
}

void TestMailAuthDns::opendkimTestkey()
{
    QFETCH(QString, selector);
    QFETCH(QString, key);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QStringList args{QStringLiteral("-x"), m_opendkimConf, QStringLiteral("-d"),  QStringLiteral("dkim.test"),
                     QStringLiteral("-s"), selector,       QStringLiteral("-vvv")};
    if (!key.isEmpty())
        args << QStringLiteral("-k") << privateCopy(m_dir, fixtureKey(key));
    QProcess p;
    p.start(QStringLiteral("/usr/sbin/opendkim-testkey"), args);
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(text.contains(output), qPrintable(text));
    QCOMPARE(p.exitCode(), exitCode);

    // MailReady agrees with OpenDKIM on the same record and key.
    if (!key.isEmpty()) {
        int code = -1;
        const QJsonObject report = test::runMailreadyJson(
            {QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--domain"), QStringLiteral("dkim.test"),
             QStringLiteral("--ip"), QStringLiteral("192.0.2.10"), QStringLiteral("--selector"), selector,
             QStringLiteral("--dkim-key"), fixtureKey(key), QStringLiteral("--nameserver"), test::nsdServer()},
            &code);
        const QJsonObject item =
            test::checkById(report, QStringLiteral("dkim")).value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("matches_key_file")).toBool(), exitCode == 0);
    }
}

static QString dkimpy(const QStringList& args)
{
    QProcess p;
    p.start(
        QStringLiteral("/usr/bin/python3"),
        QStringList{test::sourcePath(QStringLiteral("tests/dkim/dkimpy_check.py")), QString::number(test::nsdPort())} +
            args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("timeout");
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        qWarning("dkimpy: %s", err.constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void TestMailAuthDns::dkimpySignsMailreadyVerifies_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("result");
    QTest::newRow("keygen rsa-2048 key") << "good"
                                         << "good"
                                         << "pass";
    QTest::newRow("split record") << "split"
                                  << "good"
                                  << "pass";
    QTest::newRow("keygen ed25519 key (RFC 8463)") << "ed"
                                                   << "ed"
                                                   << "pass";
    QTest::newRow("mismatched key") << "good"
                                    << "other"
                                    << "fail";
    QTest::newRow("revoked record") << "revoked"
                                    << "good"
                                    << "fail";
    QTest::newRow("1024-bit key") << "short"
                                  << "rfc8463"
                                  << "pass";
}

void TestMailAuthDns::dkimpySignsMailreadyVerifies()
{
    QFETCH(QString, selector);
    QFETCH(QString, key);
    QFETCH(QString, result);
    // dkimpy signs with the key file and verifies with the record NSD serves.
    QCOMPARE(dkimpy({QStringLiteral("sign"), fixtureKey(key), selector, QStringLiteral("dkim.test")}), result);
}

void TestMailAuthDns::dkimpyVerifiesMailreadySignature_data()
{
    dkimpySignsMailreadyVerifies_data();
}

void TestMailAuthDns::dkimpyVerifiesMailreadySignature()
{
    QFETCH(QString, selector);
    QFETCH(QString, key);
    QFETCH(QString, result);
    // MailReady's signer (used by the pair proof) signs; dkimpy verifies against NSD; and MailReady's own verifier,
    // fetching the key through the resolver from NSD, reaches the same result.
    const auto privateKey = crypto::PrivateKey::readFile(fixtureKey(key));
    QVERIFY(privateKey);
    const QByteArray message = "From: Test <test@dkim.test>\r\nTo: postmaster@dkim.test\r\nSubject: cross-check\r\n"
                               "\r\nHello from MailReady.\r\n";
    const QByteArray signedMessage =
        checks::dkim::signMessage(message, *privateKey, QStringLiteral("dkim.test"), selector);
    const QString file = m_dir.filePath(selector + key + QStringLiteral(".eml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(signedMessage);
    f.close();
    QCOMPARE(dkimpy({QStringLiteral("verify"), file}), result);

    dns::LdnsResolver resolver(test::nsdConfig());
    const auto results = checks::dkim::verifyMessage(signedMessage, [&](const QString& s, const QString& d) {
        const dns::Answer a = resolver.query(checks::dkim::keyRecordName(s, d), dns::RRType::TXT);
        checks::dkim::KeyFetch fetch;
        fetch.temporaryFailure = a.isTemporaryFailure();
        fetch.records = a.texts();
        return fetch;
    });
    QCOMPARE(results.size(), 1);
    const auto r = results.first().result;
    QCOMPARE(r == checks::dkim::SignatureResult::Pass ? QStringLiteral("pass") : QStringLiteral("fail"), result);
}

void TestMailAuthDns::dmarcCheck_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("policy"); // empty: JSON null
    QTest::addColumn<QString>("findingHint");
    QTest::newRow("p=reject passes") << "reject.dmarc-test"
                                     << "pass"
                                     << "reject" << QString();
    QTest::newRow("p=none warns") << "none.dmarc-test"
                                  << "warn"
                                  << "none"
                                  << "p=quarantine";
    QTest::newRow("no policy on the whole walk fails") << "nopolicy.dmarc-test"
                                                       << "fail" << QString() << "_dmarc.";
    QTest::newRow("several records fail (RFC 9989)") << "several.dmarc-test"
                                                     << "fail" << QString() << "several";
    QTest::newRow("invalid p fails") << "invalid.dmarc-test"
                                     << "fail" << QString() << "p=bogus";
    QTest::newRow("missing separator fails") << "nosep.dmarc-test"
                                             << "fail" << QString() << "';'";
    QTest::newRow("subdomain inherits the organization's sp=") << "sub.org.dmarc-test"
                                                               << "pass"
                                                               << "quarantine" << QString();
    QTest::newRow("external rua not authorized warns (RFC 9989 external destinations)")
        << "extunauth.dmarc-test"
        << "warn"
        << "reject"
        << "extunauth.dmarc-test._report._dmarc.reports.dmarc-test";
    QTest::newRow("external rua authorized passes") << "extauth.dmarc-test"
                                                    << "pass"
                                                    << "reject" << QString();
    QTest::newRow("report domain without MX warns") << "nomx.dmarc-test"
                                                    << "warn"
                                                    << "reject"
                                                    << "no MX";
    QTest::newRow("RFC 9989 record without p= warns for RFC 7489 receivers") << "bis.dmarc-test"
                                                                             << "warn"
                                                                             << "none"
                                                                             << "RFC 7489";
}

void TestMailAuthDns::dmarcCheck()
{
    QFETCH(QString, domain);
    QFETCH(QString, status);
    QFETCH(QString, policy);
    QFETCH(QString, findingHint);
    int code = -1;
    const QJsonObject report = test::runMailreadyJson(
        {QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--domain"), domain, QStringLiteral("--ip"),
         QStringLiteral("192.0.2.10"), QStringLiteral("--nameserver"), test::nsdServer()},
        &code);
    const QJsonObject dmarc = test::checkById(report, QStringLiteral("dmarc"));
    QCOMPARE(dmarc.value(QStringLiteral("status")).toString(), status);
    QVERIFY(dmarc.contains(QStringLiteral("record")) && dmarc.contains(QStringLiteral("policy")));
    if (policy.isEmpty())
        QVERIFY(dmarc.value(QStringLiteral("policy")).isNull());
    else
        QCOMPARE(dmarc.value(QStringLiteral("policy")).toString(), policy);
    QVERIFY(!dmarc.value(QStringLiteral("items")).toArray().isEmpty());
    QVERIFY(!dmarc.value(QStringLiteral("evidence")).toArray().isEmpty());
    QString all;
    for (const QJsonValue& f : dmarc.value(QStringLiteral("findings")).toArray())
        all += f.toObject().value(QStringLiteral("message")).toString() + QLatin1Char(' ') +
               f.toObject().value(QStringLiteral("fix")).toString() + QLatin1Char('\n');
    if (!findingHint.isEmpty())
        QVERIFY2(all.contains(findingHint), qPrintable(all));
    if (status == QLatin1String("fail"))
        QCOMPARE(code, 1);
}

void TestMailAuthDns::discoveryThroughNsd_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QJsonObject>("expect");
    const QJsonObject data =
        test::loadYaml(test::sharedTestdata(QStringLiteral("dmarc/dmarc-discovery.yaml"))).toObject();
    const QJsonObject lookup = data.value(QStringLiteral("policy_lookup")).toObject();
    int rows = 0;
    for (const QJsonValue& v : lookup.value(QStringLiteral("cases")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString domain = c.value(QStringLiteral("from_domain")).toString();
        QJsonObject expect = c.value(QStringLiteral("expect")).toObject();
        if (expect.value(QStringLiteral("status")).toString() == QLatin1String("temperror"))
            continue; // NSD answers; the SERVFAIL stub covers temperror (servfailIsUnknown)
        if (expect.contains(QStringLiteral("record_at")))
            expect.insert(QStringLiteral("record_at"),
                          expect.value(QStringLiteral("record_at")).toString() + QStringLiteral(".dmarc-test"));
        QTest::newRow(qPrintable(QStringLiteral("mox TestLookup %1 via NSD").arg(domain)))
            << domain + QStringLiteral(".dmarc-test") << expect;
        ++rows;
    }
    QVERIFY(rows >= 6);
}

void TestMailAuthDns::discoveryThroughNsd()
{
    QFETCH(QString, domain);
    QFETCH(QJsonObject, expect);
    dns::LdnsResolver resolver(test::nsdConfig());
    const checks::dmarc::Discovery d = checks::dmarc::discoverPolicy(resolver, domain);
    const QString status = expect.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("no-record")) {
        QCOMPARE(d.status, checks::dmarc::Discovery::NoRecord);
        QCOMPARE(!d.multipleAt.isEmpty(),
                 expect.value(QStringLiteral("error")).toString() == QLatin1String("multiple-records"));
    } else if (status == QLatin1String("permerror")) {
        QCOMPARE(d.status, checks::dmarc::Discovery::Found);
        QCOMPARE(d.record.verdict, checks::dmarc::Verdict::Invalid);
    } else {
        QCOMPARE(d.status, checks::dmarc::Discovery::Found);
        QCOMPARE(d.recordDomain, expect.value(QStringLiteral("record_at")).toString());
        QCOMPARE(checks::dmarc::policyName(d.record.policy), expect.value(QStringLiteral("policy")).toString());
    }
    for (const dns::Answer& a : d.trail)
        QVERIFY2(a.isDefinite(), qPrintable(a.name)); // the whole walk is answered by NSD
}

QTEST_GUILESS_MAIN(TestMailAuthDns)
#include "tst_mailauth_dns.moc"
