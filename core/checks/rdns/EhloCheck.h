#pragma once

#include "checks/Check.h"
#include "checks/rdns/ReverseLookup.h"

#include <QCoreApplication>

namespace mailready::checks {

// What `ehlo` judges: the name the server announces, the reverse lookups of the sending addresses, and the name's
// own A and AAAA answers. From a message: its Received: hop's HELO name and connecting address.
struct EhloFacts
{
    QString name;             // the EHLO name receivers see; empty: none given
    bool nameUnknown = false; // mail leaves through a relay whose EHLO name is not known here
    ReverseFacts reverse;     // with forward lookups
    dns::Answer hostA;        // the name's A record
    dns::Answer hostAaaa;     // the name's AAAA record
};

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

    // The two halves of run(): every DNS question, then the verdict from the answers alone.
    static EhloFacts gather(dns::Resolver& resolver, const CheckRequest& request, const QList<QHostAddress>& addresses);
    static EhloFacts gather(dns::Resolver& resolver, const QString& name, const QList<QHostAddress>& addresses);
    static CheckResult judge(const EhloFacts& facts);
};

} // namespace mailready::checks
