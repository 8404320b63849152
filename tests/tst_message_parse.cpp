// The readers of a received message, without DNS: the header splitter, Received: lines as each MTA writes them,
// Authentication-Results (RFC 8601), the choice of the receiver's own hop, and alignment (RFC 7489 3.1).
#include "mail/Addresses.h"
#include "mail/AuthResults.h"
#include "mail/MessageText.h"
#include "mail/Received.h"
#include "receiver/EdgeHop.h"
#include "receiver/MessageCheck.h"

#include <QtTest>

using namespace mailready;

class TestMessageParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitter();
    void splitterBounds();
    void received_data();
    void received();
    void authResults();
    void connection_data();
    void connection();
    void receiverResults();
    void mailboxes();
    void alignment();
};

void TestMessageParse::splitter()
{
    const mail::MessageText m = mail::splitMessage("From: a@example.com\nSubject: one\n two\n\nbody\n");
    QCOMPARE(m.headers.size(), 2);
    QCOMPARE(m.headers[1].value(), QStringLiteral("one two"));
    QCOMPARE(m.headers[1].raw, QByteArray("Subject: one\r\n two\r\n"));
    QVERIFY(m.hasBody);
    QCOMPARE(m.body, QByteArray("body\r\n"));
    // Headers only (no empty line, or nothing after it): no body.
    QVERIFY(!mail::splitMessage("From: a@example.com\r\n").hasBody);
    QVERIFY(!mail::splitMessage("From: a@example.com\r\n\r\n  \r\n").hasBody);
    // A line that is not a field keeps its place with no name.
    const mail::MessageText odd = mail::splitMessage("From x@y Wed Dec  2 10:00:00 2026\nFrom: a@b.c\n\nx\n");
    QCOMPARE(odd.headers.size(), 2);
    QVERIFY(odd.headers[0].name.isEmpty());
    QVERIFY(odd.first(QLatin1String("from")) == &odd.headers[1]);
    QVERIFY(mail::looksLikeMessage("From x@y Wed Dec  2 10:00:00 2026\nFrom: a@b.c\n"));
    QVERIFY(mail::looksLikeMessage("Received: from x\n"));
    QVERIFY(!mail::looksLikeMessage("550 5.7.1 rejected\n"));
    QVERIFY(!mail::looksLikeMessage("not a message at all"));
    // Invalid UTF-8 is read as Latin-1, never lost.
    QCOMPARE(mail::splitMessage("Subject: caf\xe9\r\n\r\nx").headers[0].value(), QStringLiteral("caf\u00e9"));
}

void TestMessageParse::splitterBounds()
{
    mail::Limits limits;
    limits.maxFields = 10;
    QByteArray many;
    for (int i = 0; i < 100; ++i)
        many += "X-Field: " + QByteArray::number(i) + "\r\n";
    const mail::MessageText m = mail::splitMessage(many + "\r\nbody", limits);
    QCOMPARE(m.headers.size(), 10);
    QVERIFY(m.fieldsDropped);
    QVERIFY(m.hasBody);
    limits.maxBytes = 100;
    QVERIFY(mail::splitMessage(many, limits).tooLarge);
}

