#pragma once

#include "checks/Check.h"
#include "net/Endpoint.h"

#include <QCoreApplication>

#include <optional>

namespace mailready::checks {

// One TCP connection attempt of the port 25 probe.
struct Port25Attempt
{
    enum Outcome { Open, Refused, Timeout, Unreachable } outcome = Unreachable;
    QString error;
    QString greeting; // first line the server sent, if any within the bound
    qint64 ms = 0;
};

// What `port25` judges: the target, its addresses, and per address family the port 25 attempt and, when it did not
// open, the control attempt to another port of the same host.
struct Port25Facts
{
    struct Probe
    {
        QHostAddress address;
        Port25Attempt port25;
        Port25Attempt control; // Unreachable with an empty error when not tried
        QString controlWhere;  // "ADDRESS port N" of the control attempt; empty when not tried
    };
    QString targetText;                  // as asked (--port25-target); empty: not asked
    std::optional<net::Endpoint> target; // parsed; nullopt with targetError when it is not HOST[:PORT]
    QString targetError;
    net::ResolvedEndpoint resolved;
    QList<Probe> probes;  // one per address family of the target
    bool relayed = false; // mail leaves through a relay: a block is then a note, not a failure
};

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

    // The two halves of run(): every lookup and connection, then the verdict from their outcomes alone.
    static Port25Facts gather(dns::Resolver& resolver, const CheckRequest& request);
    static CheckResult judge(const Port25Facts& facts);
};

} // namespace mailready::checks
