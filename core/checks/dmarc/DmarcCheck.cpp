#include "DmarcCheck.h"

#include "DmarcComposer.h"
#include "DmarcDiscovery.h"
#include "DmarcRecord.h"
#include "checks/Wording.h"
#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <optional>

namespace mailready::checks {

using namespace mailready::checks::dmarc;

static QString suggested(const QString& domain)
{
    ComposeOptions o;
    o.domain = domain;
    return QStringLiteral("%1 IN TXT \"%2\"").arg(recordName(domain), composeRecord(Policy::None, o));
}

// A record receivers can apply (an invalid one counts as none; its report addresses are not looked at).
static bool usable(const Record& r)
{
    return r.verdict != Verdict::Invalid && r.verdict != Verdict::PNoneFallback && r.verdict != Verdict::NotDmarc;
}

static bool within(const QString& domain, const QString& parent)
{
    return domain == parent || domain.endsWith(QLatin1Char('.') + parent);
}

static QList<ReportUri> reportUris(const Record& r)
{
    QList<ReportUri> uris = r.rua;
    uris += r.ruf;
    return uris;
}

CheckResult DmarcCheck::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, ctx.request.domain));
}

DmarcFacts DmarcCheck::gather(dns::Resolver& resolver, const QString& domain)
{
    DmarcFacts f;
    f.domain = domain.toLower();
    f.discovery = discoverPolicy(resolver, f.domain);
    const Discovery& d = f.discovery;
    if (d.status != Discovery::Found || !usable(d.record))
        return f;
    for (const ReportUri& u : reportUris(d.record)) {
        if (u.domain.isEmpty())
            continue;
        if (!within(u.domain, d.recordDomain)) {
            if (!f.organization)
                f.organization = findOrganizationalDomain(resolver, d.recordDomain);
            if (!within(u.domain, f.organization->name) && !f.authorizations.contains(u.domain))
                f.authorizations.insert(u.domain, checkReportAuthorization(resolver, d.recordDomain, u.domain));
        }
        if (!f.mx.contains(u.domain))
            f.mx.insert(u.domain, resolver.query(dns::absoluteName(u.domain), dns::RRType::MX));
    }
    return f;
}

// A report domain of another organization must agree to receive the reports (RFC 9989, RFC 7489 7.1).
static void judgeAuthorization(const ReportUri& u, const DmarcFacts& f, CheckResult& result, CheckItem& dest)
{
    const Discovery& d = f.discovery;
    const ReportAuthorization a = f.authorizations.value(u.domain);
    result.addEvidence(a.answer);
    dest.fields.insert(QStringLiteral("authorization"), dns::displayName(a.name));
    if (a.status == ReportAuthorization::TempError) {
        dest.status = Status::Unknown;
        dest.detail = DmarcCheck::tr("Could not look up %1").arg(dns::displayName(a.name));
    } else if (a.status != ReportAuthorization::Authorized && !f.organization->certain) {
        // Without the whole walk, %2 may be in the policy domain's own organization, where no authorization is
        // needed: not verifiable, so neither good nor bad.
        dest.status = Status::Unknown;
        dest.detail = DmarcCheck::tr("Could not tell whether %1 needs to authorize reports: %2 could not be looked up")
                          .arg(u.domain, dns::displayName(f.organization->failed.name));
    } else if (a.status != ReportAuthorization::Authorized) {
        dest.status = Status::Warn;
        dest.detail = DmarcCheck::tr("%1 has not authorized reports about %2").arg(u.domain, d.recordDomain);
        result.addFinding(
            Severity::Warning,
            DmarcCheck::tr("Reports go to %1 in another domain, which has not agreed to "
                           "receive them: receivers will not send them there.")
                .arg(u.address),
            DmarcCheck::tr("Ask the owner of %1 to publish: %2 IN TXT \"v=DMARC1\"").arg(u.domain, a.name),
            DmarcCheck::tr("Ask the owner of %1 to authorize your DMARC reports.").arg(u.domain));
    }
}