// Received: lines as the receivers and MTAs named in the issue write them (data-facts.md section 5 describes each).
void TestMessageParse::received_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("ptr"); // "-": the receiver wrote that there is none
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("tls");
    QTest::newRow("Gmail edge")
        << QStringLiteral("from mail.example.com (mail.example.com. [203.0.113.5]) by mx.google.com with ESMTPS id "
                          "a1si1234567wrx.123.2026.12.02.02.00.01 for <someone@gmail.com> (version=TLS1_3 "
                          "cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Wed, 02 Dec 2026 02:00:01 -0800 (PST)")
        << "203.0.113.5"
        << "mail.example.com"
        << "mail.example.com"
        << "mx.google.com"
        << "TLSv1.3";
    QTest::newRow("Gmail internal") << QStringLiteral("by 2002:a05:7300:5a8c:b0:1a2:3b4c:5d6e with SMTP id "
                                                      "ab12csp1234567dyc; Wed, 2 Dec 2026 02:00:02 -0800 (PST)")
                                    << ""
                                    << ""
                                    << ""
                                    << "2002:a05:7300:5a8c:b0:1a2:3b4c:5d6e"
                                    << "";
    QTest::newRow("Microsoft edge")
        << QStringLiteral("from mail.example.com (203.0.113.5) by DB5PEPF00014B8F.mail.protection.outlook.com "
                          "(10.167.8.203) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) "
                          "id 15.20.7633.15 via Frontend Transport; Wed, 2 Dec 2026 10:00:01 +0000")
        << "203.0.113.5"
        << "mail.example.com"
        << ""
        << "db5pepf00014b8f.mail.protection.outlook.com"
        << "TLSv1.3";
    QTest::newRow("Yahoo edge") << QStringLiteral("from 127.0.0.1 (EHLO mail.example.com) (203.0.113.5) by "
                                                  "mta4012.mail.gq1.yahoo.com with SMTPS; Wed, 02 Dec 2026 10:00:01 "
                                                  "+0000")
                                << "203.0.113.5"
                                << "mail.example.com"
                                << ""
                                << "mta4012.mail.gq1.yahoo.com"
                                << "TLS";
    QTest::newRow("Postfix")
        << QStringLiteral(
               "from mail.example.com (mail.example.com [203.0.113.5]) by mx.example.net (Postfix) with ESMTPS id 4Abc "
               "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) for <x@example.net>; Wed, 2 Dec 2026")
        << "203.0.113.5"
        << "mail.example.com"
        << "mail.example.com"
        << "mx.example.net"
        << "TLSv1.3";
    QTest::newRow("Postfix, no PTR") << QStringLiteral("from mail.example.com (unknown [2001:db8::5]) by "
                                                       "mx.example.net (Postfix) with ESMTP id 4Abc; Wed, 2 Dec 2026")
                                     << "2001:db8::5"
                                     << "mail.example.com"
                                     << "-"
                                     << "mx.example.net"
                                     << "";
    QTest::newRow("Exim, HELO differs")
        << QStringLiteral(
               "from mail.example.com ([203.0.113.5]:41234 helo=mail.example.org) by mx.example.net with esmtps "
               "(TLS1.3) "
               "tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <bounce@example.com>) id 1t5AbC-000123-4d for "
               "someone@example.net; Wed, 02 Dec 2026 10:00:01 +0000")
        << "203.0.113.5"
        << "mail.example.org"
        << "mail.example.com"
        << "mx.example.net"
        << "TLSv1.3";
    QTest::newRow("Exim, HELO same") << QStringLiteral("from mail.example.com ([203.0.113.5]) by mx.example.net with "
                                                       "esmtp (Exim 4.96) id 1t5AbC; Wed, 02 Dec 2026")
                                     << "203.0.113.5"
                                     << "mail.example.com"
                                     << "mail.example.com"
                                     << "mx.example.net"
                                     << "";
    QTest::newRow("Exim, no PTR") << QStringLiteral("from [203.0.113.5] (helo=mail.example.com) by mx.example.net "
                                                    "with esmtp (Exim 4.96) id 1t5AbC; Wed, 02 Dec 2026")
                                  << "203.0.113.5"
                                  << "mail.example.com"
                                  << "-"
                                  << "mx.example.net"
                                  << "";
    QTest::newRow("OpenSMTPD")
        << QStringLiteral(
               "from mail.example.com (mail.example.com [203.0.113.5]) by mx.example.net (OpenSMTPD) with ESMTPS id "
               "5c1e2f3a (TLSv1.3:TLS_AES_256_GCM_SHA384:256:NO) for <x@example.net>; Wed, 2 Dec 2026 10:00:01 +0000 "
               "(UTC)")
        << "203.0.113.5"
        << "mail.example.com"
        << "mail.example.com"
        << "mx.example.net"
        << "TLSv1.3";
    QTest::newRow("OpenSMTPD, no PTR") << QStringLiteral("from mail.example.com (<unknown> [203.0.113.5]) by "
                                                         "mx.example.net (OpenSMTPD) with ESMTP id 5c1e2f3a; Wed")
                                       << "203.0.113.5"
                                       << "mail.example.com"
                                       << "-"
                                       << "mx.example.net"
                                       << "";
    QTest::newRow("Stalwart")
        << QStringLiteral(
               "from mail.example.com (mail.example.com [203.0.113.5]) by mx.example.net (Stalwart SMTP) with ESMTPS "
               "(TLSv1.3 TLS_AES_256_GCM_SHA384) id 0B1C2D3E4F; Wed, 2 Dec 2026 10:00:01 +0000")
        << "203.0.113.5"
        << "mail.example.com"
        << "mail.example.com"
        << "mx.example.net"
        << "TLSv1.3";
    QTest::newRow("IPv6 literal") << QStringLiteral("from mail.example.com (mail.example.com [IPv6:2001:db8::5]) by "
                                                    "mx.example.net with ESMTP; Wed, 2 Dec 2026")
                                  << "2001:db8::5"
                                  << "mail.example.com"
                                  << "mail.example.com"
                                  << "mx.example.net"
                                  << "";
    QTest::newRow("garbage") << QStringLiteral("((((( [[[ from ;;; by") << ""
                             << ""
                             << ""
                             << ""
                             << "";
}

