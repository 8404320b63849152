// The wizard, offscreen, against the fixture's NSD: input validation gates Next, pages run their checks without
// blocking the event loop, results show as colour plus icon plus words, records copy to the clipboard, the PDF
// holds what the pages showed, and settings survive a restart without key material.
#include "CheckPanel.h"
#include "MailReadyWizard.h"
#include "PublishPage.h"
#include "RecordView.h"
#include "StatusIndicator.h"
#include "TestDns.h"
#include "VerifyPage.h"
#include "WizardModel.h"
#include "WizardTest.h"
#include "run/CheckRunner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cmath>

using mailready::test::edit;
using mailready::test::waitIdle;

using namespace mailready;

class TestWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void nextIsGatedByValidInput();
    void addressPageShowsReverseDns();
    void missingDomainIsTheFirstVerdict();
    void dnsTextIsShownLiterally();
    void copyButtonsFillTheClipboard();
    void pdfExportHoldsTheResults();
    void settingsSurviveRestart();
    void blocklistKeysMaskedAndNeverSaved();
    void blocklistQueriesShowAsACount();
    void stopEndsARunAtOnce();
    void problemTextReadableOnLightAndDark();
    void statusPicturesAreDrawnOnce();
    void runnerWaitsForItsRunsWhenDestroyed();
    void cleanupTestCase();
};

void TestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MailReadyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
}

void TestWizard::init()
{
    QSettings().clear();
}

// WCAG 2 contrast ratio of two colours (1 to 21).
static double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The red problem lines under fields stay readable (WCAG AA, 4.5:1) on the light palette and on a dark one.
void TestWizard::problemTextReadableOnLightAndDark()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf5));
    light.setColor(QPalette::WindowText, Qt::black);
    for (const QPalette& palette : {light, dark}) {
        QApplication::setPalette(palette);
        ui::MailReadyWizard wizard(GlobalOptions{});
        int seen = 0;
        for (const char* name : {"problem", "relay-problem", "report-address-problem"}) {
            for (QLabel* label : wizard.findChildren<QLabel*>(QLatin1String(name))) {
                static const QRegularExpression colourRe(QStringLiteral("color:\\s*(#[0-9a-fA-F]{6})"));
                const auto m = colourRe.match(label->styleSheet());
                QVERIFY2(m.hasMatch(), name);
                const QColor text(m.captured(1));
                const QColor background = label->palette().color(label->backgroundRole());
                QVERIFY2(contrast(text, background) >= 4.5,
                         qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                        .arg(QLatin1String(name), text.name(), background.name())
                                        .arg(contrast(text, background), 0, 'f', 1)));
                ++seen;
            }
        }
        QVERIFY(seen >= 3);
    }
    QApplication::setPalette(original);
}

void TestWizard::statusPicturesAreDrawnOnce()
{
    // A long watch on the Verify page changes every indicator a few dozen times per re-check. Each change shows the
    // picture of its status drawn once, not a new one: a new icon per change left a copy in Qt's pixmap cache each
    // time, and the wizard's memory grew with every re-check.
    ui::StatusIndicator indicator;
    const QList<QLabel*> labels = indicator.findChildren<QLabel*>();
    QVERIFY(!labels.isEmpty());
    QLabel* icon = labels.first();
    QSet<qint64> pictures;
    for (int i = 0; i < 50; ++i) {
        indicator.setRunning();
        pictures.insert(icon->pixmap().cacheKey());
        indicator.setStatus(i % 2 ? Status::Pass : Status::Fail);
        pictures.insert(icon->pixmap().cacheKey());
    }
    QCOMPARE(pictures.size(), 3); // running, pass, fail
}

void TestWizard::nextIsGatedByValidInput()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
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
    // A leading zero is octal to inet_aton(): 010.1.1.1 would have been checked and published as 8.1.1.1.
    edit(wizard, "addresses")->setText(QStringLiteral("192.0.2.10, 010.1.1.1"));
    QVERIFY(!next->isEnabled());
    QCOMPARE(problem->text(), QStringLiteral("Server addresses: '010.1.1.1' has a leading zero in an octet, which some "
                                             "programs read as octal: write 10.1.1.1 or 8.1.1.1."));
    edit(wizard, "addresses")->setText(QStringLiteral("127.1"));
    QVERIFY(!next->isEnabled());
    edit(wizard, "addresses")->setText(QStringLiteral("192.0.2.10, 2001:db8::10"));
    QVERIFY(next->isEnabled());
    edit(wizard, "nameservers")->setText(QStringLiteral("::1:5353"));
    QVERIFY(!next->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("write [::1]:5353 for the port")), qPrintable(problem->text()));
    edit(wizard, "nameservers")->setText(QStringLiteral("not-an-ip"));
    QVERIFY(!next->isEnabled());
    edit(wizard, "nameservers")->setText(test::nsdServer());
    QVERIFY(next->isEnabled());
}

