#pragma once

#include "checks/Check.h"
#include "checks/publicip/IpEchoSource.h"

#include <QCoreApplication>

namespace mailready::checks {

// What `public-ip` judges: the addresses given (then nothing is discovered), or what every address-echo source
// answered, and the addresses this machine's own interfaces hold (for the NAT note).
struct PublicIpFacts
{
    QList<QHostAddress> given;  // --ip
    QList<dns::Answer> lookups; // the HTTP sources' host lookups, for evidence
    QList<EchoAnswer> answers;  // every source's answer: the HTTP ones, then the DNS ones
    QStringList setupErrors;    // sources that could not be asked at all
    QList<QHostAddress> local;  // this machine's interface addresses
};

// What `public-ip` found, typed: every address the sources agreed on (also one judged unusable), in their order.
struct PublicIpDetails final : CheckDetails
{
    QList<QHostAddress> addresses;
};

// `public-ip`: finds the public sending address(es) by asking several independent echo services at once (HTTP(S)
// endpoints reached over IPv4 and over IPv6, and DNS services that answer with the asking address), and takes the
// majority per address family. Skipped when --ip was given; it then only notes addresses that look like examples.
class PublicIpCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(PublicIpCheck)

public:
    QString id() const override { return checkid::PublicIp; }
    QString title() const override { return tr("Public address"); }
    CheckResult run(const CheckContext& ctx) override;
    QList<QHostAddress> sendingIpsFrom(const CheckResult& result) const override;

    // The two halves of run(): asking every source (HTTP and DNS), then the verdict from their answers alone.
    static PublicIpFacts gather(dns::Resolver& resolver, const CheckRequest& request);
    static CheckResult judge(const PublicIpFacts& facts);
};

} // namespace mailready::checks
