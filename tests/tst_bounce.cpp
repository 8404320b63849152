// mailready bounce's reader and catalog: real rejection texts (each row names where it came from) to receiver, code
// and threshold; DSN parsing; the bounds; the catalog's own rules.
#include "TestDns.h"

#include "bounce/BounceCatalog.h"
#include "bounce/BounceReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace mailready::bounce;

class TestBounce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realRejections_data();
    void realRejections();
    void unknownRejectionGuessesNothing();
    void codeAloneIsNotEnough();
    void multiLineContinuationJoined();
    void dsnRfc3464();
    void dsnBase64();
    void openSmtpdDsn();
    void textWithoutRejection();
    void hugeInputRefused();
    void manyLinesBounded();
    void manyRecipientsBounded();
    void controlCharactersKeptAsData();
    void catalogEntriesHaveSources();
    void catalogRefusesCodeOnlyEntry();
    void jsonShape();
};

static QList<Explained> explained(const QByteArray& text)
{
    QString error;
    const auto read = readBounce(text, &error);
    if (!read) {
        qWarning("not read: %s", qPrintable(error));
        return {};
    }
    return explain(*read).items;
}

void TestBounce::realRejections_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("receiver");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("threshold");

    QTest::newRow("Postfix bounce of a Gmail PTR refusal (pastebin.com/Rj7iXShc, 2018)")
        << QByteArray("<erickpecots@gmail.com>: host gmail-smtp-in.l.google.com[108.177.112.27] said:\n"
                      "    550-5.7.1 [74.208.41.59] The IP address sending this message does not have\n"
                      "    a PTR 550-5.7.1 record setup. As a policy, Gmail does not accept messages\n"
                      "    from IPs 550-5.7.1 with missing PTR records. Please visit 550-5.7.1\n"
                      "    https://support.google.com/mail/answer/81126#authentication for more 550\n"
                      "    5.7.1 information. p1si12051002jaj.114 - gsmtp (in reply to end of DATA\n"
                      "    command)\n")
        << QStringLiteral("Gmail") << QStringLiteral("550 5.7.1") << QStringLiteral("ptr");
    QTest::newRow("Exim log line of the same refusal (pastebin.com/vmjJYCPA, 2017)")
        << QByteArray("2017-04-22 21:09:20 1d1viw-0000dF-5h ** tong6462@gmail.com F=<test@bantrasofa.com> "
                      "R=lookuphost T=remote_smtp H=gmail-smtp-in.l.google.com [74.125.204.26] "
                      "X=TLSv1.2:ECDHE-RSA-AES128-GCM-SHA256:128 CV=yes: SMTP error from remote mail server after "
                      "end of data: 550-5.7.1 [61.14.232.40] The IP address sending this message does not have a "
                      "PTR\\n550-5.7.1 record setup. As a policy, Gmail does not accept messages from IPs\\n550-5.7.1 "
                      "with missing PTR records. Please visit\\n550 5.7.1 information. u6si3554756pld.336 - gsmtp\n")
        << QStringLiteral("Gmail") << QStringLiteral("550 5.7.1") << QStringLiteral("ptr");
    QTest::newRow("Exim bounce of Gmail's IPv6 refusal (pastebin.com/HrG3sMgy, 2015)")
        << QByteArray("  setervang@gmail.com\n"
                      "    host gmail-smtp-in.l.google.com [2a00:1450:4010:c06::1a]\n"
                      "    SMTP error from remote mail server after end of data:\n"
                      "    550-5.7.1 [2a02:fe0:cc20:9c20:ba27:ebff:feba:1a5e] Our system has detected that\n"
                      "    550-5.7.1 this message does not meet IPv6 sending guidelines regarding PTR\n"
                      "    550-5.7.1 records and authentication. Please review\n"
                      "    550-5.7.1 https://support.google.com/mail/?p=ipv6_authentication_error for more\n"
                      "    550 5.7.1 information. xy7si5177416lbb.53 - gsmtp\n")
        << QStringLiteral("Gmail") << QStringLiteral("550 5.7.1") << QStringLiteral("ptr");
    QTest::newRow("Gmail 5.7.25 as the brief quotes it, multi-line")
        << QByteArray("550-5.7.25 [2001:db8::5] The IP address sending this message does not have a PTR record "
                      "setup, or the\n550-5.7.25 corresponding forward DNS entry does not point to the sending IP. As "
                      "a policy,\n550 5.7.25 Gmail does not accept messages from IPs with missing PTR records. - gsmtp")
        << QStringLiteral("Gmail") << QStringLiteral("550 5.7.25") << QStringLiteral("ptr");
    QTest::newRow("Gmail 5.7.26 DMARC, text as Sisimai quotes Google's page (go-sisimai rhost/for-google.go)")
        << QByteArray("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\n"
                      "550-5.7.26 DMARC policy. Please contact the administrator of example.com domain.\n"
                      "550 5.7.26 - gsmtp\n")
        << QStringLiteral("Gmail") << QStringLiteral("550 5.7.26") << QStringLiteral("dmarc");
    QTest::newRow("Gmail 5.7.26 neither SPF nor DKIM (Sisimai's quote of Google's page)")
        << QByteArray("550 5.7.26 This message does not have authentication information or fails to pass "
                      "authentication checks (SPF or DKIM). To best protect our users from spam, the message has been "
                      "blocked.")
        << QStringLiteral("Gmail") << QStringLiteral("550 5.7.26") << QStringLiteral("spf");
    QTest::newRow("Gmail 4.7.27 SPF (Sisimai's quote of Google's page)")
        << QByteArray("421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this "
                      "message. Gmail requires all bulk email senders to authenticate their email with SPF.")
        << QStringLiteral("Gmail") << QStringLiteral("421 4.7.27") << QStringLiteral("spf");
    QTest::newRow("Gmail 5.7.30 DKIM (Sisimai's quote of Google's page)")
        << QByteArray("550 5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires all large "
                      "senders to authenticate with DKIM. Authentication results: DKIM = did not pass.")
        << QStringLiteral("Gmail") << QStringLiteral("550 5.7.30") << QStringLiteral("dkim");
    QTest::newRow("Gmail 4.7.29 TLS (Sisimai's quote of Google's page)")
        << QByteArray("421 4.7.29 Your email has been rate limited because this message wasn't sent over a TLS "
                      "connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.")
        << QStringLiteral("Gmail") << QStringLiteral("421 4.7.29") << QStringLiteral("tls");
    QTest::newRow("Postfix bounce, reverse hostname (pastebin.com/Q9N0hNwj, 2017)")
        << QByteArray("<caroline@mywayintl.fr>: host mx2.ovh.net[137.74.125.139] said: 450 4.7.1\n"
                      "    Client host rejected: cannot find your reverse hostname, [209.99.16.172]\n"
                      "    (in reply to RCPT TO command)\n")
        << QStringLiteral("Postfix") << QStringLiteral("450 4.7.1") << QStringLiteral("ptr");
    QTest::newRow("Postfix bounce, client hostname (pastebin.com/F8Bc3Rdu, 2013)")
        << QByteArray("<contrib-admin@crux.nu>: host mx-gtw1.dnsnoc.net[213.132.114.80] said: 450\n"
                      "    4.7.1 Client host rejected: cannot find your hostname, [78.129.137.222] (in\n"
                      "    reply to RCPT TO command)\n")
        << QStringLiteral("Postfix") << QStringLiteral("450 4.7.1") << QStringLiteral("ptr");
    QTest::newRow("Postfix HELO refusal as logged (a log parser's comment in the code corpus)")
        << QByteArray("504 5.5.2 <user-eddfaf3480>: Helo command rejected: need fully-qualified hostname")
        << QStringLiteral("Postfix") << QStringLiteral("504 5.5.2") << QStringLiteral("ehlo");
    QTest::newRow("Postfix default_rbl_reply (mail_params.h) filled in with documentation addresses")
        << QByteArray("554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; "
                      "https://www.spamhaus.org/query/ip/198.51.100.7")
        << QStringLiteral("any") << QStringLiteral("554 5.7.1") << QStringLiteral("dnsbl");
    QTest::newRow("Exim's default configuration's dnslists message (src/src/configure.default), filled in")
        << QByteArray("550 rejected because 198.51.100.7 is in a black list at zen.spamhaus.org\n")
        << QStringLiteral("Exim") << QStringLiteral("550") << QStringLiteral("dnsbl");
    QTest::newRow("spamass-milter's default reply (its source: 550, 5.7.1, \"Blocked by SpamAssassin\")")
        << QByteArray("550 5.7.1 Blocked by SpamAssassin\n") << QStringLiteral("SpamAssassin")
        << QStringLiteral("550 5.7.1") << QStringLiteral("other");
    QTest::newRow("A receiver's spam-filter refusal quoted in a delivery write-up (code corpus, mx1.hostinger.com)")
        << QByteArray("554 5.7.1 Spam message rejected\n") << QStringLiteral("rspamd") << QStringLiteral("554 5.7.1")
        << QStringLiteral("other");
    QTest::newRow("policyd-spf's reply in a Postfix log (a parser's test in the code corpus)")
        << QByteArray("550 5.7.23 <inbox@receiver.test>: Recipient address rejected: Message rejected due to: SPF "
                      "fail - not authorized")
        << QStringLiteral("policyd-spf") << QStringLiteral("550 5.7.23") << QStringLiteral("spf");
    QTest::newRow("Outlook.com 5.7.515 (support.microsoft.com, Fix NDR error 550 5.7.515)")
        << QByteArray("550 5.7.515 Access denied, sending domain example.com does not meet the required "
                      "authentication level.")
        << QStringLiteral("Microsoft") << QStringLiteral("550 5.7.515") << QStringLiteral("dmarc");
    QTest::newRow("Microsoft banned sending IP in a Postfix bounce (pastebin.com/EH1TUb0X)")
        << QByteArray("<kontakt@dkarausch.eu>: host\n"
                      "    dkarausch-eu.mail.protection.outlook.com[104.47.8.36] said: 550 5.7.606\n"
                      "    Access denied, banned sending IP [185.234.72.45]. To request removal from\n"
                      "    this list please visit https://sender.office.com/ and follow the\n"
                      "    directions. (in reply to RCPT TO command)\n")
        << QStringLiteral("Microsoft") << QStringLiteral("550 5.7.606") << QStringLiteral("reputation");
    QTest::newRow("Outlook.com block list in an Exim bounce (pastebin.com/uFD81FD2, 2018)")
        << QByteArray("  janalexan@hotmail.com\n"
                      "    host hotmail-com.olc.protection.outlook.com [104.47.4.33]\n"
                      "    SMTP error from remote mail server after pipelined MAIL FROM:<elistas@e-marketing.hn> "
                      "SIZE=1655:\n"
                      "    550 5.7.1 Unfortunately, messages from [69.64.64.149] weren't sent. Please contact your "
                      "Internet service provider since part of their network is on our block list (AS3140).\n")
        << QStringLiteral("Microsoft") << QStringLiteral("550 5.7.1") << QStringLiteral("reputation");
}

