// The map of the journey (ui/StepMap) and the Verify page's way back to the page that fixes a threshold, walked over
// bad.demo on the fixture's NSD.
#include "MailReadyWizard.h"
#include "StatusIndicator.h"
#include "StepMap.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "WizardTest.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWizardPage>

using namespace mailready;
using test::waitIdle;

namespace {

QListWidgetItem* stepItem(QListWidget* map, int pageId)
{
    for (int i = 0; i < map->count(); ++i)
        if (map->item(i)->data(Qt::UserRole).toInt() == pageId)
            return map->item(i);
    return nullptr;
}

} // namespace

class TestStepMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailReadyTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_stepmap"));
        QSettings().clear();
        qputenv("MAILREADY_DNSBL_CATALOG",
                test::sourcePath(QStringLiteral("resources/demo/catalog.json")).toLocal8Bit());
        qputenv("MAILREADY_AUTHORITATIVE_PORT", QByteArray::number(test::nsdPort()));
    }

    void mapFollowsTheWalk()
    {
        ui::MailReadyWizard wizard(GlobalOptions{});
        wizard.show();
        auto* map = wizard.findChild<QListWidget*>(QStringLiteral("step-map"));
        QVERIFY(map);
        QCOMPARE(map->count(), wizard.pageIds().size());
        QVERIFY(map->item(0)->data(Qt::AccessibleTextRole).toString().contains(QLatin1String("(current step)")));
        test::edit(wizard, "domain")->setText(QStringLiteral("bad.demo"));
        test::edit(wizard, "hostname")->setText(QStringLiteral("mail.bad.demo"));
        test::edit(wizard, "addresses")->setText(QStringLiteral("198.19.66.66"));
        test::edit(wizard, "nameservers")->setText(test::nsdServer());

        // Activating Verify on the map walks forward as Next would, through every page that lets the user on; the
        // delivery page wants a choice first, so the walk stops there.
        QVERIFY(!ui::StepMap::goToPage(&wizard, ui::MailReadyWizard::VerifyPageId) ||
                wizard.currentId() == ui::MailReadyWizard::VerifyPageId);
        while (wizard.currentId() != ui::MailReadyWizard::VerifyPageId) {
            QVERIFY(waitIdle(wizard.model()));
            const QString moved = test::pressNext(wizard);
            QVERIFY2(moved.isEmpty(), qPrintable(moved));
        }
        QVERIFY(waitIdle(wizard.model()));

        // bad.demo has no DMARC record and an SPF policy that refuses its address: the map says so in words.
        const QString spf = stepItem(map, ui::MailReadyWizard::SpfPageId)->data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spf.startsWith(QLatin1String("SPF: Fail")), qPrintable(spf));
        const QString verify =
            stepItem(map, ui::MailReadyWizard::VerifyPageId)->data(Qt::AccessibleTextRole).toString();
        QVERIFY2(verify.endsWith(QLatin1String("(current step)")), qPrintable(verify));
        QVERIFY(stepItem(map, ui::MailReadyWizard::WelcomePageId)->icon().isNull()); // no checks, no status
        // One icon per status for the life of the program, the same after every refresh: each new QIcon painted
        // at another size leaves a scaled copy in Qt's pixmap cache, so a long watch would grow (scripts/bench-soak).
        QCOMPARE(stepItem(map, ui::MailReadyWizard::SpfPageId)->icon().cacheKey(),
                 ui::StatusIndicator::iconFor(Status::Fail).cacheKey());

        // The Verify page's row for SPF opens the SPF page; the map then takes the user back to Verify.
        auto* open = wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("open-spf"));
        QVERIFY(open);
        QVERIFY(!open->accessibleName().isEmpty());
        open->click();
        QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::SpfPageId));
        QVERIFY(waitIdle(wizard.model()));
        Q_EMIT map->itemActivated(stepItem(map, ui::MailReadyWizard::VerifyPageId));
        QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::VerifyPageId));
        // And back to the first page, through the pages seen.
        QVERIFY(ui::StepMap::goToPage(&wizard, ui::MailReadyWizard::WelcomePageId));
        QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::WelcomePageId));
    }
};

QTEST_MAIN(TestStepMap)
#include "tst_stepmap.moc"