void TestWizard::addressPageShowsReverseDns()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    edit(wizard, "domain")->setText(QStringLiteral("example.test"));
    edit(wizard, "addresses")->setText(QStringLiteral("192.0.2.10 192.0.2.11"));
    edit(wizard, "nameservers")->setText(test::nsdServer());
    QSignalSpy running(wizard.model(), &ui::WizardModel::runningChanged);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::AddressPageId));
    // The click returned while the run goes on: the event loop is free, results arrive as queued signals.
    QVERIFY(wizard.model()->isRunning());
    QVERIFY(waitIdle(wizard.model()));
    auto* ptr = wizard.currentPage()->findChild<ui::StatusIndicator*>(QStringLiteral("status-ptr"));
    QVERIFY(ptr);
    QCOMPARE(ptr->status(), Status::Fail); // 192.0.2.11 has no PTR
    QCOMPARE(ptr->text(), QStringLiteral("Fail"));
    auto* summary = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("summary-ptr"));
    QVERIFY(summary->text().contains(QStringLiteral("1 of 2")));

    // Correct the address on the page itself: the checks run again for it.
    edit(*wizard.currentPage(), "server-addresses")->setText(QStringLiteral("192.0.2.10"));
    QTest::mouseClick(wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("use-addresses")),
                      Qt::LeftButton);
    QVERIFY(waitIdle(wizard.model()));
    QCOMPARE(ptr->status(), Status::Pass);
    auto* evidence = wizard.currentPage()->findChild<QPlainTextEdit*>(QStringLiteral("evidence-ptr"));
    QVERIFY(evidence->toPlainText().contains(QStringLiteral("10.2.0.192.in-addr.arpa.")));
    QVERIFY(evidence->toPlainText().contains(QStringLiteral("mail.example.test.")));
}

// A domain that does not exist (NSD answers NXDOMAIN under a zone it serves) is what the first check page says first,
// above what the address's own checks found (its PTR passes).
void TestWizard::missingDomainIsTheFirstVerdict()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    edit(wizard, "domain")->setText(QStringLiteral("nosuch.example.test"));
    edit(wizard, "addresses")->setText(QStringLiteral("192.0.2.10"));
    edit(wizard, "nameservers")->setText(test::nsdServer());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ui::MailReadyWizard::AddressPageId));
    QVERIFY(waitIdle(wizard.model()));
    auto* ptr = wizard.currentPage()->findChild<ui::StatusIndicator*>(QStringLiteral("status-ptr"));
    QVERIFY(ptr);
    QCOMPARE(ptr->status(), Status::Pass);
    auto* verdict = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("verdict-text"));
    QVERIFY(verdict);
    QCOMPARE(verdict->text(),
             QStringLiteral("nosuch.example.test does not exist in DNS: check the spelling or register it."));
    auto* status = wizard.currentPage()->findChild<ui::StatusIndicator*>(QStringLiteral("verdict-status"));
    QCOMPARE(status->status(), Status::Unknown);
}

void TestWizard::dnsTextIsShownLiterally()
{
    // A finding that quotes hostile DNS data: the panel's labels are plain text, so markup shows as typed.
    ui::WizardModel model(GlobalOptions{});
    ui::CheckPanel panel(&model, {QStringLiteral("ptr")});
    CheckResult r;
    r.id = QStringLiteral("ptr");
    r.status = Status::Fail;
    r.summary = QStringLiteral("<b>bold</b><script>alert(1)</script>");
    r.addFinding(Severity::Error, QStringLiteral("<img src=x onerror=alert(1)>"));
    QCOMPARE(ui::CheckPanel::findingsText(r), QStringLiteral("• <img src=x onerror=alert(1)>"));
    auto* summary = panel.findChild<QLabel*>(QStringLiteral("summary-ptr"));
    QCOMPARE(summary->textFormat(), Qt::PlainText);
    auto* details = panel.findChild<QLabel*>(QStringLiteral("details-ptr"));
    QCOMPARE(details->textFormat(), Qt::PlainText);
}

