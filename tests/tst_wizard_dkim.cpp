// The DKIM and DMARC pages of the wizard, offscreen, against the fixture's NSD: keys made off the GUI thread into a
// private file that is never overwritten, the key record shown matches the key and parses, the private key shows up
// in no widget, setting or clipboard, imported keys are checked against the published records of dkim.test, and the
// DMARC plan's records parse and the published ones of dmarc-test are judged.
#include "DkimPage.h"
#include "DmarcPage.h"
#include "MailReadyWizard.h"
#include "RecordView.h"
#include "StatusIndicator.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "WizardTest.h"
#include "checks/dkim/DkimRecord.h"
#include "checks/dmarc/DmarcRecord.h"
#include "crypto/DkimKey.h"
#include "run/CheckRunner.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using mailready::test::waitIdle;
#include <QThreadPool>
#include <QTimer>

#include <sys/stat.h>

using namespace mailready;

class TestWizardDkim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void generateKey_data();
    void generateKey();
    void existingKeyIsNeverOverwritten();
    void cancelKeepsWhatExisted();
    void resultAfterThePageIsGoneIsDropped();
    void importedKeyCheckedAgainstNsd_data();
    void importedKeyCheckedAgainstNsd();
    void knownKeyNeedsNoClicks();
    void dmarcStagesCompose_data();
    void dmarcStagesCompose();
    void dmarcReportAddress();
    void dmarcCheckAgainstNsd_data();
    void dmarcCheckAgainstNsd();
    void keyboard();
};

template <typename T> static T* child(QWidget& w, const QString& name)
{
    auto* c = w.findChild<T*>(name);
    if (!c)
        qFatal("no widget %s", qPrintable(name));
    return c;
}

static CheckRequest requestFor(const QString& domain)
{
    CheckRequest r;
    r.domain = domain;
    r.resolver = test::nsdConfig();
    return r;
}

static Status statusOf(QWidget& page, const QString& id)
{
    return child<ui::StatusIndicator>(page, QStringLiteral("status-") + id)->status();
}

static QString fixtureKey(const QString& name)
{
    return test::sourcePath(QStringLiteral("tests/dkim/%1.private.pem").arg(name));
}

// Every piece of text the page shows a person: labels, fields, buttons, boxes, tool tips, combo entries.
static QStringList allWidgetText(QWidget& root)
{
    QStringList texts;
    QList<QWidget*> widgets = root.findChildren<QWidget*>();
    widgets << &root;
    for (QWidget* w : widgets) {
        texts << w->toolTip() << w->windowTitle();
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << l->text();
        if (auto* e = qobject_cast<QLineEdit*>(w))
            texts << e->text() << e->placeholderText();
        if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            texts << p->toPlainText();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i);
    }
    return texts;
}

static QStringList allSettings()
{
    QSettings s;
    QStringList values;
    for (const QString& key : s.allKeys())
        values << key << s.value(key).toString();
    return values;
}

// The base64 lines of a PEM private key that are secret: those not also part of the public record.
static QStringList secretLines(const QString& pemPath, const QString& publicRecord)
{
    QFile f(pemPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QString& line : QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("-----")) && !publicRecord.contains(line.trimmed()))
            lines << line.trimmed();
    return lines;
}

static void verifyNoSecretAnywhere(QWidget& page, const QStringList& secrets)
{
    QVERIFY(!secrets.isEmpty());
    const QStringList texts = allWidgetText(page) + allSettings() << QGuiApplication::clipboard()->text();
    for (const QString& secret : secrets)
        for (const QString& t : texts)
            QVERIFY2(!t.contains(secret), "private key material is shown in a widget, a setting or the clipboard");
}

void TestWizardDkim::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MailReadyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wizard_dkim"));
    // Live re-checks ask the zone's authoritative servers: here the fixture's NSD.
    qputenv("MAILREADY_AUTHORITATIVE_PORT", QByteArray::number(test::nsdPort()));
}

void TestWizardDkim::init()
{
    QSettings().clear();
    QGuiApplication::clipboard()->clear();
}

void TestWizardDkim::generateKey_data()
{
    QTest::addColumn<int>("algorithmIndex");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<int>("bits");
    QTest::newRow("RFC 8463 Ed25519") << 3 << "ed25519" << 256;
    QTest::newRow("RFC 6376 / RFC 8301 RSA 2048") << 0 << "rsa" << 2048;
}

