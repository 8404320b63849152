// The wizard's "Test with a real message" page, offscreen, against the fixture's NSD: it comes after Verify, takes a
// pasted message, shows the verdict first and the same threshold cards as the other pages, says plainly what is not
// a message, and the checklist PDF carries the verdict.
#include "ChecklistPdf.h"
#include "MailReadyWizard.h"
#include "MessagePage.h"
#include "StatusIndicator.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "WizardTest.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace mailready;

class TestMessageWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pageFollowsVerify();
    void pastedMessageShowsVerdictFirst();
    void alteredCopyIsAWarning();
    void failReasonIsShown();
    void notAMessageSaysSo();
    void openedFileIsJudged();
    void checklistCarriesTheVerdict();
    void rejectionIsExplained();

private:
    QByteArray message(const char* name) const;
    bool judged(ui::MessagePage& page) const;
    QTemporaryDir m_dir;
    std::unique_ptr<ui::WizardModel> m_model;
};

void TestMessageWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess make;
    make.start(QStringLiteral("/usr/bin/python3"),
               {test::sourcePath(QStringLiteral("tests/message/make_messages.py")), m_dir.path()});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);
    GlobalOptions options;
    options.nameservers = {dns::ServerAddress{QHostAddress::LocalHost, test::nsdPort()}};
    m_model = std::make_unique<ui::WizardModel>(options);
    CheckRequest request = m_model->request();
    request.domain = QStringLiteral("message.test");
    request.resolver = options.resolverConfig();
    request.dnsblZones = {QStringLiteral("clean.dnsbl.test")};
    m_model->setRequest(request);
}

QByteArray TestMessageWizard::message(const char* name) const
{
    QFile f(m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".eml")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool TestMessageWizard::judged(ui::MessagePage& page) const
{
    QElapsedTimer t;
    t.start();
    QTest::qWait(30);
    while (page.isJudging() && t.elapsed() < 30000)
        QTest::qWait(20);
    test::settleLayouts();
    return !page.isJudging() && page.verdict().has_value();
}

void TestMessageWizard::pageFollowsVerify()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    QVERIFY(wizard.page(ui::MailReadyWizard::MessagePageId));
    QCOMPARE(wizard.page(ui::MailReadyWizard::MessagePageId)->title(), QStringLiteral("Test with a real message"));
    QVERIFY(wizard.page(ui::MailReadyWizard::VerifyPageId)->nextId() == ui::MailReadyWizard::MessagePageId);
    QVERIFY(wizard.page(ui::MailReadyWizard::MessagePageId)->isFinalPage() ||
            wizard.page(ui::MailReadyWizard::MessagePageId)->nextId() == -1);
}

void TestMessageWizard::pastedMessageShowsVerdictFirst()
{
    ui::MessagePage page(m_model.get());
    page.resize(ui::MailReadyWizard::defaultSize());
    page.show();
    QApplication::clipboard()->setText(QString::fromUtf8(message("unsigned")));
    page.findChild<QPushButton*>(QStringLiteral("message-paste"))->click();
    QVERIFY(judged(page));
    // The verdict first: the worst check and what to do about it.
    QVERIFY2(page.verdictText().startsWith(QStringLiteral("DKIM signatures: The message carries no DKIM signature")),
             qPrintable(page.verdictText()));
    QVERIFY(page.verdictText().contains(QStringLiteral("Next: ")));
    // The same cards as the other pages, one per check, with their status in words for screen readers.
    auto* dkim = page.findChild<ui::StatusIndicator*>(QStringLiteral("status-dkim-signatures"));
    QVERIFY(dkim);
    QCOMPARE(dkim->status(), Status::Fail);
    QCOMPARE(page.findChild<ui::StatusIndicator*>(QStringLiteral("status-spf"))->status(), Status::Pass);
    QCOMPARE(page.findChild<ui::StatusIndicator*>(QStringLiteral("status-dmarc-message"))->status(), Status::Pass);
    QVERIFY(page.findChild<QWidget*>(QStringLiteral("check-dkim-signatures"))
                ->accessibleName()
                .startsWith(QStringLiteral("Fail: ")));
    const auto* connection = page.findChild<QLabel*>(QStringLiteral("message-connection"));
    QVERIFY(connection->isVisible());
    QVERIFY2(connection->text().contains(QStringLiteral("mx.receiver.test received it from 198.51.100.160")),
             qPrintable(connection->text()));
    // A passing message says what passing does not promise.
    page.judge(message("good"));
    QVERIFY(judged(page));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("message-note"))
                ->text()
                .contains(QStringLiteral("not a promise of the inbox")));
    QVERIFY2(page.verdictText().startsWith(QStringLiteral("All ")), qPrintable(page.verdictText()));
}

