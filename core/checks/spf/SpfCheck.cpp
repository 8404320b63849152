#include "SpfCheck.h"

#include "ReturnPath.h"
#include "SpfComposer.h"
#include "SpfEvaluator.h"
#include "SpfLint.h"
#include "checks/Wording.h"
#include "dns/DnsName.h"
#include "relay/RelayServices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace mailready::checks {

SpfQuery SpfQuery::forRequest(const CheckRequest& request, const QList<QHostAddress>& addresses)
{
    SpfQuery q;
    q.domain = request.domain;
    q.sender = QStringLiteral("postmaster@") + request.domain;
    q.addresses = addresses;
    // Through a relay, receivers see the relay's own name in HELO, and the home server's name plays no part.
    q.relayHost = relay::relayHostName(request.relay);
    const bool relayed = !q.relayHost.isEmpty();
    q.helo = relayed ? q.relayHost : request.hostname.isEmpty() ? request.domain : request.hostname;
    // The HELO identity: a record at the server's own name lets bounces and HELO checks pass.
    if (!relayed && !request.hostname.isEmpty() &&
        dns::absoluteName(request.hostname) != dns::absoluteName(request.domain))
        q.heloRecordName = request.hostname;
    // A relay service with its own envelope sender: receivers never check the root record for its mail.
    if (const relay::RelayService* service = relayed ? relay::RelayServices::builtIn().forHost(q.relayHost) : nullptr;
        service && service->ownEnvelope) {
        q.ownEnvelope = *service;
        q.returnPath = request.returnPath;
    }
    // Mail through a relay: the relay's SPF name, when known, authorizes all of its addresses at once.
    q.relayInclude = request.relayInclude;
    if (q.relayInclude.isEmpty() && !request.relay.trimmed().isEmpty())
        if (const relay::RelayService* service =
                relay::RelayServices::builtIn().forHost(relay::relayHostName(request.relay)))
            q.relayInclude = service->spfInclude;
    return q;
}

CheckResult SpfCheck::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, SpfQuery::forRequest(ctx.request, ctx.sendingIps), &ctx.cancelled));
}

SpfFacts SpfCheck::gather(dns::Resolver& resolver, const SpfQuery& query, const std::atomic_bool* cancelled)
{
    SpfFacts f;
    f.query = query;
    f.published = spf::fetchRecords(resolver, query.domain);
    if (f.published.records.size() == 1)
        f.cost = spf::measureLookups(resolver, query.domain, &f.costAnswers);
    for (const QHostAddress& ip : query.addresses) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            break;
        f.evaluations << spf::checkHost(resolver, ip, query.domain, query.sender, query.helo);
    }
    if (query.ownEnvelope) {
        QString name = query.returnPath.trimmed().toLower();
        const bool givenByUser = !name.isEmpty();
        if (!givenByUser && !query.ownEnvelope->returnPathLabel.isEmpty())
            name = query.ownEnvelope->returnPathLabel + QLatin1Char('.') + query.domain;
        f.returnPath = spf::ReturnPath::gather(resolver, name, givenByUser);
    } else if (!query.heloRecordName.isEmpty()) {
        f.heloRecords = spf::fetchRecords(resolver, query.heloRecordName);
    }
    return f;
}

namespace {

bool isPermissive(const std::optional<spf::Record>& record)
{
    if (!record || record->allIndex() < 0)
        return false;
    const spf::Qualifier q = record->terms[record->allIndex()].qualifier;
    return q == spf::Qualifier::Pass || q == spf::Qualifier::Neutral;
}

// The verdict as it is built from the facts: the published record, what lint said, the changes proposed so far.
class SpfJudging
{
public:
    explicit SpfJudging(const SpfFacts& facts) : m_f(facts), m_q(facts.query) {}
    CheckResult judge();

private:
    void addEvidence(const dns::Answer& a);
    void readPublished();
    void lintPolicy();
    CheckResult judgeOwnEnvelope();
    CheckItem evaluatedItem(qsizetype i) const;
    CheckItem addressItem(qsizetype i) const;
    void judgeAddress(const spf::Evaluation& ev, const QHostAddress& ip, CheckItem& item);
    void judgeUnauthorized(const spf::Evaluation& ev, const QHostAddress& ip, CheckItem& item);
    void proposeCombined();
    void judgeHeloRecord();
    void summarize();
    qsizetype evaluated() const { return std::min(m_f.evaluations.size(), m_q.addresses.size()); }
    bool relayed() const { return !m_q.relayHost.isEmpty(); }
    bool overLimit() const { return m_f.cost && m_f.cost->total > 10; }

