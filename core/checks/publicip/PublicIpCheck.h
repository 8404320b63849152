#pragma once

#include "checks/Check.h"

#include <QCoreApplication>

namespace mailready::checks {

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
};

} // namespace mailready::checks