void TestWizardDkim::generateKey()
{
    QFETCH(int, algorithmIndex);
    QFETCH(QString, keyType);
    QFETCH(int, bits);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(QStringLiteral("example.test")));
    ui::DkimPage page(&model);
    page.show();
    page.initializePage();

    const QString selector = child<QLineEdit>(page, QStringLiteral("selector"))->text();
    QVERIFY2(checks::dkim::isValidSelector(selector), qPrintable(selector)); // pre-filled with the suggestion
    QCOMPARE(selector, checks::dkim::suggestSelector(QDate::currentDate()));
    child<QLineEdit>(page, QStringLiteral("key-directory"))->setText(dir.path());
    child<QComboBox>(page, QStringLiteral("algorithm"))->setCurrentIndex(algorithmIndex);

    // The event loop keeps running while the key is made: a timer ticks, the busy indicator shows.
    int ticksWhileBusy = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] { ticksWhileBusy += page.isBusy() ? 1 : 0; });
    ticker.start();
    QSignalSpy finished(&page, &ui::DkimPage::generationFinished);
    child<QAbstractButton>(page, QStringLiteral("generate"))->click();
    QVERIFY(page.isBusy()); // the click returned before the key exists
    QVERIFY(child<QWidget>(page, QStringLiteral("busy"))->isVisible());
    QVERIFY(child<QWidget>(page, QStringLiteral("cancel-generation"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    ticker.stop();
    QVERIFY(!page.isBusy());
    if (keyType == QLatin1String("rsa"))
        QVERIFY2(ticksWhileBusy > 0, "the timer never ticked while the key was made");

    const QString path = ui::DkimPage::keyFilePath(dir.path(), selector);
    QVERIFY2(QFileInfo::exists(path), qPrintable(child<QLabel>(page, QStringLiteral("key-message"))->text()));
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    const auto key = crypto::PrivateKey::readFile(path);
    QVERIFY(key);
    QCOMPARE(crypto::keyTypeName(key->type()), keyType);
    QCOMPARE(key->bits(), bits);

    // The record shown parses with the DKIM parser and carries this key.
    auto* view = page.findChild<ui::RecordView*>();
    QVERIFY(view);
    const report::PublishRecord rec = view->record();
    QCOMPARE(rec.name, QStringLiteral("%1._domainkey.example.test.").arg(selector));
    bool shown = false;
    for (auto* box : view->findChildren<QPlainTextEdit*>())
        shown = shown || box->toPlainText() == rec.value;
    QVERIFY(shown);
    const auto parsed = checks::dkim::KeyRecord::parse(rec.value.toUtf8());
    QCOMPARE(parsed.verdict, checks::dkim::KeyVerdict::Valid);
    QCOMPARE(parsed.keyData, key->publicKey().dkimData());
    // The zone-file line: every string at most 255 bytes (RFC 1035 3.3), joined they give the value.
    const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    QString joined;
    for (auto it = quoted.globalMatch(rec.zoneLine); it.hasNext();) {
        const QString part = it.next().captured(1);
        QVERIFY(part.toUtf8().size() <= 255);
        joined += part;
    }
    QCOMPARE(joined, rec.value);
    QCOMPARE(model.records().size(), 1);
    QCOMPARE(model.records().first().value, rec.value);

    // The request and the settings name the key by its path only.
    QCOMPARE(model.request().selectors, QStringList{selector});
    QCOMPARE(model.request().dkimKeyFile, path);
    QCOMPARE(QSettings().value(QStringLiteral("dkim/selector")).toString(), selector);
    QCOMPARE(QSettings().value(QStringLiteral("dkim/keyPath")).toString(), path);

    // Copy buttons: the record value, then the signer configuration.
    view->findChild<QAbstractButton*>(QStringLiteral("copy-value"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), rec.value);
    const QStringList secrets = secretLines(path, rec.value);
    verifyNoSecretAnywhere(page, secrets);
    view->findChild<QAbstractButton*>(QStringLiteral("copy-zone-line"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), rec.zoneLine);
    for (const char* signer : {"opendkim", "rspamd", "exim"}) {
        const QString id = QString::fromLatin1(signer);
        auto* box = child<QPlainTextEdit>(page, QStringLiteral("config-") + id);
        QVERIFY(box->isReadOnly());
        QVERIFY2(box->toPlainText().contains(path), qPrintable(box->toPlainText()));
        QVERIFY(box->toPlainText().contains(selector));
        auto* copy = child<QAbstractButton>(page, QStringLiteral("copy-") + id);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), box->toPlainText());
        verifyNoSecretAnywhere(page, secrets);
    }
}