void TestBounce::realRejections()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, receiver);
    QFETCH(QString, code);
    QFETCH(QString, threshold);
    const QList<Explained> items = explained(text);
    QCOMPARE(items.size(), 1);
    QVERIFY2(items[0].entry, qPrintable(QStringLiteral("not recognized: ") + items[0].rejection.text));
    QCOMPARE(items[0].entry->receiver, receiver);
    QCOMPARE(items[0].rejection.code(), code);
    QCOMPARE(items[0].entry->threshold, threshold);
}

void TestBounce::unknownRejectionGuessesNothing()
{
    // Gmail's unknown-recipient reply (go-sisimai rhost/for-google.go): a rejection, but not of a threshold.
    const auto items = explained("550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
                                 "550 5.1.1 double-checking the recipient's email address for typos. - gsmtp\n");
    QCOMPARE(items.size(), 1);
    QVERIFY(!items[0].entry);
    QCOMPARE(items[0].rejection.code(), QStringLiteral("550 5.1.1"));
    QVERIFY(items[0].rejection.text.startsWith(QLatin1String("The email account that you tried to reach")));
    QVERIFY(!items[0].rejection.text.contains(QLatin1String("550")));
    Explanation e;
    e.items = items;
    QVERIFY(!e.recognized());
    const QJsonObject m = e.toJson().value(QStringLiteral("matches")).toArray().first().toObject();
    QVERIFY(m.value(QStringLiteral("threshold")).isNull());
    QCOMPARE(m.value(QStringLiteral("code")).toString(), QStringLiteral("550 5.1.1"));
}

