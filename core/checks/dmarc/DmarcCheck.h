#pragma once

#include "checks/Check.h"
#include "checks/dmarc/DmarcDiscovery.h"
#include "checks/dmarc/DmarcRecord.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace mailready::checks {

// What `dmarc` found, typed: the policy in force for the domain, when a usable record gives one.
struct DmarcDetails final : CheckDetails
{
    std::optional<dmarc::Policy> policy;
};

// What `dmarc` judges: the policy found on the RFC 9989 tree walk and, for the report addresses of a usable record,
// what receivers would look up before sending reports there.
struct DmarcFacts
{
    QString domain;             // the mail domain, lower case
    dmarc::Discovery discovery; // the applying record (or why there is none), with every answer of the walk
    // The policy domain's organizational domain, asked once some report address lies outside the policy domain.
    std::optional<dmarc::OrganizationalDomain> organization;
    QHash<QString, dmarc::ReportAuthorization> authorizations; // per report domain of another organization
    QHash<QString, dns::Answer> mx;                            // per report domain
};

// `dmarc`: a valid DMARC policy applies to the domain (its own _dmarc record or one found up the tree, RFC 9989),
// and its report destinations can receive reports (authorized when external, with an MX).
class DmarcCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(DmarcCheck)

public:
    QString id() const override { return checkid::Dmarc; }
    QString title() const override { return tr("DMARC policy"); }
    CheckResult run(const CheckContext& ctx) override;

    // The two halves of run(): every DNS question, then the verdict from the answers alone.
    static DmarcFacts gather(dns::Resolver& resolver, const QString& domain);
    static CheckResult judge(const DmarcFacts& facts);
};

} // namespace mailready::checks
