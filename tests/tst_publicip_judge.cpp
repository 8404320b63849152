// The public-ip judge from facts alone: what each address-echo source answered, no source asked (tst_publicip asks
// the fixture's echo servers).
#include "JudgeResults.h"
#include "checks/publicip/PublicIpCheck.h"

#include <QTest>

using namespace mailready;
using namespace mailready::checks;
using test::words;

namespace {

// "source=address" answered; "source!" failed. Sources whose name starts with "v6" were asked over IPv6.
PublicIpFacts answered(std::initializer_list<const char*> answers, std::initializer_list<const char*> local = {})
{
    PublicIpFacts f;
    for (const char* text : answers) {
        const QString t = QString::fromUtf8(text);
        EchoAnswer a;
        a.source = t.section(QLatin1Char('='), 0, 0).remove(QLatin1Char('!'));
        a.ipv6Path = a.source.startsWith(QLatin1String("v6"));
        if (t.endsWith(QLatin1Char('!')))
            a.error = QStringLiteral("timed out");
        else
            a.address = QHostAddress(t.section(QLatin1Char('='), 1));
        f.answers << a;
    }
    for (const char* l : local)
        f.local << QHostAddress(QString::fromUtf8(l));
    return f;
}

} // namespace

Q_DECLARE_METATYPE(mailready::checks::PublicIpFacts)

class TestPublicIpJudge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data();
    void judge();
    void givenAddresses();
};

void TestPublicIpJudge::judge_data()
{
    QTest::addColumn<PublicIpFacts>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("items"); // subject=status
    QTest::addColumn<QString>("text");      // a part of the summary or of some finding
    QTest::addColumn<QStringList>("addresses");

    QTest::newRow("three sources agree") << answered({"a=198.51.100.7", "b=198.51.100.7", "c=198.51.100.7"},
                                                     {"198.51.100.7"})
                                         << "pass" << words("198.51.100.7=pass") << "Public address 198.51.100.7"
                                         << words("198.51.100.7");
    QTest::newRow("behind NAT: a note, still pass")
        << answered({"a=198.51.100.7", "b=198.51.100.7"}, {"192.168.1.10"}) << "pass" << words("198.51.100.7=pass")
        << "behind NAT" << words("198.51.100.7");
    QTest::newRow("a minority disagrees: warn")
        << answered({"a=198.51.100.7", "b=198.51.100.7", "c=203.0.113.9"}, {"198.51.100.7"}) << "warn"
        << words("198.51.100.7=warn") << "2 of the 3 sources agree" << words("198.51.100.7");
    QTest::newRow("a tie: no majority, unknown") << answered({"a=198.51.100.7", "b=203.0.113.9"}) << "unknown"
                                                 << words("IPv4=unknown") << "none has a majority" << QStringList{};
    QTest::newRow("an echo that reports a private address: fail")
        << answered({"a=10.0.0.7", "b=10.0.0.7"}, {"10.0.0.7"}) << "fail" << words("10.0.0.7=fail")
        << "did not see you from the internet" << words("10.0.0.7");
    QTest::newRow("IPv4 and IPv6 each by majority")
        << answered({"a=198.51.100.7", "b=198.51.100.7", "v6a=2001:db8::7"}, {"198.51.100.7", "2001:db8::7"}) << "pass"
        << words("198.51.100.7=pass 2001:db8::7=pass") << "Public address 198.51.100.7, 2001:db8::7"
        << words("198.51.100.7 2001:db8::7");
    QTest::newRow("IPv6 sources all failed: a note on that family")
        << answered({"a=198.51.100.7", "v6a!"}, {"198.51.100.7"}) << "pass" << words("198.51.100.7=pass")
        << "No public IPv6 address was found" << words("198.51.100.7");
    QTest::newRow("no source answered: unknown, never a guess")
        << answered({"a!", "b!"}) << "unknown" << words("discovery=unknown") << "no source answered" << QStringList{};
}

void TestPublicIpJudge::judge()
{
    QFETCH(PublicIpFacts, facts);
    QFETCH(QString, status);
    QFETCH(QStringList, items);
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    const CheckResult r = PublicIpCheck::judge(facts);
    QCOMPARE(r.id, QStringLiteral("public-ip"));
    QCOMPARE(statusName(r.status), status);
    QCOMPARE(test::itemSubjectStatuses(r), items);
    QVERIFY2(test::resultText(r).contains(text), qPrintable(test::resultText(r)));
    // The wizard's typed view of the same: every address the sources agreed on.
    QStringList typed;
    if (const auto* details = r.detailsAs<PublicIpDetails>())
        for (const QHostAddress& a : details->addresses)
            typed << a.toString();
    QCOMPARE(typed, addresses);
}

void TestPublicIpJudge::givenAddresses()
{
    PublicIpFacts f;
    f.given = {QHostAddress(QStringLiteral("192.168.1.5"))};
    const CheckResult r = PublicIpCheck::judge(f);
    QCOMPARE(r.status, Status::Skipped);
    QCOMPARE(r.findings.size(), 1);
    QVERIFY(r.findings.first().message.contains(QStringLiteral("receivers never see it")));
}

QTEST_GUILESS_MAIN(TestPublicIpJudge)
#include "tst_publicip_judge.moc"
