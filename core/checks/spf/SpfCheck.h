#pragma once

#include "run/Check.h"

#include <QCoreApplication>

namespace mailready::relay {
struct RelayService;
}
namespace mailready::spf {
struct Evaluation;
}

namespace mailready::checks {

// `spf`: the mail domain publishes one valid SPF record whose evaluation (RFC 7208 check_host(), sender
// postmaster@D, HELO = the hostname or D) passes for every sending address.
class SpfCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(SpfCheck)

public:
    QString id() const override { return QStringLiteral("spf"); }
    QString title() const override { return tr("SPF"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;

private:
    // Mail through a service that sends with its own envelope sender: SPF is judged at its Return-Path.
    static CheckResult judgeOwnEnvelope(const CheckContext& ctx, const relay::RelayService& service,
                                        const QList<spf::Evaluation>& evaluations, CheckResult result);
};

} // namespace mailready::checks
