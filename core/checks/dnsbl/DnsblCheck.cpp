#include "DnsblCheck.h"

#include "CatalogTexts.h"
#include "DnsblVerdict.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <map>

namespace mailready::checks {

using namespace dnsbl;

namespace {

struct Subject
{
    QString text;  // "203.0.113.5" or "example.com"
    Family family; // Ipv4, Ipv6 or Domain
    QString label; // the query label
};

struct Lookup
{
    qsizetype target = 0;
    qsizetype subject = 0;
    qsizetype question = 0; // index of the A question
    Verdict verdict;
    qsizetype txtQuestion = -1;
    QString txt;
};

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

} // namespace

CheckResult DnsblCheck::run(const CheckContext& ctx)
{
    CheckResult result;
    result.id = id();
    result.title = title();

    std::optional<DnsblCatalog> loaded;
    if (!m_catalog && !ctx.request.dnsblCatalogFile.isEmpty()) {
        QString why;
        loaded = DnsblCatalog::fromFile(ctx.request.dnsblCatalogFile, &why);
        if (!loaded) {
            result.status = Status::Unknown;
            result.summary = tr("The blocklist catalog could not be read");
            result.addFinding(Severity::Warning, tr("The blocklist catalog is unusable: %1.").arg(why),
                              tr("Give a valid catalog file with --dnsbl-catalog, or leave it out."));
            return result;
        }
    }
    const DnsblCatalog& catalog = m_catalog ? *m_catalog : loaded ? *loaded : DnsblCatalog::builtIn();
    const ListKeys keys{{QStringLiteral("spamhaus-dqs"), ctx.request.spamhausDqsKey},
                        {QStringLiteral("abusix"), ctx.request.abusixKey},
                        {QStringLiteral("spamrats"), ctx.request.spamratsKey}};
    bool anyKey = false;
    for (const QString& k : keys)
        anyKey = anyKey || !k.isEmpty();
    const QList<DnsblTarget> targets = selectTargetsWithKeys(catalog, ctx.request.dnsblZones, keys);

    // No key may ever reach a report: every name shown goes through this.
    auto mask = [&keys](QString text) {
        for (const QString& k : keys)
            if (!k.isEmpty())
                text.replace(k, maskedDqsKey(), Qt::CaseInsensitive);
        return text;
    };
    auto addEvidence = [&](const dns::Answer& answer) {
        dns::Answer e = answer;
        if (anyKey) {
            e.name = mask(e.name);
            for (QString& n : e.cnameChain)
                n = mask(n);
            e.server = mask(e.server);
            e.error = mask(e.error);
        }
        result.evidence.append(e);
    };

    QList<Subject> subjects;
    for (const QHostAddress& ip : ctx.sendingIps) {
        const Family f = familyOf(ip);
        subjects << Subject{dns::addressText(ip), f, queryLabel(ip, f)};
    }
    for (const QString& name : {ctx.request.domain, ctx.request.hostname}) {
        const QString n = dns::displayName(name.toLower());
        bool seen = n.isEmpty();
        for (const Subject& s : std::as_const(subjects))
            seen = seen || (s.family == Family::Domain && s.text == n);
        if (!seen)
            subjects << Subject{n, Family::Domain, n};
    }

    // Round one: every health query and every lookup of every zone, all at once.
    QList<dns::Question> questions;
    auto ask = [&questions](const QString& label, const QString& zone) {
        questions << dns::Question{label + QLatin1Char('.') + zone + QLatin1Char('.'), dns::RRType::A};
        return questions.size() - 1;
    };
    struct HealthQueries
    {
        qsizetype mustList = -1, mustNotList = -1;
    };
    std::map<std::pair<qsizetype, int>, HealthQueries> healthQueries; // (target, family) -> questions
    QList<Lookup> lookups;
    int activeZones = 0;
    for (qsizetype t = 0; t < targets.size(); ++t) {
        const DnsblTarget& target = targets[t];
        if (target.list.state != DnsblList::State::Active || target.missingKey)
            continue;
        ++activeZones;
        for (qsizetype s = 0; s < subjects.size(); ++s) {
            const Family f = subjects[s].family;
            if (!listCovers(target.list, f))
                continue;
            const auto hk = std::make_pair(t, static_cast<int>(f));
            if (!healthQueries.contains(hk))
                healthQueries[hk] = {ask(mustListLabel(f), target.queryZone),
                                     ask(mustNotListLabel(f), target.queryZone)};
            Lookup l;
            l.target = t;
            l.subject = s;
            l.question = ask(subjects[s].label, target.queryZone);
            lookups << l;
        }
    }
    const QList<dns::Answer> answers =
        dns::queryAll(ctx.resolver, questions, [&ctx](int done, int total) { ctx.reportProgress(done, total); });
    for (const dns::Answer& a : answers)
        addEvidence(a);

    std::map<std::pair<qsizetype, int>, Health> health;
    QList<ZoneObservation> observations(targets.size());
    for (const auto& [hk, hq] : healthQueries) {
        const DnsblList& list = targets[hk.first].list;
        const auto f = static_cast<Family>(hk.second);
        const Health h =
            judgeHealth(readAnswer(answers[hq.mustList], list), readAnswer(answers[hq.mustNotList], list), f);
        health[hk] = h;
        ZoneObservation& o = observations[hk.first];
        o.zone = targets[hk.first].shownZone;
        o.errorCodes += h.errorCodes;
        // A zone unhealthy in one family is unhealthy; unreachable only counts when nothing worse was seen.
        if (o.health.state != Health::State::Unhealthy &&
            (h.state == Health::State::Unhealthy || o.health.reason.isEmpty()))
            o.health = h;
    }

    // Round two, only for listings: the TXT record at the same name says why.
    QList<dns::Question> txtQuestions;
    for (Lookup& l : lookups) {
        const DnsblList& list = targets[l.target].list;
        const Reading reading = readAnswer(answers[l.question], list);
        const Health& h = health[std::make_pair(l.target, static_cast<int>(subjects[l.subject].family))];
        l.verdict = judge(reading, h, list);
        ZoneObservation& o = observations[l.target];
        if (reading.kind == Reading::Kind::ErrorCode)
            for (const QString& c : reading.codes)
                if (c.startsWith(QLatin1String("127.255.255.")) && !o.errorCodes.contains(c))
                    o.errorCodes << c;
        if (reading.kind == Reading::Kind::Outside127)
            o.rewritten = true;
        if (l.verdict.kind == Verdict::Kind::Listed) {
            l.txtQuestion = txtQuestions.size();
            txtQuestions << dns::Question{answers[l.question].name, dns::RRType::TXT};
        }
    }
    const QList<dns::Answer> txtAnswers = dns::queryAll(ctx.resolver, txtQuestions);
    for (const dns::Answer& a : txtAnswers)
        addEvidence(a);

    // Items, one per (subject, zone) pair.
    QHash<QString, int> listedOn, infoListedOn;
    int unknownCount = 0, failedQueries = 0;
    QList<qsizetype> targetsWithUnknown;
    QHash<qsizetype, QString> unknownReason;
    QSet<qsizetype> unansweredTargets; // their first unknown lookup got no answer at all
    QHash<QString, int> zonesFor;      // subject -> how many zones judged it
    for (Lookup& l : lookups) {
        const DnsblTarget& target = targets[l.target];
        const Subject& subject = subjects[l.subject];
        Verdict& v = l.verdict;
        if (l.txtQuestion >= 0) {
            QStringList texts;
            for (const QByteArray& t : txtAnswers[l.txtQuestion].texts())
                texts << QString::fromUtf8(t);
            l.txt = texts.join(QLatin1Char(' '));
        }
        zonesFor[subject.text] += 1;
        CheckItem item;
        item.subject = QStringLiteral("%1 @ %2").arg(subject.text, target.shownZone);
        item.fields.insert(subject.family == Family::Domain ? QStringLiteral("domain") : QStringLiteral("ip"),
                           subject.text);
        item.fields.insert(QStringLiteral("zone"), target.shownZone);
        item.fields.insert(QStringLiteral("list"), target.list.name);
        item.fields.insert(QStringLiteral("codes"), QJsonArray::fromStringList(v.codes));
        QString delist = target.list.delist;
        if (delist.isEmpty())
            delist = firstUrl(l.txt);
        if (!delist.isEmpty())
            item.fields.insert(QStringLiteral("delist"), delist);
        if (target.list.informational)
            item.fields.insert(QStringLiteral("informational"), true);
        if (!target.list.source.isEmpty())
            item.fields.insert(QStringLiteral("source"), target.list.source);
        if (!l.txt.isEmpty())
            item.fields.insert(QStringLiteral("txt"), mask(l.txt));

        switch (v.kind) {
        case Verdict::Kind::Clean:
            item.status = Status::Pass;
            item.detail = tr("%1 is not listed on %2").arg(subject.text, target.shownZone);
            break;
        case Verdict::Kind::Listed: {
            if (v.meaning.isEmpty())
                v.meaning = v.shownMeaning = l.txt.isEmpty()
                                                 ? tr("Listed on %1 (%2); the list gives no reason.")
                                                       .arg(target.list.name, v.codes.join(QStringLiteral(", ")))
                                                 : mask(l.txt);
            item.fields.insert(QStringLiteral("meaning"), v.meaning);
            item.status = v.informational ? Status::Warn : Status::Fail;
            item.detail =
                tr("%1 is listed on %2 (%3)").arg(subject.text, target.shownZone, v.codes.join(QStringLiteral(", ")));
            (v.informational ? infoListedOn : listedOn)[subject.text] += 1;
            QString message = tr("%1 is listed on %2 (%3, answer %4): %5")
                                  .arg(subject.text, target.list.name, target.shownZone,
                                       v.codes.join(QStringLiteral(", ")), v.shownMeaning);
            if (v.informational)
                message += tr(" Few receivers refuse mail over this list (it names whole networks, or something "
                              "that is no reason to refuse delivery), so it is a warning, not a failure.");
            QString fix =
                v.fix.isEmpty() ? tr("Find and stop what sent unwanted mail from %1.").arg(subject.text) : v.fix;
            if (!delist.isEmpty())
                fix += QStringLiteral(" Removal: %1").arg(delist);
            if (!target.list.source.isEmpty() && target.list.code(v.codes.value(0)))
                fix += tr(" (What the answer means: %1)").arg(target.list.source);
            result.addFinding(v.informational ? Severity::Warning : Severity::Error, message, fix);
            break;
        }
        case Verdict::Kind::Unknown:
            item.status = Status::Unknown;
            item.detail = tr("%1 on %2 could not be verified: %3").arg(subject.text, target.shownZone, v.reason);
            if (!v.meaning.isEmpty())
                item.fields.insert(QStringLiteral("meaning"), v.meaning);
            item.fields.insert(QStringLiteral("reason"), v.reason);
            ++unknownCount;
            if (answers[l.question].isTemporaryFailure())
                ++failedQueries;
            if (!targetsWithUnknown.contains(l.target)) {
                targetsWithUnknown << l.target;
                unknownReason.insert(l.target, v.reason);
                if (v.unanswered)
                    unansweredTargets.insert(l.target);
            }
            break;
        }
        result.items << item;
    }

    // Lists that answer only with a key nobody gave: named once, with the option that gives it.
    QStringList keyless;
    for (const DnsblTarget& target : targets)
        if (target.missingKey && target.list.state == DnsblList::State::Active)
            keyless << QStringLiteral("%1 (--%2-key)").arg(target.list.name, target.list.keySetting);
    if (!keyless.isEmpty())
        result.addFinding(
            Severity::Info,
            tr("Not queried, since they answer only with a key: %1.").arg(keyless.join(QStringLiteral(", "))),
            tr("The keys are free for low volumes from each list's operator; give them with the option "
               "named, or in the wizard's blocklist keys. They are masked in every report."));

    // Zones given with --dnsbl that are dead or allowlists: known, never queried, never red.
    for (const DnsblTarget& target : targets) {
        if (target.list.state == DnsblList::State::Active)
            continue;
        CheckItem item;
        item.subject = target.shownZone;
        item.status = Status::Skipped;
        item.detail = catalogText(target.list.why);
        item.fields.insert(QStringLiteral("zone"), target.shownZone);
        item.fields.insert(QStringLiteral("list"), target.list.name);
        result.items << item;
        result.addFinding(Severity::Info,
                          tr("%1 was not queried: %2").arg(target.shownZone, catalogText(target.list.why)),
                          tr("Leave %1 out of --dnsbl.").arg(target.shownZone));
    }

    // One diagnosis for the resolver, instead of one complaint per zone, when it is the cause.
    QList<ZoneObservation> observed;
    for (const ZoneObservation& o : std::as_const(observations))
        if (!o.zone.isEmpty())
            observed << o;
    const Diagnosis diagnosis = diagnose(observed, !ctx.request.spamhausDqsKey.isEmpty());
    if (diagnosis.fires) {
        result.addFinding(Severity::Warning, diagnosis.message, diagnosis.fix);
        result.fields.insert(QStringLiteral("resolver_diagnosis"), diagnosis.message);
    } else {
        for (const qsizetype t : std::as_const(targetsWithUnknown)) {
            const DnsblTarget& target = targets[t];
            if (unansweredTargets.contains(t))
                continue; // counted in the finding about unanswered queries below
            const QString& why = unknownReason.value(t);
            QString fix;
            if (target.list.registration)
                fix = tr("%1 answers only resolvers registered with its operator: register the public "
                         "address your resolver queries from with the operator of %2, or query through "
                         "a registered resolver.")
                          .arg(target.list.name, target.shownZone);
            else if (!ctx.request.dnsblZones.isEmpty())
                fix = tr("If this persists through a local recursive resolver, the list is broken or "
                         "gone: leave %1 out of --dnsbl.")
                          .arg(target.shownZone);
            else
                fix = tr("Run the check again later or through a local recursive resolver; if it "
                         "persists, the list itself is broken and its results can be ignored.");
            result.addFinding(Severity::Warning, tr("Results from %1 are unknown: %2.").arg(target.shownZone, why),
                              fix);
        }
    }
    if (failedQueries > 0)
        result.addFinding(Severity::Warning,
                          tr("%n blocklist queries got no answer (timeout, SERVFAIL or refused), so those "
                             "results are unknown, not clean.",
                             nullptr, failedQueries),
                          tr("Check that the nameserver in use answers (or give one with --nameserver), "
                             "then run the check again."));

    result.aggregate();
    QStringList parts;
    for (const Subject& s : std::as_const(subjects)) {
        const int n = listedOn.value(s.text), k = infoListedOn.value(s.text);
        if (n == 0 && k == 0)
            continue;
        // English picks singular or plural here; a translation gets %n and its own plural forms.
        const QString text =
            k == 0   ? tr("%1 is listed on %2 of %3 blocklists")
            : k == 1 ? tr("%1 is listed on %2 of %3 blocklists (and on %n informational list)", nullptr, k)
                     : tr("%1 is listed on %2 of %3 blocklists (and on %n informational lists)", nullptr, k);
        parts << text.arg(s.text, QString::number(n), QString::number(zonesFor.value(s.text)));
    }
    if (!parts.isEmpty()) {
        result.summary = parts.join(QStringLiteral("; "));
        if (unknownCount > 0)
            result.summary = (unknownCount == 1 ? tr("%1; %n lookup could not be verified", nullptr, unknownCount)
                                                : tr("%1; %n lookups could not be verified", nullptr, unknownCount))
                                 .arg(result.summary);
    } else if (activeZones == 0) {
        result.summary = tr("No blocklist to query");
    } else if (unknownCount > 0) {
        result.summary = tr("No listing found, but %1 of %2 lookups on %3 blocklists could not be verified")
                             .arg(unknownCount)
                             .arg(lookups.size())
                             .arg(activeZones);
    } else {
        result.summary = activeZones == 1 ? tr("Not listed on the one blocklist queried")
                                          : tr("Not listed on any of %n blocklists", nullptr, activeZones);
    }
    return result;
}

} // namespace mailready::checks