// Every report address: external ones must authorize the reports, every mailbox needs a mail server.
static void judgeDestinations(const DmarcFacts& f, CheckResult& result)
{
    const Discovery& d = f.discovery;
    bool organizationSeen = false;
    QSet<QString> mxSeen; // one question per report domain, judged for every address in it
    for (const ReportUri& u : reportUris(d.record)) {
        if (u.domain.isEmpty())
            continue;
        CheckItem dest;
        dest.subject = QStringLiteral("report address %1").arg(u.address);
        dest.fields.insert(QStringLiteral("address"), u.address);
        dest.status = Status::Pass;
        dest.detail = DmarcCheck::tr("%1 can receive DMARC reports").arg(u.address);
        if (!within(u.domain, d.recordDomain) && f.organization) {
            if (!organizationSeen && !f.organization->certain)
                result.addEvidence(f.organization->failed);
            organizationSeen = true;
            if (!within(u.domain, f.organization->name))
                judgeAuthorization(u, f, result, dest);
        }
        const bool firstInDomain = !mxSeen.contains(u.domain);
        const dns::Answer mx = f.mx.value(u.domain);
        if (firstInDomain) {
            mxSeen.insert(u.domain);
            result.addEvidence(mx);
        }
        if (mx.isTemporaryFailure()) {
            dest.status = worse(dest.status, Status::Unknown);
            dest.detail = DmarcCheck::tr("Could not look up the MX of %1").arg(u.domain);
        } else if (!mx.hasData()) {
            dest.status = worse(dest.status, Status::Warn);
            dest.detail = DmarcCheck::tr("%1 has no MX record").arg(u.domain);
            if (firstInDomain)
                result.addFinding(Severity::Warning,
                                  DmarcCheck::tr("The report address %1 is in %2, which has no MX record: reports "
                                                 "may not be delivered.")
                                      .arg(u.address, u.domain),
                                  DmarcCheck::tr("Publish an MX record for %1, or send reports to an address that "
                                                 "receives mail.")
                                      .arg(u.domain),
                                  DmarcCheck::tr("Send DMARC reports to an address that receives mail."));
        }
        result.items << dest;
    }
}

// A usable record: its policy and what weakens it.
static void judgePolicy(const DmarcFacts& f, CheckResult& result, CheckItem& item)
{
    const Discovery& d = f.discovery;
    const Record& r = d.record;
    const Policy policy = d.inherited() ? r.policyForSubdomain(true) : r.policy;
    result.fields.insert(QStringLiteral("policy"), policyName(policy));
    auto details = std::make_shared<DmarcDetails>();
    details->policy = policy;
    result.details = details;
    item.fields.insert(QStringLiteral("policy"), policyName(policy));
    item.status = d.multipleAt.isEmpty() ? Status::Pass : Status::Fail;
    item.detail = (d.inherited() ? DmarcCheck::tr("DMARC policy %1 from %2 (inherited from the parent domain)")
                                 : DmarcCheck::tr("DMARC policy %1 from %2"))
                      .arg(policyName(policy), recordName(d.recordDomain));
    if (policy == Policy::None) {
        item.status = worse(item.status, Status::Warn);
        ComposeOptions o;
        o.domain = d.recordDomain;
        if (!r.rua.isEmpty() && !r.rua.first().address.isEmpty())
            o.reportAddress = r.rua.first().address;
        result.addFinding(
            Severity::Warning,
            DmarcCheck::tr("The DMARC policy is p=none: receivers only report forged mail in your "
                           "name, they do not stop it. Once reports show your own mail passes, "
                           "move to quarantine, then reject."),
            QStringLiteral("%1 IN TXT \"%2\"").arg(recordName(d.recordDomain), composeRecord(Policy::Quarantine, o)),
            DmarcCheck::tr("Once reports show your own mail passes, move the DMARC policy to p=quarantine."));
    }
    if (r.testing) {
        item.status = worse(item.status, Status::Warn);
        result.addFinding(Severity::Warning,
                          DmarcCheck::tr("t=y marks the DMARC policy as a test: receivers apply a milder policy "
                                         "than the one written."),
                          DmarcCheck::tr("Remove t=y from %1 once reports look right.").arg(recordName(d.recordDomain)),
                          DmarcCheck::tr("Remove t=y from the DMARC record once reports look right."));
    }
    for (const Note& n : r.notes) {
        if (n.level == Lint::Ok) {
            result.addFinding(Severity::Info, n.text);
        } else {
            item.status = worse(item.status, Status::Warn);
            result.addFinding(Severity::Warning, n.text, {},
                              DmarcCheck::tr("Correct the DMARC record at %1 as its card says.")
                                  .arg(dns::displayName(recordName(d.recordDomain))));
        }
    }
    if (r.rua.isEmpty())
        result.addFinding(Severity::Info,
                          DmarcCheck::tr("The record has no rua= address, so you get no reports about who sends "
                                         "mail as %1.")
                              .arg(f.domain),
                          DmarcCheck::tr("Add rua=mailto:dmarc-reports@%1 to the record.").arg(d.recordDomain));
    judgeDestinations(f, result);
}