void TestMessageParse::received()
{
    QFETCH(QString, line);
    const mail::ReceivedHop hop = mail::parseReceived(line);
    QFETCH(QString, ip);
    QCOMPARE(hop.ip.isNull() ? QString() : hop.ip.toString(), ip);
    QFETCH(QString, helo);
    QCOMPARE(hop.helo, helo);
    QFETCH(QString, ptr);
    QCOMPARE(hop.ptrNone ? QStringLiteral("-") : hop.ptr, ptr);
    QFETCH(QString, by);
    QCOMPARE(hop.by, by);
    QFETCH(QString, tls);
    QCOMPARE(hop.tls, tls);
}

void TestMessageParse::authResults()
{
    const mail::AuthResults gmail = mail::parseAuthResults(QStringLiteral(
        "mx.google.com; dkim=pass header.i=@example.com header.s=s2026 header.b=AbCdEf12; spf=pass (google.com: "
        "domain of bounce@example.com designates 203.0.113.5 as permitted sender) smtp.mailfrom=bounce@example.com; "
        "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com"));
    QCOMPARE(gmail.authservId, QStringLiteral("mx.google.com"));
    QCOMPARE(gmail.results.size(), 3);
    QCOMPARE(gmail.results[0].method, QStringLiteral("dkim"));
    QCOMPARE(gmail.results[0].properties.value(QStringLiteral("header.s")), QStringLiteral("s2026"));
    QCOMPARE(gmail.results[1].reason.left(11), QStringLiteral("google.com:"));
    QCOMPARE(gmail.results[2].properties.value(QStringLiteral("header.from")), QStringLiteral("example.com"));
    // Microsoft writes no authserv-id.
    const mail::AuthResults microsoft = mail::parseAuthResults(QStringLiteral(
        "spf=pass (sender IP is 203.0.113.5) smtp.mailfrom=example.com; dkim=pass (signature was verified) "
        "header.d=example.com;dmarc=pass action=none header.from=example.com;compauth=pass reason=100"));
    QVERIFY(microsoft.authservId.isEmpty());
    QCOMPARE(microsoft.results.size(), 4);
    QCOMPARE(microsoft.results[3].reason, QStringLiteral("100"));
    // A version after the id, quoted values, "none".
    const mail::AuthResults v = mail::parseAuthResults(QStringLiteral("mx.example.net 1; dkim=fail reason=\"bad; "
                                                                      "signature\" header.d=example.com"));
    QCOMPARE(v.results.size(), 1);
    QCOMPARE(v.results[0].reason, QStringLiteral("bad; signature"));
    QVERIFY(mail::parseAuthResults(QStringLiteral("mx.example.net; none")).results.isEmpty());
    const mail::AuthResults arc = mail::parseAuthResults(QStringLiteral("i=1; mx.google.com; dkim=pass "
                                                                        "header.d=example.com"),
                                                         true);
    QCOMPARE(arc.arcInstance, 1);
    QCOMPARE(arc.authservId, QStringLiteral("mx.google.com"));
    QCOMPARE(mail::parseAuthResults(QStringLiteral("((((((")).results.size(), 0);
}

