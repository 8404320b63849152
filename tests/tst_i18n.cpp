// The German translation, as the program loads it: compiled into the wizard's library under :/i18n and chosen by
// locale. The wizard built with it speaks German, and every page keeps its keyboard mnemonics (Alt+letter) unique.
#include "MailReadyWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTranslator>
#include <QWizardPage>

using namespace mailready;

namespace {

// The mnemonic letter of a text ("Mail&domain:" -> 'd'), or a null character when it has none ("&&" is a literal &).
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void translationFollowsTheLocale_data();
    void translationFollowsTheLocale();
    void wizardSpeaksGerman();
    void qtButtonsSpeakGerman();
    void mnemonicsUniquePerPage_data();
    void mnemonicsUniquePerPage();

private:
    QTranslator m_translator;
};

void TestI18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MailReadyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
    // The same call app/main.cpp makes with QLocale::system().
    QVERIFY(m_translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("mailready"),
                              QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestI18n::init()
{
    QSettings().clear();
}

void TestI18n::translationFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("translated");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << true;
    QTest::newRow("de_AT falls back to de") << QLocale(QLocale::German, QLocale::Austria) << true;
    QTest::newRow("de_CH falls back to de") << QLocale(QLocale::German, QLocale::Switzerland) << true;
    QTest::newRow("fr_FR has no translation: English stays") << QLocale(QLocale::French, QLocale::France) << false;
    QTest::newRow("en_US has no translation: English stays")
        << QLocale(QLocale::English, QLocale::UnitedStates) << false;
}

void TestI18n::translationFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, translated);
    QTranslator translator;
    QCOMPARE(translator.load(locale, QStringLiteral("mailready"), QStringLiteral("_"), QStringLiteral(":/i18n")),
             translated);
    if (translated)
        QCOMPARE(translator.translate("mailready::ui::WelcomePage", "Your mail server"),
                 QStringLiteral("Ihr Mailserver"));
}

void TestI18n::wizardSpeaksGerman()
{
    ui::MailReadyWizard wizard(cli::GlobalOptions{});
    QWizardPage* welcome = wizard.page(ui::MailReadyWizard::WelcomePageId);
    QVERIFY(welcome);
    QCOMPARE(welcome->title(), QStringLiteral("Ihr Mailserver"));
    QCOMPARE(wizard.buttonText(QWizard::CustomButton1), QStringLiteral("&Über"));
    QCOMPARE(wizard.page(ui::MailReadyWizard::BlocklistPageId)->title(), QStringLiteral("Blocklisten"));
    QCOMPARE(wizard.page(ui::MailReadyWizard::VerifyPageId)->title(), QStringLiteral("Überprüfen"));

    QStringList labels;
    for (const QLabel* label : welcome->findChildren<QLabel*>())
        if (label->buddy())
            labels << label->text();
    QVERIFY2(labels.contains(QStringLiteral("Mail&domain:")), qPrintable(labels.join(QLatin1Char('|'))));
    QVERIFY2(labels.contains(QStringLiteral("&Nameserver:")), qPrintable(labels.join(QLatin1Char('|'))));

    QStringList buttons;
    for (const QWizardPage* page :
         {wizard.page(ui::MailReadyWizard::DkimPageId), wizard.page(ui::MailReadyWizard::DmarcPageId)})
        for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
            buttons << button->text();
    for (const char* expected : {"&Erneut prüfen", "&Neuen Schlüssel erzeugen", "Schlüssel erze&ugen",
                                 "Stufe &1: nur beobachten (p=none, mit Berichten)", "Erweiterte &Optionen anzeigen"})
        QVERIFY2(buttons.contains(QString::fromUtf8(expected)), expected);
}

void TestI18n::qtButtonsSpeakGerman()
{
    QTranslator qt;
    if (!qt.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QSKIP("Qt's own German translations (qt6-translations-l10n) are not installed");
    QCoreApplication::installTranslator(&qt);
    ui::MailReadyWizard wizard(cli::GlobalOptions{});
    const QString next = wizard.button(QWizard::NextButton)->text();
    const QString back = wizard.button(QWizard::BackButton)->text();
    QCoreApplication::removeTranslator(&qt);
    QCOMPARE(next, QStringLiteral("&Weiter >"));
    QCOMPARE(back, QStringLiteral("< &Zurück"));
}

void TestI18n::mnemonicsUniquePerPage_data()
{
    QTest::addColumn<int>("pageId");
    const QList<std::pair<const char*, int>> pages{
        {"welcome", ui::MailReadyWizard::WelcomePageId},   {"address", ui::MailReadyWizard::AddressPageId},
        {"delivery", ui::MailReadyWizard::DeliveryPageId}, {"blocklists", ui::MailReadyWizard::BlocklistPageId},
        {"dkim", ui::MailReadyWizard::DkimPageId},         {"spf", ui::MailReadyWizard::SpfPageId},
        {"dmarc", ui::MailReadyWizard::DmarcPageId},       {"publish", ui::MailReadyWizard::PublishPageId},
        {"verify", ui::MailReadyWizard::VerifyPageId}};
    for (const auto& [name, id] : pages)
        QTest::newRow(name) << id;
}

// Every control a page shows when it opens (buttons, check boxes, radio buttons, labels with a buddy, group boxes,
// tabs) plus the wizard's own About button: no two share an Alt+letter.
void TestI18n::mnemonicsUniquePerPage()
{
    QFETCH(int, pageId);
    ui::MailReadyWizard wizard(cli::GlobalOptions{});
    QWizardPage* page = wizard.page(pageId);
    QVERIFY(page);

    QList<std::pair<QChar, QString>> found{
        {mnemonicOf(wizard.buttonText(QWizard::CustomButton1)), wizard.buttonText(QWizard::CustomButton1)}};
    auto add = [&](const QString& text) {
        if (const QChar m = mnemonicOf(text); !m.isNull())
            found.append({m, text});
    };
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(page))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(label->text());
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            add(group->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    }
    QVERIFY2(found.size() > 1 || pageId == ui::MailReadyWizard::BlocklistPageId,
             "a page without any mnemonic: the widget search finds nothing");
    for (qsizetype i = 0; i < found.size(); ++i)
        for (qsizetype j = i + 1; j < found.size(); ++j)
            QVERIFY2(found[i].first != found[j].first,
                     qPrintable(QStringLiteral("Alt+%1 twice: \"%2\" and \"%3\"")
                                    .arg(found[i].first, found[i].second, found[j].second)));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
