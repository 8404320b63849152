#include "SpfCheck.h"

#include "ReturnPath.h"
#include "SpfComposer.h"
#include "SpfEvaluator.h"
#include "SpfLint.h"
#include "dns/DnsName.h"
#include "relay/RelayServices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace mailready::checks {

namespace {

bool isPermissive(const std::optional<spf::Record>& record)
{
    if (!record || record->allIndex() < 0)
        return false;
    const spf::Qualifier q = record->terms[record->allIndex()].qualifier;
    return q == spf::Qualifier::Pass || q == spf::Qualifier::Neutral;
}

} // namespace

CheckResult SpfCheck::run(const CheckContext& ctx)
{
    CheckResult result;
    result.id = id();
    result.title = title();
    const QString domain = ctx.request.domain;
    // Through a relay, receivers see the relay's own name in HELO, and the home server's name plays no part.
    const QString relayHost = relay::relayHostName(ctx.request.relay);
    const bool relayed = !relayHost.isEmpty();
    const QString helo = relayed ? relayHost : ctx.request.hostname.isEmpty() ? domain : ctx.request.hostname;
    const QString sender = QStringLiteral("postmaster@") + domain;

    QSet<QString> evidenceSeen;
    auto addEvidence = [&result, &evidenceSeen](const dns::Answer& a) {
        const QString key = a.name.toLower() + QLatin1Char('/') + dns::rrTypeName(a.type);
        if (evidenceSeen.contains(key))
            return;
        evidenceSeen.insert(key);
        result.addEvidence(a);
    };

    const spf::PublishedRecords published = spf::fetchRecords(ctx.resolver, domain);
    addEvidence(published.answer);
    result.fields.insert(QStringLiteral("record"), published.records.isEmpty()
                                                       ? QJsonValue()
                                                       : QJsonValue(QString::fromUtf8(published.records.first())));
    if (published.records.size() > 1) {
        QJsonArray all;
        for (const QByteArray& r : published.records)
            all.append(QString::fromUtf8(r));
        result.fields.insert(QStringLiteral("records"), all);
    }
    auto details = std::make_shared<SpfDetails>();
    details->records = published.records;
    result.details = details;

    std::optional<spf::Record> record;
    std::optional<spf::LookupCost> cost;
    if (published.records.size() == 1) {
        const spf::ParseResult parsed = spf::parseRecord(published.records.first());
        if (parsed.ok())
            record = parsed.record;
        QList<dns::Answer> costAnswers;
        cost = spf::measureLookups(ctx.resolver, domain, &costAnswers);
        for (const dns::Answer& a : costAnswers)
            addEvidence(a);
        result.fields.insert(QStringLiteral("lookup_cost"), cost->toJson());
    }

    // Evaluate every sending address.
    QList<spf::Evaluation> evaluations;
    int maxVoid = 0;
    for (const QHostAddress& ip : ctx.sendingIps) {
        if (ctx.isCancelled())
            break;
        spf::Evaluation ev = spf::checkHost(ctx.resolver, ip, domain, sender, helo);
        for (const dns::Answer& a : ev.answers)
            addEvidence(a);
        maxVoid = std::max(maxVoid, ev.voidLookups);
        evaluations << ev;
    }

    // Good-practice findings about the published policy.
    QString firstErrorFix;
    if (!published.answer.isTemporaryFailure()) {
        spf::LintInput lintInput;
        lintInput.domain = domain;
        lintInput.records = published.records;
        lintInput.strings = published.strings;
        lintInput.cost = cost;
        lintInput.voidLookups = maxVoid;
        for (const spf::LintFinding& f : spf::lint(lintInput)) {
            result.addFinding(f.severity, f.message, f.fix);
            if (f.severity == Severity::Error && firstErrorFix.isEmpty())
                firstErrorFix = f.fix;
        }
    }
    const bool overLimit = cost && cost->total > 10;

    // A relay service with its own envelope sender: receivers never check the root record for its mail.
    if (const relay::RelayService* service = relayed ? relay::RelayServices::builtIn().forHost(relayHost) : nullptr;
        service && service->ownEnvelope)
        return judgeOwnEnvelope(ctx, *service, evaluations, std::move(result));

    // Mail through a relay: the relay's SPF name, when known, authorizes all of its addresses at once.
    QString relayInclude = ctx.request.relayInclude;
    if (relayInclude.isEmpty() && !ctx.request.relay.trimmed().isEmpty())
        if (const relay::RelayService* service =
                relay::RelayServices::builtIn().forHost(relay::relayHostName(ctx.request.relay)))
            relayInclude = service->spfInclude;
    bool reportedInclude = false;

    // What the record would look like if it authorized every sending address (for "none").
    spf::SpfChoices choices;
    if (relayInclude.isEmpty())
        choices.ips = ctx.sendingIps;
    else
        choices.includes = {relayInclude};
    const QString composed = spf::composeRecord(choices);
    bool reportedNone = false;
    QMap<int, QList<spf::Term>> insertions; // every address's smallest change, by position in the published record
    int changes = 0;

    int passed = 0;
    for (qsizetype i = 0; i < evaluations.size(); ++i) {
        const spf::Evaluation& ev = evaluations[i];
        const QHostAddress& ip = ctx.sendingIps[i];
        const QString ipText = dns::addressText(ip);
        CheckItem item;
        item.subject = ipText;
        item.fields.insert(QStringLiteral("ip"), ipText);
        item.fields.insert(QStringLiteral("result"), ev.word());
        item.fields.insert(QStringLiteral("lookups"), ev.lookups);
        item.fields.insert(QStringLiteral("void_lookups"), ev.voidLookups);
        if (!ev.explanation.isEmpty())
            item.fields.insert(QStringLiteral("explanation"), ev.explanation);
        item.fields.insert(QStringLiteral("reason"), ev.reason);
        if (!ev.matchedTerm.isEmpty())
            item.fields.insert(QStringLiteral("matched"), ev.toJson().value(QStringLiteral("matched")));
        item.fields.insert(QStringLiteral("tree"), ev.tree.toJson());
        auto itemDetails = std::make_shared<SpfItemDetails>();
        itemDetails->ip = ip;
        itemDetails->evaluation = ev;
        item.details = itemDetails;

        switch (ev.result) {
        case spf::Result::Pass:
            item.status = isPermissive(record) ? Status::Warn : Status::Pass;
            item.detail = tr("SPF pass for %1 (%2)").arg(ipText, ev.reason);
            ++passed;
            break;
        case spf::Result::TempError:
            item.status = Status::Unknown;
            item.detail = tr("SPF could not be evaluated for %1: %2").arg(ipText, ev.reason);
            result.addFinding(Severity::Warning,
                              tr("The SPF policy of %1 could not be evaluated for %2 because a DNS lookup "
                                 "failed (%3), so SPF is unverified.")
                                  .arg(domain, ipText, ev.reason),
                              tr("Check that the nameserver in use answers, then run the check again."));
            break;
        case spf::Result::None:
            item.status = Status::Fail;
            item.detail = tr("%1 publishes no SPF record").arg(domain);
            if (!reportedNone) {
                reportedNone = true;
                result.addFinding(Severity::Error,
                                  tr("%1 publishes no SPF record, so receivers cannot tell your server "
                                     "from a forger; many junk or reject such mail.")
                                      .arg(domain),
                                  tr("Publish this TXT record at %1: %2").arg(domain, composed));
            }
            break;
        case spf::Result::PermError:
            item.status = Status::Fail;
            item.detail = tr("SPF permerror for %1: %2").arg(ipText, ev.reason);
            result.addFinding(Severity::Error,
                              tr("Receivers get a permanent error evaluating the SPF policy of %1 for "
                                 "%2: %3")
                                  .arg(domain, ipText, ev.reason),
                              firstErrorFix.isEmpty() ? tr("Publish one valid record, for example: %1").arg(composed)
                                                      : firstErrorFix);
            break;
        case spf::Result::Fail:
        case spf::Result::SoftFail:
        case spf::Result::Neutral: {
            item.status = Status::Fail;
            item.detail = tr("SPF %1 for %2: %3").arg(ev.word(), ipText, ev.reason);
            QString fix;
            const std::optional<spf::SpfChange> includeChange =
                record && !relayInclude.isEmpty()
                    ? std::optional(spf::proposeInclude(*record, relayInclude, ev.matchedIndex))
                    : std::nullopt;
            // An include that is already there and still does not pass names the wrong relay: addresses then.
            if (includeChange && includeChange->needed) {
                const spf::SpfChange& change = *includeChange;
                fix = tr("%1 The TXT record at %2 becomes: %3").arg(change.description, domain, change.record);
                if (reportedInclude) {
                    item.detail += tr(" (the relay's include covers it)");
                    break;
                }
                reportedInclude = true;
                result.addFinding(Severity::Error,
                                  tr("The SPF policy of %1 does not authorize the relay %2 (result %3 for "
                                     "%4), so receivers treat the mail it relays as forged or "
                                     "suspicious.")
                                      .arg(domain, relayHost, ev.word(), ipText),
                                  fix);
                break;
            } else if (record) {
                const spf::SpfChange change = spf::proposeAuthorization(*record, ip, ev.matchedIndex);
                if (change.needed && change.position >= 0) {
                    insertions[change.position] << spf::Term::addressTerm(ip);
                    ++changes;
                }
                fix = tr("%1 The TXT record at %2 becomes: %3").arg(change.description, domain, change.record);
            } else {
                fix = tr("Publish this TXT record at %1: %2").arg(domain, composed);
            }
            result.addFinding(Severity::Error,
                              relayed ? tr("The SPF policy of %1 does not authorize the relay %2 (its "
                                           "address %3, result %4), so receivers treat the mail it "
                                           "relays as forged or suspicious.")
                                            .arg(domain, relayHost, ipText, ev.word())
                                      : tr("The SPF policy of %1 does not authorize %2 (result %3), so "
                                           "receivers treat its mail as forged or suspicious.")
                                            .arg(domain, ipText, ev.word()),
                              fix);
            break;
        }
        }
        if (overLimit && item.status != Status::Unknown && item.status != Status::Fail) {
            item.status = Status::Fail;
            item.detail = tr("%1; but the policy needs %2 DNS lookups, more than the 10 allowed")
                              .arg(item.detail, QString::number(cost->total));
        }
        result.items << item;
    }

    if (changes > 1) {
        spf::Record combined;
        for (qsizetype i = 0; i <= record->terms.size(); ++i) {
            combined.terms << insertions.value(int(i));
            if (i < record->terms.size())
                combined.terms << record->terms[i];
        }
        result.addFinding(Severity::Info,
                          tr("%n sending addresses are not authorized; one change covers them all.", nullptr, changes),
                          tr("The TXT record at %1 becomes: %2").arg(domain, combined.toString()));
    }

    // The HELO identity: a record at the server's own name lets bounces and HELO checks pass.
    if (!relayed && !ctx.request.hostname.isEmpty() &&
        dns::absoluteName(ctx.request.hostname) != dns::absoluteName(domain)) {
        const spf::PublishedRecords heloRecords = spf::fetchRecords(ctx.resolver, ctx.request.hostname);
        addEvidence(heloRecords.answer);
        if (heloRecords.answer.isDefinite() && heloRecords.records.isEmpty())
            result.addFinding(
                Severity::Info,
                tr("The mail server's name %1 has no SPF record of its own; receivers that "
                   "check the HELO name (and bounces, which have an empty sender) find "
                   "none.")
                    .arg(ctx.request.hostname),
                tr("Publish this TXT record at %1: %2").arg(ctx.request.hostname, spf::composeHeloRecord()));
    }

    result.aggregate();
    const qsizetype n = result.items.size();
    switch (result.status) {
    case Status::Pass:
        result.summary = n == 1 ? tr("SPF of %1 passes for %2").arg(domain, result.items.first().subject)
                                : tr("SPF of %1 passes for all %2 sending addresses").arg(domain).arg(n);
        break;
    case Status::Warn:
        result.summary = tr("SPF of %1 passes, but the policy lets other servers pass too").arg(domain);
        break;
    case Status::Fail:
        if (overLimit)
            result.summary = tr("SPF of %1 needs %2 DNS lookups (10 allowed)").arg(domain).arg(cost->total);
        else if (published.records.isEmpty())
            result.summary = tr("%1 publishes no SPF record").arg(domain);
        else
            result.summary =
                tr("SPF of %1 does not pass for %2 of %3 sending addresses").arg(domain).arg(n - passed).arg(n);
        break;
    default:
        result.summary = tr("SPF of %1 could not be verified").arg(domain);
        break;
    }
    return result;
}

