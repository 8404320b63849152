#pragma once

#include "DnsblCatalog.h"
#include "checks/Check.h"

#include <QCoreApplication>

#include <optional>

namespace mailready::checks {

// `dnsbl`: no sending address (and neither the mail domain nor the hostname, on domain lists) is on a blocklist.
// Every lookup and every RFC 5782 health query of every zone goes out at once; listings then fetch their TXT.
class DnsblCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(DnsblCheck)

public:
    DnsblCheck() = default;
    // Uses this catalog instead of the built-in one (or the request's catalog file).
    explicit DnsblCheck(dnsbl::DnsblCatalog catalog) : m_catalog(std::move(catalog)) {}

    QString id() const override { return checkid::Dnsbl; }
    QString title() const override { return tr("Blocklists (DNSBL)"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;

private:
    std::optional<dnsbl::DnsblCatalog> m_catalog;
};

} // namespace mailready::checks
