#pragma once

#include "run/Check.h"

namespace mailready::checks {

// `ptr`: every sending address has a PTR record.
class PtrCheck final : public Check
{
public:
    QString id() const override { return QStringLiteral("ptr"); }
    QString title() const override { return QStringLiteral("Reverse DNS (PTR)"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;
};

} // namespace mailready::checks