void TestBounce::codeAloneIsNotEnough()
{
    const auto items = explained("550 5.7.25 Message refused.");
    QCOMPARE(items.size(), 1);
    QVERIFY(!items[0].entry);
    // The right text with a code that is not the entry's: Gmail's PTR text never comes as 5.7.26.
    const auto other = explained("550 5.7.26 The IP address sending this message does not have a PTR record setup");
    QCOMPARE(other.size(), 1);
    QVERIFY(!other[0].entry);
}

void TestBounce::multiLineContinuationJoined()
{
    const auto r = parseReply(QStringLiteral("550-5.7.25 [2001:db8::5] first part\n550-5.7.25 second part\n"
                                             "550 5.7.25 last part"));
    QVERIFY(r);
    QCOMPARE(r->replyCode, 550);
    QCOMPARE(r->status, QStringLiteral("5.7.25"));
    QCOMPARE(r->text, QStringLiteral("[2001:db8::5] first part second part last part"));
    int budget = 100;
    const auto list = readRejectionText(QStringLiteral("  550-5.7.25 first\n  550-5.7.25 second\n  550 5.7.25 last\n"
                                                       "next paragraph 550 stays\n"),
                                        &budget);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].text, QStringLiteral("first second last"));
}

static QByteArray dsnSample(bool base64)
{
    QByteArray status = "Reporting-MTA: dns; mail.example.com\n"
                        "Arrival-Date: Wed,  2 Dec 2026 10:00:00 +0000 (UTC)\n\n"
                        "Final-Recipient: rfc822; bob@example.net\n"
                        "Original-Recipient: rfc822;bob@example.net\n"
                        "Action: failed\n"
                        "Status: 5.7.1\n"
                        "Remote-MTA: dns; mx.example.net\n"
                        "Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host\n"
                        "    [198.51.100.7] blocked using zen.spamhaus.org\n\n"
                        "Final-Recipient: rfc822; carol@example.org\n"
                        "Action: failed\n"
                        "Status: 5.7.25\n"
                        "Remote-MTA: dns; gmail-smtp-in.l.google.com\n"
                        "Diagnostic-Code: smtp; 550-5.7.25 [198.51.100.7] The IP address sending this\n"
                        "    message does not have a PTR record setup, or the corresponding forward DNS\n"
                        "    entry does not point to the sending IP. 550 5.7.25 - gsmtp\n\n"
                        "Final-Recipient: rfc822; dave@example.org\n"
                        "Action: delivered\n"
                        "Status: 2.0.0\n";
    QByteArray statusHeaders = "Content-Type: message/delivery-status\n";
    if (base64) {
        statusHeaders += "Content-Transfer-Encoding: base64\n";
        status = status.toBase64() + '\n';
    }
    return "From: Mail Delivery System <MAILER-DAEMON@mail.example.com>\n"
           "To: <alice@example.com>\n"
           "Subject: Undelivered Mail Returned to Sender\n"
           "MIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=delivery-status;\n"
           "\tboundary=\"B1/mail.example.com\"\n\n"
           "This is a MIME-encapsulated message.\n\n"
           "--B1/mail.example.com\n"
           "Content-Type: text/plain; charset=us-ascii\n\n"
           "<bob@example.net>: host mx.example.net[203.0.113.9] said: 554 5.7.1 Service\n"
           "    unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org (in\n"
           "    reply to RCPT TO command)\n\n"
           "--B1/mail.example.com\n" +
           statusHeaders + "\n" + status +
           "\n--B1/mail.example.com\n"
           "Content-Type: message/rfc822\n\n"
           "From: alice@example.com\n"
           "Subject: test\n\n"
           "550 5.7.1 blocked using quoted.example in the sender's own text, not a rejection\n"
           "--B1/mail.example.com--\n";
}