void TestMessageWizard::alteredCopyIsAWarning()
{
    ui::MessagePage page(m_model.get());
    page.judge(message("altered-copy"));
    QVERIFY(judged(page));
    QCOMPARE(page.findChild<ui::StatusIndicator*>(QStringLiteral("status-dkim-signatures"))->status(), Status::Warn);
    QVERIFY(page.verdictText().contains(QStringLiteral("The copy was altered")) ||
            page.findChild<QLabel*>(QStringLiteral("details-dkim-signatures"))
                ->text()
                .contains(QStringLiteral("The copy was altered")));
}

// The one signature's reason (it expired) is on its card, as the JSON has it: the summary alone does not say it.
void TestMessageWizard::failReasonIsShown()
{
    ui::MessagePage page(m_model.get());
    page.judge(message("expired"));
    QVERIFY(judged(page));
    QCOMPARE(page.findChild<ui::StatusIndicator*>(QStringLiteral("status-dkim-signatures"))->status(), Status::Fail);
    const QString details = page.findChild<QLabel*>(QStringLiteral("details-dkim-signatures"))->text();
    QVERIFY2(details.contains(QStringLiteral("Fail: the signature expired on ")), qPrintable(details));
}

void TestMessageWizard::notAMessageSaysSo()
{
    ui::MessagePage page(m_model.get());
    page.show();
    page.judge("550 5.7.1 rejected because of policy\n");
    const auto* problem = page.findChild<QLabel*>(QStringLiteral("message-input-problem"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().startsWith(QStringLiteral("This is not a message's source")));
    QVERIFY(!page.isJudging());
    QVERIFY(!page.verdict());
}

// A saved message opened (or dropped) is read on a worker, shown and judged; what cannot be read says why.
void TestMessageWizard::openedFileIsJudged()
{
    ui::MessagePage page(m_model.get());
    page.show();
    page.loadFile(m_dir.filePath(QStringLiteral("good.eml")));
    QVERIFY(judged(page));
    QVERIFY2(page.verdictText().startsWith(QStringLiteral("All ")), qPrintable(page.verdictText()));
    QVERIFY(page.findChild<QPlainTextEdit*>(QStringLiteral("message-input"))
                ->toPlainText()
                .startsWith(QString::fromUtf8(message("good").left(40))));

    const auto* problem = page.findChild<QLabel*>(QStringLiteral("message-input-problem"));
    const auto cannotRead = [&](const QString& path, const QString& why) {
        page.loadFile(path);
        QElapsedTimer t;
        t.start();
        while (page.isJudging() && t.elapsed() < 10000)
            QTest::qWait(20);
        return !page.isJudging() && problem->isVisible() &&
               problem->text() == QStringLiteral("%1 cannot be read: %2").arg(path, why);
    };
    QVERIFY(cannotRead(m_dir.filePath(QStringLiteral("absent.eml")), QStringLiteral("there is no such file")));
    // A folder, and a named pipe nobody writes to: neither is read (a pipe would block the read for good).
    QVERIFY(cannotRead(m_dir.path(), QStringLiteral("it is not a file")));
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.eml"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
    QVERIFY(cannotRead(fifo, QStringLiteral("it is not a file")));
}

void TestMessageWizard::checklistCarriesTheVerdict()
{
    ui::MessagePage page(m_model.get());
    page.judge(message("good"));
    QVERIFY(judged(page));
    QVERIFY(m_model->messageVerdict());
    const QString pdf = m_dir.filePath(QStringLiteral("checklist.pdf"));
    QString error;
    QVERIFY2(ui::writeChecklistPdf(m_model->report(), {}, pdf, &error, &*m_model->messageVerdict()), qPrintable(error));
    const QString text = test::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("A real message, as the receiver saw it")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("mx.receiver.test")));
}

// "Paste a rejection you got": a known text names its threshold, fix and source; an unknown one guesses nothing.
void TestMessageWizard::rejectionIsExplained()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    auto* page = qobject_cast<ui::MessagePage*>(wizard.page(ui::MailReadyWizard::MessagePageId));
    QVERIFY(page);
    page->explainRejection(QStringLiteral(
        "550-5.7.25 [2001:db8::5] The IP address sending this message does not have a PTR record setup, or the\n"
        "550-5.7.25 corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not\n"
        "550 5.7.25 accept messages from IPs with missing PTR records. a1si123 - gsmtp"));
    const QString explained = page->rejectionText();
    QVERIFY2(explained.startsWith(QStringLiteral("550 5.7.25 from Gmail, about ptr: ")), qPrintable(explained));
    QVERIFY(explained.contains(QStringLiteral("\nFix: ")));
    QVERIFY(explained.contains(QStringLiteral("\nSource: https://")));
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("rejection-open"))->isVisibleTo(page));
    page->explainRejection(QStringLiteral("554 5.7.1 Go away, we do not like your hat"));
    QVERIFY2(page->rejectionText().contains(QStringLiteral("no threshold is guessed")),
             qPrintable(page->rejectionText()));
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("rejection-open"))->isVisibleTo(page));
}

QTEST_MAIN(TestMessageWizard)
#include "tst_message_wizard.moc"