void TestWizard::copyButtonsFillTheClipboard()
{
    report::PublishRecord record{QStringLiteral("SPF for example.test"), QStringLiteral("example.test."),
                                 QStringLiteral("TXT"), QStringLiteral("v=spf1 ip4:192.0.2.10 -all"),
                                 QStringLiteral("example.test. 3600 IN TXT \"v=spf1 ip4:192.0.2.10 -all\"")};
    ui::RecordView view(record);
    view.show();
    QTest::mouseClick(view.findChild<QAbstractButton*>(QStringLiteral("copy-value")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), record.value);
    QTest::mouseClick(view.findChild<QAbstractButton*>(QStringLiteral("copy-zone-line")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), record.zoneLine);
    QTest::mouseClick(view.findChild<QAbstractButton*>(QStringLiteral("copy-name")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), record.name);
}

void TestWizard::pdfExportHoldsTheResults()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    edit(wizard, "domain")->setText(QStringLiteral("example.test"));
    edit(wizard, "addresses")->setText(QStringLiteral("192.0.2.11"));
    edit(wizard, "nameservers")->setText(test::nsdServer());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(waitIdle(wizard.model()));
    wizard.model()->setRecords(QStringLiteral("test"),
                               {{QStringLiteral("Hostile <b>record</b>"), QStringLiteral("x.example.test."),
                                 QStringLiteral("TXT"), QStringLiteral("<script>alert(1)</script>"),
                                 QStringLiteral("x.example.test. IN TXT \"<script>alert(1)</script>\"")}});
    auto* verify = qobject_cast<ui::VerifyPage*>(wizard.page(ui::MailReadyWizard::VerifyPageId));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checklist.pdf"));
    QString error;
    QVERIFY2(verify->exportPdf(path, &error), qPrintable(error));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Mail server checklist for example.test")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("192.0.2.11 has no reverse DNS name")));
    QVERIFY(text.contains(QStringLiteral("Gmail")));
    QVERIFY(text.contains(QStringLiteral("11.2.0.192.in-addr.arpa.")));
    // Markup from records is printed as characters, not interpreted.
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(text.contains(QStringLiteral("Hostile <b>record</b>")));
}

void TestWizard::settingsSurviveRestart()
{
    {
        ui::MailReadyWizard wizard(GlobalOptions{});
        edit(wizard, "domain")->setText(QStringLiteral("example.test"));
        edit(wizard, "hostname")->setText(QStringLiteral("mail.example.test"));
        edit(wizard, "nameservers")->setText(test::nsdServer());
        wizard.reject();
    }
    ui::MailReadyWizard again(GlobalOptions{});
    QCOMPARE(edit(again, "domain")->text(), QStringLiteral("example.test"));
    QCOMPARE(edit(again, "hostname")->text(), QStringLiteral("mail.example.test"));
    QCOMPARE(edit(again, "nameservers")->text(), test::nsdServer());
}

// The blocklist page's keys (Spamhaus DQS, Abusix, SpamRATS): typed as passwords, used by the run, masked in its
// results and the PDF, and never written to the settings.
void TestWizard::blocklistKeysMaskedAndNeverSaved()
{
    const QString key = QStringLiteral("wizard-secret-key-0123");
    {
        ui::MailReadyWizard wizard(GlobalOptions{});
        CheckRequest r = wizard.model()->request();
        r.domain = QStringLiteral("example.test");
        r.ips = {QHostAddress(QStringLiteral("203.0.113.5"))};
        r.resolver = test::nsdConfig();
        wizard.model()->setRequest(r);
        QWizardPage* page = wizard.page(ui::MailReadyWizard::BlocklistPageId);
        for (const char* name : {"key-spamhaus-dqs", "key-abusix", "key-spamrats"}) {
            auto* field = page->findChild<QLineEdit*>(QLatin1String(name));
            QVERIFY2(field, name);
            QCOMPARE(field->echoMode(), QLineEdit::Password);
        }
        auto* abusix = page->findChild<QLineEdit*>(QStringLiteral("key-abusix"));
        abusix->setText(key);
        Q_EMIT abusix->editingFinished();
        QCOMPARE(wizard.model()->request().abusixKey, key);
        QVERIFY(waitIdle(wizard.model()));
        const CheckResult* dnsbl = wizard.model()->result(QStringLiteral("dnsbl"));
        QVERIFY(dnsbl);
        const QByteArray json = QJsonDocument(dnsbl->toJson()).toJson();
        QVERIFY2(!json.contains(key.toUtf8()), "the key appears in the result");
        QVERIFY2(json.contains("********.combined.mail.abusix.zone"), json.constData());
        auto* verify = qobject_cast<ui::VerifyPage*>(wizard.page(ui::MailReadyWizard::VerifyPageId));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("checklist.pdf"));
        QString error;
        QVERIFY2(verify->exportPdf(pdf, &error), qPrintable(error));
        QVERIFY2(!test::pdfText(pdf).contains(key), "the key appears in the PDF");
        wizard.reject();
    }
    QSettings settings;
    for (const QString& k : settings.allKeys())
        QVERIFY2(!settings.value(k).toString().contains(key), qPrintable(k));
}

