#pragma once

#include "checks/CheckRequest.h"
#include "checks/CheckResult.h"
#include "dns/Resolver.h"

#include <QCoreApplication>

namespace mailready {

// What a run asks before it believes any answer about the domain: whether the domain exists at all, and whether the
// resolver can be trusted with the question. Nothing judged.
struct DomainPresenceFacts
{
    QString domain;        // empty when the run has none (then domainSoa is not asked)
    dns::Answer domainSoa; // SOA at the domain itself: NXDOMAIN means no record of any type exists there
    dns::Answer rootSoa;   // SOA of the root, which every working recursive resolver answers
};

enum class Presence {
    Exists,         // the domain exists, or nothing said it does not (a failure to find out decides nothing)
    Missing,        // NXDOMAIN for the domain itself: a typo, or a domain nobody registered
    ResolverBroken, // NXDOMAIN for the root: the resolver denies everything, so none of its answers count
};

// The verdict on those facts, and what it does to the checks of the run.
class DomainPresence
{
    Q_DECLARE_TR_FUNCTIONS(DomainPresence)
public:
    static DomainPresenceFacts gather(dns::Resolver& resolver, const QString& domain);
    static DomainPresence judge(const DomainPresenceFacts& facts); // pure

    Presence presence() const { return m_presence; }
    // The run's first finding when the domain is missing or the resolver broken; empty otherwise.
    QList<Finding> findings() const;
    // A check's result as the run reports it: its own, or `unknown` with the reason when the check could not be
    // judged. That is every check under a broken resolver; under a missing domain each check that reads the domain's
    // records (and ehlo when the mail server's name is in the domain), unless it was not asked for (skipped).
    CheckResult apply(const CheckResult& own, const CheckRequest& request) const;

private:
    Presence m_presence = Presence::Exists;
    QString m_domain;
    Finding m_finding;
    QList<dns::Answer> m_evidence;
};

} // namespace mailready