// The record found: usable, or why it cannot be used.
static void judgeFound(const DmarcFacts& f, CheckResult& result, CheckItem& item)
{
    const Discovery& d = f.discovery;
    const Record& r = d.record;
    item.subject = recordName(d.recordDomain);
    result.fields.insert(QStringLiteral("record"), d.recordText);
    result.fields.insert(QStringLiteral("record_domain"), d.recordDomain);
    result.fields.insert(QStringLiteral("inherited"), d.inherited());
    item.fields.insert(QStringLiteral("record"), d.recordText);
    item.fields.insert(QStringLiteral("verdict"), verdictName(r.verdict));
    item.fields.insert(QStringLiteral("rfc7489_verdict"), verdictName(r.rfc7489));
    if (usable(r)) {
        judgePolicy(f, result, item);
        return;
    }
    item.status = Status::Fail;
    item.detail = DmarcCheck::tr("The DMARC record at %1 is invalid: %2").arg(recordName(d.recordDomain), r.problem);
    result.addFinding(
        Severity::Error,
        DmarcCheck::tr("The DMARC record at %1 cannot be used: %2").arg(recordName(d.recordDomain), r.problem),
        suggested(d.recordDomain),
        DmarcCheck::tr("Replace the DMARC record at %1 with a valid one.")
            .arg(dns::displayName(recordName(d.recordDomain))));
}

CheckResult DmarcCheck::judge(const DmarcFacts& f)
{
    const Discovery& d = f.discovery;
    CheckResult result;
    result.id = checkid::Dmarc;
    result.title = DmarcCheck().title();
    result.fields.insert(QStringLiteral("record"), QJsonValue::Null);
    result.fields.insert(QStringLiteral("policy"), QJsonValue::Null);
    for (const dns::Answer& a : d.trail)
        result.addEvidence(a);

    CheckItem item;
    item.subject = QStringLiteral("_dmarc.%1").arg(f.domain);
    if (!d.multipleAt.isEmpty())
        result.addFinding(
            Severity::Error,
            tr("%1 has several DMARC records; receivers then ignore all of them.")
                .arg(recordName(d.multipleAt.first())),
            tr("Keep exactly one TXT record starting v=DMARC1 at %1.").arg(recordName(d.multipleAt.first())),
            tr("Keep exactly one DMARC record at %1.").arg(dns::displayName(recordName(d.multipleAt.first()))));
    switch (d.status) {
    case Discovery::TempError:
        item.status = Status::Unknown;
        item.detail = tr("The DMARC lookup did not get an answer (%1)").arg(d.error);
        result.addFinding(Severity::Warning,
                          tr("The DMARC record could not be looked up (%1), so the policy is unverified.").arg(d.error),
                          tr("Check that the nameserver in use answers, then run the check again."), retryLookupStep());
        break;
    case Discovery::NoRecord:
        item.status = Status::Fail;
        if (d.multipleAt.isEmpty()) {
            item.detail = tr("No DMARC record applies to %1").arg(f.domain);
            result.addFinding(Severity::Error,
                              tr("No DMARC policy applies to %1: large mailbox providers (Gmail, Yahoo, "
                                 "Outlook.com) require one from bulk senders, and anyone can forge mail "
                                 "in your name.")
                                  .arg(f.domain),
                              suggested(f.domain),
                              tr("Publish a DMARC record at %1.").arg(dns::displayName(recordName(f.domain))));
        } else {
            item.detail = tr("Several DMARC records at %1, so no policy applies").arg(recordName(d.multipleAt.first()));
        }
        break;
    case Discovery::Found:
        judgeFound(f, result, item);
        break;
    }
    result.items.prepend(item);
    result.aggregate();
    result.summary = item.detail;
    return result;
}

} // namespace mailready::checks
