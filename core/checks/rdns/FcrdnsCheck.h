#pragma once

#include "checks/Check.h"
#include "checks/rdns/ReverseLookup.h"

#include <QCoreApplication>

namespace mailready::checks {

// `fcrdns`: forward-confirmed reverse DNS (RFC 8601 "iprev"): some PTR name of each sending address resolves (A for
// IPv4, AAAA for IPv6) back to that address.
class FcrdnsCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(FcrdnsCheck)

public:
    QString id() const override { return checkid::Fcrdns; }
    QString title() const override { return tr("Forward-confirmed reverse DNS"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;

    // The two halves of run(): every DNS question, then the verdict from the answers alone.
    static ReverseFacts gather(dns::Resolver& resolver, const QList<QHostAddress>& addresses);
    static CheckResult judge(const ReverseFacts& facts);
};

} // namespace mailready::checks