void TestWizardDkim::existingKeyIsNeverOverwritten()
{
    QTemporaryDir dir;
    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(QStringLiteral("dkim.test")));
    ui::DkimPage page(&model);
    page.show();
    page.initializePage();
    child<QLineEdit>(page, QStringLiteral("key-directory"))->setText(dir.path());
    child<QLineEdit>(page, QStringLiteral("selector"))->setText(QStringLiteral("good"));
    const QString path = ui::DkimPage::keyFilePath(dir.path(), QStringLiteral("good"));
    QVERIFY(QFile::copy(fixtureKey(QStringLiteral("good")), path));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    child<QAbstractButton>(page, QStringLiteral("generate"))->click();
    QVERIFY(!page.isBusy()); // nothing started
    const QString message = child<QLabel>(page, QStringLiteral("key-message"))->text();
    QVERIFY2(message.contains(path) && message.contains(QStringLiteral("never overwritten")), qPrintable(message));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    original.close();
    QVERIFY(model.records().isEmpty());

    // Offered instead: use the file that is there.
    auto* useExisting = child<QAbstractButton>(page, QStringLiteral("use-existing"));
    QVERIFY(useExisting->isVisible());
    useExisting->click();
    QCOMPARE(page.keyPath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(model.records().size(), 1);
    const auto parsed = checks::dkim::KeyRecord::parse(model.records().first().value.toUtf8());
    QCOMPARE(parsed.keyData, crypto::PrivateKey::readFile(path)->publicKey().dkimData());
    QVERIFY(waitIdle(&model));
    QCOMPARE(statusOf(page, QStringLiteral("dkim")), Status::Pass); // good._domainkey.dkim.test holds this key
}

void TestWizardDkim::cancelKeepsWhatExisted()
{
    QTemporaryDir dir;
    const QString sentinel = dir.filePath(QStringLiteral("keep-me"));
    QFile s(sentinel);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write("x");
    s.close();
    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(QStringLiteral("example.test")));
    ui::DkimPage page(&model);
    page.show();
    page.initializePage();
    child<QLineEdit>(page, QStringLiteral("key-directory"))->setText(dir.path());
    child<QComboBox>(page, QStringLiteral("algorithm"))->setCurrentIndex(2); // RSA 4096: slow enough to cancel
    QVERIFY(child<QLabel>(page, QStringLiteral("algorithm-note"))->text().contains(QStringLiteral("DNS panels")));
    QSignalSpy finished(&page, &ui::DkimPage::generationFinished);
    child<QAbstractButton>(page, QStringLiteral("generate"))->click();
    QVERIFY(page.isBusy());
    child<QAbstractButton>(page, QStringLiteral("cancel-generation"))->click();
    QVERIFY(!page.isBusy()); // the page is free at once
    QVERIFY(child<QAbstractButton>(page, QStringLiteral("generate"))->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(QFileInfo::exists(sentinel));
    QVERIFY(model.records().isEmpty()); // a cancelled key is not put to use
    QVERIFY(model.request().dkimKeyFile.isEmpty());
    const QString path =
        ui::DkimPage::keyFilePath(dir.path(), child<QLineEdit>(page, QStringLiteral("selector"))->text());
    if (QFileInfo::exists(path)) // written before the cancel was seen: kept, and the page says where
        QVERIFY(child<QLabel>(page, QStringLiteral("key-message"))->text().contains(path));
}

void TestWizardDkim::cleanupTestCase()
{
    // Pages and models waited for their own work; the pools' idle threads exit too, before the process does.
    QVERIFY(waitForWorkerThreads(60000));
}

