// The whole walk, as a person makes it, offscreen against the demo domains on the fixture's NSD: every page from
// Welcome to Verify by pressing Next, a domain that passes everything and one that fails several thresholds, the
// records to publish copied from the Publish page, and the PDF checklist read back with pdftotext.
#include "CheckPanel.h"
#include "MailReadyWizard.h"
#include "RecordView.h"
#include "StatusIndicator.h"
#include "TestDns.h"
#include "VerdictBanner.h"
#include "VerifyPage.h"
#include "WizardModel.h"
#include "WizardTest.h"
#include "checks/ReceiverRules.h"
#include "run/CheckRunner.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using mailready::test::edit;
using mailready::test::waitIdle;

using namespace mailready;

class TestWizardWalk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void walk_data();
    void walk();
};

struct Visited
{
    QList<int> pages;
};

// The verdict banner's "Next:" line names a step of its own: never a finding's problem again, and on a page whose worst
// check has a finding, that finding's next step. Returns the step (empty when the banner names none).
static QString verifyNextStep(ui::MailReadyWizard& wizard)
{
    auto* banner = wizard.currentPage()->findChild<ui::VerdictBanner*>();
    if (!banner)
        return {};
    const QString text = banner->text();
    const qsizetype at = text.indexOf(QStringLiteral("\nNext: "));
    if (at < 0)
        return {};
    const QString step = text.mid(at + 7);
    bool isSomeStep = false;
    for (const CheckResult& c : wizard.model()->report().checks)
        for (const Finding& f : c.findings) {
            if (step == f.message)
                return QStringLiteral("PROBLEM: ") + step;
            isSomeStep = isSomeStep || step == f.next || step == f.fix;
        }
    return isSomeStep ? step : QStringLiteral("NOT A STEP: ") + step;
}

void TestWizardWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MailReadyWalk"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizard_walk"));
    // The demo's own blocklist, and its nameserver as the authoritative server of the demo domains (ns1 = 127.0.0.1).
    qputenv("MAILREADY_DNSBL_CATALOG", test::sourcePath(QStringLiteral("resources/demo/catalog.json")).toLocal8Bit());
    qputenv("MAILREADY_AUTHORITATIVE_PORT", QByteArray::number(test::nsdPort()));
}

void TestWizardWalk::init()
{
    QSettings().clear();
}

void TestWizardWalk::walk_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QStringList>("passing");
    QTest::addColumn<QStringList>("failing");
    QTest::newRow("good.demo meets all five thresholds")
        << "good.demo"
        << "mail.good.demo"
        << "198.19.25.25" << true
        << QStringList{QStringLiteral("ptr"), QStringLiteral("fcrdns"), QStringLiteral("ehlo"), QStringLiteral("dnsbl"),
                       QStringLiteral("spf"), QStringLiteral("dkim"),   QStringLiteral("dmarc")}
        << QStringList{};
    QTest::newRow("bad.demo fails several")
        << "bad.demo"
        << "mail.bad.demo"
        << "198.19.66.66" << false << QStringList{}
        << QStringList{QStringLiteral("fcrdns"), QStringLiteral("ehlo"), QStringLiteral("dnsbl"), QStringLiteral("spf"),
                       QStringLiteral("dmarc")};
}

