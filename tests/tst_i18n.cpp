// The German translation, as the program loads it: compiled into the wizard's library under :/i18n and chosen by
// locale. The wizard built with it speaks German, down to the checks' own titles, summaries and findings (which come
// from core/), and every page keeps its keyboard mnemonics (Alt+letter) unique. The command line loads no translator:
// its JSON stays English whatever the locale.
#include "MailReadyWizard.h"
#include "TestDns.h"
#include "WizardModel.h"
#include "WizardTest.h"
#include "checks/dnsbl/DnsblCatalog.h"
#include "checks/dnsbl/DnsblCheck.h"
#include "dns/CachingResolver.h"
#include "relay/RelayServices.h"
#include "report/PathAdvisor.h"
#include "run/CheckRunner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using mailready::test::waitIdle;
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

// A `check --json` report without what changes from run to run (query times, start and end).
QJsonValue withoutTimes(const QJsonValue& v)
{
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (it.key() != QLatin1String("ms") && it.key() != QLatin1String("started") &&
                it.key() != QLatin1String("finished"))
                o.insert(it.key(), withoutTimes(it.value()));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const auto& e : v.toArray())
            a.append(withoutTimes(e));
        return a;
    }
    return v;
}

// The demo domain that fails several thresholds, as the wizard's walk and the command line both check it.
const QString badDomain = QStringLiteral("bad.demo");
const QString badHost = QStringLiteral("mail.bad.demo");
const QString badAddress = QStringLiteral("198.19.66.66");

QStringList checkArguments()
{
    return {QStringLiteral("check"),
            QStringLiteral("--domain"),
            badDomain,
            QStringLiteral("--hostname"),
            badHost,
            QStringLiteral("--ip"),
            badAddress,
            QStringLiteral("--nameserver"),
            test::nsdServer(),
            QStringLiteral("--json")};
}

// Runs `mailready check --json` on bad.demo with these locale variables (an empty value unsets the variable).
QJsonObject runCheckWith(const QList<std::pair<const char*, QByteArray>>& locale)
{
    QHash<QByteArray, QByteArray> saved;
    for (const auto& [name, value] : locale) {
        saved.insert(name, qgetenv(name));
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    int code = 0;
    const QJsonObject report = test::runMailreadyJson(checkArguments(), &code);
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        if (it.value().isEmpty())
            qunsetenv(it.key().constData());
        else
            qputenv(it.key().constData(), it.value());
    }
    return report;
}

// The lupdate context of each check's texts: its class name.
const QHash<QString, const char*>& checkContexts()
{
    static const QHash<QString, const char*> contexts{{QStringLiteral("public-ip"), "PublicIpCheck"},
                                                      {QStringLiteral("ptr"), "PtrCheck"},
                                                      {QStringLiteral("fcrdns"), "FcrdnsCheck"},
                                                      {QStringLiteral("ehlo"), "EhloCheck"},
                                                      {QStringLiteral("dnsbl"), "DnsblCheck"},
                                                      {QStringLiteral("spf"), "SpfCheck"},
                                                      {QStringLiteral("dkim"), "DkimCheck"},
                                                      {QStringLiteral("dmarc"), "DmarcCheck"},
                                                      {QStringLiteral("smtp"), "SmtpCheck"},
                                                      {QStringLiteral("port25"), "Port25Check"},
                                                      {QStringLiteral("address-change"), "AddressChangeCheck"}};
    return contexts;
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
    void checksSpeakGerman();
    void commandLineStaysEnglish();
    void catalogTextsSpeakGerman();

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
    // The demo's own blocklist, and its nameserver as the authoritative server of the demo domains (ns1 = 127.0.0.1).
    qputenv("MAILREADY_DNSBL_CATALOG", test::sourcePath(QStringLiteral("resources/demo/catalog.json")).toLocal8Bit());
    qputenv("MAILREADY_AUTHORITATIVE_PORT", QByteArray::number(test::nsdPort()));
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
    ui::MailReadyWizard wizard(GlobalOptions{});
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
    ui::MailReadyWizard wizard(GlobalOptions{});
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
        {"verify", ui::MailReadyWizard::VerifyPageId},     {"message", ui::MailReadyWizard::MessagePageId}};
    for (const auto& [name, id] : pages)
        QTest::newRow(name) << id;
}