    const SpfFacts& m_f;
    const SpfQuery& m_q;
    CheckResult m_result;
    QSet<QString> m_evidenceSeen;
    std::optional<spf::Record> m_record;
    QString m_firstErrorFix;
    QString m_composed; // the record that would authorize every sending address (for "none")
    bool m_reportedNone = false;
    bool m_reportedInclude = false;
    QMap<int, QList<spf::Term>> m_insertions; // every address's smallest change, by position in the record
    int m_changes = 0;
    int m_passed = 0;
};

void SpfJudging::addEvidence(const dns::Answer& a)
{
    const QString key = a.name.toLower() + QLatin1Char('/') + dns::rrTypeName(a.type);
    if (m_evidenceSeen.contains(key))
        return;
    m_evidenceSeen.insert(key);
    m_result.addEvidence(a);
}

// The records published at the domain, as fields and typed details, and the one record parsed.
void SpfJudging::readPublished()
{
    const spf::PublishedRecords& published = m_f.published;
    addEvidence(published.answer);
    m_result.fields.insert(QStringLiteral("record"), published.records.isEmpty()
                                                         ? QJsonValue()
                                                         : QJsonValue(QString::fromUtf8(published.records.first())));
    if (published.records.size() > 1) {
        QJsonArray all;
        for (const QByteArray& r : published.records)
            all.append(QString::fromUtf8(r));
        m_result.fields.insert(QStringLiteral("records"), all);
    }
    auto details = std::make_shared<SpfDetails>();
    details->records = published.records;
    m_result.details = details;
    if (published.records.size() == 1) {
        const spf::ParseResult parsed = spf::parseRecord(published.records.first());
        if (parsed.ok())
            m_record = parsed.record;
    }
    if (m_f.cost) {
        for (const dns::Answer& a : m_f.costAnswers)
            addEvidence(a);
        m_result.fields.insert(QStringLiteral("lookup_cost"), m_f.cost->toJson());
    }
    for (const spf::Evaluation& ev : m_f.evaluations)
        for (const dns::Answer& a : ev.answers)
            addEvidence(a);
}

// Good-practice findings about the published policy.
void SpfJudging::lintPolicy()
{
    if (m_f.published.answer.isTemporaryFailure())
        return;
    int maxVoid = 0;
    for (const spf::Evaluation& ev : m_f.evaluations)
        maxVoid = std::max(maxVoid, ev.voidLookups);
    spf::LintInput lintInput;
    lintInput.domain = m_q.domain;
    lintInput.records = m_f.published.records;
    lintInput.strings = m_f.published.strings;
    lintInput.cost = m_f.cost;
    lintInput.voidLookups = maxVoid;
    for (const spf::LintFinding& finding : spf::lint(lintInput)) {
        m_result.addFinding(finding.severity, finding.message, finding.fix,
                            SpfCheck::tr("Correct the SPF record of %1 as its card says.").arg(m_q.domain));
        if (finding.severity == Severity::Error && m_firstErrorFix.isEmpty())
            m_firstErrorFix = finding.fix;
    }
}

// Mail through a service that sends with its own envelope sender: SPF is judged at its Return-Path.
CheckResult SpfJudging::judgeOwnEnvelope()
{
    const relay::RelayService& service = *m_q.ownEnvelope;
    const spf::ReturnPathFacts facts = m_f.returnPath.value_or(spf::ReturnPathFacts{});
    if (!facts.name.isEmpty()) {
        m_result.addEvidence(facts.cname);
        if (facts.txt)
            m_result.addEvidence(*facts.txt);
    }
    const spf::ReturnPathVerdict verdict = spf::ReturnPath::judge(service, m_q.domain, facts);
    m_result.fields.insert(QStringLiteral("relay_service"), service.id);
    m_result.fields.insert(QStringLiteral("envelope_domain"),
                           verdict.envelopeDomain.isEmpty() ? QJsonValue() : QJsonValue(verdict.envelopeDomain));
    m_result.fields.insert(QStringLiteral("spf_aligned"), verdict.aligned);
    m_result.fields.insert(QStringLiteral("source"), service.source);
    for (qsizetype i = 0; i < evaluated(); ++i) {
        // What the root policy says for the address; receivers do not ask it for this service's mail.
        CheckItem item = evaluatedItem(i);
        item.fields.insert(QStringLiteral("root_judged"), false);
        item.status = verdict.status;
        item.detail = verdict.detail;
        m_result.items << item;
    }
    const Severity severity = verdict.status == Status::Pass   ? Severity::Info
                              : verdict.status == Status::Fail ? Severity::Error
                                                               : Severity::Warning;
    // Where the facts about the service come from, with the finding that rests on them.
    m_result.addFinding(severity, SpfCheck::tr("%1 (Source: %2)").arg(verdict.message, service.source), verdict.fix);
    m_result.aggregate();
    m_result.summary = verdict.summary;
    return m_result;
}

// One address's item with its evaluation's result and lookup counts.
CheckItem SpfJudging::evaluatedItem(qsizetype i) const
{
    const spf::Evaluation& ev = m_f.evaluations[i];
    const QString ipText = dns::addressText(m_q.addresses[i]);
    CheckItem item;
    item.subject = ipText;
    item.fields.insert(QStringLiteral("ip"), ipText);
    item.fields.insert(QStringLiteral("result"), ev.word());
    item.fields.insert(QStringLiteral("lookups"), ev.lookups);
    item.fields.insert(QStringLiteral("void_lookups"), ev.voidLookups);
    return item;
}

// One address's item: its whole evaluation as fields and typed details, not judged yet.
CheckItem SpfJudging::addressItem(qsizetype i) const
{
    const spf::Evaluation& ev = m_f.evaluations[i];
    CheckItem item = evaluatedItem(i);
    if (!ev.explanation.isEmpty())
        item.fields.insert(QStringLiteral("explanation"), ev.explanation);
    item.fields.insert(QStringLiteral("reason"), ev.reason);
    if (!ev.matchedTerm.isEmpty())
        item.fields.insert(QStringLiteral("matched"), ev.toJson().value(QStringLiteral("matched")));
    item.fields.insert(QStringLiteral("tree"), ev.tree.toJson());
    auto itemDetails = std::make_shared<SpfItemDetails>();
    itemDetails->ip = m_q.addresses[i];
    itemDetails->evaluation = ev;
    item.details = itemDetails;
    return item;
}

// One address's result: pass, unverified, or a finding with the fix.
void SpfJudging::judgeAddress(const spf::Evaluation& ev, const QHostAddress& ip, CheckItem& item)
{
    const QString& domain = m_q.domain;
    const QString ipText = dns::addressText(ip);
    switch (ev.result) {
    case spf::Result::Pass:
        item.status = isPermissive(m_record) ? Status::Warn : Status::Pass;
        item.detail = SpfCheck::tr("SPF pass for %1 (%2)").arg(ipText, ev.reason);
        ++m_passed;
        break;
    case spf::Result::TempError:
        item.status = Status::Unknown;
        item.detail = SpfCheck::tr("SPF could not be evaluated for %1: %2").arg(ipText, ev.reason);
        m_result.addFinding(Severity::Warning,
                            SpfCheck::tr("The SPF policy of %1 could not be evaluated for %2 because a DNS lookup "
                                         "failed (%3), so SPF is unverified.")
                                .arg(domain, ipText, ev.reason),
                            SpfCheck::tr("Check that the nameserver in use answers, then run the check again."),
                            retryLookupStep());
        break;
    case spf::Result::None:
        item.status = Status::Fail;
        item.detail = SpfCheck::tr("%1 publishes no SPF record").arg(domain);
        if (!m_reportedNone) {
            m_reportedNone = true;
            m_result.addFinding(Severity::Error,
                                SpfCheck::tr("%1 publishes no SPF record, so receivers cannot tell your server "
                                             "from a forger; many junk or reject such mail.")
                                    .arg(domain),
                                SpfCheck::tr("Publish this TXT record at %1: %2").arg(domain, m_composed),
                                SpfCheck::tr("Publish an SPF record at %1.").arg(domain));
        }
        break;
    case spf::Result::PermError:
        item.status = Status::Fail;
        item.detail = SpfCheck::tr("SPF permerror for %1: %2").arg(ipText, ev.reason);
        m_result.addFinding(
            Severity::Error,
            SpfCheck::tr("Receivers get a permanent error evaluating the SPF policy of %1 for "
                         "%2: %3")
                .arg(domain, ipText, ev.reason),
            m_firstErrorFix.isEmpty() ? SpfCheck::tr("Publish one valid record, for example: %1").arg(m_composed)
                                      : m_firstErrorFix,
            SpfCheck::tr("Correct the SPF record of %1 so that receivers can evaluate it.").arg(domain));
        break;
    case spf::Result::Fail:
    case spf::Result::SoftFail:
    case spf::Result::Neutral:
        item.status = Status::Fail;
        item.detail = SpfCheck::tr("SPF %1 for %2: %3").arg(ev.word(), ipText, ev.reason);
        judgeUnauthorized(ev, ip, item);
        break;
    }
    if (overLimit() && item.status != Status::Unknown && item.status != Status::Fail) {
        item.status = Status::Fail;
        item.detail = SpfCheck::tr("%1; but the policy needs %2 DNS lookups, more than the 10 allowed")
                          .arg(item.detail, QString::number(m_f.cost->total));
    }
}

// An address the policy does not authorize (fail, softfail, neutral): the smallest change to the record that does.
void SpfJudging::judgeUnauthorized(const spf::Evaluation& ev, const QHostAddress& ip, CheckItem& item)
{
    const QString& domain = m_q.domain;
    const QString ipText = dns::addressText(ip);
    QString fix;
    const std::optional<spf::SpfChange> includeChange =
        m_record && !m_q.relayInclude.isEmpty()
            ? std::optional(spf::proposeInclude(*m_record, m_q.relayInclude, ev.matchedIndex))
            : std::nullopt;
    // An include that is already there and still does not pass names the wrong relay: addresses then.
    if (includeChange && includeChange->needed) {
        const spf::SpfChange& change = *includeChange;
        fix = SpfCheck::tr("%1 The TXT record at %2 becomes: %3").arg(change.description, domain, change.record);
        if (m_reportedInclude) {
            item.detail += SpfCheck::tr(" (the relay's include covers it)");
            return;
        }
        m_reportedInclude = true;
        m_result.addFinding(Severity::Error,
                            SpfCheck::tr("The SPF policy of %1 does not authorize the relay %2 (result %3 for "
                                         "%4), so receivers treat the mail it relays as forged or "
                                         "suspicious.")
                                .arg(domain, m_q.relayHost, ev.word(), ipText),
                            fix,
                            SpfCheck::tr("Authorize the relay %1 in the SPF record of %2.").arg(m_q.relayHost, domain));
        return;
    }
    if (m_record) {
        const spf::SpfChange change = spf::proposeAuthorization(*m_record, ip, ev.matchedIndex);
        if (change.needed && change.position >= 0) {
            m_insertions[change.position] << spf::Term::addressTerm(ip);
            ++m_changes;
        }
        fix = SpfCheck::tr("%1 The TXT record at %2 becomes: %3").arg(change.description, domain, change.record);
    } else {
        fix = SpfCheck::tr("Publish this TXT record at %1: %2").arg(domain, m_composed);
    }
    m_result.addFinding(Severity::Error,
                        relayed() ? SpfCheck::tr("The SPF policy of %1 does not authorize the relay %2 (its "
                                                 "address %3, result %4), so receivers treat the mail it "
                                                 "relays as forged or suspicious.")
                                        .arg(domain, m_q.relayHost, ipText, ev.word())
                                  : SpfCheck::tr("The SPF policy of %1 does not authorize %2 (result %3), so "
                                                 "receivers treat its mail as forged or suspicious.")
                                        .arg(domain, ipText, ev.word()),
                        fix,
                        relayed()
                            ? SpfCheck::tr("Authorize the relay %1 in the SPF record of %2.").arg(m_q.relayHost, domain)
                            : SpfCheck::tr("Authorize %1 in the SPF record of %2.").arg(ipText, domain));
}

// Several addresses unauthorized: one change that adds them all.
void SpfJudging::proposeCombined()
{
    if (m_changes <= 1)
        return;
    spf::Record combined;
    for (qsizetype i = 0; i <= m_record->terms.size(); ++i) {
        combined.terms << m_insertions.value(int(i));
        if (i < m_record->terms.size())
            combined.terms << m_record->terms[i];
    }
    m_result.addFinding(
        Severity::Info,
        SpfCheck::tr("%n sending addresses are not authorized; one change covers them all.", nullptr, m_changes),
        SpfCheck::tr("The TXT record at %1 becomes: %2").arg(m_q.domain, combined.toString()));
}

// The HELO identity: a record at the server's own name lets bounces and HELO checks pass.
void SpfJudging::judgeHeloRecord()
{
    if (!m_f.heloRecords)
        return;
    const spf::PublishedRecords& heloRecords = *m_f.heloRecords;
    addEvidence(heloRecords.answer);
    if (heloRecords.answer.isDefinite() && heloRecords.records.isEmpty())
        m_result.addFinding(
            Severity::Info,
            SpfCheck::tr("The mail server's name %1 has no SPF record of its own; receivers that "
                         "check the HELO name (and bounces, which have an empty sender) find "
                         "none.")
                .arg(m_q.heloRecordName),
            SpfCheck::tr("Publish this TXT record at %1: %2").arg(m_q.heloRecordName, spf::composeHeloRecord()));
}

void SpfJudging::summarize()
{
    const QString& domain = m_q.domain;
    const qsizetype n = m_result.items.size();
    switch (m_result.status) {
    case Status::Pass:
        m_result.summary = n == 1 ? SpfCheck::tr("SPF of %1 passes for %2").arg(domain, m_result.items.first().subject)
                                  : SpfCheck::tr("SPF of %1 passes for all %2 sending addresses").arg(domain).arg(n);
        break;
    case Status::Warn:
        m_result.summary = SpfCheck::tr("SPF of %1 passes, but the policy lets other servers pass too").arg(domain);
        break;
    case Status::Fail:
        if (overLimit())
            m_result.summary =
                SpfCheck::tr("SPF of %1 needs %2 DNS lookups (10 allowed)").arg(domain).arg(m_f.cost->total);
        else if (m_f.published.records.isEmpty())
            m_result.summary = SpfCheck::tr("%1 publishes no SPF record").arg(domain);
        else
            m_result.summary = SpfCheck::tr("SPF of %1 does not pass for %2 of %3 sending addresses")
                                   .arg(domain)
                                   .arg(n - m_passed)
                                   .arg(n);
        break;
    default:
        m_result.summary = SpfCheck::tr("SPF of %1 could not be verified").arg(domain);
        break;
    }
}

CheckResult SpfJudging::judge()
{
    m_result.id = checkid::Spf;
    m_result.title = SpfCheck().title();
    readPublished();
    lintPolicy();
    if (m_q.ownEnvelope)
        return judgeOwnEnvelope();
    spf::SpfChoices choices;
    if (m_q.relayInclude.isEmpty())
        choices.ips = m_q.addresses;
    else
        choices.includes = {m_q.relayInclude};
    m_composed = spf::composeRecord(choices);
    for (qsizetype i = 0; i < evaluated(); ++i) {
        CheckItem item = addressItem(i);
        judgeAddress(m_f.evaluations[i], m_q.addresses[i], item);
        m_result.items << item;
    }
    proposeCombined();
    judgeHeloRecord();
    m_result.aggregate();
    summarize();
    return m_result;
}

} // namespace

CheckResult SpfCheck::judge(const SpfFacts& facts)
{
    return SpfJudging(facts).judge();
}

} // namespace mailready::checks
