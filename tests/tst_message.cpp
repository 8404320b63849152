// `mailready message` against real signers and a real DNS server: the messages of tests/message/make_messages.py
// (signed by dkimpy, OpenDKIM and Perl's Mail::DKIM with the keys published in message.test.zone) are judged through
// the fixture's NSD, and every signature's result is cross-checked with two independent verifiers (Mail::DKIM and
// dkimpy). Where one of them departs from an RFC, the RFC decides, and the row says why.
#include "CliAssertions.h"
#include "TestDns.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailready;

class TestMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void judged_data();
    void judged();
    void crossChecked_data();
    void crossChecked();
    void dnsTimeoutIsUnknown();
    void stdinAndHumanOutput();
    void failReasonInHumanOutput();
    void ipv6NotAskedOnIpv4Lists();
    void hostileValuesStayText();
    void badInput();

private:
    QString path(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".eml")); }
    QJsonObject judge(const QString& name, int* exitCode) const;
    QTemporaryDir m_dir;
};

void TestMessage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess make;
    make.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    make.start(QStringLiteral("/usr/bin/python3"),
               {test::sourcePath(QStringLiteral("tests/message/make_messages.py")), m_dir.path()});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);
}

QJsonObject TestMessage::judge(const QString& name, int* exitCode) const
{
    return test::runMailreadyJson({QStringLiteral("message"), path(name), QStringLiteral("--json"),
                                   QStringLiteral("--nameserver"), test::nsdServer(), QStringLiteral("--dnsbl"),
                                   QStringLiteral("clean.dnsbl.test")},
                                  exitCode);
}

// "domain / selector:result:status:aligned" of every item of dkim-signatures.
static QStringList signatureItems(const QJsonObject& verdict)
{
    QStringList items;
    for (const QJsonValue& i :
         test::checkById(verdict, QStringLiteral("dkim-signatures"))[QStringLiteral("items")].toArray()) {
        const QJsonObject o = i.toObject();
        items << QStringLiteral("%1:%2:%3:%4")
                     .arg(o[QStringLiteral("subject")].toString(), o[QStringLiteral("result")].toString(),
                          o[QStringLiteral("status")].toString(),
                          o[QStringLiteral("aligned")].toBool() ? QStringLiteral("aligned")
                                                                : QStringLiteral("unaligned"));
    }
    return items;
}

static QString itemField(const QJsonObject& verdict, const QString& check, const QString& field)
{
    return test::checkById(verdict, check)[QStringLiteral("items")].toArray().first().toObject()[field].toString();
}

static QString allText(const QJsonObject& verdict)
{
    return QString::fromUtf8(QJsonDocument(verdict).toJson());
}