void TestWizardDkim::resultAfterThePageIsGoneIsDropped()
{
    QTemporaryDir dir;
    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(QStringLiteral("example.test")));
    {
        auto* page = new ui::DkimPage(&model);
        page->show();
        child<QLineEdit>(*page, QStringLiteral("key-directory"))->setText(dir.path());
        child<QComboBox>(*page, QStringLiteral("algorithm"))->setCurrentIndex(1);
        child<QAbstractButton>(*page, QStringLiteral("generate"))->click();
        QVERIFY(page->isBusy());
        QElapsedTimer t;
        t.start();
        delete page; // stops the generation and waits for its worker
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }
    // The worker reports its task done a moment before it counts itself idle; the generation itself is over.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
    QTest::qWait(50); // any queued result would be delivered now, to nobody
    // The key was still being made when the page went: it was not written either.
    QVERIFY(QDir(dir.path()).isEmpty());
    QVERIFY(model.records().isEmpty());
    QVERIFY(model.request().dkimKeyFile.isEmpty());
}

void TestWizardDkim::importedKeyCheckedAgainstNsd_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Status>("status");
    QTest::newRow("RFC 6376 RSA key matching good._domainkey") << "good"
                                                               << "good" << Status::Pass;
    QTest::newRow("RFC 8463 Ed25519 key matching ed._domainkey") << "ed"
                                                                 << "ed" << Status::Pass;
    QTest::newRow("another RSA key than the one published") << "good"
                                                            << "other" << Status::Fail;
}

void TestWizardDkim::importedKeyCheckedAgainstNsd()
{
    QFETCH(QString, selector);
    QFETCH(QString, key);
    QFETCH(Status, status);
    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(QStringLiteral("dkim.test")));
    ui::DkimPage page(&model);
    page.show();
    page.initializePage();
    QVERIFY(waitIdle(&model));
    QCOMPARE(statusOf(page, QStringLiteral("dkim")), Status::Skipped); // no selector yet

    child<QRadioButton>(page, QStringLiteral("mode-import"))->click();
    QVERIFY(child<QWidget>(page, QStringLiteral("key-file"))->isVisible());
    QVERIFY(!child<QWidget>(page, QStringLiteral("algorithm"))->isVisible());
    child<QLineEdit>(page, QStringLiteral("selector"))->setText(selector);
    auto* keyFile = child<QLineEdit>(page, QStringLiteral("key-file"));
    keyFile->setText(fixtureKey(key));
    keyFile->setFocus();
    QTest::keyClick(keyFile, Qt::Key_Return); // Enter in the field imports
    QCOMPARE(model.request().dkimKeyFile, fixtureKey(key));
    QVERIFY(waitIdle(&model));
    QCOMPARE(statusOf(page, QStringLiteral("dkim")), status);
    verifyNoSecretAnywhere(page, secretLines(fixtureKey(key), model.records().first().value));
}

void TestWizardDkim::knownKeyNeedsNoClicks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("good.private.pem"));
    QVERIFY(QFile::copy(fixtureKey(QStringLiteral("good")), path));
    {
        QSettings s;
        s.setValue(QStringLiteral("dkim/selector"), QStringLiteral("good"));
        s.setValue(QStringLiteral("dkim/keyPath"), path);
    }
    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(QStringLiteral("dkim.test")));
    ui::DkimPage page(&model);
    page.show();
    page.initializePage();
    QVERIFY(child<QLabel>(page, QStringLiteral("key-info"))->text().contains(path));
    QVERIFY(child<QWidget>(page, QStringLiteral("key-result"))->isVisible());
    QCOMPARE(model.request().selectors, QStringList{QStringLiteral("good")});
    QVERIFY(waitIdle(&model));
    QCOMPARE(statusOf(page, QStringLiteral("dkim")), Status::Pass);
}

void TestWizardDkim::dmarcStagesCompose_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("record");
    QTest::addColumn<checks::dmarc::Policy>("policy");
    QTest::newRow("RFC 9989 stage 1: p=none with reports")
        << 0 << "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.test" << checks::dmarc::Policy::None;
    QTest::newRow("RFC 9989 stage 2: quarantine")
        << 1 << "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.test" << checks::dmarc::Policy::Quarantine;
    QTest::newRow("RFC 9989 stage 3: reject, np=reject")
        << 2 << "v=DMARC1; p=reject; np=reject; rua=mailto:dmarc-reports@example.test" << checks::dmarc::Policy::Reject;
}

