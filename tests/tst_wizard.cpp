// The wizard shell, offscreen: the welcome page gates Next on valid input, the results page fills in as checks
// finish against the fixture's NSD, and the event loop keeps running meanwhile.
#include "MailReadyWizard.h"
#include "ResultsPage.h"
#include "TestDns.h"
#include "run/CheckRunner.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace mailready;

class TestWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nextIsGatedByValidInput();
    void reachesResultsAndShowsThem();
    void dnsTextIsShownLiterally();
};

static QLineEdit* edit(QWizard& w, const char* name)
{
    auto* e = w.findChild<QLineEdit*>(QLatin1String(name));
    if (!e)
        qFatal("no field %s", name);
    return e;
}

void TestWizard::nextIsGatedByValidInput()
{
    ui::MailReadyWizard wizard(cli::GlobalOptions{});
    wizard.show();
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(edit(wizard, "domain"), QStringLiteral("me@example.test"));
    QVERIFY(!next->isEnabled());
    auto* problem = wizard.findChild<QLabel*>(QStringLiteral("problem"));
    QVERIFY(problem->text().contains(QStringLiteral("mail address")));
    edit(wizard, "domain")->setText(QStringLiteral("example.test"));
    QVERIFY(next->isEnabled());
    QTest::keyClicks(edit(wizard, "addresses"), QStringLiteral("192.0.2.300"));
    QVERIFY(!next->isEnabled());
    edit(wizard, "addresses")->setText(QStringLiteral("192.0.2.10, 2001:db8::10"));
    QVERIFY(next->isEnabled());
    edit(wizard, "nameservers")->setText(QStringLiteral("not-an-ip"));
    QVERIFY(!next->isEnabled());
    edit(wizard, "nameservers")->setText(test::nsdServer());
    QVERIFY(next->isEnabled());
}

static QTreeWidgetItem* rowOf(QTreeWidget* list, const QString& id)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(1, Qt::UserRole).toString() == id)
            return list->topLevelItem(i);
    return nullptr;
}

void TestWizard::reachesResultsAndShowsThem()
{
    ui::MailReadyWizard wizard(cli::GlobalOptions{});
    wizard.show();
    edit(wizard, "domain")->setText(QStringLiteral("example.test"));
    edit(wizard, "addresses")->setText(QStringLiteral("192.0.2.10 192.0.2.11"));
    edit(wizard, "nameservers")->setText(test::nsdServer());
    QSignalSpy finished(wizard.runner(), &CheckRunner::finished);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::ResultsPageId));

    auto* list = wizard.findChild<QTreeWidget*>(QStringLiteral("results"));
    QVERIFY(list);
    QVERIFY(rowOf(list, QStringLiteral("ptr")));
    // The GUI thread is not blocked: the spy only fires through the running event loop.
    QVERIFY(finished.wait(20000));
    QTreeWidgetItem* ptr = rowOf(list, QStringLiteral("ptr"));
    QCOMPARE(ptr->text(0), QStringLiteral("Fail")); // 192.0.2.11 has no PTR
    QVERIFY(ptr->text(2).contains(QStringLiteral("1 of 2")));
    auto* overall = wizard.findChild<QLabel*>(QStringLiteral("overall"));
    QVERIFY(overall->text().contains(QStringLiteral("Fail")));

    // Back, fix the address, and the re-run replaces the result.
    wizard.back();
    edit(wizard, "addresses")->setText(QStringLiteral("192.0.2.10"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(rowOf(list, QStringLiteral("ptr"))->text(0), QStringLiteral("Pass"));
}

void TestWizard::dnsTextIsShownLiterally()
{
    // Findings quote DNS data; the details view is plain text, so markup in it stays visible as typed.
    ui::MailReadyWizard wizard(cli::GlobalOptions{});
    auto* details = wizard.findChild<QWidget*>(QStringLiteral("details"));
    QVERIFY(details);
    QCOMPARE(QString::fromLatin1(details->metaObject()->className()), QStringLiteral("QPlainTextEdit"));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
