#pragma once

#include "checks/Check.h"

#include <QCoreApplication>

namespace mailready::checks {

// `ptr`: every sending address has a PTR record.
class PtrCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(PtrCheck)

public:
    QString id() const override { return checkid::Ptr; }
    QString title() const override { return tr("Reverse DNS (PTR)"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;
};

} // namespace mailready::checks
