#include "DmarcCheck.h"

#include "DmarcComposer.h"
#include "DmarcDiscovery.h"
#include "DmarcRecord.h"
#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace mailready::checks {

using namespace mailready::checks::dmarc;

static QString suggested(const QString& domain)
{
    ComposeOptions o;
    o.domain = domain;
    return QStringLiteral("%1 IN TXT \"%2\"").arg(recordName(domain), composeRecord(Policy::None, o));
}

CheckResult DmarcCheck::run(const CheckContext& ctx)
{
    const QString domain = ctx.request.domain.toLower();
    CheckResult result;
    result.id = id();
    result.title = title();
    result.fields.insert(QStringLiteral("record"), QJsonValue::Null);
    result.fields.insert(QStringLiteral("policy"), QJsonValue::Null);

    const Discovery d = discoverPolicy(ctx.resolver, domain);
    for (const dns::Answer& a : d.trail)
        result.addEvidence(a);

    CheckItem item;
    item.subject = QStringLiteral("_dmarc.%1").arg(domain);
    if (!d.multipleAt.isEmpty()) {
        result.addFinding(
            Severity::Error,
            tr("%1 has several DMARC records; receivers then ignore all of them.")
                .arg(recordName(d.multipleAt.first())),
            tr("Keep exactly one TXT record starting v=DMARC1 at %1.").arg(recordName(d.multipleAt.first())));
    }
    switch (d.status) {
    case Discovery::TempError:
        item.status = Status::Unknown;
        item.detail = tr("The DMARC lookup did not get an answer (%1)").arg(d.error);
        result.addFinding(Severity::Warning,
                          tr("The DMARC record could not be looked up (%1), so the policy is unverified.").arg(d.error),
                          tr("Check that the nameserver in use answers, then run the check again."));
        break;
    case Discovery::NoRecord:
        item.status = Status::Fail;
        if (d.multipleAt.isEmpty()) {
            item.detail = tr("No DMARC record applies to %1").arg(domain);
            result.addFinding(Severity::Error,
                              tr("No DMARC policy applies to %1: large mailbox providers (Gmail, Yahoo, "
                                 "Outlook.com) require one from bulk senders, and anyone can forge mail "
                                 "in your name.")
                                  .arg(domain),
                              suggested(domain));
        } else {
            item.detail = tr("Several DMARC records at %1, so no policy applies").arg(recordName(d.multipleAt.first()));
        }
        break;
    case Discovery::Found: {
        const Record& r = d.record;
        item.subject = recordName(d.recordDomain);
        result.fields.insert(QStringLiteral("record"), d.recordText);
        result.fields.insert(QStringLiteral("record_domain"), d.recordDomain);
        result.fields.insert(QStringLiteral("inherited"), d.inherited());
        item.fields.insert(QStringLiteral("record"), d.recordText);
        item.fields.insert(QStringLiteral("verdict"), verdictName(r.verdict));
        item.fields.insert(QStringLiteral("rfc7489_verdict"), verdictName(r.rfc7489));
        if (r.verdict == Verdict::Invalid || r.verdict == Verdict::PNoneFallback || r.verdict == Verdict::NotDmarc) {
            item.status = Status::Fail;
            item.detail = tr("The DMARC record at %1 is invalid: %2").arg(recordName(d.recordDomain), r.problem);
            result.addFinding(
                Severity::Error,
                tr("The DMARC record at %1 cannot be used: %2").arg(recordName(d.recordDomain), r.problem),
                suggested(d.recordDomain));
            break;
        }
        const Policy policy = d.inherited() ? r.policyForSubdomain(true) : r.policy;
        result.fields.insert(QStringLiteral("policy"), policyName(policy));
        auto details = std::make_shared<DmarcDetails>();
        details->policy = policy;
        result.details = details;
        item.fields.insert(QStringLiteral("policy"), policyName(policy));
        item.status = d.multipleAt.isEmpty() ? Status::Pass : Status::Fail;
        item.detail = (d.inherited() ? tr("DMARC policy %1 from %2 (inherited from the parent domain)")
                                     : tr("DMARC policy %1 from %2"))
                          .arg(policyName(policy), recordName(d.recordDomain));
        if (policy == Policy::None) {
            item.status = worse(item.status, Status::Warn);
            ComposeOptions o;
            o.domain = d.recordDomain;
            if (!r.rua.isEmpty() && !r.rua.first().address.isEmpty())
                o.reportAddress = r.rua.first().address;
            result.addFinding(Severity::Warning,
                              tr("The DMARC policy is p=none: receivers only report forged mail in your "
                                 "name, they do not stop it. Once reports show your own mail passes, "
                                 "move to quarantine, then reject."),
                              QStringLiteral("%1 IN TXT \"%2\"")
                                  .arg(recordName(d.recordDomain), composeRecord(Policy::Quarantine, o)));
        }
        if (r.testing) {
            item.status = worse(item.status, Status::Warn);
            result.addFinding(Severity::Warning,
                              tr("t=y marks the DMARC policy as a test: receivers apply a milder policy "
                                 "than the one written."),
                              tr("Remove t=y from %1 once reports look right.").arg(recordName(d.recordDomain)));
        }
        for (const Note& n : r.notes) {
            if (n.level == Lint::Ok) {
                result.addFinding(Severity::Info, n.text);
            } else {
                item.status = worse(item.status, Status::Warn);
                result.addFinding(Severity::Warning, n.text);
            }
        }
        if (r.rua.isEmpty())
            result.addFinding(Severity::Info,
                              tr("The record has no rua= address, so you get no reports about who sends "
                                 "mail as %1.")
                                  .arg(domain),
                              tr("Add rua=mailto:dmarc-reports@%1 to the record.").arg(d.recordDomain));

        // Report destinations: external ones must authorize the reports, every mailbox needs a mail server.
        std::optional<OrganizationalDomain> org;
        QHash<QString, dns::Answer> mxAnswers; // one question per report domain, judged for every address in it
        QList<ReportUri> uris = r.rua;
        uris += r.ruf;
        for (const ReportUri& u : uris) {
            if (u.domain.isEmpty())
                continue;
            CheckItem dest;
            dest.subject = QStringLiteral("report address %1").arg(u.address);
            dest.fields.insert(QStringLiteral("address"), u.address);
            dest.status = Status::Pass;
            dest.detail = tr("%1 can receive DMARC reports").arg(u.address);
            const bool inside = u.domain == d.recordDomain || u.domain.endsWith(QLatin1Char('.') + d.recordDomain);
            if (!inside) {
                if (!org) {
                    org = findOrganizationalDomain(ctx.resolver, d.recordDomain);
                    if (!org->certain)
                        result.addEvidence(org->failed);
                }
                const bool sameOrg = u.domain == org->name || u.domain.endsWith(QLatin1Char('.') + org->name);
                if (!sameOrg) {
                    const ReportAuthorization a = checkReportAuthorization(ctx.resolver, d.recordDomain, u.domain);
                    result.addEvidence(a.answer);
                    dest.fields.insert(QStringLiteral("authorization"), dns::displayName(a.name));
                    if (a.status == ReportAuthorization::TempError) {
                        dest.status = Status::Unknown;
                        dest.detail = tr("Could not look up %1").arg(dns::displayName(a.name));
                    } else if (a.status != ReportAuthorization::Authorized && !org->certain) {
                        // Without the whole walk, %2 may be in the policy domain's own organization, where no
                        // authorization is needed: not verifiable, so neither good nor bad.
                        dest.status = Status::Unknown;
                        dest.detail =
                            tr("Could not tell whether %1 needs to authorize reports: %2 could not be looked up")
                                .arg(u.domain, dns::displayName(org->failed.name));
                    } else if (a.status != ReportAuthorization::Authorized) {
                        dest.status = Status::Warn;
                        dest.detail = tr("%1 has not authorized reports about %2").arg(u.domain, d.recordDomain);
                        result.addFinding(
                            Severity::Warning,
                            tr("Reports go to %1 in another domain, which has not agreed to "
                               "receive them: receivers will not send them there.")
                                .arg(u.address),
                            tr("Ask the owner of %1 to publish: %2 IN TXT \"v=DMARC1\"").arg(u.domain, a.name));
                    }
                }
            }
            const bool firstInDomain = !mxAnswers.contains(u.domain);
            if (firstInDomain) {
                mxAnswers.insert(u.domain, ctx.resolver.query(dns::absoluteName(u.domain), dns::RRType::MX));
                result.addEvidence(mxAnswers.value(u.domain));
            }
            const dns::Answer& mx = mxAnswers[u.domain];
            if (mx.isTemporaryFailure()) {
                dest.status = worse(dest.status, Status::Unknown);
                dest.detail = tr("Could not look up the MX of %1").arg(u.domain);
            } else if (!mx.hasData()) {
                dest.status = worse(dest.status, Status::Warn);
                dest.detail = tr("%1 has no MX record").arg(u.domain);
                if (firstInDomain)
                    result.addFinding(Severity::Warning,
                                      tr("The report address %1 is in %2, which has no MX record: reports "
                                         "may not be delivered.")
                                          .arg(u.address, u.domain),
                                      tr("Publish an MX record for %1, or send reports to an address that "
                                         "receives mail.")
                                          .arg(u.domain));
            }
            result.items << dest;
        }
        break;
    }
    }
    result.items.prepend(item);
    result.aggregate();
    result.summary = item.detail;
    return result;
}

} // namespace mailready::checks