static const char gmailMessage[] =
    "Delivered-To: someone@gmail.com\r\n"
    "Received: by 2002:a05:7300:5a8c:b0:1a2:3b4c:5d6e with SMTP id ab12csp1234567dyc;\r\n"
    "        Wed, 2 Dec 2026 02:00:02 -0800 (PST)\r\n"
    "ARC-Authentication-Results: i=1; mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=s2026\r\n"
    "Return-Path: <bounce@example.com>\r\n"
    "Received: from mail.example.com (mail.example.com. [203.0.113.5])\r\n"
    "        by mx.google.com with ESMTPS id a1si1234567wrx.123.2026.12.02.02.00.01\r\n"
    "        for <someone@gmail.com>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n"
    "        Wed, 02 Dec 2026 02:00:01 -0800 (PST)\r\n"
    "Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=s2026;\r\n"
    "       spf=pass smtp.mailfrom=bounce@example.com; dmarc=pass header.from=example.com\r\n"
    "Authentication-Results: forged.example; dkim=pass header.d=evil.example\r\n"
    "Received: from laptop (unknown [192.168.1.20]) by mail.example.com (Postfix) with ESMTPSA id 1;\r\n"
    "        Wed, 2 Dec 2026 02:00:00 -0800\r\n"
    "Authentication-Results: mx.google.com; dkim=pass header.d=forged.example\r\n"
    "From: User <user@example.com>\r\n\r\nHello\r\n";

static const char microsoftMessage[] =
    "Received: from AM6PR04MB1234.eurprd04.prod.outlook.com (2603:10a6:20b:b0::12) by "
    "AS8PR04MB5678.eurprd04.prod.outlook.com with HTTPS; Wed, 2 Dec 2026 10:00:03 +0000\r\n"
    "Received: from DB5PEPF00014B8F.eurprd02.prod.outlook.com (2603:10a6:10:230:cafe::1a) by\r\n"
    " DU2PR04CA0123.outlook.office365.com (2603:10a6:10:230::8) with Microsoft SMTP Server\r\n"
    " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7633.20 via Frontend Transport;\r\n"
    " Wed, 2 Dec 2026 10:00:02 +0000\r\n"
    "Authentication-Results: spf=pass (sender IP is 203.0.113.5) smtp.mailfrom=example.com; dkim=pass\r\n"
    " (signature was verified) header.d=example.com;dmarc=pass action=none header.from=example.com\r\n"
    "Received: from mail.example.com (203.0.113.5) by DB5PEPF00014B8F.mail.protection.outlook.com\r\n"
    " (10.167.8.203) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\r\n"
    " 15.20.7633.15 via Frontend Transport; Wed, 2 Dec 2026 10:00:01 +0000\r\n"
    "From: user@example.com\r\n\r\nHello\r\n";

void TestMessageParse::connection_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("receiver"); // the --receiver option
    QTest::addColumn<QString>("ip");       // empty: no connection
    QTest::addColumn<QString>("by");
    QTest::newRow("Gmail: internal hop above, submission hop below") << QByteArray(gmailMessage) << ""
                                                                     << "203.0.113.5"
                                                                     << "mx.google.com";
    QTest::newRow("Microsoft: internal hops with from, across outlook.com and office365.com")
        << QByteArray(microsoftMessage) << ""
        << "203.0.113.5"
        << "db5pepf00014b8f.mail.protection.outlook.com";
    QByteArray forefront = "X-Forefront-Antispam-Report: CIP:2001:db8::5;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;"
                           "H:mail.example.com;PTR:;CAT:NONE\r\n";
    QTest::newRow("Microsoft: X-Forefront-Antispam-Report decides") << forefront + microsoftMessage << ""
                                                                    << "2001:db8::5"
                                                                    << "";
    QTest::newRow("only private hops") << QByteArray("Received: from a (b [10.0.0.1]) by c; x\r\n\r\n") << ""
                                       << ""
                                       << "";
    QTest::newRow("no Received at all") << QByteArray("From: a@b.c\r\n\r\nx") << ""
                                        << ""
                                        << "";
    QTest::newRow("--receiver names a loopback hop")
        << QByteArray("Received: from loop.example.com (loop.example.com [127.0.0.60]) by mx.receiver.test; x\r\n")
        << "receiver.test"
        << "127.0.0.60"
        << "mx.receiver.test";
}