// Every control a page shows when it opens (buttons, check boxes, radio buttons, labels with a buddy, group boxes,
// tabs) plus the wizard's own About button: no two share an Alt+letter.
void TestI18n::mnemonicsUniquePerPage()
{
    QFETCH(int, pageId);
    ui::MailReadyWizard wizard(GlobalOptions{});
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

// A real run through the German wizard (bad.demo on the fixture's NSD, Next page after page): the check titles,
// summaries and findings on the Verify page are the translation's, not the English texts core/ writes them in.
void TestI18n::checksSpeakGerman()
{
    // The English titles, as the checks give them without a translator.
    QHash<QString, QString> englishTitles;
    QCoreApplication::removeTranslator(&m_translator);
    for (const auto& c : makeAllChecks())
        englishTitles.insert(c->id(), c->title());
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    // The English words of the same run, from the command line.
    const QJsonObject english = runCheckWith({{"LANG", "C"}, {"LC_ALL", {}}, {"LANGUAGE", {}}});
    QVERIFY(!english.isEmpty());

    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("domain"))->setText(badDomain);
    wizard.findChild<QLineEdit*>(QStringLiteral("hostname"))->setText(badHost);
    wizard.findChild<QLineEdit*>(QStringLiteral("addresses"))->setText(badAddress);
    wizard.findChild<QLineEdit*>(QStringLiteral("nameservers"))->setText(test::nsdServer());
    while (wizard.currentId() != ui::MailReadyWizard::VerifyPageId) {
        QVERIFY2(waitIdle(wizard.model()), qPrintable(QStringLiteral("page %1 kept running").arg(wizard.currentId())));
        // "Als Nächstes:" names the step, in German, never the problem again (on the Address page it once repeated
        // the forward-confirmation finding, whose fix was too long to show).
        if (auto* banner = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("verdict-text"))) {
            const qsizetype at = banner->text().indexOf(QString::fromUtf8("\nAls Nächstes: "));
            const QString step = at < 0 ? QString() : banner->text().mid(at + 15);
            for (const CheckResult& c : wizard.model()->report().checks)
                for (const Finding& f : c.findings)
                    QVERIFY2(step.isEmpty() || (step != f.message && !f.message.startsWith(step)), qPrintable(step));
            if (wizard.currentId() == ui::MailReadyWizard::AddressPageId) {
                QVERIFY2(!step.isEmpty(), qPrintable(banner->text()));
                QVERIFY2(step.contains(QStringLiteral("Relay")), qPrintable(step));
            }
        }
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        if (wizard.currentId() == ui::MailReadyWizard::DeliveryPageId && !next->isEnabled())
            wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("path-direct"))->click();
        const int before = wizard.currentId();
        QVERIFY2(next->isEnabled(), qPrintable(QStringLiteral("Next is off on page %1").arg(before)));
        next->click();
        QVERIFY2(wizard.currentId() != before, "Next did not move on");
    }
    QVERIFY(waitIdle(wizard.model()));
    QWizardPage* verify = wizard.currentPage();
    auto shown = [verify](const QString& name) {
        const auto* label = verify->findChild<QLabel*>(name);
        return label ? label->text() : QString();
    };

    // Every check's title is the translator's German for its English title; two of them spelled out.
    int titles = 0;
    for (auto it = checkContexts().begin(); it != checkContexts().end(); ++it) {
        if (!verify->findChild<QLabel*>(QStringLiteral("title-") + it.key()))
            continue;
        const QString german = m_translator.translate(it.value(), englishTitles.value(it.key()).toUtf8().constData());
        QVERIFY2(!german.isEmpty(), qPrintable(QStringLiteral("no translation of the title of ") + it.key()));
        QCOMPARE(shown(QStringLiteral("title-") + it.key()), german);
        ++titles;
    }
    QVERIFY2(titles >= 7, "the Verify page shows fewer checks than the five thresholds need");
    QCOMPARE(shown(QStringLiteral("title-dnsbl")), QStringLiteral("Blocklisten (DNSBL)"));
    QCOMPARE(shown(QStringLiteral("title-fcrdns")), QString::fromUtf8("Vorwärts bestätigter Reverse DNS"));

    // Summaries: bad.demo's PTR name does not resolve back, and its SPF policy does not authorize the address.
    // (a plural form: the translator gives the form for one, with %n still to fill in)
    QCOMPARE(shown(QStringLiteral("summary-fcrdns")),
             m_translator.translate("FcrdnsCheck", "%n of %1 sending addresses are not forward-confirmed", nullptr, 1)
                 .replace(QLatin1String("%n"), QLatin1String("1"))
                 .arg(1));
    QCOMPARE(shown(QStringLiteral("summary-fcrdns")),
             QString::fromUtf8("1 von 1 Absendeadressen ist nicht vorwärts bestätigt"));
    QCOMPARE(shown(QStringLiteral("summary-spf")),
             m_translator.translate("SpfCheck", "SPF of %1 does not pass for %2 of %3 sending addresses")
                 .arg(badDomain)
                 .arg(1)
                 .arg(1));

    // A finding: bad.demo publishes no DMARC record.
    const QString dmarcFinding =
        m_translator
            .translate("DmarcCheck", "No DMARC policy applies to %1: large mailbox providers (Gmail, Yahoo, "
                                     "Outlook.com) require one from bulk senders, and anyone can forge mail in your "
                                     "name.")
            .arg(badDomain);
    QVERIFY(!dmarcFinding.isEmpty());
    QVERIFY2(shown(QStringLiteral("details-dmarc")).contains(dmarcFinding),
             qPrintable(shown(QStringLiteral("details-dmarc"))));
    QVERIFY2(
        shown(QStringLiteral("details-dmarc")).contains(QString::fromUtf8("Für bad.demo gilt keine DMARC-Richtlinie")),
        qPrintable(shown(QStringLiteral("details-dmarc"))));

    // Nothing of the English run shows: no check that came to the same status has the English summary, and no
    // English finding appears anywhere on the page.
    int compared = 0;
    for (const auto& v : english.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        const CheckResult* mine = wizard.model()->result(id);
        if (!mine || statusName(mine->status) != c.value(QStringLiteral("status")).toString() ||
            mine->status == Status::Skipped || !verify->findChild<QLabel*>(QStringLiteral("summary-") + id))
            continue;
        ++compared;
        QVERIFY2(shown(QStringLiteral("summary-") + id) != c.value(QStringLiteral("summary")).toString(),
                 qPrintable(id));
        for (const auto& f : c.value(QStringLiteral("findings")).toArray()) {
            const QString message = f.toObject().value(QStringLiteral("message")).toString();
            QVERIFY2(!shown(QStringLiteral("details-") + id).contains(message),
                     qPrintable(id + QStringLiteral(": ") + message));
        }
    }
    QVERIFY2(compared >= 4, "too few checks came to the same status in the wizard and on the command line");
}

