// The Blocklists page lists every list as a row of its own (ui/BlocklistRows), read from the dnsbl check's typed
// details, against the fixture's test lists (tests/dns/dnsbl-test-catalog.json): 203.0.113.5 is listed on
// listed.dnsbl.test, whose TXT answer carries a URL.
#include "MailReadyWizard.h"
#include "StatusIndicator.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "WizardTest.h"
#include "checks/dnsbl/DnsblCheck.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWizardPage>

using namespace mailready;
using test::waitIdle;

class TestBlocklistRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailReadyTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_blocklist_rows"));
        QSettings().clear();
        qputenv("MAILREADY_DNSBL_CATALOG",
                test::sourcePath(QStringLiteral("tests/dns/dnsbl-test-catalog.json")).toLocal8Bit());
    }

    void everyListIsARow()
    {
        ui::MailReadyWizard wizard(GlobalOptions{});
        wizard.show();
        test::edit(wizard, "domain")->setText(QStringLiteral("example.test"));
        test::edit(wizard, "hostname")->setText(QStringLiteral("mail.example.test"));
        test::edit(wizard, "addresses")->setText(QStringLiteral("203.0.113.5"));
        test::edit(wizard, "nameservers")->setText(test::nsdServer());
        while (wizard.currentId() != ui::MailReadyWizard::BlocklistPageId) {
            QVERIFY(waitIdle(wizard.model()));
            const QString moved = test::pressNext(wizard);
            QVERIFY2(moved.isEmpty(), qPrintable(moved));
        }
        QVERIFY(waitIdle(wizard.model()));
        QWizardPage* page = wizard.currentPage();
        const CheckResult* result = wizard.model()->result(QStringLiteral("dnsbl"));
        QVERIFY(result);
        const auto* details = result->detailsAs<checks::DnsblDetails>();
        QVERIFY(details && details->rows.size() >= 3);

        // One row per list and address, the listed one first, in words and with its meaning.
        QList<ui::StatusIndicator*> statuses;
        for (int i = 0;; ++i) {
            auto* s = page->findChild<ui::StatusIndicator*>(QStringLiteral("dnsbl-status-%1").arg(i));
            if (!s)
                break;
            statuses << s;
        }
        QCOMPARE(statuses.size(), details->rows.size());
        QCOMPARE(statuses.first()->status(), Status::Fail);
        const QString first = page->findChild<QLabel*>(QStringLiteral("dnsbl-list-0"))->text();
        QVERIFY2(first.startsWith(QLatin1String("Listing test list")), qPrintable(first));
        QVERIFY(first.contains(QLatin1String("203.0.113.5")));
        const QString meaning = page->findChild<QLabel*>(QStringLiteral("dnsbl-meaning-0"))->text();
        QVERIFY2(meaning.contains(QLatin1String("127.0.0.10")) && meaning.contains(QLatin1String("residential")),
                 qPrintable(meaning));
        for (qsizetype i = 1; i < statuses.size(); ++i)
            QVERIFY(statuses[i]->status() != Status::Fail);

        // The listed row's button leads to the catalog's removal page; every button leads only to a catalog URL.
        auto* open = page->findChild<QPushButton*>(QStringLiteral("dnsbl-open-0"));
        QVERIFY(open);
        QCOMPARE(open->property("url").toString(), QStringLiteral("https://listed.dnsbl.test/remove"));
        QVERIFY(!open->accessibleName().isEmpty());
        QStringList catalogUrls;
        for (const checks::DnsblRow& r : details->rows)
            catalogUrls << r.delist;
        for (QPushButton* b : page->findChildren<QPushButton*>())
            if (b->objectName().startsWith(QLatin1String("dnsbl-open-")))
                QVERIFY2(catalogUrls.contains(b->property("url").toString()), qPrintable(b->objectName()));

        // The list's TXT answer names a URL: it is never a link anywhere on the page.
        bool txtShown = false;
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (!label->text().contains(QLatin1String("listed.dnsbl.test/lookup")))
                continue;
            txtShown = true;
            QVERIFY2(label->textFormat() == Qt::PlainText && !label->openExternalLinks(), qPrintable(label->text()));
        }
        QVERIFY2(txtShown, "the TXT answer with its URL is not shown at all");
    }
};

QTEST_MAIN(TestBlocklistRows)
#include "tst_blocklist_rows.moc"
