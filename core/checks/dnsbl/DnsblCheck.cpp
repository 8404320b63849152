#include "DnsblCheck.h"

#include "checks/Wording.h"

#include "CatalogTexts.h"
#include "DnsblVerdict.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace mailready::checks {

using namespace dnsbl;

namespace {

using HealthMap = std::map<std::pair<qsizetype, int>, Health>; // (target, family) -> health

bool listCovers(const DnsblList& list, Family family)
{
    switch (family) {
    case Family::Ipv4:
        return list.ipv4;
    case Family::Ipv6:
        return list.ipv6;
    case Family::Domain:
        return list.domain;
    }
    return false;
}

QString firstUrl(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("https?://[^\\s\"<>]+"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

bool isQueried(const DnsblTarget& target)
{
    return target.list.state == DnsblList::State::Active && !target.missingKey;
}

// Every probe's health, by zone and family (RFC 5782 section 5).
HealthMap probeHealth(const DnsblFacts& facts)
{
    HealthMap health;
    for (const DnsblProbe& p : facts.probes) {
        const DnsblList& list = facts.targets[p.target].list;
        health[std::make_pair(p.target, static_cast<int>(p.family))] =
            judgeHealth(readAnswer(p.mustList, list), readAnswer(p.mustNotList, list), p.family);
    }
    return health;
}

// The health of a lookup's zone in its family; without a probe, that of a list that cannot be trusted.
Health healthOf(const DnsblFacts& facts, const HealthMap& health, const DnsblLookup& l)
{
    const auto h = health.find(std::make_pair(l.target, static_cast<int>(facts.subjects[l.subject].family)));
    return h == health.end() ? Health{} : h->second;
}

Verdict verdictOf(const DnsblFacts& facts, const HealthMap& health, const DnsblLookup& l, const Reading& reading)
{
    return dnsbl::judge(reading, healthOf(facts, health, l), facts.targets[l.target].list);
}

// What the judge works out on its way: the verdict of every lookup, what each zone showed, the counts.
struct Judging
{
    const DnsblFacts& facts;
    CheckResult& result;
    HealthMap health;
    QList<ZoneObservation> observations;
    QList<Reading> readings; // per lookup
    QList<Verdict> verdicts; // per lookup
    QStringList txts;        // per lookup: its TXT strings joined
    QHash<QString, int> listedOn, infoListedOn, zonesFor;
    int unknownCount = 0, failedQueries = 0;
    QList<qsizetype> targetsWithUnknown;
    QHash<qsizetype, QString> unknownReason;
    QSet<qsizetype> unansweredTargets; // their first unknown lookup got no answer at all
    QList<DnsblRow> rows;

    // No key may ever reach a report: every name shown goes through this.
    QString mask(QString text) const
    {
        for (const QString& k : facts.keys)
            if (!k.isEmpty())
                text.replace(k, maskedDqsKey(), Qt::CaseInsensitive);
        return text;
    }
    // Bytes from DNS (a TXT string) are rewritten only when they hold a key, so other bytes stay as they came.
    QByteArray maskBytes(const QByteArray& bytes) const
    {
        const QString text = QString::fromUtf8(bytes);
        const QString masked = mask(text);
        return masked == text ? bytes : masked.toUtf8();
    }
    bool anyKey() const
    {
        return std::any_of(facts.keys.begin(), facts.keys.end(), [](const QString& k) { return !k.isEmpty(); });
    }
    void addEvidence(const dns::Answer& answer)
    {
        dns::Answer e = answer;
        if (anyKey()) {
            e.name = mask(e.name);
            for (QString& n : e.cnameChain)
                n = mask(n);
            e.server = mask(e.server);
            e.error = mask(e.error);
            // The records too: their owner is the query name, and a list's TXT may name it.
            for (dns::Record& r : e.records) {
                r.owner = mask(r.owner);
                r.target = mask(r.target);
                r.txt = maskBytes(r.txt);
                for (QByteArray& t : r.txtStrings)
                    t = maskBytes(t);
            }
        }
        result.evidence.append(e);
    }
};

} // namespace

// The answers as they were asked: a zone's two probes of a family before its first lookup of that family, then
// the TXT answers of the listings.
static void addAllEvidence(Judging& j)
{
    const DnsblFacts& facts = j.facts;
    QList<bool> shown(facts.probes.size(), false);
    for (const DnsblLookup& l : facts.lookups) {
        for (qsizetype p = 0; p < facts.probes.size(); ++p) {
            const DnsblProbe& probe = facts.probes[p];
            if (shown[p] || probe.target != l.target || probe.family != facts.subjects[l.subject].family)
                continue;
            shown[p] = true;
            j.addEvidence(probe.mustList);
            j.addEvidence(probe.mustNotList);
        }
        j.addEvidence(l.answer);
    }
    for (qsizetype p = 0; p < facts.probes.size(); ++p)
        if (!shown[p]) {
            j.addEvidence(facts.probes[p].mustList);
            j.addEvidence(facts.probes[p].mustNotList);
        }
    for (const DnsblLookup& l : facts.lookups)
        if (l.txt)
            j.addEvidence(*l.txt);
}

// The health of every zone, the verdict of every lookup, and what each zone showed for the resolver diagnosis.
static void readAnswers(Judging& j)
{
    const DnsblFacts& facts = j.facts;
    j.health = probeHealth(facts);
    j.observations.resize(facts.targets.size());
    for (const auto& [key, h] : j.health) {
        ZoneObservation& o = j.observations[key.first];
        o.zone = facts.targets[key.first].shownZone;
        o.errorCodes += h.errorCodes;
        // A zone unhealthy in one family is unhealthy; unreachable only counts when nothing worse was seen.
        if (o.health.state != Health::State::Unhealthy &&
            (h.state == Health::State::Unhealthy || o.health.reason.isEmpty()))
            o.health = h;
    }
    for (const DnsblLookup& l : facts.lookups) {
        const Reading reading = readAnswer(l.answer, facts.targets[l.target].list);
        j.readings << reading;
        j.verdicts << verdictOf(facts, j.health, l, reading);
        ZoneObservation& o = j.observations[l.target];
        if (reading.kind == Reading::Kind::ErrorCode)
            for (const QString& c : reading.codes)
                if (c.startsWith(QLatin1String("127.255.255.")) && !o.errorCodes.contains(c))
                    o.errorCodes << c;
        if (reading.kind == Reading::Kind::Outside127)
            o.rewritten = true;
        QStringList texts;
        if (l.txt)
            for (const QByteArray& t : l.txt->texts())
                texts << QString::fromUtf8(t);
        j.txts << texts.join(QLatin1Char(' '));
    }
}

static DnsblUnknownWhy unknownWhy(const Reading& reading, const Health& health)
{
    switch (reading.kind) {
    case Reading::Kind::ErrorCode:
        return DnsblUnknownWhy::Refused;
    case Reading::Kind::Outside127:
        return DnsblUnknownWhy::Rewritten;
    case Reading::Kind::Failed:
        return DnsblUnknownWhy::NoAnswer;
    case Reading::Kind::NotListed:
    case Reading::Kind::Listed:
        break;
    }
    return health.state == Health::State::Unreachable ? DnsblUnknownWhy::NoAnswer : DnsblUnknownWhy::Unhealthy;
}

static void judgeListed(Judging& j, qsizetype i, const QString& delist, CheckItem& item, DnsblRow& row)
{
    const DnsblLookup& l = j.facts.lookups[i];
    const DnsblTarget& target = j.facts.targets[l.target];
    const QString& subject = j.facts.subjects[l.subject].text;
    Verdict& v = j.verdicts[i];
    const QString& txt = j.txts[i];
    const QString codes = v.codes.join(QStringLiteral(", "));
    if (v.meaning.isEmpty())
        v.meaning = v.shownMeaning =
            txt.isEmpty() ? DnsblCheck::tr("Listed on %1 (%2); the list gives no reason.").arg(target.list.name, codes)
                          : j.mask(txt);
    item.fields.insert(QStringLiteral("meaning"), v.meaning);
    item.status = v.informational ? Status::Warn : Status::Fail;
    item.detail = DnsblCheck::tr("%1 is listed on %2 (%3)").arg(subject, target.shownZone, codes);
    (v.informational ? j.infoListedOn : j.listedOn)[subject] += 1;
    QString message = DnsblCheck::tr("%1 is listed on %2 (%3, answer %4): %5")
                          .arg(subject, target.list.name, target.shownZone, codes, v.shownMeaning);
    if (v.informational)
        message += DnsblCheck::tr(" Few receivers refuse mail over this list (it names whole networks, or something "
                                  "that is no reason to refuse delivery), so it is a warning, not a failure.");
    QString fix =
        v.fix.isEmpty() ? DnsblCheck::tr("Find and stop what sent unwanted mail from %1.").arg(subject) : v.fix;
    if (!delist.isEmpty())
        fix += DnsblCheck::tr(" Removal: %1").arg(delist);
    if (!target.list.source.isEmpty() && target.list.code(v.codes.value(0)))
        fix += DnsblCheck::tr(" (What the answer means: %1)").arg(target.list.source);
    // The list's own advice is the step; the removal page and the list's documentation stay on the card.
    j.result.addFinding(v.informational ? Severity::Warning : Severity::Error, message, fix,
                        v.fix.isEmpty() ? DnsblCheck::tr("Find and stop what sent unwanted mail from %1.").arg(subject)
                                        : v.fix);
    row.meaning = v.shownMeaning;
}

static void judgeUnknown(Judging& j, qsizetype i, CheckItem& item, DnsblRow& row)
{
    const DnsblLookup& l = j.facts.lookups[i];
    const DnsblTarget& target = j.facts.targets[l.target];
    const DnsblSubject& subject = j.facts.subjects[l.subject];
    const Verdict& v = j.verdicts[i];
    item.status = Status::Unknown;
    item.detail = DnsblCheck::tr("%1 on %2 could not be verified: %3").arg(subject.text, target.shownZone, v.reason);
    if (!v.meaning.isEmpty())
        item.fields.insert(QStringLiteral("meaning"), v.meaning);
    item.fields.insert(QStringLiteral("reason"), v.reason);
    ++j.unknownCount;
    if (l.answer.isTemporaryFailure())
        ++j.failedQueries;
    if (!j.targetsWithUnknown.contains(l.target)) {
        j.targetsWithUnknown << l.target;
        j.unknownReason.insert(l.target, v.reason);
        if (v.unanswered)
            j.unansweredTargets.insert(l.target);
    }
    row.why = unknownWhy(j.readings[i], healthOf(j.facts, j.health, l));
    row.meaning = v.shownMeaning;
    row.reason = v.reason;
}

// One item (and one row) per lookup: a subject on a zone.
static void judgeLookup(Judging& j, qsizetype i)
{
    const DnsblLookup& l = j.facts.lookups[i];
    const DnsblTarget& target = j.facts.targets[l.target];
    const DnsblSubject& subject = j.facts.subjects[l.subject];
    const Verdict& v = j.verdicts[i];
    const QString& txt = j.txts[i];
    j.zonesFor[subject.text] += 1;
    CheckItem item;
    item.subject = QStringLiteral("%1 @ %2").arg(subject.text, target.shownZone);
    item.fields.insert(subject.family == Family::Domain ? QStringLiteral("domain") : QStringLiteral("ip"),
                       subject.text);
    item.fields.insert(QStringLiteral("zone"), target.shownZone);
    item.fields.insert(QStringLiteral("list"), target.list.name);
    item.fields.insert(QStringLiteral("codes"), QJsonArray::fromStringList(v.codes));
    const QString delist = target.list.delist.isEmpty() ? firstUrl(txt) : target.list.delist;
    if (!delist.isEmpty())
        item.fields.insert(QStringLiteral("delist"), delist);
    if (target.list.informational)
        item.fields.insert(QStringLiteral("informational"), true);
    if (!target.list.source.isEmpty())
        item.fields.insert(QStringLiteral("source"), target.list.source);
    if (!txt.isEmpty())
        item.fields.insert(QStringLiteral("txt"), j.mask(txt));

    DnsblRow row{target.list.name,
                 target.shownZone,
                 subject.text,
                 Status::Unknown,
                 v.codes,
                 {},
                 target.list.delist,
                 target.list.source,
                 target.list.informational,
                 DnsblUnknownWhy::None,
                 {},
                 txt.isEmpty() ? QString() : j.mask(txt)};
    switch (v.kind) {
    case Verdict::Kind::Clean:
        item.status = Status::Pass;
        item.detail = DnsblCheck::tr("%1 is not listed on %2").arg(subject.text, target.shownZone);
        break;
    case Verdict::Kind::Listed:
        judgeListed(j, i, delist, item, row);
        break;
    case Verdict::Kind::Unknown:
        judgeUnknown(j, i, item, row);
        break;
    }
    row.status = item.status;
    j.rows << row;
    j.result.items << item;
}

// Lists that answer only with a key nobody gave: named once, with the option that gives it.
static void judgeKeyless(Judging& j)
{
    QStringList keyless;
    for (const DnsblTarget& target : j.facts.targets) {
        if (!target.missingKey || target.list.state != DnsblList::State::Active)
            continue;
        keyless << forAudience(QStringLiteral("%1 (--%2-key)").arg(target.list.name, target.list.keySetting),
                               target.list.name);
        const QString why =
            forAudience(DnsblCheck::tr("%1 answers only with a key (--%2-key)"),
                        DnsblCheck::tr("%1 answers only with a key: enter it above under Keys for blocklists"))
                .arg(target.list.name, target.list.keySetting);
        for (const DnsblSubject& s : j.facts.subjects)
            if (listCovers(target.list, s.family))
                j.rows << DnsblRow{target.list.name,
                                   target.shownZone,
                                   s.text,
                                   Status::Unknown,
                                   {},
                                   {},
                                   target.list.delist,
                                   target.list.source,
                                   target.list.informational,
                                   DnsblUnknownWhy::NeedsKey,
                                   why,
                                   {}};
    }
    if (!keyless.isEmpty())
        j.result.addFinding(Severity::Info,
                            DnsblCheck::tr("Not queried, since they answer only with a key: %1.")
                                .arg(keyless.join(QStringLiteral(", "))),
                            forAudience(DnsblCheck::tr("The keys are free for low volumes from each list's "
                                                       "operator; give them with the option named, or in the "
                                                       "wizard's blocklist keys. They are masked in every report."),
                                        DnsblCheck::tr("The keys are free for low volumes from each list's "
                                                       "operator; enter them on this page under Keys for "
                                                       "blocklists. They are never saved and are masked in every "
                                                       "report.")));
}

// Zones given with --dnsbl that are dead or allowlists: known, never queried, never red.
static void judgeInactive(Judging& j)
{
    for (const DnsblTarget& target : j.facts.targets) {
        if (target.list.state == DnsblList::State::Active)
            continue;
        CheckItem item;
        item.subject = target.shownZone;
        item.status = Status::Skipped;
        item.detail = catalogText(target.list.why);
        item.fields.insert(QStringLiteral("zone"), target.shownZone);
        item.fields.insert(QStringLiteral("list"), target.list.name);
        j.result.items << item;
        j.rows << DnsblRow{target.list.name,
                           target.shownZone,
                           {},
                           Status::Skipped,
                           {},
                           {},
                           target.list.delist,
                           target.list.source,
                           target.list.informational,
                           DnsblUnknownWhy::NotQueried,
                           item.detail,
                           {}};
        j.result.addFinding(Severity::Info, DnsblCheck::tr("%1 was not queried: %2").arg(target.shownZone, item.detail),
                            DnsblCheck::tr("Leave %1 out of --dnsbl.").arg(target.shownZone));
    }
}

static QString unknownFix(const Judging& j, const DnsblTarget& target)
{
    if (target.list.registration)
        return DnsblCheck::tr("%1 answers only resolvers registered with its operator: register the public "
                              "address your resolver queries from with the operator of %2, or query through "
                              "a registered resolver.")
            .arg(target.list.name, target.shownZone);
    if (j.facts.zonesGiven)
        return DnsblCheck::tr("If this persists through a local recursive resolver, the list is broken or "
                              "gone: leave %1 out of --dnsbl.")
            .arg(target.shownZone);
    return DnsblCheck::tr("Run the check again later or through a local recursive resolver; if it "
                          "persists, the list itself is broken and its results can be ignored.");
}

// One diagnosis for the resolver, instead of one complaint per zone, when it is the cause.
static void judgeResolver(Judging& j)
{
    QList<ZoneObservation> observed;
    for (const ZoneObservation& o : std::as_const(j.observations))
        if (!o.zone.isEmpty())
            observed << o;
    const Diagnosis diagnosis = diagnose(observed, !j.facts.keys.value(QStringLiteral("spamhaus-dqs")).isEmpty());
    if (diagnosis.fires) {
        j.result.addFinding(Severity::Warning, diagnosis.message, diagnosis.fix);
        j.result.fields.insert(QStringLiteral("resolver_diagnosis"), diagnosis.message);
    } else {
        for (const qsizetype t : std::as_const(j.targetsWithUnknown)) {
            if (j.unansweredTargets.contains(t))
                continue; // counted in the finding about unanswered queries below
            const DnsblTarget& target = j.facts.targets[t];
            j.result.addFinding(
                Severity::Warning,
                DnsblCheck::tr("Results from %1 are unknown: %2.").arg(target.shownZone, j.unknownReason.value(t)),
                unknownFix(j, target),
                DnsblCheck::tr("Check %1 again later, or through a local recursive resolver.").arg(target.shownZone));
        }
    }
    if (j.failedQueries > 0)
        j.result.addFinding(Severity::Warning,
                            DnsblCheck::tr("%n blocklist queries got no answer (timeout, SERVFAIL or refused), so "
                                           "those results are unknown, not clean.",
                                           nullptr, j.failedQueries),
                            forAudience(DnsblCheck::tr("Check that the nameserver in use answers (or give one with "
                                                       "--nameserver), then run the check again."),
                                        DnsblCheck::tr("Check that the nameserver in use answers (or enter one "
                                                       "under Advanced on the first page), then check again.")));
}

// The lists a lookup was sent to: a list in use that covers none of the subjects' families was not asked.
static int askedZones(const DnsblFacts& facts)
{
    QSet<qsizetype> asked;
    for (const DnsblLookup& l : facts.lookups)
        asked.insert(l.target);
    return int(asked.size());
}

// Why not one list was asked: none in use, or none of those covers IPv6 (the subjects' only family).
static QString notAsked(const DnsblFacts& facts)
{
    const int inUse = int(std::count_if(facts.targets.begin(), facts.targets.end(), isQueried));
    const bool ipv6 = std::any_of(facts.subjects.begin(), facts.subjects.end(),
                                  [](const DnsblSubject& s) { return s.family == Family::Ipv6; });
    if (inUse == 0 || !ipv6)
        return DnsblCheck::tr("No blocklist to query");
    // English picks singular or plural here; a translation gets %n and its own plural forms.
    return inUse == 1
               ? DnsblCheck::tr("No blocklist was asked: the one list in use does not cover IPv6")
               : DnsblCheck::tr("No blocklist was asked: none of the %n lists in use covers IPv6", nullptr, inUse);
}

// Subjects that no list was asked about, beside others that were: an IPv6 address when only IPv4 lists are in use.
static void judgeUncovered(Judging& j)
{
    if (j.facts.lookups.isEmpty())
        return; // the summary says it
    for (qsizetype s = 0; s < j.facts.subjects.size(); ++s) {
        const DnsblSubject& subject = j.facts.subjects[s];
        if (subject.family != Family::Ipv6)
            continue;
        const bool asked = std::any_of(j.facts.lookups.begin(), j.facts.lookups.end(),
                                       [s](const DnsblLookup& l) { return l.subject == s; });
        if (!asked)
            j.result.addFinding(Severity::Info,
                                DnsblCheck::tr("%1 was not asked on any blocklist: none of the lists in use covers "
                                               "IPv6.")
                                    .arg(subject.text));
    }
}

// No listing, but `unknown` of `lookups` lookups on `zones` lists unverified: English says one list and one lookup
// in the singular (a translation has the same three sentences).
static QString unverified(int unknown, int lookups, int zones)
{
    if (lookups == 1)
        return DnsblCheck::tr("No listing found, but the lookup on the one blocklist queried could not be verified");
    if (zones == 1)
        return DnsblCheck::tr("No listing found, but %1 of %2 lookups on the one blocklist queried could not be "
                              "verified")
            .arg(unknown)
            .arg(lookups);
    return DnsblCheck::tr("No listing found, but %1 of %2 lookups on %3 blocklists could not be verified")
        .arg(unknown)
        .arg(lookups)
        .arg(zones);
}

static QString summary(const Judging& j)
{
    QStringList parts;
    for (const DnsblSubject& s : j.facts.subjects) {
        const int n = j.listedOn.value(s.text), k = j.infoListedOn.value(s.text);
        if (n == 0 && k == 0)
            continue;
        // English picks singular or plural here; a translation gets %n and its own plural forms.
        const QString text =
            k == 0 ? DnsblCheck::tr("%1 is listed on %2 of %3 blocklists")
            : k == 1
                ? DnsblCheck::tr("%1 is listed on %2 of %3 blocklists (and on %n informational list)", nullptr, k)
                : DnsblCheck::tr("%1 is listed on %2 of %3 blocklists (and on %n informational lists)", nullptr, k);
        parts << text.arg(s.text, QString::number(n), QString::number(j.zonesFor.value(s.text)));
    }
    const int unknown = j.unknownCount;
    const int activeZones = askedZones(j.facts);
    if (!parts.isEmpty()) {
        const QString listed = parts.join(QStringLiteral("; "));
        if (unknown == 0)
            return listed;
        return (unknown == 1 ? DnsblCheck::tr("%1; %n lookup could not be verified", nullptr, unknown)
                             : DnsblCheck::tr("%1; %n lookups could not be verified", nullptr, unknown))
            .arg(listed);
    }
    if (activeZones == 0)
        return notAsked(j.facts);
    if (unknown > 0)
        return unverified(unknown, int(j.facts.lookups.size()), activeZones);
    return activeZones == 1 ? DnsblCheck::tr("Not listed on the one blocklist queried")
                            : DnsblCheck::tr("Not listed on any of %n blocklists", nullptr, activeZones);
}

CheckResult DnsblCheck::run(const CheckContext& ctx)
{
    std::optional<DnsblCatalog> loaded;
    if (!m_catalog && !ctx.request.dnsblCatalogFile.isEmpty()) {
        DnsblFacts unusable;
        loaded = DnsblCatalog::fromFile(ctx.request.dnsblCatalogFile, &unusable.catalogError);
        if (!loaded)
            return judge(unusable);
    }
    const DnsblCatalog& catalog = m_catalog ? *m_catalog : loaded ? *loaded : DnsblCatalog::builtIn();
    const ListKeys keys{{QStringLiteral("spamhaus-dqs"), ctx.request.spamhausDqsKey},
                        {QStringLiteral("abusix"), ctx.request.abusixKey},
                        {QStringLiteral("spamrats"), ctx.request.spamratsKey}};
    return judge(gather(ctx.resolver, ctx.sendingIps, {ctx.request.domain, ctx.request.hostname}, catalog,
                        ctx.request.dnsblZones, keys,
                        [&ctx](int done, int total) { ctx.reportProgress(done, total); }));
}

static QList<DnsblSubject> subjectsOf(const QList<QHostAddress>& addresses, const QStringList& names)
{
    QList<DnsblSubject> subjects;
    for (const QHostAddress& ip : addresses) {
        const Family f = familyOf(ip);
        subjects << DnsblSubject{dns::addressText(ip), f, queryLabel(ip, f)};
    }
    for (const QString& name : names) {
        const QString n = dns::displayName(name.toLower());
        bool seen = n.isEmpty();
        for (const DnsblSubject& s : std::as_const(subjects))
            seen = seen || (s.family == Family::Domain && s.text == n);
        if (!seen)
            subjects << DnsblSubject{n, Family::Domain, n};
    }
    return subjects;
}

// Round one: every health query and every lookup of every zone, all at once.
static void askLookups(dns::Resolver& resolver, DnsblFacts& facts, const std::function<void(int, int)>& progress)
{
    QList<dns::Question> questions;
    auto ask = [&questions](const QString& label, const QString& zone) {
        questions << dns::Question{label + QLatin1Char('.') + zone + QLatin1Char('.'), dns::RRType::A};
        return questions.size() - 1;
    };
    std::map<std::pair<qsizetype, int>, qsizetype> probeAt; // (target, family) -> index in facts.probes
    QList<qsizetype> probeQuestion, lookupQuestion;         // the first of the two probe questions; the lookup's
    for (qsizetype t = 0; t < facts.targets.size(); ++t) {
        if (!isQueried(facts.targets[t]))
            continue;
        const DnsblTarget& target = facts.targets[t];
        for (qsizetype s = 0; s < facts.subjects.size(); ++s) {
            const Family f = facts.subjects[s].family;
            if (!listCovers(target.list, f))
                continue;
            if (probeAt.emplace(std::make_pair(t, static_cast<int>(f)), facts.probes.size()).second) {
                facts.probes << DnsblProbe{t, f, {}, {}};
                probeQuestion << ask(mustListLabel(f), target.queryZone);
                ask(mustNotListLabel(f), target.queryZone);
            }
            facts.lookups << DnsblLookup{t, s, {}, std::nullopt};
            lookupQuestion << ask(facts.subjects[s].label, target.queryZone);
        }
    }
    const QList<dns::Answer> answers = dns::queryAll(resolver, questions, progress);
    for (qsizetype p = 0; p < facts.probes.size(); ++p) {
        facts.probes[p].mustList = answers[probeQuestion[p]];
        facts.probes[p].mustNotList = answers[probeQuestion[p] + 1];
    }
    for (qsizetype l = 0; l < facts.lookups.size(); ++l)
        facts.lookups[l].answer = answers[lookupQuestion[l]];
}

// Round two, only for listings on lists whose probes passed: the TXT record at the same name says why.
static void askTxt(dns::Resolver& resolver, DnsblFacts& facts)
{
    const HealthMap health = probeHealth(facts);
    QList<dns::Question> questions;
    QList<qsizetype> askedFor;
    for (qsizetype i = 0; i < facts.lookups.size(); ++i) {
        const DnsblLookup& l = facts.lookups[i];
        const Reading reading = readAnswer(l.answer, facts.targets[l.target].list);
        if (verdictOf(facts, health, l, reading).kind != Verdict::Kind::Listed)
            continue;
        questions << dns::Question{l.answer.name, dns::RRType::TXT};
        askedFor << i;
    }
    const QList<dns::Answer> answers = dns::queryAll(resolver, questions);
    for (qsizetype q = 0; q < askedFor.size(); ++q)
        facts.lookups[askedFor[q]].txt = answers[q];
}

DnsblFacts DnsblCheck::gather(dns::Resolver& resolver, const QList<QHostAddress>& addresses, const QStringList& names,
                              const DnsblCatalog& catalog, const QStringList& zones, const ListKeys& keys,
                              const std::function<void(int, int)>& progress)
{
    DnsblFacts facts;
    facts.targets = selectTargetsWithKeys(catalog, zones, keys);
    facts.subjects = subjectsOf(addresses, names);
    facts.keys = keys;
    facts.zonesGiven = !zones.isEmpty();
    askLookups(resolver, facts, progress);
    askTxt(resolver, facts);
    return facts;
}

CheckResult DnsblCheck::judge(const DnsblFacts& facts)
{
    CheckResult result;
    result.id = checkid::Dnsbl;
    result.title = DnsblCheck().title();
    if (!facts.catalogError.isEmpty()) {
        result.status = Status::Unknown;
        result.summary = tr("The blocklist catalog could not be read");
        result.addFinding(Severity::Warning, tr("The blocklist catalog is unusable: %1.").arg(facts.catalogError),
                          tr("Give a valid catalog file with --dnsbl-catalog, or leave it out."));
        return result;
    }
    Judging j{facts, result, {}, {}, {}, {}, {}, {}, {}, {}, 0, 0, {}, {}, {}, {}};
    addAllEvidence(j);
    readAnswers(j);
    for (qsizetype i = 0; i < facts.lookups.size(); ++i)
        judgeLookup(j, i);
    judgeKeyless(j);
    judgeInactive(j);
    judgeUncovered(j);
    judgeResolver(j);
    result.aggregate();
    result.summary = summary(j);
    auto details = std::make_shared<DnsblDetails>();
    details->rows = j.rows;
    result.details = details;
    return result;
}

} // namespace mailready::checks
