// One TXT record as RFC 1035 3.3 character-strings (dns/TxtStrings.h), the way SPF and DKIM records are published:
// the byte limits, UTF-8 never cut, and the zone-file form read back by ldns's own zone-file parser.
#include "dns/TxtStrings.h"

#include <QTest>

#include <ldns/ldns.h>

using namespace mailready;
using dns::TxtBreak;

Q_DECLARE_METATYPE(mailready::dns::TxtBreak)

namespace {

QList<int> byteSizes(const QStringList& strings)
{
    QList<int> out;
    for (const QString& s : strings)
        out << int(s.toUtf8().size());
    return out;
}

// The character-strings of `text` (a zone file's TXT RDATA) as ldns parses them; nullopt when it does not parse.
std::optional<QList<QByteArray>> parsedByLdns(const QString& text)
{
    const QByteArray line = "txt.example.test. 300 IN TXT " + text.toUtf8();
    ldns_rr* rr = nullptr;
    if (ldns_rr_new_frm_str(&rr, line.constData(), 0, nullptr, nullptr) != LDNS_STATUS_OK || !rr)
        return std::nullopt;
    QList<QByteArray> strings;
    for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
        const ldns_rdf* rdf = ldns_rr_rdf(rr, i);
        const uint8_t* data = ldns_rdf_data(rdf);
        strings << QByteArray(reinterpret_cast<const char*>(data + 1), data[0]);
    }
    ldns_rr_free(rr);
    return strings;
}

} // namespace

class TestTxtStrings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
    void zoneFileEscapes();
    void zoneFileParses_data();
    void zoneFileParses();
};

void TestTxtStrings::split_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<TxtBreak>("where");
    QTest::addColumn<QList<int>>("sizes"); // bytes of each string

    const QString x255(255, QLatin1Char('x'));
    QTest::newRow("empty: one empty string") << QString() << TxtBreak::BetweenTerms << QList<int>{0};
    QTest::newRow("RFC 1035 3.3: exactly 255 bytes is one string") << x255 << TxtBreak::BetweenTerms << QList<int>{255};
    QTest::newRow("256 bytes without a space: 255 + 1")
        << x255 + QLatin1Char('x') << TxtBreak::BetweenTerms << QList<int>{255, 1};
    QTest::newRow("256 bytes, anywhere: 255 + 1")
        << x255 + QLatin1Char('x') << TxtBreak::Anywhere << QList<int>{255, 1};
    QTest::newRow("510 bytes: two full strings") << x255 + x255 << TxtBreak::Anywhere << QList<int>{255, 255};
    // "v=spf1" and 40 "ip4:198.51.100.N" terms: the first string ends after the last space within 255 bytes.
    QString spf = QStringLiteral("v=spf1");
    for (int i = 1; i <= 40; ++i)
        spf += QStringLiteral(" ip4:198.51.100.%1").arg(i);
    QTest::newRow("between terms: each string ends with the space after a term")
        << spf << TxtBreak::BetweenTerms << QList<int>{250, 252, 215};
    QTest::newRow("anywhere: as full as possible") << spf << TxtBreak::Anywhere << QList<int>{255, 255, 207};
    QTest::newRow("a space right at byte 255 ends the first string")
        << QString(254, QLatin1Char('a')) + QStringLiteral(" b") << TxtBreak::BetweenTerms << QList<int>{255, 1};
    QTest::newRow("a space at byte 256 does not fit: cut at 255")
        << x255 + QStringLiteral(" b") << TxtBreak::BetweenTerms << QList<int>{255, 2};
    // UTF-8: a character is never cut across two strings.
    const QString e = QString::fromUtf8("\xc3\xa9");             // U+00E9, 2 bytes
    const QString euro = QString::fromUtf8("\xe2\x82\xac");      // U+20AC, 3 bytes
    const QString emoji = QString::fromUtf8("\xf0\x9f\x93\xa7"); // U+1F4E7, 4 bytes (a surrogate pair in UTF-16)
    QTest::newRow("2-byte character across byte 255")
        << QString(254, QLatin1Char('a')) + e << TxtBreak::Anywhere << QList<int>{254, 2};
    QTest::newRow("3-byte character across byte 255")
        << QString(253, QLatin1Char('a')) + euro + euro << TxtBreak::Anywhere << QList<int>{253, 6};
    QTest::newRow("4-byte character across byte 255, no space")
        << QString(253, QLatin1Char('a')) + emoji << TxtBreak::BetweenTerms << QList<int>{253, 4};
    QTest::newRow("4-byte character ending at byte 256")
        << QString(252, QLatin1Char('a')) + emoji << TxtBreak::Anywhere << QList<int>{252, 4};
    QTest::newRow("a character that ends at byte 255 stays whole")
        << QString(252, QLatin1Char('a')) + euro + QLatin1Char('b') << TxtBreak::Anywhere << QList<int>{255, 1};
    QTest::newRow("only 3-byte characters: strings of 255 bytes")
        << euro.repeated(100) << TxtBreak::Anywhere << QList<int>{255, 45};
    QTest::newRow("only 4-byte characters: strings of 252 bytes")
        << emoji.repeated(70) << TxtBreak::BetweenTerms << QList<int>{252, 28};
}

