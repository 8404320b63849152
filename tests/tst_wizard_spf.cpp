// The SPF page of the wizard, offscreen, against the fixture's NSD (tests/dns/zones/records.test.zone): a domain
// without SPF gets a new record built from the choices, a record that lacks the server gets the smallest change, the
// copy buttons fill the clipboard, DNS text is shown as typed, and every control has a mnemonic and a place in the
// tab order.
#include "MailReadyWizard.h"
#include "PublishPage.h"
#include "RecordView.h"
#include "SpfPage.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "checks/Wording.h"
#include "run/CheckRunner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>

using namespace mailready;

class TestWizardSpf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noRecordGetsANewOneFromTheChoices();
    void recordLackingTheServerGetsTheSmallestChange();
    void invalidRecordIsReplacedFromTheChoices();
    void copyButtonsFillTheClipboard();
    void markupInDnsIsShownLiterally();
    void privateAddressIsWarnedBesideTheRecords();
    void demoAddressesAreNotWarned();
    void keyboard();
    void wizardUsesThePage();
};

struct Fixture
{
    ui::WizardModel model{GlobalOptions{}};
    std::unique_ptr<ui::SpfPage> page;

    explicit Fixture(const QString& domain, const QStringList& ips = {QStringLiteral("203.0.113.80")})
    {
        CheckRequest r;
        r.domain = domain;
        r.hostname = QStringLiteral("mail.") + domain;
        for (const QString& ip : ips)
            r.ips << QHostAddress(ip);
        r.resolver = test::nsdConfig();
        model.setRequest(r);
        page = std::make_unique<ui::SpfPage>(&model);
        page->resize(800, 900);
        page->show();
        page->initializePage();
    }
    bool waitIdle(int ms = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (model.isRunning() && t.elapsed() < ms)
            QTest::qWait(20);
        return !model.isRunning() && model.result(QStringLiteral("spf"));
    }
    template <typename T> T* child(const char* name) const
    {
        auto* w = page->findChild<T*>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    // The value of the record published at `name` (absolute) among the page's records, empty when there is none.
    QString recordAt(const QString& name, const QString& type = QStringLiteral("TXT")) const
    {
        for (const report::PublishRecord& r : model.records())
            if (r.name == name && r.type == type)
                return r.value;
        return {};
    }
};

// A mouse click as a user makes it: the page scrolls, so the button is first brought into view.
static void press(QAbstractButton* button)
{
    QVERIFY(button);
    for (QWidget* w = button->parentWidget(); w; w = w->parentWidget())
        if (auto* scroll = qobject_cast<QScrollArea*>(w))
            scroll->ensureWidgetVisible(button);
    QTest::qWait(50); // layouts settle and the scroll area moves
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    // Near the left edge: a check box only reacts on its box and its text, not the empty width beside them.
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(qMin(8, button->width() / 2), button->height() / 2));
}

void TestWizardSpf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Live re-checks ask the zone's own servers: in the fixture that is NSD (ns1.records.test is 127.0.0.1).
    qputenv("MAILREADY_AUTHORITATIVE_PORT", QByteArray::number(test::nsdPort()));
}