// The command line never loads a translator: under a German locale its JSON is the same as under LANG=C, English
// check titles included.
void TestI18n::commandLineStaysEnglish()
{
    const QJsonObject plain = runCheckWith({{"LANG", "C"}, {"LC_ALL", {}}, {"LC_MESSAGES", {}}, {"LANGUAGE", {}}});
    const QJsonObject german = runCheckWith(
        {{"LANG", "de_DE.UTF-8"}, {"LC_ALL", "de_DE.UTF-8"}, {"LC_MESSAGES", "de_DE.UTF-8"}, {"LANGUAGE", "de"}});
    QVERIFY(!plain.isEmpty());
    QVERIFY(!german.isEmpty());
    QCOMPARE(QJsonDocument(withoutTimes(german).toObject()).toJson(QJsonDocument::Compact),
             QJsonDocument(withoutTimes(plain).toObject()).toJson(QJsonDocument::Compact));
    QCOMPARE(test::checkById(german, QStringLiteral("dnsbl")).value(QStringLiteral("title")).toString(),
             QStringLiteral("Blocklists (DNSBL)"));
    QCOMPARE(test::checkById(german, QStringLiteral("fcrdns")).value(QStringLiteral("summary")).toString(),
             QStringLiteral("1 of 1 sending addresses are not forward-confirmed"));
}

