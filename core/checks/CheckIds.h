#pragma once

#include <QLatin1String>

namespace mailready {

// The contract ids of the checks (docs/cli-contract.md). Code that names a check uses these; the one list of which
// checks exist, with their titles and what each needs, is checkRegistry() (CheckRegistry.h).
namespace checkid {
inline constexpr QLatin1String PublicIp{"public-ip"};
inline constexpr QLatin1String Ptr{"ptr"};
inline constexpr QLatin1String Fcrdns{"fcrdns"};
inline constexpr QLatin1String Ehlo{"ehlo"};
inline constexpr QLatin1String Dnsbl{"dnsbl"};
inline constexpr QLatin1String Spf{"spf"};
inline constexpr QLatin1String Dkim{"dkim"};
inline constexpr QLatin1String Dmarc{"dmarc"};
inline constexpr QLatin1String Smtp{"smtp"};
inline constexpr QLatin1String Port25{"port25"};
inline constexpr QLatin1String AddressChange{"address-change"};
} // namespace checkid

// The keys of the thresholds receivers judge (report::thresholds() gives their titles and texts); each check
// decides one of them.
namespace thresholdid {
inline constexpr QLatin1String Dnsbl{"dnsbl"};
inline constexpr QLatin1String Rdns{"rdns"};
inline constexpr QLatin1String Spf{"spf"};
inline constexpr QLatin1String Dkim{"dkim"};
inline constexpr QLatin1String Dmarc{"dmarc"};
inline constexpr QLatin1String Server{"server"};
} // namespace thresholdid

} // namespace mailready