void TestMessage::judged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("signatures");
    QTest::addColumn<QString>("spf");   // the spf item's result
    QTest::addColumn<QString>("dmarc"); // the dmarc-message item's result
    QTest::addColumn<QString>("said");  // a sentence the verdict must contain (empty: none)
    const QString good = QStringLiteral("message.test / good:pass:pass:aligned");
    QTest::newRow("good") << "good" << 0 << QStringList{good} << "pass"
                          << "pass"
                          << "not a promise of the inbox";
    QTest::newRow("body changed on the way")
        << "body-changed" << 1 << QStringList{QStringLiteral("message.test / good:fail:fail:aligned")} << "pass"
        << "pass"
        << "body hash does not match";
    QTest::newRow("copy altered after a verified delivery: warn, not fail")
        << "altered-copy" << 0 << QStringList{QStringLiteral("message.test / good:fail:warn:aligned")} << "pass"
        << "pass"
        << "The copy was altered";
    QTest::newRow("header changed") << "header-changed" << 1
                                    << QStringList{QStringLiteral("message.test / good:fail:fail:aligned")} << "pass"
                                    << "pass"
                                    << "does not verify with the published key";
    QTest::newRow("wrong key (rotated since)")
        << "wrong-key" << 1 << QStringList{QStringLiteral("message.test / rotated:fail:fail:aligned")} << "pass"
        << "pass"
        << "changed (rotated) since";
    QTest::newRow("missing key") << "missing-key" << 1
                                 << QStringList{QStringLiteral("message.test / missing:permerror:fail:aligned")}
                                 << "pass"
                                 << "pass"
                                 << "no key record is published";
    QTest::newRow("revoked key") << "revoked-key" << 1
                                 << QStringList{QStringLiteral("message.test / revoked:permerror:fail:aligned")}
                                 << "pass"
                                 << "pass"
                                 << "";
    QTest::newRow("Ed25519") << "ed25519" << 0 << QStringList{QStringLiteral("message.test / ed:pass:pass:aligned")}
                             << "pass"
                             << "pass"
                             << "";
    QTest::newRow("l= with text added below") << "length" << 0 << QStringList{good} << "pass"
                                              << "pass"
                                              << "covers only part of the body";
    QTest::newRow("simple/simple") << "simple" << 0 << QStringList{good} << "pass"
                                   << "pass"
                                   << "";
    QTest::newRow("two signatures, one unaligned")
        << "two-signatures" << 0 << QStringList{QStringLiteral("dkim.test / good:pass:pass:unaligned"), good} << "pass"
        << "pass"
        << "";
    QTest::newRow("only an unaligned signature, SPF of another domain")
        << "unaligned-only" << 1 << QStringList{QStringLiteral("dkim.test / good:pass:pass:unaligned")} << "none"
        << "fail"
        << "";
    QTest::newRow("IPv6 hop without PTR") << "ipv6-no-ptr" << 1 << QStringList{good} << "fail"
                                          << "pass"
                                          << "inet_protocols = ipv4";
    QTest::newRow("subdomain From, relaxed") << "subdomain-relaxed" << 0 << QStringList{good} << "pass"
                                             << "pass"
                                             << "";
    QTest::newRow("subdomain From, strict")
        << "subdomain-strict" << 1 << QStringList{QStringLiteral("message.test / good:pass:pass:unaligned")} << "pass"
        << "fail"
        << "strict alignment";
    QTest::newRow("headers only: unknown, never pass")
        << "headers-only" << 2 << QStringList{QStringLiteral("message.test / good:neutral:unknown:aligned")} << "pass"
        << "pass"
        << "Paste the whole message";
    QTest::newRow("unsigned") << "unsigned" << 1 << QStringList{QStringLiteral("no signature:none:fail:unaligned")}
                              << "pass"
                              << "pass"
                              << "not DKIM-signed";
    QTest::newRow("expired x=") << "expired" << 1
                                << QStringList{QStringLiteral("message.test / good:permerror:fail:aligned")} << "pass"
                                << "pass"
                                << "the signature expired";
    QTest::newRow("OpenDKIM with rsa-sha1 (RFC 8301)")
        << "opendkim-sha1" << 1 << QStringList{QStringLiteral("message.test / good:permerror:fail:aligned")} << "pass"
        << "pass"
        << "rsa-sha1 is forbidden";
    QTest::newRow("null sender: SPF of the HELO name") << "null-sender" << 1 << QStringList{good} << "none"
                                                       << "pass"
                                                       << "";
}

void TestMessage::judged()
{
    QFETCH(QString, name);
    int code = -1;
    const QJsonObject v = judge(name, &code);
    QCOMPARE(v[QStringLiteral("schema")].toString(), QStringLiteral("mailready.message/1"));
    QFETCH(int, exitCode);
    QCOMPARE(code, exitCode);
    QFETCH(QStringList, signatures);
    QCOMPARE(signatureItems(v), signatures);
    QFETCH(QString, spf);
    QCOMPARE(itemField(v, QStringLiteral("spf"), QStringLiteral("result")), spf);
    QFETCH(QString, dmarc);
    QCOMPARE(itemField(v, QStringLiteral("dmarc-message"), QStringLiteral("result")), dmarc);
    QFETCH(QString, said);
    if (!said.isEmpty())
        QVERIFY2(allText(v).contains(said), qPrintable(allText(v)));
    // Every required check is there, and the connection is the receiver's hop.
    for (const char* id : {"ptr", "fcrdns", "ehlo", "dnsbl", "spf", "dkim-signatures", "dmarc-message", "receiver"})
        QVERIFY2(!test::checkById(v, QString::fromLatin1(id)).isEmpty(), id);
    QCOMPARE(v[QStringLiteral("connection")][QStringLiteral("receiver")].toString(),
             QStringLiteral("mx.receiver.test"));
    QCOMPARE(v[QStringLiteral("from_domain")].toString().endsWith(QStringLiteral("message.test")), true);
}

// Mail::DKIM's words: pass, fail, invalid (RFC 8601 permerror), temperror, none.
static QString fromMailDkim(const QString& word)
{
    return word == QLatin1String("invalid") ? QStringLiteral("permerror") : word;
}

