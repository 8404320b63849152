// The address-change judge from facts alone: the remembered and current public addresses, the domain's published
// SPF record and the mail host's A/AAAA answers as a server would have given them, and the verdict the check must
// reach. No DNS server.
#include "FactBuilders.h"
#include "JudgeResults.h"
#include "checks/address/AddressChangeCheck.h"

#include <QTest>

#include <initializer_list>

using namespace mailready;
using namespace mailready::checks;
using test::words;

Q_DECLARE_METATYPE(mailready::checks::AddressChangeFacts)

namespace {

QList<QHostAddress> addresses(std::initializer_list<const char*> texts)
{
    QList<QHostAddress> out;
    for (const char* t : texts)
        out << QHostAddress(QString::fromUtf8(t));
    return out;
}

// The SPF records published at example.test: `spf` is one record's text, "" for none, or "TIMEOUT"/"SERVFAIL".
spf::PublishedRecords published(const char* spf)
{
    const QString text = QString::fromUtf8(spf);
    spf::PublishedRecords p;
    if (text == QLatin1String("TIMEOUT") || text == QLatin1String("SERVFAIL")) {
        p.answer = test::answer(QStringLiteral("example.test"), dns::RRType::TXT, text);
        return p;
    }
    p.answer = test::txtAnswer(QStringLiteral("example.test"),
                               text.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{text.toUtf8()});
    if (!text.isEmpty()) {
        p.records << text.toUtf8();
        p.strings << QList<QByteArray>{text.toUtf8()};
    }
    return p;
}

// Facts for example.test and its mail host mail.example.test, whose A and AAAA answers are `a` and `aaaa` (as for
// test::answer; nullptr: the host was not asked, as when nothing changed).
AddressChangeFacts facts(std::initializer_list<const char*> remembered, std::initializer_list<const char*> current,
                         const char* spf = "", const char* a = nullptr, const char* aaaa = "NODATA",
                         bool relayed = false)
{
    AddressChangeFacts f{QStringLiteral("example.test"),
                         QStringLiteral("mail.example.test"),
                         relayed,
                         addresses(remembered),
                         addresses(current),
                         published(spf),
                         {}};
    if (a)
        f.hostAddresses = {
            test::answer(QStringLiteral("mail.example.test"), dns::RRType::A, QString::fromUtf8(a)),
            test::answer(QStringLiteral("mail.example.test"), dns::RRType::AAAA, QString::fromUtf8(aaaa))};
    return f;
}

} // namespace

class TestAddressJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data();
    void judge();
};

void TestAddressJudge::judge_data()
{
    QTest::addColumn<AddressChangeFacts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("finding");   // a part of some text (summary, item, finding); empty: no finding at all
    QTest::addColumn<QStringList>("stale"); // the details' stale records; "-" when there are no details

    QTest::newRow("nothing remembered: skipped, nothing to compare")
        << facts({}, {"198.51.100.7"}) << "skipped" << QStringList() << "--remember" << words("-");
    QTest::newRow("current address unknown: unknown, never pass")
        << facts({"192.0.2.25"}, {}) << "unknown" << words("unknown") << "unverified" << words("-");
    QTest::newRow("same address: pass") << facts({"192.0.2.25"}, {"192.0.2.25"}) << "pass" << words("pass") << ""
                                        << QStringList();
    QTest::newRow("RFC 7208 5.6 ip4: still names the old address: the record with the new one")
        << facts({"192.0.2.25"}, {"198.51.100.7"}, "v=spf1 ip4:192.0.2.25 mx -all", "198.51.100.7") << "fail"
        << words("fail") << "becomes: v=spf1 ip4:198.51.100.7 mx -all" << words("spf ptr");
    QTest::newRow("RFC 7208 5.6 ip4: prefix covering the old address but not the new one")
        << facts({"192.0.2.25"}, {"198.51.100.7"}, "v=spf1 ip4:192.0.2.0/24 -all", "198.51.100.7") << "fail"
        << words("fail") << "still authorizes the old address (ip4:192.0.2.0/24)" << words("spf ptr");
    QTest::newRow("RFC 7208 5.6 a prefix covering both: SPF follows")
        << facts({"192.0.2.25"}, {"192.0.2.26"}, "v=spf1 ip4:192.0.2.0/24 -all", "192.0.2.26") << "warn"
        << words("warn") << "Ask your ISP to set the PTR of 192.0.2.26" << words("ptr");
    QTest::newRow("through a relay: the old home address is removed, not replaced; no PTR advice")
        << facts({"192.0.2.25"}, {"198.51.100.7"}, "v=spf1 ip4:192.0.2.25 include:relay.example -all", "198.51.100.7",
                 "NODATA", true)
        << "fail" << words("fail") << "Remove ip4:192.0.2.25 from the TXT record at example.test" << words("spf");
    QTest::newRow("RFC 1035 A record of the mail host still points at the old address")
        << facts({"192.0.2.25"}, {"198.51.100.7"}, "v=spf1 mx -all", "192.0.2.25") << "fail" << words("fail")
        << "Change it to: mail.example.test. IN A 198.51.100.7" << words("address ptr");
    QTest::newRow("RFC 3596 AAAA of an IPv6 address gone, no new IPv6: remove it")
        << facts({"2001:db8::25"}, {"198.51.100.7"}, "v=spf1 mx -all", "198.51.100.7", "2001:db8::25") << "fail"
        << words("fail") << "Remove mail.example.test. IN AAAA 2001:db8::25" << words("address ptr");
    QTest::newRow("SPF lookup timed out: unknown, never pass")
        << facts({"192.0.2.25"}, {"198.51.100.7"}, "TIMEOUT", "198.51.100.7", "NODATA", true) << "unknown"
        << words("unknown") << "is unverified" << QStringList();
    QTest::newRow("host lookup SERVFAIL: unknown")
        << facts({"192.0.2.25"}, {"198.51.100.7"}, "v=spf1 mx -all", "SERVFAIL", "NODATA", true) << "unknown"
        << words("unknown") << "is unverified" << QStringList();
    QTest::newRow("records follow through a relay: a warning that the line is dynamic")
        << facts({"192.0.2.25"}, {"198.51.100.7"}, "v=spf1 include:relay.example -all", "198.51.100.7", "NODATA", true)
        << "warn" << words("warn") << "it is dynamic and will change again" << QStringList();
}

void TestAddressJudge::judge()
{
    QFETCH(AddressChangeFacts, facts);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, finding);
    QFETCH(QStringList, stale);
    const CheckResult r = AddressChangeCheck::judge(facts);
    QCOMPARE(r.id, QStringLiteral("address-change"));
    test::verifyVerdict(r, status, items, finding);
    if (QTest::currentTestFailed())
        return;
    const auto* details = r.detailsAs<AddressChangeDetails>();
    if (stale == words("-")) {
        QVERIFY(!details);
        return;
    }
    QVERIFY(details);
    QCOMPARE(details->stale, stale);
    QCOMPARE(details->remembered, facts.remembered);
    QCOMPARE(details->current, facts.current);
    // The SPF answer and both host answers are the evidence of a change; nothing is asked when nothing changed.
    QCOMPARE(r.evidence.size(), details->gone.isEmpty() && details->added.isEmpty() ? 0 : 3);
}

QTEST_GUILESS_MAIN(TestAddressJudge)
#include "tst_address_judge.moc"