void TestWizardSpf::noRecordGetsANewOneFromTheChoices()
{
    Fixture f(QStringLiteral("nospf.records.test"));
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model.result(QStringLiteral("spf"))->items.first().fields.value(QStringLiteral("result")).toString(),
             QStringLiteral("none"));
    QVERIFY2(f.child<QPlainTextEdit>("published-record")->toPlainText().contains(QStringLiteral("No SPF record")),
             qPrintable(f.child<QPlainTextEdit>("published-record")->toPlainText()));
    QVERIFY(!f.child<QCheckBox>("replace")->isVisible());
    const QString domain = QStringLiteral("nospf.records.test.");
    QCOMPARE(f.recordAt(domain), QStringLiteral("v=spf1 ip4:203.0.113.80 -all"));
    QCOMPARE(f.recordAt(QStringLiteral("mail.nospf.records.test.")), QStringLiteral("v=spf1 a -all"));
    QCOMPARE(f.recordAt(QStringLiteral("mail.nospf.records.test."), QStringLiteral("A")),
             QStringLiteral("203.0.113.80"));

    // The choices change the proposal at once.
    press(f.child<QCheckBox>("spf-mx"));
    QCOMPARE(f.recordAt(domain), QStringLiteral("v=spf1 mx ip4:203.0.113.80 -all"));
    QTest::keyClicks(f.child<QLineEdit>("spf-include"), QStringLiteral("_spf.relay.spf.test"));
    QCOMPARE(f.recordAt(domain), QStringLiteral("v=spf1 mx ip4:203.0.113.80 include:_spf.relay.spf.test -all"));
    f.child<QComboBox>("spf-all")->setCurrentIndex(1);
    QCOMPARE(f.recordAt(domain), QStringLiteral("v=spf1 mx ip4:203.0.113.80 include:_spf.relay.spf.test ~all"));
    // A bad include is explained and left out, never published half-typed.
    f.child<QLineEdit>("spf-include")->setText(QStringLiteral("relay"));
    QVERIFY(f.child<QLabel>("include-problem")->isVisible());
    QCOMPARE(f.recordAt(domain), QStringLiteral("v=spf1 mx ip4:203.0.113.80 ~all"));
    // The views on the page are the records the model holds.
    const auto views = f.child<QWidget>("spf-records")->findChildren<ui::RecordView*>();
    QCOMPARE(views.size(), f.model.records().size());
}

// records and the wizard composed records for 192.168.1.20 without a word, though the PTR check fails it: the SPF
// page and the publish page now say the check's words beside them, in the window's terms (no command-line flag).
void TestWizardSpf::privateAddressIsWarnedBesideTheRecords()
{
    checks::setAudience(checks::Audience::Wizard); // as the wizard sets it when it is made
    Fixture f(QStringLiteral("nospf.records.test"), {QStringLiteral("192.168.1.20"), QStringLiteral("203.0.113.80")});
    QVERIFY(f.waitIdle());
    QCOMPARE(f.recordAt(QStringLiteral("nospf.records.test.")),
             QStringLiteral("v=spf1 ip4:192.168.1.20 ip4:203.0.113.80 -all"));
    auto* warning = f.child<QLabel>("address-warning");
    QVERIFY(warning->isVisible());
    const QString text = warning->text();
    QVERIFY2(text.contains(QStringLiteral("192.168.1.20 is a private address")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("cannot be the address your mail leaves from")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("leave Server addresses on the first page empty")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("--")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("203.0.113.80")), qPrintable(text)); // a documentation address is no problem

    ui::PublishPage publish(&f.model);
    publish.resize(800, 700);
    publish.show();
    publish.initializePage();
    auto* publishWarning = publish.findChild<QLabel*>(QStringLiteral("address-warning"));
    QVERIFY(publishWarning);
    QVERIFY(publishWarning->isVisible());
    QVERIFY2(publishWarning->text().contains(QStringLiteral("192.168.1.20 is a private address")),
             qPrintable(publishWarning->text()));
}

// The demo domains' addresses (198.19.x.x, RFC 2544 benchmarking) stay usable: no warning beside their records.
void TestWizardSpf::demoAddressesAreNotWarned()
{
    Fixture f(QStringLiteral("nospf.records.test"), {QStringLiteral("198.19.66.66")});
    QVERIFY(f.waitIdle());
    QCOMPARE(f.recordAt(QStringLiteral("nospf.records.test.")), QStringLiteral("v=spf1 ip4:198.19.66.66 -all"));
    QVERIFY(!f.child<QLabel>("address-warning")->isVisible());
    ui::PublishPage publish(&f.model);
    publish.show();
    publish.initializePage();
    QVERIFY(!publish.findChild<QLabel*>(QStringLiteral("address-warning"))->isVisible());
}