static QStringList runLines(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestMessage::crossChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("perlDiffers"); // why Mail::DKIM's word differs from the RFC here; empty: it agrees
    QTest::addColumn<QString>("dkimpyDiffers");
    for (const char* name :
         {"good", "body-changed", "altered-copy", "header-changed", "wrong-key", "missing-key", "revoked-key", "length",
          "simple", "two-signatures", "unaligned-only", "subdomain-strict", "expired", "unsigned"})
        QTest::newRow(name) << name << ""
                            << "";
    QTest::newRow("ed25519") << "ed25519"
                             << "Mail::DKIM 1.20230212 (Debian 12) does not implement ed25519-sha256 (RFC 8463)"
                             << "";
    QTest::newRow("opendkim-sha1") << "opendkim-sha1"
                                   << "RFC 8301 3.1: rsa-sha1 signatures must not be valid"
                                   << "RFC 8301 3.1: rsa-sha1 signatures must not be valid";
    QTest::newRow("headers-only") << "headers-only"
                                  << "it hashes the missing body as an empty one (fail); the contract wants unknown "
                                     "(MailReady: neutral), which both count as not passing"
                                  << "";
}

void TestMessage::crossChecked()
{
    QFETCH(QString, name);
    int code = -1;
    const QJsonObject v = judge(name, &code);
    QStringList ours, oursPassFail;
    for (const QJsonValue& i :
         test::checkById(v, QStringLiteral("dkim-signatures"))[QStringLiteral("items")].toArray()) {
        const QJsonObject o = i.toObject();
        if (o[QStringLiteral("result")].toString() == QLatin1String("none"))
            continue;
        const QString key = o[QStringLiteral("domain")].toString() + QLatin1Char(' ') +
                            o[QStringLiteral("selector")].toString() + QLatin1Char(' ');
        ours << key + o[QStringLiteral("result")].toString();
        oursPassFail << key + (o[QStringLiteral("result")].toString() == QLatin1String("pass")
                                   ? QStringLiteral("pass")
                                   : QStringLiteral("fail"));
    }
    const QString port = QString::number(test::nsdPort());
    QStringList perl;
    for (const QString& line :
         runLines(QStringLiteral("perl"),
                  {test::sourcePath(QStringLiteral("tests/message/crosscheck.pl")), port, path(name)})) {
        const QStringList w = line.split(QLatin1Char(' '));
        perl << QStringLiteral("%1 %2 %3").arg(w.value(0), w.value(1), fromMailDkim(w.value(2)));
    }
    const QStringList dkimpy =
        runLines(QStringLiteral("/usr/bin/python3"), {test::sourcePath(QStringLiteral("tests/dkim/dkimpy_check.py")),
                                                      port, QStringLiteral("verify-all"), path(name)});
    std::sort(ours.begin(), ours.end());
    std::sort(oursPassFail.begin(), oursPassFail.end());
    std::sort(perl.begin(), perl.end());
    QStringList dkimpySorted = dkimpy;
    std::sort(dkimpySorted.begin(), dkimpySorted.end());
    QFETCH(QString, perlDiffers);
    QFETCH(QString, dkimpyDiffers);
    if (perlDiffers.isEmpty())
        QCOMPARE(ours, perl);
    else
        QVERIFY2(ours != perl, qPrintable(QStringLiteral("Mail::DKIM now agrees; drop the exception: ") + perlDiffers));
    if (dkimpyDiffers.isEmpty())
        QCOMPARE(oursPassFail, dkimpySorted);
    else
        QVERIFY2(oursPassFail != dkimpySorted,
                 qPrintable(QStringLiteral("dkimpy now agrees; drop the exception: ") + dkimpyDiffers));
}

// A DNS server that never answers: nothing is pass or fail, everything that needed DNS is unknown.
void TestMessage::dnsTimeoutIsUnknown()
{
    int code = -1;
    const QJsonObject v =
        test::runMailreadyJson({QStringLiteral("message"), path(QStringLiteral("good")), QStringLiteral("--json"),
                                QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1:%1").arg(test::silentPort()),
                                QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--dnsbl"),
                                QStringLiteral("clean.dnsbl.test")},
                               &code);
    QCOMPARE(code, 2);
    QCOMPARE(v[QStringLiteral("status")].toString(), QStringLiteral("unknown"));
    QCOMPARE(signatureItems(v), QStringList{QStringLiteral("message.test / good:temperror:unknown:aligned")});
    QCOMPARE(itemField(v, QStringLiteral("dmarc-message"), QStringLiteral("result")), QStringLiteral("temperror"));
    for (const char* id : {"ptr", "fcrdns", "ehlo", "dnsbl", "spf", "dkim-signatures", "dmarc-message"})
        QCOMPARE(test::checkById(v, QString::fromLatin1(id))[QStringLiteral("status")].toString(),
                 QStringLiteral("unknown"));
}

