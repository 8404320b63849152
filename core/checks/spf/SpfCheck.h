#pragma once

#include "checks/Check.h"
#include "checks/spf/SpfEvaluator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

namespace mailready::relay {
struct RelayService;
}
namespace mailready::spf {
struct Evaluation;
}

namespace mailready::checks {

// What `spf` found at the domain, typed: the SPF records published there (none, one, or several).
struct SpfDetails final : CheckDetails
{
    QList<QByteArray> records;
};

// One sending address's evaluation, typed: the result and the tree of records and terms behind it.
struct SpfItemDetails final : CheckDetails
{
    QHostAddress ip;
    spf::Evaluation evaluation;
};

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

private:
    // Mail through a service that sends with its own envelope sender: SPF is judged at its Return-Path.
    static CheckResult judgeOwnEnvelope(const CheckContext& ctx, const relay::RelayService& service,
                                        const QList<spf::Evaluation>& evaluations, CheckResult result);
};

} // namespace mailready::checks