void TestWizardWalk::walk()
{
    QFETCH(QString, domain);
    QFETCH(QString, hostname);
    QFETCH(QString, address);
    QFETCH(bool, withKey);
    QFETCH(QStringList, passing);
    QFETCH(QStringList, failing);

    if (withKey) {
        QSettings s;
        s.setValue(QStringLiteral("dkim/selector"), QStringLiteral("2026a"));
        s.setValue(QStringLiteral("dkim/keyPath"),
                   test::sourcePath(QStringLiteral("resources/demo/keys/good.demo-2026a.private.pem")));
    }
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("domain"))->setText(domain);
    wizard.findChild<QLineEdit*>(QStringLiteral("hostname"))->setText(hostname);
    wizard.findChild<QLineEdit*>(QStringLiteral("addresses"))->setText(address);
    wizard.findChild<QLineEdit*>(QStringLiteral("nameservers"))->setText(test::nsdServer());

    // Next, page after page, waiting for each page's checks: the user never has to do more than press Next.
    QList<int> visited{wizard.currentId()};
    while (wizard.currentId() != ui::MailReadyWizard::VerifyPageId) {
        QVERIFY2(waitIdle(wizard.model()), qPrintable(QStringLiteral("page %1 kept running").arg(wizard.currentId())));
        const QString step = verifyNextStep(wizard);
        QVERIFY2(!step.startsWith(QStringLiteral("PROBLEM: ")) && !step.startsWith(QStringLiteral("NOT A STEP: ")),
                 qPrintable(step));
        if (wizard.currentId() == ui::MailReadyWizard::AddressPageId && !failing.isEmpty()) {
            // bad.demo's reverse name is its ISP's generic one: the step is a relay or a custom PTR, never a record
            // in the ISP's zone or the ISP's name in EHLO.
            QVERIFY2(step.contains(QStringLiteral("relay")), qPrintable(step));
            QVERIFY2(!step.contains(QStringLiteral("dyn.isp.demo")), qPrintable(step));
        }
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        auto* needs = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("next-needs"));
        if (wizard.currentId() == ui::MailReadyWizard::DeliveryPageId && !next->isEnabled()) {
            // A relay is proposed (bad.demo's address is listed as residential) and waits for a relay host, and the
            // words beside Next say so; this user insists on sending directly, to see what fails.
            QVERIFY(needs && needs->isVisible());
            QVERIFY2(needs->text().contains(QStringLiteral("Relay host")), qPrintable(needs->text()));
            wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("path-direct"))->click();
        }
        if (needs)
            QVERIFY2(!needs->isVisible(), qPrintable(needs->text()));
        QVERIFY2(next->isEnabled(), qPrintable(QStringLiteral("Next is off on page %1").arg(wizard.currentId())));
        next->click();
        QVERIFY2(wizard.currentId() != visited.last(), "Next did not move on");
        visited << wizard.currentId();
        QVERIFY(visited.size() < 20);
    }
    for (int page :
         {ui::MailReadyWizard::AddressPageId, ui::MailReadyWizard::BlocklistPageId, ui::MailReadyWizard::DkimPageId,
          ui::MailReadyWizard::SpfPageId, ui::MailReadyWizard::DmarcPageId, ui::MailReadyWizard::PublishPageId})
        QVERIFY2(visited.contains(page), qPrintable(QStringLiteral("page %1 was skipped").arg(page)));
    QVERIFY(waitIdle(wizard.model()));

    // Verify shows every threshold with its status as words (and icon and colour), read from its indicators.
    QWizardPage* verify = wizard.currentPage();
    for (const QString& id : passing) {
        auto* s = verify->findChild<ui::StatusIndicator*>(QStringLiteral("status-") + id);
        QVERIFY2(s, qPrintable(id));
        QVERIFY2(s->status() == Status::Pass, qPrintable(id + QStringLiteral(": ") + s->text() + QStringLiteral(" — ") +
                                                         ui::CheckPanel::findingsText(*wizard.model()->result(id))));
        QCOMPARE(s->text(), QStringLiteral("Pass"));
    }
    for (const QString& id : failing) {
        auto* s = verify->findChild<ui::StatusIndicator*>(QStringLiteral("status-") + id);
        QVERIFY2(s, qPrintable(id));
        QVERIFY2(s->status() == Status::Fail, qPrintable(id + QStringLiteral(": ") + s->text()));
    }
    // The receivers' rules at the top: each one once, however many thresholds it names.
    QString rulesShown;
    for (const char* key : {"dnsbl", "rdns", "spf", "dkim", "dmarc", "server"})
        if (auto* label = verify->findChild<QLabel*>(QStringLiteral("required-by-") + QLatin1String(key)))
            rulesShown += label->text();
    for (const checks::ReceiverRule& r : checks::ReceiverRules::builtIn().rules()) {
        if (!rulesShown.contains(r.shownText().toHtmlEscaped()))
            continue; // a threshold the page does not list
        QCOMPARE(rulesShown.count(r.shownText().toHtmlEscaped()), 1);
        if (r.thresholds.size() > 1)
            QVERIFY2(rulesShown.contains(QStringLiteral("SPF, DKIM")), qPrintable(rulesShown));
    }
    QVERIFY2(rulesShown.contains(QStringLiteral("Gmail, every sender: SPF or DKIM must pass.")),
             qPrintable(rulesShown));
    // The summary at the top: one indicator per threshold.
    for (const char* key : {"dnsbl", "rdns", "spf", "dkim", "dmarc"}) {
        auto* t = verify->findChild<ui::StatusIndicator*>(QStringLiteral("threshold-") + QLatin1String(key));
        QVERIFY2(t, key);
        QCOMPARE(t->status(), failing.isEmpty() ? Status::Pass : t->status());
    }
    if (!failing.isEmpty())
        for (const char* key : {"dnsbl", "rdns", "spf", "dmarc"})
            QCOMPARE(
                verify->findChild<ui::StatusIndicator*>(QStringLiteral("threshold-") + QLatin1String(key))->status(),
                Status::Fail);

    // Never a false green anywhere on the way: nothing the fixture cannot answer shows as pass.
    for (const CheckResult& c : wizard.model()->report().checks)
        if (c.status == Status::Pass)
            for (const auto& e : c.evidenceJson()) {
                const QString outcome = e.toObject().value(QStringLiteral("outcome")).toString();
                QVERIFY2(outcome != QLatin1String("TIMEOUT") && outcome != QLatin1String("SERVFAIL"), qPrintable(c.id));
            }

    // The records to publish: SPF, DKIM (good.demo has a key) and DMARC, each copyable.
    const auto records = wizard.model()->records();
    QStringList types;
    for (const auto& r : records)
        types << r.purpose;
    const QString all = types.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("SPF")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("DMARC")), qPrintable(all));
    if (withKey)
        QVERIFY2(all.contains(QStringLiteral("DKIM")), qPrintable(all));
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::PublishPageId));
    const auto views = wizard.currentPage()->findChildren<ui::RecordView*>();
    QCOMPARE(views.size(), records.size());
    views.first()->findChild<QAbstractButton*>(QStringLiteral("copy-value"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), views.first()->record().value);
    wizard.next();
    QVERIFY(waitIdle(wizard.model()));

    // The checklist PDF says the same, and never holds the private key.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("checklist.pdf"));
    QString error;
    auto* page = qobject_cast<ui::VerifyPage*>(wizard.page(ui::MailReadyWizard::VerifyPageId));
    QVERIFY2(page->exportPdf(pdf, &error), qPrintable(error));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Mail server checklist for ") + domain), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Records to publish")));
    QVERIFY(text.contains(failing.isEmpty() ? QStringLiteral("Overall: PASS") : QStringLiteral("Overall: FAIL")));
    if (withKey) {
        QFile key(test::sourcePath(QStringLiteral("resources/demo/keys/good.demo-2026a.private.pem")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = key.readAll().split('\n');
        QVERIFY(lines.size() > 3);
        QVERIFY2(!text.contains(QString::fromLatin1(lines.at(2))), "a line of the private key is in the PDF");
    }
}

void TestWizardWalk::cleanupTestCase()
{
    // Every run was waited for by its model; the pools' idle threads exit too, before the process does.
    QVERIFY(waitForWorkerThreads(60000));
}

QTEST_MAIN(TestWizardWalk)
#include "tst_wizard_walk.moc"