void TestWizard::blocklistQueriesShowAsACount()
{
    qputenv("MAILREADY_DNSBL_CATALOG", test::sourcePath(QStringLiteral("resources/demo/catalog.json")).toLocal8Bit());
    ui::WizardModel model(GlobalOptions{});
    CheckRequest r;
    r.domain = QStringLiteral("bad.demo");
    r.ips << QHostAddress(QStringLiteral("198.19.66.66"));
    r.resolver = test::nsdConfig();
    model.setRequest(r);
    QSignalSpy counts(&model, &ui::WizardModel::checkProgress);
    model.run({QStringLiteral("dnsbl")});
    QVERIFY(waitIdle(&model));
    qunsetenv("MAILREADY_DNSBL_CATALOG");
    QVERIFY(!counts.isEmpty());
    const QList<QVariant> last = counts.last();
    QCOMPARE(last.at(0).toString(), QStringLiteral("dnsbl"));
    QCOMPARE(last.at(1).toInt(), last.at(2).toInt()); // ends with every question answered
    QVERIFY(last.at(2).toInt() >= 3);                 // the listing plus the two RFC 5782 test entries
    QCOMPARE(model.result(QStringLiteral("dnsbl"))->status, Status::Fail);
}

void TestWizard::stopEndsARunAtOnce()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    edit(wizard, "domain")->setText(QStringLiteral("example.test"));
    edit(wizard, "addresses")->setText(QStringLiteral("192.0.2.10"));
    // A server that never answers: without Stop the run would take seconds.
    edit(wizard, "nameservers")->setText(QStringLiteral("127.0.0.1:%1").arg(test::silentPort()));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(wizard.model()->isRunning());
    auto* stop = wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("stop"));
    QVERIFY(stop && stop->isVisible());
    QElapsedTimer t;
    t.start();
    stop->click();
    QVERIFY(!wizard.model()->isRunning());
    QVERIFY(t.elapsed() < 200);
    QVERIFY(!stop->isVisible());
    // Nothing from the stopped run shows up later, and nothing is green.
    QTest::qWait(300);
    if (const CheckResult* ptr = wizard.model()->result(QStringLiteral("ptr")))
        QVERIFY(ptr->status != Status::Pass);
}

namespace {
// A check that takes a while, notices a stop only between its steps, and tells when it has started and ended.
class SlowCheck final : public Check
{
public:
    SlowCheck(std::shared_ptr<std::atomic_int> started, std::shared_ptr<std::atomic_int> ended)
        : m_started(std::move(started)), m_ended(std::move(ended))
    {}
    QString id() const override { return QStringLiteral("slow"); }
    QString title() const override { return QStringLiteral("Slow"); }
    CheckResult run(const CheckContext& ctx) override
    {
        ++*m_started;
        for (int i = 0; i < 6 && !ctx.isCancelled(); ++i)
            QThread::msleep(50);
        QThread::msleep(200); // a step already under way when the stop comes: its bound, not the stop, ends it
        ++*m_ended;
        return CheckResult::skipped(id(), title(), QStringLiteral("done"));
    }

private:
    std::shared_ptr<std::atomic_int> m_started;
    std::shared_ptr<std::atomic_int> m_ended;
};
} // namespace

void TestWizard::runnerWaitsForItsRunsWhenDestroyed()
{
    // Work started by the runner never outlives it: destroying it stops the current run and a superseded one, and
    // returns only once both have ended (a check still running at exit would use libraries already cleaned up).
    auto started = std::make_shared<std::atomic_int>(0);
    auto ended = std::make_shared<std::atomic_int>(0);
    auto* runner = new CheckRunner([started, ended] {
        CheckList list;
        list.push_back(std::make_unique<SlowCheck>(started, ended));
        return list;
    });
    CheckRequest r;
    r.domain = QStringLiteral("example.test");
    r.ips << QHostAddress(QStringLiteral("192.0.2.10"));
    runner->start(r);
    QTRY_COMPARE(started->load(), 1);
    runner->start(r); // supersedes the first, which goes on in the background until it notices
    QTRY_COMPARE(started->load(), 2);
    QElapsedTimer t;
    t.start();
    delete runner;
    QCOMPARE(ended->load(), 2);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
}

void TestWizard::cleanupTestCase()
{
    // The pools' idle threads exit too, before the process does.
    QVERIFY(waitForWorkerThreads(60000));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