void TestMessageParse::connection()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, receiver);
    QString why;
    const auto c = receiver::findConnection(mail::splitMessage(message), &why, receiver);
    QFETCH(QString, ip);
    QCOMPARE(c ? c->ip.toString() : QString(), ip);
    QFETCH(QString, by);
    if (c)
        QCOMPARE(c->receiver, by);
    else
        QVERIFY(!why.isEmpty());
}

// Only the receiver's own results count: those above its Received: line, of its own authserv-id first.
void TestMessageParse::receiverResults()
{
    const mail::MessageText gmail = mail::splitMessage(gmailMessage);
    const auto results = receiver::findReceiverResults(gmail, receiver::findConnection(gmail, nullptr));
    QCOMPARE(results.authservId, QStringLiteral("mx.google.com"));
    QCOMPARE(results.field, QStringLiteral("Authentication-Results"));
    QCOMPARE(results.results.size(), 3);
    const mail::MessageText ms = mail::splitMessage(microsoftMessage);
    const auto msResults = receiver::findReceiverResults(ms, receiver::findConnection(ms, nullptr));
    QVERIFY(msResults.authservId.isEmpty());
    QCOMPARE(msResults.results.size(), 3);
    // Gmail writes its field just below its Received: line; a field of another id there, or any field below the next
    // Received: line (the sender's own), is never read; without the receiver's line nothing is.
    QCOMPARE(results.results[0].properties.value(QStringLiteral("header.i")), QStringLiteral("@example.com"));
    QVERIFY(receiver::findReceiverResults(gmail, std::nullopt).results.isEmpty());
}

void TestMessageParse::mailboxes()
{
    auto first = [](const char* value) { return mail::parseMailboxes(QString::fromUtf8(value)).addresses.value(0); };
    QCOMPARE(first("User <user@Example.COM>"), QStringLiteral("user@Example.COM"));
    QCOMPARE(mail::domainOf(first("\"Doe, John\" (work) <john@example.com.>")), QStringLiteral("example.com"));
    QCOMPARE(first("=?utf-8?q?J=C3=BCrgen?= <j@example.com>"), QStringLiteral("j@example.com"));
    QCOMPARE(first("team: a@example.com, b@example.org;"), QStringLiteral("a@example.com"));
    QVERIFY(mail::parseMailboxes(QStringLiteral("<>")).empty);
    QVERIFY(mail::parseMailboxes(QStringLiteral("no address here")).addresses.isEmpty() ||
            mail::domainOf(first("no address here")).isEmpty());
    QCOMPARE(mail::decodeText(QStringLiteral("=?utf-8?q?J=C3=BCrgen?=")), QStringLiteral("J\u00fcrgen"));
}

// RFC 7489 3.1: relaxed compares organizational domains, strict the exact names; an organizational domain that could
// not be found out leaves the answer open.
void TestMessageParse::alignment()
{
    receiver::MessageFacts f;
    f.organizations.insert(QStringLiteral("sub.example.com"), {QStringLiteral("example.com"), true, {}});
    f.organizations.insert(QStringLiteral("example.com"), {QStringLiteral("example.com"), true, {}});
    f.organizations.insert(QStringLiteral("other.example"), {QStringLiteral("other.example"), true, {}});
    f.organizations.insert(QStringLiteral("unsure.example"), {QStringLiteral("unsure.example"), false, {}});
    const QString sub = QStringLiteral("sub.example.com"), org = QStringLiteral("example.com");
    QCOMPARE(receiver::aligned(f, sub, org, false), std::optional<bool>(true));
    QCOMPARE(receiver::aligned(f, sub, org, true), std::optional<bool>(false));
    QCOMPARE(receiver::aligned(f, org, org, true), std::optional<bool>(true));
    QCOMPARE(receiver::aligned(f, QStringLiteral("other.example"), org, false), std::optional<bool>(false));
    QCOMPARE(receiver::aligned(f, QStringLiteral("unsure.example"), org, false), std::optional<bool>());
    QCOMPARE(receiver::aligned(f, QStringLiteral("never.asked"), org, false), std::optional<bool>());
}

QTEST_GUILESS_MAIN(TestMessageParse)
#include "tst_message_parse.moc"