void TestBounce::dsnRfc3464()
{
    const auto items = explained(dsnSample(false));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].rejection.recipient, QStringLiteral("bob@example.net"));
    QCOMPARE(items[0].rejection.code(), QStringLiteral("554 5.7.1"));
    QVERIFY(items[0].entry);
    QCOMPARE(items[0].entry->threshold, QStringLiteral("dnsbl"));
    QCOMPARE(items[0].rejection.host, QStringLiteral("mx.example.net"));
    QCOMPARE(items[1].rejection.recipient, QStringLiteral("carol@example.org"));
    QCOMPARE(items[1].rejection.code(), QStringLiteral("550 5.7.25"));
    QVERIFY(items[1].entry);
    QCOMPARE(items[1].entry->id, QStringLiteral("gmail-ptr"));
    QCOMPARE(items[1].rejection.host, QStringLiteral("gmail-smtp-in.l.google.com"));
    for (const Explained& e : items)
        QVERIFY2(!e.rejection.text.contains(QLatin1String("quoted.example")), qPrintable(e.rejection.text));
}

void TestBounce::dsnBase64()
{
    const auto items = explained(dsnSample(true));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[1].rejection.recipient, QStringLiteral("carol@example.org"));
    QVERIFY(items[1].entry);
}

void TestBounce::openSmtpdDsn()
{
    // Written by OpenSMTPD 6.8.0p2 (Debian 12) in tests/net/bounce_mta.sh: its DSN has "Status: 5.0.0" and no
    // Diagnostic-Code; the reply is in the text part ("bob@remote.test: 554 5.7.1 ...").
    QFile f(mailready::test::sourcePath(QStringLiteral("fuzz/corpus/bounce/opensmtpd-dsn.eml")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto items = explained(f.readAll());
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].rejection.recipient, QStringLiteral("bob@remote.test"));
    QCOMPARE(items[0].rejection.code(), QStringLiteral("554 5.7.1"));
    QVERIFY(items[0].entry);
    QCOMPARE(items[0].entry->threshold, QStringLiteral("dnsbl"));
}