void TestWizardSpf::recordLackingTheServerGetsTheSmallestChange()
{
    Fixture f(QStringLiteral("lacks.records.test"));
    QVERIFY(f.waitIdle());
    QCOMPARE(f.child<QPlainTextEdit>("published-record")->toPlainText(),
             QStringLiteral("v=spf1 mx ip4:203.0.113.81 -all"));
    const QString tree = f.child<QPlainTextEdit>("evaluation-tree")->toPlainText();
    QVERIFY2(tree.contains(QStringLiteral("For 203.0.113.80: fail")), qPrintable(tree));
    QVERIFY2(tree.contains(QStringLiteral("lacks.records.test: v=spf1 mx ip4:203.0.113.81 -all -> fail")),
             qPrintable(tree));
    QVERIFY2(tree.contains(QStringLiteral("-all: match")), qPrintable(tree));
    // RFC 7208 5.1: the address goes in just before the -all that refused it; everything else stays.
    const QString domain = QStringLiteral("lacks.records.test.");
    QCOMPARE(f.recordAt(domain), QStringLiteral("v=spf1 mx ip4:203.0.113.81 ip4:203.0.113.80 -all"));
    QVERIFY(f.child<QLabel>("proposal-note")->text().contains(QStringLiteral("ip4:203.0.113.80")));
    QVERIFY(f.child<QCheckBox>("replace")->isVisible());
    QVERIFY(!f.child<QCheckBox>("spf-mx")->isEnabled());

    // Replacing it instead: the choices apply again.
    press(f.child<QCheckBox>("replace"));
    QVERIFY(f.child<QCheckBox>("spf-mx")->isEnabled());
    QCOMPARE(f.recordAt(domain), QStringLiteral("v=spf1 ip4:203.0.113.80 -all"));
}

void TestWizardSpf::invalidRecordIsReplacedFromTheChoices()
{
    Fixture f(QStringLiteral("broken.records.test"));
    QVERIFY(f.waitIdle());
    QCOMPARE(f.child<QPlainTextEdit>("published-record")->toPlainText(), QStringLiteral("v=spf1 ip4:203.0.113 -all"));
    QVERIFY(f.child<QPlainTextEdit>("evaluation-tree")->toPlainText().contains(QStringLiteral("permerror")));
    // Nothing of it can be kept: no "replace" choice, the choices apply, and the note says why.
    QVERIFY(!f.child<QCheckBox>("replace")->isVisible());
    QVERIFY(f.child<QCheckBox>("spf-mx")->isEnabled());
    QVERIFY2(f.child<QLabel>("proposal-note")->text().contains(QStringLiteral("invalid")),
             qPrintable(f.child<QLabel>("proposal-note")->text()));
    const QString domain = QStringLiteral("broken.records.test.");
    QCOMPARE(f.recordAt(domain), QStringLiteral("v=spf1 ip4:203.0.113.80 -all"));
    press(f.child<QCheckBox>("spf-mx"));
    QCOMPARE(f.recordAt(domain), QStringLiteral("v=spf1 mx ip4:203.0.113.80 -all"));
}

void TestWizardSpf::copyButtonsFillTheClipboard()
{
    Fixture f(QStringLiteral("lacks.records.test"));
    QVERIFY(f.waitIdle());
    ui::RecordView* spfView = nullptr;
    for (ui::RecordView* v : f.page->findChildren<ui::RecordView*>())
        if (v->record().name == QLatin1String("lacks.records.test.") && v->record().type == QLatin1String("TXT"))
            spfView = v;
    QVERIFY(spfView);
    QGuiApplication::clipboard()->clear();
    press(spfView->findChild<QPushButton*>(QStringLiteral("copy-value")));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("v=spf1 mx ip4:203.0.113.81 ip4:203.0.113.80 -all"));
    press(spfView->findChild<QPushButton*>(QStringLiteral("copy-zone-line")));
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("lacks.records.test. IN TXT \"v=spf1 mx ip4:203.0.113.81 ip4:203.0.113.80 -all\""));
    press(spfView->findChild<QPushButton*>(QStringLiteral("copy-name")));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("lacks.records.test."));
}