CheckResult SpfCheck::judgeOwnEnvelope(const CheckContext& ctx, const relay::RelayService& service,
                                       const QList<spf::Evaluation>& evaluations, CheckResult result)
{
    const QString domain = ctx.request.domain;
    QString name = ctx.request.returnPath.trimmed().toLower();
    const bool givenByUser = !name.isEmpty();
    if (!givenByUser && !service.returnPathLabel.isEmpty())
        name = service.returnPathLabel + QLatin1Char('.') + domain;
    const spf::ReturnPathFacts facts = spf::ReturnPath::gather(ctx.resolver, name, givenByUser);
    if (!facts.name.isEmpty()) {
        result.addEvidence(facts.cname);
        if (facts.txt)
            result.addEvidence(*facts.txt);
    }
    const spf::ReturnPathVerdict verdict = spf::ReturnPath::judge(service, domain, facts);
    result.fields.insert(QStringLiteral("relay_service"), service.id);
    result.fields.insert(QStringLiteral("envelope_domain"),
                         verdict.envelopeDomain.isEmpty() ? QJsonValue() : QJsonValue(verdict.envelopeDomain));
    result.fields.insert(QStringLiteral("spf_aligned"), verdict.aligned);
    result.fields.insert(QStringLiteral("source"), service.source);
    for (qsizetype i = 0; i < evaluations.size(); ++i) {
        const QString ipText = dns::addressText(ctx.sendingIps[i]);
        CheckItem item;
        item.subject = ipText;
        item.fields.insert(QStringLiteral("ip"), ipText);
        // What the root policy says for the address; receivers do not ask it for this service's mail.
        item.fields.insert(QStringLiteral("result"), evaluations[i].word());
        item.fields.insert(QStringLiteral("lookups"), evaluations[i].lookups);
        item.fields.insert(QStringLiteral("void_lookups"), evaluations[i].voidLookups);
        item.fields.insert(QStringLiteral("root_judged"), false);
        item.status = verdict.status;
        item.detail = verdict.detail;
        result.items << item;
    }
    const Severity severity = verdict.status == Status::Pass   ? Severity::Info
                              : verdict.status == Status::Fail ? Severity::Error
                                                               : Severity::Warning;
    // Where the facts about the service come from, with the finding that rests on them.
    result.addFinding(severity, tr("%1 (Source: %2)").arg(verdict.message, service.source), verdict.fix);
    result.aggregate();
    result.summary = verdict.summary;
    return result;
}

} // namespace mailready::checks
