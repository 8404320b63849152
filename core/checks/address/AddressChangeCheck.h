#pragma once

#include "checks/Check.h"

#include <QCoreApplication>

namespace mailready::checks {

// `address-change`: the server's public address against the one the published records were composed for
// (remembered by `mailready check --remember` or the wizard). When it changed, says which published records still
// name the old address (SPF ip4:/ip6:, the A/AAAA record of the mail host) and that the PTR at the ISP belongs to
// the old address, each with the change to make. `skipped` when nothing is remembered.
class AddressChangeCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(AddressChangeCheck)

public:
    QString id() const override { return checkid::AddressChange; }
    QString title() const override { return tr("Address change"); }
    bool needsServerIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;
};

} // namespace mailready::checks
