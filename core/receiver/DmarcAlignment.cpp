#include "MessageCheck.h"

#include "mail/Addresses.h"

namespace mailready::receiver {

std::optional<bool> aligned(const MessageFacts& facts, const QString& a, const QString& b, bool strict)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    if (strict)
        return false;
    const auto orgA = facts.organizations.constFind(a.toLower());
    const auto orgB = facts.organizations.constFind(b.toLower());
    if (orgA == facts.organizations.cend() || orgB == facts.organizations.cend())
        return std::nullopt;
    if (orgA->name == orgB->name)
        return true;
    if (!orgA->certain || !orgB->certain)
        return std::nullopt;
    return false;
}

namespace {

using checks::dkim::SignatureResult;

QString policyOf(const MessageFacts& f)
{
    const auto& d = *f.dmarc;
    const auto& record = d.record;
    const checks::dmarc::Policy p = d.recordDomain == f.fromDomain ? record.policy : record.policyForSubdomain(true);
    return checks::dmarc::policyName(p);
}

// SPF's part: its result for the connecting address, and whether the domain it checked aligns with From's.
// Undetermined (empty) when SPF could not be evaluated or the alignment could not be found out.
std::optional<bool> spfAligned(const MessageFacts& f, bool strict)
{
    if (!f.spf || f.spf->evaluations.isEmpty())
        return false;
    const auto result = f.spf->evaluations.first().result;
    if (result == spf::Result::TempError)
        return std::nullopt;
    if (result != spf::Result::Pass)
        return false;
    return aligned(f, f.spf->query.domain, f.fromDomain, strict);
}

// DKIM's part: some passing signature whose d= aligns. Undetermined when none passes but one could not be decided.
std::optional<bool> dkimAligned(const MessageFacts& f, bool strict)
{
    bool undetermined = false;
    for (const SignatureResult& s : f.signatures) {
        const std::optional<bool> a = aligned(f, s.domain, f.fromDomain, strict);
        if (s.result == SignatureResult::Pass && a == true)
            return true;
        const bool open =
            s.result == SignatureResult::TempError || (s.result == SignatureResult::Neutral && s.bodyMissing);
        if ((open && a != false) || (s.result == SignatureResult::Pass && !a))
            undetermined = true;
    }
    if (undetermined)
        return std::nullopt;
    return false;
}

} // namespace

DmarcOutcome evaluateDmarc(const MessageFacts& f)
{
    DmarcOutcome o;
    if (f.fromDomain.isEmpty()) {
        o.result = QStringLiteral("permerror");
        o.reason = MessageCheck::tr("The message has no From: address with a domain, so DMARC cannot be applied.");
        return o;
    }
    if (!f.dmarc || f.dmarc->status == checks::dmarc::Discovery::TempError) {
        o.result = QStringLiteral("temperror");
        o.reason = MessageCheck::tr("The DMARC record of %1 could not be looked up.").arg(f.fromDomain);
        return o;
    }
    if (f.dmarc->status == checks::dmarc::Discovery::NoRecord) {
        o.reason = MessageCheck::tr("%1 publishes no DMARC record.").arg(f.fromDomain);
        return o;
    }
    const auto& record = f.dmarc->record;
    if (!checks::dmarc::isUsable(record.verdict)) {
        o.result = QStringLiteral("permerror");
        o.reason =
            MessageCheck::tr("The DMARC record at %1 is not usable: %2").arg(f.dmarc->recordDomain, record.problem);
        return o;
    }
    o.policy = policyOf(f);
    const std::optional<bool> spf = spfAligned(f, record.strictSpf);
    const std::optional<bool> dkim = dkimAligned(f, record.strictDkim);
    o.spfAligned = spf.value_or(false);
    o.dkimAligned = dkim.value_or(false);
    if (o.spfAligned || o.dkimAligned) {
        o.result = QStringLiteral("pass");
        o.reason = o.dkimAligned && o.spfAligned
                       ? MessageCheck::tr("SPF and DKIM both pass for a domain aligned with %1.").arg(f.fromDomain)
                   : o.dkimAligned ? MessageCheck::tr("DKIM passes for a domain aligned with %1.").arg(f.fromDomain)
                                   : MessageCheck::tr("SPF passes for a domain aligned with %1.").arg(f.fromDomain);
    } else if (!spf || !dkim) {
        o.result = QStringLiteral("temperror");
        o.reason = MessageCheck::tr("Neither SPF nor DKIM is known to pass aligned with %1: a part could not be "
                                    "decided (a DNS failure, or the body is missing).")
                       .arg(f.fromDomain);
    } else {
        o.result = QStringLiteral("fail");
        o.reason = MessageCheck::tr("Neither SPF nor DKIM passes for a domain aligned with %1 (%2 alignment).")
                       .arg(f.fromDomain, record.strictDkim && record.strictSpf ? MessageCheck::tr("strict")
                                                                                : MessageCheck::tr("relaxed"));
    }
    return o;
}

} // namespace mailready::receiver
