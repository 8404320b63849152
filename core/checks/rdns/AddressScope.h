#pragma once

#include <QHostAddress>
#include <QString>

namespace mailready::checks {

// Where an address lives. Only Public addresses are ever seen by a receiving mail server.
enum class AddressScope {
    Public,
    Private,       // RFC 1918, IPv6 unique local fc00::/7
    Loopback,      // 127/8, ::1
    SharedCgnat,   // RFC 6598 100.64.0.0/10: the ISP's carrier-grade NAT
    LinkLocal,     // 169.254/16, fe80::/10
    Documentation, // RFC 5737 192.0.2/24, 198.51.100/24, 203.0.113/24; RFC 3849 2001:db8::/32
    Benchmarking,  // RFC 2544 198.18.0.0/15
    Unspecified,   // 0.0.0.0/8, ::
    Multicast,     // 224/4, ff00::/8
    Reserved,      // 240/4 and other special-purpose blocks
};

AddressScope addressScope(const QHostAddress& address);
// "a private (RFC 1918) address", ...; empty for Public.
QString scopeDescription(AddressScope scope);
// True for scopes no receiver can ever see as a sender (private, loopback, CGNAT, link-local, ...).
// Documentation and benchmarking ranges are not counted: they are examples and test addresses.
bool isNeverPublic(AddressScope scope);
// What the PTR check says of a sending address no receiver can see (isNeverPublic), and how to fix it: the same words
// wherever such an address is given (check, records, the wizard's record pages). Empty for any other address.
QString notPublicFinding(const QHostAddress& address);
QString notPublicFix();

} // namespace mailready::checks