void TestWizardSpf::markupInDnsIsShownLiterally()
{
    Fixture f(QStringLiteral("html.records.test"));
    QVERIFY(f.waitIdle());
    const QString markup = QStringLiteral("note=<b>bold</b><i>x</i>");
    QVERIFY2(f.child<QPlainTextEdit>("published-record")->toPlainText().contains(markup),
             qPrintable(f.child<QPlainTextEdit>("published-record")->toPlainText()));
    QVERIFY(f.child<QPlainTextEdit>("evaluation-tree")->toPlainText().contains(markup));
    // The proposal keeps the user's term, and shows it as typed wherever it appears.
    QCOMPARE(f.recordAt(QStringLiteral("html.records.test.")),
             QStringLiteral("v=spf1 ip4:203.0.113.81 note=<b>bold</b><i>x</i> ip4:203.0.113.80 -all"));
    int seen = 0;
    for (QLabel* label : f.page->findChildren<QLabel*>()) {
        if (!label->text().contains(QLatin1Char('<')))
            continue;
        ++seen;
        QVERIFY2(label->textFormat() == Qt::PlainText,
                 qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
    }
    for (QPlainTextEdit* box : f.page->findChildren<QPlainTextEdit*>())
        seen += box->toPlainText().contains(markup);
    QVERIFY(seen >= 3);
}

void TestWizardSpf::keyboard()
{
    Fixture f(QStringLiteral("nospf.records.test"));
    QVERIFY(f.waitIdle());
    // Mnemonics: on every check box, and on the label of every field.
    for (const char* name : {"replace", "spf-mx", "spf-a"})
        QVERIFY2(f.child<QCheckBox>(name)->text().contains(QLatin1Char('&')), name);
    QStringList buddied;
    for (QLabel* label : f.page->findChildren<QLabel*>())
        if (label->buddy()) {
            QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
            buddied << label->buddy()->objectName();
        }
    for (const char* name : {"published-record", "evaluation-tree", "spf-include", "spf-all"})
        QVERIFY2(buddied.contains(QLatin1String(name)), name);
    // A mnemonic moves the focus to its field.
    QApplication::setActiveWindow(f.page.get());
    QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
    QTest::keyClick(f.page.get(), Qt::Key_P, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), f.child<QLineEdit>("spf-include"));

    // Tab order: what is published, the choices, the records' copy buttons, then Keep checking and Re-check.
    QStringList order;
    QWidget* w = f.child<QPlainTextEdit>("published-record");
    for (int i = 0; i < 200 && order.size() < 40; ++i, w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty() && !order.contains(w->objectName()))
            order << w->objectName();
    QStringList expected;
    for (const char* name : {"published-record", "evaluation-tree", "replace", "spf-mx", "spf-a", "spf-include",
                             "spf-all", "copy-name", "copy-value"})
        expected << QString::fromLatin1(name);
    for (qsizetype i = 1; i < expected.size(); ++i)
        QVERIFY2(order.indexOf(expected[i - 1]) < order.indexOf(expected[i]) && order.indexOf(expected[i - 1]) >= 0,
                 qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY2(order.indexOf(QStringLiteral("copy-zone-line")) < order.indexOf(QStringLiteral("recheck")),
             qPrintable(order.join(QLatin1Char(' '))));
}

void TestWizardSpf::wizardUsesThePage()
{
    ui::MailReadyWizard wizard(GlobalOptions{});
    auto* page = qobject_cast<ui::SpfPage*>(wizard.page(ui::MailReadyWizard::SpfPageId));
    QVERIFY(page);
    QCOMPARE(page->ids(), QStringList{QStringLiteral("spf")});
    // Live re-check is offered: "keep checking while I publish".
    QVERIFY(page->findChild<QCheckBox*>(QStringLiteral("keep-checking"))->isVisibleTo(page));
}

void TestWizardSpf::cleanupTestCase()
{
    // Every run was waited for by its model; the pools' idle threads exit too, before the process does.
    QVERIFY(waitForWorkerThreads(60000));
}

QTEST_MAIN(TestWizardSpf)
#include "tst_wizard_spf.moc"
