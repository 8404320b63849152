// The checks' words for their two audiences: the command line names its flags, the wizard names its own fields and
// pages. The same judges, the same facts; only the sentence that tells how to give an input differs.
#include "checks/Wording.h"
#include "checks/dkim/DkimCheck.h"
#include "checks/publicip/PublicIpCheck.h"
#include "checks/smtp/SmtpCheck.h"

#include <QRegularExpression>
#include <QTest>

using namespace mailready;
using namespace mailready::checks;

namespace {

QString allWords(const CheckResult& r)
{
    QStringList words{r.summary};
    for (const Finding& f : r.findings)
        words << f.message << f.fix;
    for (const CheckItem& i : r.items)
        words << i.detail;
    return words.join(QLatin1Char('\n'));
}

const QRegularExpression flag(QStringLiteral("(^|[\\s('])--[a-z]"));

} // namespace

class TestWording : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { setAudience(Audience::CommandLine); }

    void commandLineIsTheDefault() { QCOMPARE(audience(), Audience::CommandLine); }

    void judges_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("public-ip: the address was typed, none discovered") << 0;
        QTest::newRow("public-ip: a private address was typed") << 1;
        QTest::newRow("dkim: no selector yet") << 2;
        QTest::newRow("smtp: no server to probe") << 3;
    }
    void judges()
    {
        QFETCH(int, which);
        auto judge = [which] {
            switch (which) {
            case 0:
                return PublicIpCheck::judge(
                    PublicIpFacts{{QHostAddress(QStringLiteral("192.0.2.25"))}, {}, {}, {}, {}});
            case 1:
                return PublicIpCheck::judge(PublicIpFacts{{QHostAddress(QStringLiteral("10.0.0.5"))}, {}, {}, {}, {}});
            case 2: {
                DkimFacts f;
                f.domain = QStringLiteral("example.test");
                return DkimCheck::judge(f);
            }
            default:
                return SmtpCheck::judge(SmtpFacts{});
            }
        };
        setAudience(Audience::CommandLine);
        const QString cli = allWords(judge());
        setAudience(Audience::Wizard);
        const QString wizard = allWords(judge());
        QVERIFY2(flag.match(cli).hasMatch(), qPrintable(cli));
        QVERIFY2(!flag.match(wizard).hasMatch(), qPrintable(wizard));
        QVERIFY(!wizard.trimmed().isEmpty());
    }
};

QTEST_MAIN(TestWording)
#include "tst_wording.moc"
