#pragma once

#include "checks/Check.h"

#include <QCoreApplication>

namespace mailready::checks {

// `spf`: the mail domain publishes one valid SPF record whose evaluation (RFC 7208 check_host(), sender
// postmaster@D, HELO = the hostname or D) passes for every sending address.
class SpfCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(SpfCheck)

public:
    QString id() const override { return checkid::Spf; }
    QString title() const override { return tr("SPF"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;
};

} // namespace mailready::checks
