// The SMTP reply reader (pure): RFC 5321 4.2 reply syntax, fed in arbitrary pieces, and its protocol violations.
#include "checks/smtp/SmtpReply.h"

#include <QTest>

using namespace mailready::checks;

class TestSmtpReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void byteByByte();
    void incompleteWaits();
    void violations_data();
    void violations();
    void twoRepliesInOneRead();
    void extensions();
};

void TestSmtpReply::complete_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("RFC 5321 4.3.1 greeting") << QByteArray("220 mx.example.com ESMTP ready\r\n") << 220
                                             << QStringList{QStringLiteral("mx.example.com ESMTP ready")};
    // RFC 5321 4.2.1: the example multi-line reply, verbatim.
    QTest::newRow("RFC 5321 4.2.1 multi-line example")
        << QByteArray(
               "250-First line\r\n250-Second line\r\n250-234 Text beginning with numbers\r\n250 The last line\r\n")
        << 250
        << QStringList{QStringLiteral("First line"), QStringLiteral("Second line"),
                       QStringLiteral("234 Text beginning with numbers"), QStringLiteral("The last line")};
    QTest::newRow("RFC 5321 4.2 code alone") << QByteArray("250\r\n") << 250 << QStringList{QString()};
    QTest::newRow("bare LF line ends") << QByteArray("221 bye\n") << 221 << QStringList{QStringLiteral("bye")};
    QTest::newRow("RFC 3207 4 STARTTLS go ahead") << QByteArray("220 2.0.0 Ready to start TLS\r\n") << 220
                                                  << QStringList{QStringLiteral("2.0.0 Ready to start TLS")};
    QTest::newRow("RFC 5321 4.2.2 554 greeting")
        << QByteArray("554 No SMTP service here\r\n") << 554 << QStringList{QStringLiteral("No SMTP service here")};
}

void TestSmtpReply::complete()
{
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QStringList, lines);
    SmtpReplyReader r;
    r.feed(input);
    const auto reply = r.next();
    QVERIFY2(reply, qPrintable(r.error()));
    QCOMPARE(reply->code, code);
    QCOMPARE(reply->lines, lines);
    QVERIFY(!r.next());
    QVERIFY(!r.hasError());
    QVERIFY(r.pending().isEmpty());
}

void TestSmtpReply::byteByByte()
{
    const QByteArray input("250-mx.example.com Hello\r\n250-SIZE 35882577\r\n250 STARTTLS\r\n");
    SmtpReplyReader r;
    for (qsizetype i = 0; i < input.size(); ++i) {
        QVERIFY2(!r.next(), "no reply before the last line is complete");
        r.feed(input.mid(i, 1));
    }
    const auto reply = r.next();
    QVERIFY(reply);
    QCOMPARE(reply->lines.size(), 3);
    QCOMPARE(reply->firstWord(), QStringLiteral("mx.example.com"));
}

void TestSmtpReply::incompleteWaits()
{
    SmtpReplyReader r;
    r.feed("250-first\r\n250-second\r\n");
    QVERIFY(!r.next());
    QVERIFY(!r.hasError());
    r.feed("250 last\r\n");
    QVERIFY(r.next());
}

void TestSmtpReply::violations_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("why");
    QTest::newRow("HTTP instead of SMTP") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << "not an SMTP reply line";
    QTest::newRow("SSH banner") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << "not an SMTP reply line";
    QTest::newRow("RFC 5321 4.2 code out of range 6xx") << QByteArray("600 no\r\n") << "not an SMTP reply line";
    QTest::newRow("RFC 5321 4.2 second digit out of range") << QByteArray("290 no\r\n") << "not an SMTP reply line";
    QTest::newRow("RFC 5321 4.2 bad separator") << QByteArray("250_ok\r\n") << "not an SMTP reply line";
    QTest::newRow("RFC 5321 4.2 codes differ across lines") << QByteArray("250-a\r\n251 b\r\n") << "different codes";
    QTest::newRow("endless line") << QByteArray(5000, 'x') << "longer than";
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\r\n", 8) << "not an SMTP reply line";
}

void TestSmtpReply::violations()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, why);
    SmtpReplyReader r;
    r.feed(input);
    QVERIFY(!r.next());
    QVERIFY(r.hasError());
    QVERIFY2(r.error().contains(why), qPrintable(r.error()));
    r.feed("250 ok\r\n");
    QVERIFY2(!r.next(), "a reader stays failed after a violation");
}

void TestSmtpReply::twoRepliesInOneRead()
{
    SmtpReplyReader r;
    r.feed("220 hi\r\n250 ok\r\n");
    QCOMPARE(r.next()->code, 220);
    QCOMPARE(r.next()->code, 250);
    QVERIFY(!r.next());
}

void TestSmtpReply::extensions()
{
    // RFC 5321 4.1.1.1: EHLO reply, first line the domain, then one keyword per line.
    SmtpReplyReader r;
    r.feed("250-mx.example.com greets you\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-starttls\r\n250 "
           "ENHANCEDSTATUSCODES\r\n");
    const auto reply = r.next();
    QVERIFY(reply);
    QCOMPARE(reply->extensions(), (QStringList{QStringLiteral("SIZE 35882577"), QStringLiteral("8BITMIME"),
                                               QStringLiteral("STARTTLS"), QStringLiteral("ENHANCEDSTATUSCODES")}));
    QVERIFY(reply->hasExtension(QStringLiteral("STARTTLS")));
    QVERIFY(reply->hasExtension(QStringLiteral("size")));
    QVERIFY(!reply->hasExtension(QStringLiteral("AUTH")));
    QVERIFY(!reply->hasExtension(QStringLiteral("8BIT")));
}

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
