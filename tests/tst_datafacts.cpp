// The data MailReady tells users facts from (resources/dnsbl-catalog.json, relay-services.json, receiver-rules.json,
// bounce-catalog.json)
// says where each fact was read and when: every entry has a `source` URL and either a `checked` date or, where the
// fact could not be confirmed, `"checked": null` with `unverified` saying why; nothing else passes. The facts that
// shared/docs/data-facts.md (checked 2026-12-02) corrected are pinned here, read through the program's own loaders.
#include "TestDns.h"
#include "checks/ReceiverRules.h"
#include "checks/dnsbl/DnsblCatalog.h"
#include "relay/RelayServices.h"
#include "report/Thresholds.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace mailready;
using namespace mailready::checks::dnsbl;

class TestDataFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEntryHasSourceAndChecked_data();
    void everyEntryHasSourceAndChecked();
    void shapeRuleRejectsTheRest_data();
    void shapeRuleRejectsTheRest();
    void catalogCorrections();
    void keyedLists();
    void relayServiceFacts_data();
    void relayServiceFacts();
    void receiverRulesPerThreshold();
};

// Empty when the entry has one of the two accepted shapes, else what is wrong with it.
static QString provenanceProblem(const QJsonObject& entry)
{
    const QJsonValue source = entry.value(QStringLiteral("source"));
    const QUrl url(source.toString(), QUrl::StrictMode);
    if (!source.isString() || !url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return QStringLiteral("no source URL");
    if (!entry.contains(QStringLiteral("checked")))
        return QStringLiteral("no checked");
    const QJsonValue checked = entry.value(QStringLiteral("checked"));
    const QJsonValue unverified = entry.value(QStringLiteral("unverified"));
    if (checked.isString()) {
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate date = QDate::fromString(checked.toString(), Qt::ISODate);
        if (!iso.match(checked.toString()).hasMatch() || !date.isValid())
            return QStringLiteral("checked is not a YYYY-MM-DD date");
        if (date > QDate(2100, 1, 1) || date < QDate(2024, 1, 1))
            return QStringLiteral("checked is not a plausible date");
        if (entry.contains(QStringLiteral("unverified")))
            return QStringLiteral("checked and unverified at once");
        return {};
    }
    if (checked.isNull())
        return unverified.isString() && !unverified.toString().trimmed().isEmpty()
                   ? QString()
                   : QStringLiteral("checked null without unverified saying why");
    return QStringLiteral("checked is neither a date nor null");
}

static QJsonArray entries(const QString& file, const QString& key)
{
    QFile f(test::sourcePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(key).toArray();
}

void TestDataFacts::everyEntryHasSourceAndChecked_data()
{
    QTest::addColumn<QJsonObject>("entry");
    const QList<std::pair<QString, QString>> files{
        {QStringLiteral("resources/dnsbl-catalog.json"), QStringLiteral("lists")},
        {QStringLiteral("resources/relay-services.json"), QStringLiteral("services")},
        {QStringLiteral("resources/receiver-rules.json"), QStringLiteral("rules")},
        {QStringLiteral("resources/bounce-catalog.json"), QStringLiteral("entries")}};
    for (const auto& [file, key] : files) {
        const QJsonArray list = entries(file, key);
        QVERIFY2(!list.isEmpty(), qPrintable(file));
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("zone")).toString() + o.value(QStringLiteral("id")).toString();
            QTest::newRow(qPrintable(file + QLatin1Char(' ') + name)) << o;
        }
    }
}