void TestTxtStrings::split()
{
    QFETCH(QString, record);
    QFETCH(TxtBreak, where);
    QFETCH(QList<int>, sizes);
    const QStringList strings = dns::characterStrings(record, where);
    QCOMPARE(byteSizes(strings), sizes);
    QCOMPARE(strings.join(QString()), record);
    if (where == TxtBreak::BetweenTerms && record.startsWith(QLatin1String("v=spf1 ")))
        for (qsizetype i = 0; i + 1 < strings.size(); ++i)
            QVERIFY2(strings[i].endsWith(QLatin1Char(' ')), qPrintable(strings[i]));
    for (const QString& s : strings) {
        QVERIFY(!s.contains(QChar::ReplacementCharacter));
        QCOMPARE(QString::fromUtf8(s.toUtf8()), s);
    }
}

void TestTxtStrings::zoneFileEscapes()
{
    QCOMPARE(dns::zoneFileText(QStringLiteral("v=spf1 -all")), QStringLiteral("\"v=spf1 -all\""));
    QCOMPARE(dns::zoneFileText(QString()), QStringLiteral("\"\""));
    QCOMPARE(dns::zoneFileText(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \\\"hi\\\"\""));
    QCOMPARE(dns::zoneFileText(QStringLiteral("a\\b")), QStringLiteral("\"a\\\\b\""));
    QCOMPARE(dns::quotedStrings({QStringLiteral("a "), QStringLiteral("b")}), QStringLiteral("\"a \" \"b\""));
    // The escapes do not count against the 255 bytes: a string of 255 quotes stays one string.
    const QString quotes(255, QLatin1Char('"'));
    QCOMPARE(dns::characterStrings(quotes).size(), 1);
    QCOMPARE(dns::zoneFileText(quotes).size(), 2 + 2 * 255);
}

void TestTxtStrings::zoneFileParses_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<TxtBreak>("where");

    QString spf = QStringLiteral("v=spf1");
    for (int i = 1; i <= 40; ++i)
        spf += QStringLiteral(" ip4:198.51.100.%1").arg(i);
    QTest::newRow("a long SPF record, between terms") << spf + QStringLiteral(" -all") << TxtBreak::BetweenTerms;
    QTest::newRow("a DKIM key, anywhere")
        << QStringLiteral("v=DKIM1; k=rsa; p=") + QString(600, QLatin1Char('A')) << TxtBreak::Anywhere;
    QTest::newRow("quotes and backslashes across a cut")
        << QString(250, QLatin1Char('q')) + QStringLiteral("\"\\\"\\\"\\ x") << TxtBreak::Anywhere;
    QTest::newRow("UTF-8 across a cut") << QString(254, QLatin1Char('a')) + QString::fromUtf8("\xc3\xa9 tail")
                                        << TxtBreak::BetweenTerms;
}

void TestTxtStrings::zoneFileParses()
{
    QFETCH(QString, record);
    QFETCH(TxtBreak, where);
    const QString text = dns::zoneFileText(record, where);
    const auto strings = parsedByLdns(text);
    QVERIFY2(strings, qPrintable(text));
    QByteArray joined;
    for (const QByteArray& s : *strings) {
        QVERIFY(s.size() <= dns::kMaxCharacterString);
        joined += s;
    }
    QCOMPARE(joined, record.toUtf8());
    QCOMPARE(strings->size(), dns::characterStrings(record, where).size());
}

QTEST_GUILESS_MAIN(TestTxtStrings)
#include "tst_txtstrings.moc"