void TestWizardDkim::dmarcStagesCompose()
{
    QFETCH(int, stage);
    QFETCH(QString, record);
    QFETCH(checks::dmarc::Policy, policy);
    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(QStringLiteral("example.test")));
    ui::DmarcPage page(&model);
    page.show();
    page.initializePage();
    QCOMPARE(child<QLineEdit>(page, QStringLiteral("report-address"))->text(),
             QStringLiteral("dmarc-reports@example.test"));
    QVERIFY(!child<QWidget>(page, QStringLiteral("advanced"))->isVisible()); // alignment only under Advanced
    child<QRadioButton>(page, QStringLiteral("stage-%1").arg(stage + 1))->click();
    QVERIFY(child<QRadioButton>(page, QStringLiteral("stage-%1").arg(stage + 1))->text().contains(QLatin1Char('&')));
    QCOMPARE(page.composedRecord(), record);
    auto* view = page.findChild<ui::RecordView*>();
    QVERIFY(view);
    QCOMPARE(view->record().value, record);
    QCOMPARE(view->record().name, QStringLiteral("_dmarc.example.test."));
    QCOMPARE(model.records().size(), 1);
    QCOMPARE(model.records().first().value, record);
    QVERIFY(!child<QLabel>(page, QStringLiteral("stage-explanation"))->text().isEmpty());
    const auto parsed = checks::dmarc::Record::parse(record);
    QCOMPARE(parsed.verdict, checks::dmarc::Verdict::Valid);
    QCOMPARE(parsed.rfc7489, checks::dmarc::Verdict::Valid);
    QCOMPARE(parsed.policy, policy);
    QCOMPARE(parsed.rua.size(), 1);
    QCOMPARE(parsed.rua.first().address, QStringLiteral("dmarc-reports@example.test"));

    // Strict alignment, from the Advanced group, still parses.
    child<QAbstractButton>(page, QStringLiteral("show-advanced"))->click();
    QVERIFY(child<QWidget>(page, QStringLiteral("advanced"))->isVisible());
    child<QAbstractButton>(page, QStringLiteral("strict-alignment"))->click();
    const auto strict = checks::dmarc::Record::parse(page.composedRecord());
    QCOMPARE(strict.verdict, checks::dmarc::Verdict::Valid);
    QVERIFY(strict.strictDkim && strict.strictSpf);
}

void TestWizardDkim::dmarcReportAddress()
{
    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(QStringLiteral("example.test")));
    ui::DmarcPage page(&model);
    page.show();
    page.initializePage();
    QVERIFY(page.isComplete());
    auto* address = child<QLineEdit>(page, QStringLiteral("report-address"));
    auto* problem = child<QLabel>(page, QStringLiteral("report-address-problem"));
    for (const char* bad : {"", "reports", "reports@", "a b@example.test", "x;y@example.test", "x@nodot"}) {
        address->setText(QString::fromLatin1(bad));
        QVERIFY2(!page.isComplete(), bad);
        QVERIFY2(problem->isVisible() && !problem->text().isEmpty(), bad);
        QVERIFY2(model.records().isEmpty(), bad);
    }
    // Reports to another domain: the permission record that domain must publish (RFC 7489 7.1) is listed too.
    address->setText(QStringLiteral("dmarc@reports.example.net"));
    QVERIFY(page.isComplete());
    QVERIFY(!problem->isVisible());
    QCOMPARE(model.records().size(), 2);
    QCOMPARE(model.records().at(1).name, QStringLiteral("example.test._report._dmarc.reports.example.net."));
    QVERIFY(child<QLabel>(page, QStringLiteral("external-authorization"))->isVisible());
    const auto parsed = checks::dmarc::Record::parse(model.records().first().value);
    QCOMPARE(parsed.rua.first().address, QStringLiteral("dmarc@reports.example.net"));
}

void TestWizardDkim::dmarcCheckAgainstNsd_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<Status>("status");
    QTest::addColumn<int>("stageShown"); // the stage in force, until the user picks one
    QTest::newRow("p=reject passes") << "reject.dmarc-test" << Status::Pass << 2;
    QTest::newRow("p=none warns") << "none.dmarc-test" << Status::Warn << 0;
    QTest::newRow("no record on the RFC 9989 tree walk fails") << "nopolicy.dmarc-test" << Status::Fail << 0;
}

