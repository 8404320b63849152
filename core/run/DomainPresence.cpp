#include "DomainPresence.h"

#include "checks/CheckIds.h"
#include "checks/Wording.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"

namespace mailready {

DomainPresenceFacts DomainPresence::gather(dns::Resolver& resolver, const QString& domain)
{
    DomainPresenceFacts facts;
    facts.domain = domain;
    QList<dns::Question> questions{{QStringLiteral("."), dns::RRType::SOA}};
    if (!domain.isEmpty())
        questions.append({domain, dns::RRType::SOA});
    const QList<dns::Answer> answers = dns::queryAll(resolver, questions);
    facts.rootSoa = answers.value(0);
    if (!domain.isEmpty())
        facts.domainSoa = answers.value(1);
    return facts;
}

DomainPresence DomainPresence::judge(const DomainPresenceFacts& facts)
{
    DomainPresence p;
    p.m_domain = dns::displayName(facts.domain);
    // The root exists by definition (RFC 1034 3.1): a resolver that denies it denies everything, so its NXDOMAIN for
    // the domain says nothing about the domain either.
    if (facts.rootSoa.outcome == dns::Outcome::NXDomain) {
        p.m_presence = Presence::ResolverBroken;
        p.m_evidence << facts.rootSoa;
        const QString server = facts.rootSoa.server.isEmpty() ? tr("the system's") : facts.rootSoa.server;
        p.m_finding = {Severity::Error,
                       tr("The resolver in use (%1) answers that even the DNS root does not exist: it is broken, so "
                          "nothing could be checked.")
                           .arg(server),
                       checks::forAudience(tr("Ask another resolver with --nameserver, or repair the system's "
                                              "(/etc/resolv.conf)."),
                                           tr("Enter a working resolver under Nameservers on the first page, or "
                                              "repair the system's."))};
        return p;
    }
    // NXDOMAIN (RFC 8020): nothing exists at or below the name. An alias whose target is missing is not that: the
    // name itself exists (its CNAME is the problem), so it is left to the checks.
    if (!facts.domain.isEmpty() && facts.domainSoa.outcome == dns::Outcome::NXDomain &&
        facts.domainSoa.cnameChain.isEmpty()) {
        p.m_presence = Presence::Missing;
        p.m_evidence << facts.domainSoa;
        p.m_finding = {
            Severity::Error, tr("%1 does not exist in DNS: check the spelling or register it.").arg(p.m_domain), {}};
    }
    return p;
}

QList<Finding> DomainPresence::findings() const
{
    if (m_presence == Presence::Exists)
        return {};
    return {m_finding};
}

// The checks that read the domain's own records; ehlo too when the mail server's name lies in the domain.
static bool readsDomain(const QString& checkId, const CheckRequest& request)
{
    if (checkId == checkid::Spf || checkId == checkid::Dkim || checkId == checkid::Dmarc ||
        checkId == checkid::AddressChange)
        return true;
    if (checkId != checkid::Ehlo || request.hostname.isEmpty() || request.domain.isEmpty())
        return false;
    const QString host = dns::displayName(request.hostname).toLower();
    const QString domain = dns::displayName(request.domain).toLower();
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

CheckResult DomainPresence::apply(const CheckResult& own, const CheckRequest& request) const
{
    if (m_presence == Presence::Exists)
        return own;
    if (m_presence == Presence::Missing && (own.status == Status::Skipped || !readsDomain(own.id, request)))
        return own;
    CheckResult r;
    r.id = own.id;
    r.title = own.title;
    r.status = Status::Unknown;
    r.summary = m_presence == Presence::Missing
                    ? tr("Not checked: %1 does not exist in DNS").arg(m_domain)
                    : tr("Not checked: the resolver in use is broken (it says the DNS root does not exist)");
    r.findings << m_finding;
    r.evidence = m_evidence;
    return r;
}

} // namespace mailready