// The built-in blocklist catalog's words (resources/dnsbl-catalog.json, through the generated CatalogTexts.h): its
// Spamhaus ZEN entry, pointed at the fixture's listed.dnsbl.test, where 203.0.113.5 answers 127.0.0.10 (PBL). The
// finding and the delivery advice show the German meaning and fix; the contract's `meaning` field keeps the catalog's
// own text, which the delivery advice recognises a home line by.
void TestI18n::catalogTextsSpeakGerman()
{
    QFile file(test::sourcePath(QStringLiteral("resources/dnsbl-catalog.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject zen;
    for (const auto& v : json.value(QStringLiteral("lists")).toArray())
        if (v.toObject().value(QStringLiteral("zone")).toString() == QLatin1String("zen.spamhaus.org"))
            zen = v.toObject();
    QVERIFY(!zen.isEmpty());
    zen.insert(QStringLiteral("zone"), QStringLiteral("listed.dnsbl.test"));
    zen.remove(QStringLiteral("dqs"));
    json.insert(QStringLiteral("lists"), QJsonArray{zen});
    const auto catalog = checks::dnsbl::DnsblCatalog::fromJson(QJsonDocument(json).toJson());
    QVERIFY(catalog);

    CheckRequest request;
    request.domain = QStringLiteral("example.test");
    request.resolver = test::nsdConfig();
    dns::LdnsResolver network(request.resolver);
    dns::CachingResolver resolver(network);
    const std::atomic_bool never{false};
    const QList<QHostAddress> ips{QHostAddress(QStringLiteral("203.0.113.5"))};
    const CheckContext ctx{request, resolver, ips, never};
    Report report;
    report.ips = {QStringLiteral("203.0.113.5")};
    report.checks << checks::DnsblCheck(*catalog).run(ctx);
    const CheckResult& r = report.checks.first();
    QCOMPARE(r.status, Status::Fail);

    const char* meaning = "Spamhaus PBL (listed by the ISP): a residential or dynamic range that should not send mail "
                          "directly to other servers.";
    const QString germanMeaning = m_translator.translate("DnsblCatalog", meaning);
    QVERIFY(germanMeaning.startsWith(QString::fromUtf8("Spamhaus PBL (vom Provider eingetragen)")));
    QVERIFY(!r.findings.isEmpty());
    QVERIFY2(r.findings.first().message.contains(germanMeaning), qPrintable(r.findings.first().message));
    QVERIFY2(r.findings.first().fix.startsWith(QString::fromUtf8("Senden Sie über den Smarthost Ihres Providers")),
             qPrintable(r.findings.first().fix));
    QCOMPARE(r.items.first().fields.value(QStringLiteral("meaning")).toString(), QString::fromLatin1(meaning));

    const report::DeliveryAdvice advice = report::adviseDelivery(report);
    QCOMPARE(advice.path, report::DeliveryPath::Relay);
    QStringList reasons;
    for (const auto& reason : advice.reasons)
        reasons << reason.text;
    QVERIFY2(reasons.join(QLatin1Char('|')).contains(germanMeaning.chopped(1)),
             qPrintable(reasons.join(QLatin1Char('|'))));

    // A relay service's note.
    const relay::RelayService* mailgun = relay::RelayServices::builtIn().find(QStringLiteral("mailgun"));
    QVERIFY(mailgun);
    QCOMPARE(mailgun->shownNote(), QString::fromUtf8("Die SMTP-Anmeldung ist eine vollständige Adresse der sendenden "
                                                     "Domain mit dem Passwort, das dafür in Mailgun gesetzt ist."));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