void TestDataFacts::everyEntryHasSourceAndChecked()
{
    QFETCH(QJsonObject, entry);
    const QString problem = provenanceProblem(entry);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// The rule itself: only the two shapes pass.
void TestDataFacts::shapeRuleRejectsTheRest_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("source and a date") << QByteArray(R"({"source":"https://example.org/a","checked":"2026-12-02"})")
                                       << true;
    QTest::newRow("null with why")
        << QByteArray(R"({"source":"https://example.org/a","checked":null,"unverified":"page gone"})") << true;
    QTest::newRow("no source") << QByteArray(R"({"checked":"2026-12-02"})") << false;
    QTest::newRow("source not a URL") << QByteArray(R"({"source":"spamhaus docs","checked":"2026-12-02"})") << false;
    QTest::newRow("no checked") << QByteArray(R"({"source":"https://example.org/a"})") << false;
    QTest::newRow("null without why") << QByteArray(R"({"source":"https://example.org/a","checked":null})") << false;
    QTest::newRow("null with an empty why")
        << QByteArray(R"({"source":"https://example.org/a","checked":null,"unverified":" "})") << false;
    QTest::newRow("a date that is not one")
        << QByteArray(R"({"source":"https://example.org/a","checked":"2026-13-02"})") << false;
    QTest::newRow("a date and a doubt")
        << QByteArray(R"({"source":"https://example.org/a","checked":"2026-12-02","unverified":"x"})") << false;
    QTest::newRow("checked true") << QByteArray(R"({"source":"https://example.org/a","checked":true})") << false;
}

void TestDataFacts::shapeRuleRejectsTheRest()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    QCOMPARE(provenanceProblem(QJsonDocument::fromJson(json).object()).isEmpty(), accepted);
}

void TestDataFacts::catalogCorrections()
{
    const DnsblCatalog& c = DnsblCatalog::builtIn();
    // Spamhaus zones page: 127.0.0.30 is the BCL; DBL 127.0.1.2 is a low-reputation domain.
    const DnsblList* zen = c.find(QStringLiteral("zen.spamhaus.org"));
    QVERIFY(zen && zen->code(QStringLiteral("127.0.0.30")));
    QVERIFY(zen->code(QStringLiteral("127.0.0.30"))->meaning.contains(QStringLiteral("BCL")));
    QVERIFY(c.find(QStringLiteral("dbl.spamhaus.org"))
                ->code(QStringLiteral("127.0.1.2"))
                ->meaning.contains(QStringLiteral("low-reputation domain")));
    // mailspike.org/usage.html: bl.mailspike.net answers .2 and .10-.12 only; delisting at mailspike.io/ip_verify.
    const DnsblList* mailspike = c.find(QStringLiteral("bl.mailspike.net"));
    QVERIFY(mailspike->code(QStringLiteral("127.0.0.2")) && mailspike->code(QStringLiteral("127.0.0.12")));
    QVERIFY(!mailspike->code(QStringLiteral("127.0.0.13")) && !mailspike->code(QStringLiteral("127.0.0.14")));
    QCOMPARE(mailspike->delist, QStringLiteral("https://mailspike.io/ip_verify"));
    // s5h.net: IPv4 and IPv6, single hosts (not informational), removal at usenix.org.uk/content/rblremove.
    const DnsblList* s5h = c.find(QStringLiteral("all.s5h.net"));
    QVERIFY(s5h->ipv4 && s5h->ipv6 && !s5h->informational);
    QCOMPARE(s5h->delist, QStringLiteral("https://www.usenix.org.uk/content/rblremove"));
    // DNSWL: 127.0.0.255 is an error, never a listing; the list is never queried.
    const DnsblList* dnswl = c.find(QStringLiteral("list.dnswl.org"));
    QCOMPARE(dnswl->state, DnsblList::State::Allowlist);
    QVERIFY(dnswl->code(QStringLiteral("127.0.0.255")) && dnswl->code(QStringLiteral("127.0.0.255"))->error);
    // SenderScore: registration only, 127.255.255.255 for unregistered resolvers.
    const DnsblList* senderscore = c.find(QStringLiteral("bl.score.senderscore.com"));
    QVERIFY(senderscore->registration && senderscore->code(QStringLiteral("127.255.255.255"))->error);
    QVERIFY(c.find(QStringLiteral("ips.backscatterer.org"))->informational);
    // Dead and wildcarding lists: known, never queried.
    for (const char* zone :
         {"ix.dnsbl.manitu.net", "rbl.lugh.ch", "dnsbl.madavi.de", "bl.emailbasura.org", "bl.spamcannibal.org",
          "dnsbl.ahbl.org", "dnsbl.njabl.org", "list.dsbl.org", "rbl.megarbl.net", "all.rbl.webiron.net",
          "bsb.spamlookup.net", "dnsbl.sorbs.net", "dnsbl.inps.de", "ubl.unsubscore.com"}) {
        const DnsblList* l = c.find(QLatin1String(zone));
        QVERIFY2(l && l->state == DnsblList::State::Dead, zone);
        for (const DnsblTarget& t : selectTargetsWithKeys(c, {}, ListKeys{}))
            QVERIFY2(t.list.zone != QLatin1String(zone), zone);
    }
    for (const char* zone :
         {"bl.spameatingmonkey.net", "bl.ipv6.spameatingmonkey.net", "bip.virusfree.cz", "bl.blocklist.de"})
        QVERIFY2(c.find(QLatin1String(zone)) && c.find(QLatin1String(zone))->state == DnsblList::State::Active, zone);
}

// Keyed lists: queried as KEY.<zone> with their own key, masked in the name shown; a required key that is missing
// means the list is not queried.
void TestDataFacts::keyedLists()
{
    const DnsblCatalog& c = DnsblCatalog::builtIn();
    const QString abusix = QStringLiteral("abusixkey0123"), rats = QStringLiteral("ratskey-0123"),
                  dqs = QStringLiteral("dqskey0123456");
    QHash<QString, DnsblTarget> byZone;
    for (const DnsblTarget& t : selectTargetsWithKeys(c, {},
                                                      ListKeys{{QStringLiteral("abusix"), abusix},
                                                               {QStringLiteral("spamrats"), rats},
                                                               {QStringLiteral("spamhaus-dqs"), dqs}}))
        byZone.insert(t.list.zone, t);
    QCOMPARE(byZone.value(QStringLiteral("combined.mail.abusix.zone")).queryZone,
             abusix + QStringLiteral(".combined.mail.abusix.zone"));
    QCOMPARE(byZone.value(QStringLiteral("combined.mail.abusix.zone")).shownZone,
             maskedDqsKey() + QStringLiteral(".combined.mail.abusix.zone"));
    QCOMPARE(byZone.value(QStringLiteral("spam.spamrats.com")).queryZone, rats + QStringLiteral(".spam.spamrats.com"));
    QCOMPARE(byZone.value(QStringLiteral("zrd.dq.spamhaus.net")).queryZone,
             dqs + QStringLiteral(".zrd.dq.spamhaus.net"));
    QCOMPARE(byZone.value(QStringLiteral("authbl.dq.spamhaus.net")).queryZone,
             dqs + QStringLiteral(".authbl.dq.spamhaus.net"));
    for (const DnsblTarget& t : std::as_const(byZone))
        QVERIFY2(!t.shownZone.contains(abusix) && !t.shownZone.contains(rats) && !t.shownZone.contains(dqs),
                 qPrintable(t.shownZone));

    // Without keys: Abusix, ZRD and AuthBL are not queried; SpamRATS still is, keyless.
    QHash<QString, DnsblTarget> keyless;
    for (const DnsblTarget& t : selectTargetsWithKeys(c, {}, ListKeys{}))
        keyless.insert(t.list.zone, t);
    for (const char* zone : {"combined.mail.abusix.zone", "zrd.dq.spamhaus.net", "authbl.dq.spamhaus.net"})
        QVERIFY2(keyless.value(QLatin1String(zone)).missingKey, zone);
    QVERIFY(!keyless.value(QStringLiteral("dyna.spamrats.com")).missingKey);
    QCOMPARE(keyless.value(QStringLiteral("dyna.spamrats.com")).queryZone, QStringLiteral("dyna.spamrats.com"));

    QVERIFY(isValidListKey(rats) && isValidListKey(abusix));
    QVERIFY(!isValidListKey(QStringLiteral("a.b-c-d-e")) && !isValidListKey(QStringLiteral("-abcdefgh")) &&
            !isValidListKey(QStringLiteral("short")));
}

void TestDataFacts::relayServiceFacts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("ownEnvelope");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("login");
    QTest::newRow("Postmark: pm.mtasv.net") << "postmark" << true << 587 << "api-key";
    QTest::newRow("SMTP2GO: return-path CNAME, no root SPF since 2019")
        << "smtp2go" << true << 587 << "smtp-credentials";
    QTest::newRow("Amazon SES: amazonses.com unless custom MAIL FROM")
        << "amazon-ses" << true << 587 << "smtp-credentials";
    QTest::newRow("SendGrid: Automated Security") << "sendgrid" << true << 587 << "api-key";
    QTest::newRow("Brevo: shared addresses") << "brevo" << true << 587 << "smtp-key";
    QTest::newRow("SparkPost: SMTP_Injection") << "sparkpost" << true << 587 << "api-key";
    QTest::newRow("Mailgun: customer's domain") << "mailgun" << false << 587 << "smtp-credentials";
    QTest::newRow("Mailjet") << "mailjet" << false << 587 << "api-key";
    QTest::newRow("Fastmail documents 465") << "fastmail" << false << 465 << "app-password";
    QTest::newRow("Google Workspace") << "google-workspace" << false << 587 << "app-password";
    QTest::newRow("Microsoft 365: OAuth after December 2026") << "microsoft-365" << false << 587 << "oauth";
    QTest::newRow("Migadu") << "migadu" << false << 465 << "password";
    QTest::newRow("Proton: SMTP token") << "proton" << false << 587 << "smtp-token";
}

void TestDataFacts::relayServiceFacts()
{
    QFETCH(QString, id);
    QFETCH(bool, ownEnvelope);
    QFETCH(int, port);
    QFETCH(QString, login);
    const relay::RelayService* s = relay::RelayServices::builtIn().find(id);
    QVERIFY(s);
    QCOMPARE(s->ownEnvelope, ownEnvelope);
    QCOMPARE(s->port, port);
    QCOMPARE(s->login, login);
    QVERIFY(!s->publishes.isEmpty());
    QVERIFY(!s->source.isEmpty());
    if (!ownEnvelope)
        QVERIFY(!s->spfInclude.isEmpty()); // the root include rule stays for them
    if (id == QLatin1String("microsoft-365"))
        QVERIFY(s->note.contains(QStringLiteral("December 2026")) && s->note.contains(QStringLiteral("MC786329")));
    if (id == QLatin1String("postmark")) {
        QCOMPARE(s->returnPathLabel, QStringLiteral("pm-bounces"));
        QCOMPARE(s->returnPathTarget, QStringLiteral("pm.mtasv.net"));
    }
}

// Every threshold states who requires it through rules with a source; the corrected rules say what data-facts.md says.
void TestDataFacts::receiverRulesPerThreshold()
{
    for (const report::Threshold& t : report::thresholds()) {
        QVERIFY2(!t.rules.isEmpty(), qPrintable(t.key));
        for (const checks::ReceiverRule& r : t.rules)
            QVERIFY2(r.source.startsWith(QLatin1String("https://")), qPrintable(r.id));
    }
    const checks::ReceiverRules& rules = checks::ReceiverRules::builtIn();
    QVERIFY(rules.find(QStringLiteral("gmail-ptr"))->text.contains(QStringLiteral("IPv4 and IPv6")));
    QVERIFY(rules.find(QStringLiteral("gmail-bulk"))->text.contains(QStringLiteral("SPF or DKIM, either one")));
    QVERIFY(rules.find(QStringLiteral("yahoo-bulk"))->text.contains(QStringLiteral("no number")));
    QVERIFY(!rules.find(QStringLiteral("blocklists"))->text.contains(QStringLiteral("Every receiver")));
    for (const checks::ReceiverRule& r : rules.rules())
        QVERIFY2(!r.text.contains(QStringLiteral("DKIM with alignment")) &&
                     !r.text.contains(QStringLiteral("outright")),
                 qPrintable(r.id));
}

QTEST_GUILESS_MAIN(TestDataFacts)
#include "tst_datafacts.moc"