void TestMessage::stdinAndHumanOutput()
{
    QFile file(path(QStringLiteral("good")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QProcess p;
    p.start(QStringLiteral(MAILREADY_BINARY),
            {QStringLiteral("message"), QStringLiteral("-"), QStringLiteral("--nameserver"), test::nsdServer(),
             QStringLiteral("--dnsbl"), QStringLiteral("clean.dnsbl.test")});
    QVERIFY(p.waitForStarted());
    p.write(file.readAll());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.startsWith(QStringLiteral("MailReady: the message from message.test as mx.receiver.test received it\n"
                                           "Connection: from 198.51.100.160, EHLO mail.message.test, reverse name "
                                           "mail.message.test, TLSv1.3\n")),
             qPrintable(out));
    QVERIFY(
        out.contains(QStringLiteral("PASS    DKIM signatures: 1 signature(s); one passes aligned with message.test")));
    QVERIFY(out.endsWith(QStringLiteral("Overall: PASS\n")));
}

// The reason a signature fails (it expired) is printed under its check, as the JSON's item has it.
void TestMessage::failReasonInHumanOutput()
{
    QByteArray out, err;
    QCOMPARE(
        test::runMailready({QStringLiteral("message"), path(QStringLiteral("expired")), QStringLiteral("--nameserver"),
                            test::nsdServer(), QStringLiteral("--dnsbl"), QStringLiteral("clean.dnsbl.test")},
                           &out, &err),
        1);
    const QString text = QString::fromUtf8(out);
    const qsizetype at = text.indexOf(QStringLiteral("FAIL    DKIM signatures: "));
    QVERIFY2(at >= 0, out.constData());
    const QString next = text.mid(text.indexOf(QLatin1Char('\n'), at) + 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(next.startsWith(QStringLiteral("        - message.test / good: the signature expired on ")),
             qPrintable(next));
}

// An IPv6 connection and only IPv4 lists in use: no list was asked, and the blocklist line says so (and why).
void TestMessage::ipv6NotAskedOnIpv4Lists()
{
    QByteArray out, err;
    test::runMailready({QStringLiteral("message"), path(QStringLiteral("ipv6-no-ptr")), QStringLiteral("--nameserver"),
                        test::nsdServer(), QStringLiteral("--dnsbl"), QStringLiteral("bl.spamcop.net")},
                       &out, &err);
    QVERIFY2(out.contains("SKIPPED Blocklists (DNSBL): No blocklist was asked: the one list in use does not cover "
                          "IPv6\n"),
             out.constData());
}

// Header values are text from anyone: terminal control never reaches the terminal, and JSON carries them as text.
void TestMessage::hostileValuesStayText()
{
    QFile file(m_dir.filePath(QStringLiteral("hostile.eml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Return-Path: <\x1b[2Jx@message.test>\r\n"
               "Received: from evil\x1b[31mhelo (mail.message.test [198.51.100.160]) by mx.receiver.test; x\r\n"
               "From: \"\x1b]0;title\x07\" <user@message.test>\r\nSubject: x\r\n\r\nbody\r\n");
    file.close();
    QByteArray out, err;
    test::runMailready({QStringLiteral("message"), file.fileName(), QStringLiteral("--nameserver"), test::nsdServer(),
                        QStringLiteral("--dnsbl"), QStringLiteral("clean.dnsbl.test")},
                       &out, &err);
    QVERIFY2(!out.contains('\x1b') && !out.contains('\x07'), out.constData());
    QVERIFY(out.contains("\\x1B"));
}

void TestMessage::badInput()
{
    test::verifyUsageError({QStringLiteral("message"), m_dir.filePath(QStringLiteral("absent.eml"))},
                           QStringLiteral("cannot be read"));
    QFile notMessage(m_dir.filePath(QStringLiteral("bounce.txt")));
    QVERIFY(notMessage.open(QIODevice::WriteOnly));
    notMessage.write("550 5.7.1 Service unavailable; client host blocked\n");
    notMessage.close();
    test::verifyUsageError({QStringLiteral("message"), notMessage.fileName()}, QStringLiteral("not a message"));
    test::verifyUsageError({QStringLiteral("message"), path(QStringLiteral("good")), path(QStringLiteral("good"))},
                           QStringLiteral("one message"));
    test::verifyUsageError({QStringLiteral("message"), path(QStringLiteral("good")), QStringLiteral("--receiver"),
                            QStringLiteral("bad name!")},
                           QStringLiteral("--receiver"));
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