void TestBounce::textWithoutRejection()
{
    QCOMPARE(explained("Hello, this is a perfectly normal message with 550 apples.\n").size(), 0);
    QCOMPARE(explained("").size(), 0);
}

void TestBounce::hugeInputRefused()
{
    QString error;
    QVERIFY(!readBounce(QByteArray(MaxInputBytes + 1, 'a'), &error));
    QVERIFY(error.contains(QLatin1String("4 MiB")));
}

void TestBounce::manyLinesBounded()
{
    QByteArray continuation;
    for (int i = 0; i < 10000; ++i)
        continuation += "550-5.7.1 a line of a very long reply\n";
    QByteArray separate;
    for (int i = 0; i < 10000; ++i)
        separate += "550 5.7.1 reply number " + QByteArray::number(i) + "\n";
    QElapsedTimer timer;
    timer.start();
    const auto one = readBounce(continuation);
    const auto many = readBounce(separate);
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(one && many);
    QVERIFY(!one->rejections.isEmpty());
    for (const Rejection& r : one->rejections)
        QVERIFY(r.text.size() <= MaxTextChars);
    QCOMPARE(many->rejections.size(), MaxRejections);
    QVERIFY(many->truncated);
    // One long line that invites backtracking, and deep MIME nesting.
    const QByteArray hostile = "host " + QByteArray(1024 * 1024, 'a').replace("aa", "a.") + " said: 550 5.7.1 x\n";
    QByteArray nested = "Content-Type: text/plain\n\n";
    for (int i = 0; i < 20000; ++i)
        nested.prepend("Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b" +
                       QByteArray::number(i) + "\n");
    timer.restart();
    QVERIFY(readBounce(hostile));
    const auto deep = readBounce(nested);
    QVERIFY(deep && deep->truncated);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestBounce::manyRecipientsBounded()
{
    QByteArray body = "Reporting-MTA: dns; mail.example.com\n\n";
    for (int i = 0; i < 5000; ++i)
        body += "Final-Recipient: rfc822; u" + QByteArray::number(i) +
                "@example.net\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 5.0.0 no\n\n";
    int budget = MaxLines;
    QVERIFY(readDeliveryStatus(QString::fromLatin1(body), &budget).size() <= MaxRecipients);
}

void TestBounce::controlCharactersKeptAsData()
{
    // The reader keeps what the receiver sent (the CLI test shows it never reaches a terminal raw); what matters
    // here is that an escape sequence cannot end the reply or hide the code.
    const auto items = explained("550 5.7.1 \x1b[2J\x1b]0;owned\x07 blocked using zen.spamhaus.org\n");
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].rejection.code(), QStringLiteral("550 5.7.1"));
    QVERIFY(items[0].entry);
}

