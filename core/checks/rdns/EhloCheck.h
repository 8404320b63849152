#pragma once

#include "checks/Check.h"

#include <QCoreApplication>

namespace mailready::checks {

// `ehlo`: the name the server announces in EHLO is a PTR name of each sending address and resolves back to it.
// Skipped without --hostname.
class EhloCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(EhloCheck)

public:
    QString id() const override { return checkid::Ehlo; }
    QString title() const override { return tr("EHLO name matches reverse DNS"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;
};

} // namespace mailready::checks