void TestWizardDkim::dmarcCheckAgainstNsd()
{
    QFETCH(QString, domain);
    QFETCH(Status, status);
    QFETCH(int, stageShown);
    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(domain));
    ui::DmarcPage page(&model);
    page.show();
    page.initializePage();
    QVERIFY(model.isRunning());
    QVERIFY(waitIdle(&model));
    QCOMPARE(statusOf(page, QStringLiteral("dmarc")), status);
    QCOMPARE(page.stage(), stageShown);
}

// The mnemonic of a control: its own text's "&x", or that of the label it is the buddy of.
static QChar mnemonicOf(QWidget& page, QWidget* w)
{
    auto letterIn = [](const QString& text) {
        const qsizetype i = text.indexOf(QLatin1Char('&'));
        return i >= 0 && i + 1 < text.size() ? text.at(i + 1).toLower() : QChar();
    };
    if (auto* b = qobject_cast<QAbstractButton*>(w))
        return letterIn(b->text());
    for (QLabel* l : page.findChildren<QLabel*>())
        if (l->buddy() == w)
            return letterIn(l->text());
    return {};
}

static void verifyMnemonics(QWidget& page, const QStringList& names, QString reserved)
{
    for (const QString& name : names) {
        QWidget* w = child<QWidget>(page, name);
        const QChar m = mnemonicOf(page, w);
        QVERIFY2(!m.isNull(), qPrintable(name + QStringLiteral(" has no mnemonic")));
        QVERIFY2(!reserved.contains(m), qPrintable(name + QStringLiteral(" repeats the mnemonic ") + m));
        reserved += m;
    }
}

void TestWizardDkim::keyboard()
{
    // Both pages are the wizard's; their controls each have a mnemonic of their own, none taken by the wizard's
    // buttons (Back, Next, About) or the check area (Re-check, Keep checking).
    ui::MailReadyWizard wizard(GlobalOptions{});
    QVERIFY(qobject_cast<ui::DkimPage*>(wizard.page(ui::MailReadyWizard::DkimPageId)));
    QVERIFY(qobject_cast<ui::DmarcPage*>(wizard.page(ui::MailReadyWizard::DmarcPageId)));
    const QString reserved = QStringLiteral("bnark");

    ui::WizardModel model(GlobalOptions{});
    model.setRequest(requestFor(QStringLiteral("dkim.test")));
    ui::DkimPage dkim(&model);
    dkim.show();
    verifyMnemonics(dkim,
                    {QStringLiteral("mode-generate"), QStringLiteral("mode-import"), QStringLiteral("selector"),
                     QStringLiteral("algorithm"), QStringLiteral("key-directory"), QStringLiteral("browse-directory"),
                     QStringLiteral("generate"), QStringLiteral("cancel-generation"), QStringLiteral("use-existing")},
                    reserved);
    verifyMnemonics(dkim,
                    {QStringLiteral("mode-generate"), QStringLiteral("mode-import"), QStringLiteral("selector"),
                     QStringLiteral("key-file"), QStringLiteral("browse-key"), QStringLiteral("import")},
                    reserved);
    // Enter in the selector field makes the key (generate mode) and leaves the page where it is.
    QTemporaryDir dir;
    child<QLineEdit>(dkim, QStringLiteral("key-directory"))->setText(dir.path());
    child<QComboBox>(dkim, QStringLiteral("algorithm"))->setCurrentIndex(3);
    QSignalSpy finished(&dkim, &ui::DkimPage::generationFinished);
    QTest::keyClick(child<QLineEdit>(dkim, QStringLiteral("selector")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!dkim.keyPath().isEmpty());

    ui::DmarcPage dmarc(&model);
    dmarc.show();
    dmarc.initializePage();
    child<QAbstractButton>(dmarc, QStringLiteral("show-advanced"))->click();
    verifyMnemonics(dmarc,
                    {QStringLiteral("report-address"), QStringLiteral("stage-1"), QStringLiteral("stage-2"),
                     QStringLiteral("stage-3"), QStringLiteral("show-advanced"), QStringLiteral("strict-alignment"),
                     QStringLiteral("reject-nonexistent"), QStringLiteral("subdomain-policy")},
                    reserved);
}

QTEST_MAIN(TestWizardDkim)
#include "tst_wizard_dkim.moc"