void TestBounce::catalogEntriesHaveSources()
{
    const BounceCatalog& catalog = BounceCatalog::builtIn();
    QVERIFY(catalog.entries().size() >= 15);
    static const QRegularExpression date(QStringLiteral("^20[0-9]{2}-[01][0-9]-[0-3][0-9]$"));
    static const QStringList receivers{
        QStringLiteral("Gmail"),        QStringLiteral("Microsoft"),   QStringLiteral("Yahoo"),
        QStringLiteral("Postfix"),      QStringLiteral("Exim"),        QStringLiteral("rspamd"),
        QStringLiteral("SpamAssassin"), QStringLiteral("policyd-spf"), QStringLiteral("any")};
    QStringList ids;
    for (const CatalogEntry& e : catalog.entries()) {
        QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
        ids << e.id;
        QVERIFY2(e.source.startsWith(QLatin1String("http")), qPrintable(e.id));
        QVERIFY2(date.match(e.checked).hasMatch() || (e.checked.isEmpty() && e.unverified.size() > 20),
                 qPrintable(e.id));
        QVERIFY2(receivers.contains(e.receiver), qPrintable(e.id));
        QVERIFY2(thresholds().contains(e.threshold), qPrintable(e.id));
        QVERIFY2(!e.text.isEmpty() || !e.regex.pattern().isEmpty(), qPrintable(e.id));
    }
}

void TestBounce::catalogRefusesCodeOnlyEntry()
{
    const QByteArray json = R"({"schema": "mailready.bounce-catalog/1", "entries": [{"id": "x", "receiver": "any",
        "match": {"codes": ["5.7.1"]}, "threshold": "other", "meaning": "m", "fix": "f", "source": "https://x",
        "checked": "2026-12-02"}]})";
    QString error;
    QVERIFY(!BounceCatalog::fromJson(json, &error));
    QVERIFY(error.contains(QLatin1String("match.text or match.regex")));
    const QByteArray unsourced = R"({"schema": "mailready.bounce-catalog/1", "entries": [{"id": "x",
        "receiver": "any", "match": {"text": ["t"]}, "threshold": "other", "meaning": "m", "fix": "f",
        "source": "https://x", "checked": null}]})";
    QVERIFY(!BounceCatalog::fromJson(unsourced, &error));
}

void TestBounce::jsonShape()
{
    const auto read = readBounce(dsnSample(false));
    QVERIFY(read);
    const QJsonObject doc = explain(*read).toJson();
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("mailready.bounce/1"));
    QVERIFY(doc.value(QStringLiteral("recognized")).toBool());
    const QJsonArray matches = doc.value(QStringLiteral("matches")).toArray();
    QCOMPARE(matches.size(), 2);
    for (const QJsonValue& v : matches)
        for (const char* key : {"receiver", "code", "threshold", "meaning", "fix", "source"})
            QVERIFY2(v.toObject().value(QLatin1String(key)).isString(), key);
}

QTEST_GUILESS_MAIN(TestBounce)
#include "tst_bounce.moc"
