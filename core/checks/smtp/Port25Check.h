#pragma once

#include "checks/Check.h"

#include <QCoreApplication>

namespace mailready::checks {

// `port25`: can this network open TCP port 25 to a large provider's mail exchanger at all? Many residential ISPs block
// it, and then no server on the line can deliver mail directly. When port 25 fails, a control connection to another
// port of the same host (443 unless --port25-control says otherwise) tells a block (control works) from no network
// (control fails too: unknown). Skipped unless a target is set (--port25 / --port25-target, the wizard sets one).
class Port25Check final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(Port25Check)

public:
    static constexpr const char* DefaultTarget = "gmail-smtp-in.l.google.com:25";

    QString id() const override { return checkid::Port25; }
    QString title() const override { return tr("Outbound port 25"); }
    CheckResult run(const CheckContext& ctx) override;
};

} // namespace mailready::checks
