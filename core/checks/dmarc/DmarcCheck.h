#pragma once

#include "checks/Check.h"
#include "checks/dmarc/DmarcRecord.h"

#include <QCoreApplication>

#include <optional>

namespace mailready::checks {

// What `dmarc` found, typed: the policy in force for the domain, when a usable record gives one.
struct DmarcDetails final : CheckDetails
{
    std::optional<dmarc::Policy> policy;
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
};

} // namespace mailready::checks
