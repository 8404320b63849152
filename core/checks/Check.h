#pragma once

#include "CheckIds.h"
#include "CheckRequest.h"
#include "CheckResult.h"
#include "dns/Resolver.h"

#include <QHostAddress>
#include <QList>

#include <atomic>
#include <functional>

namespace mailready {

// What a check sees when it runs: the request, the run's resolver and the sending addresses.
struct CheckContext
{
    const CheckRequest& request;
    dns::Resolver& resolver;           // shared by all checks of the run (answers are cached per run)
    QList<QHostAddress> sendingIps;    // given, discovered, or the relay's; empty for checks that need none
                                       // (the server's own for checks that needServerIps())
    const std::atomic_bool& cancelled; // a newer run superseded this one: stop early, the result is dropped
    // Long checks report how far they are (queries answered of queries asked); may be empty.
    std::function<void(int done, int total)> progress = {};

    bool isCancelled() const { return cancelled.load(std::memory_order_relaxed); }
    void reportProgress(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
};

// One threshold check. run() is called on a worker thread and may block on DNS (through ctx.resolver only).
class Check
{
public:
    virtual ~Check() = default;
    virtual QString id() const = 0;    // the contract id
    virtual QString title() const = 0; // for people
    // True when the check judges the sending addresses; it then runs after they are known.
    virtual bool needsSendingIps() const { return false; }
    // True when the check judges the server's own public address(es) (given or discovered) even when mail leaves
    // through a relay; ctx.sendingIps then holds those. Such a check returns false from needsSendingIps().
    virtual bool needsServerIps() const { return false; }
    virtual CheckResult run(const CheckContext& ctx) = 0;

    // The addresses this check found for the others to judge (public-ip discovery); empty for every other check.
    virtual QList<QHostAddress> sendingIpsFrom(const CheckResult&) const { return {}; }
};

} // namespace mailready
