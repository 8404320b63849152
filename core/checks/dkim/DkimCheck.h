#pragma once

#include "checks/Check.h"

#include <QCoreApplication>

namespace mailready::checks {

// `dkim`: a valid key record is published at S._domainkey.D for every selector asked for, and the first one matches
// the private key given with --dkim-key (compared, and proven by signing and verifying a test message).
class DkimCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(DkimCheck)

public:
    QString id() const override { return checkid::Dkim; }
    QString title() const override { return tr("DKIM key records"); }
    CheckResult run(const CheckContext& ctx) override;
};

} // namespace mailready::checks
