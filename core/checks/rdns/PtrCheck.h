#pragma once

#include "checks/Check.h"
#include "checks/rdns/ReverseLookup.h"

#include <QCoreApplication>

namespace mailready::checks {

// What `ptr` judges: the addresses and their PTR answers, and the EHLO name its fixes suggest (may be empty).
struct PtrFacts
{
    ReverseFacts reverse;
    QString hostname;
};

// `ptr`: every sending address has a PTR record.
class PtrCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(PtrCheck)

public:
    QString id() const override { return checkid::Ptr; }
    QString title() const override { return tr("Reverse DNS (PTR)"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;

    // The two halves of run(): every DNS question, then the verdict from the answers alone.
    static PtrFacts gather(dns::Resolver& resolver, const QList<QHostAddress>& addresses, const QString& hostname);
    static CheckResult judge(const PtrFacts& facts);
};

} // namespace mailready::checks
