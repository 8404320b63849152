#include "AddressScope.h"

#include "checks/Wording.h"
#include "dns/DnsName.h"

#include <QCoreApplication>

namespace mailready::checks {

static bool inSubnet(const QHostAddress& a, const char* net, int prefix)
{
    return a.isInSubnet(QHostAddress(QString::fromLatin1(net)), prefix);
}

AddressScope addressScope(const QHostAddress& input)
{
    // IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
    QHostAddress a = input;
    bool isV4 = false;
    const quint32 v4 = input.toIPv4Address(&isV4);
    if (isV4)
        a = QHostAddress(v4);

    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        if (inSubnet(a, "127.0.0.0", 8))
            return AddressScope::Loopback;
        if (inSubnet(a, "10.0.0.0", 8) || inSubnet(a, "172.16.0.0", 12) || inSubnet(a, "192.168.0.0", 16))
            return AddressScope::Private;
        if (inSubnet(a, "100.64.0.0", 10))
            return AddressScope::SharedCgnat;
        if (inSubnet(a, "169.254.0.0", 16))
            return AddressScope::LinkLocal;
        if (inSubnet(a, "192.0.2.0", 24) || inSubnet(a, "198.51.100.0", 24) || inSubnet(a, "203.0.113.0", 24))
            return AddressScope::Documentation;
        if (inSubnet(a, "198.18.0.0", 15))
            return AddressScope::Benchmarking;
        if (inSubnet(a, "0.0.0.0", 8))
            return AddressScope::Unspecified;
        if (inSubnet(a, "224.0.0.0", 4))
            return AddressScope::Multicast;
        if (inSubnet(a, "240.0.0.0", 4) || inSubnet(a, "192.0.0.0", 24))
            return AddressScope::Reserved;
        return AddressScope::Public;
    }
    if (a.isLoopback())
        return AddressScope::Loopback;
    if (a == QHostAddress(QHostAddress::AnyIPv6))
        return AddressScope::Unspecified;
    if (inSubnet(a, "fc00::", 7))
        return AddressScope::Private;
    if (inSubnet(a, "fe80::", 10))
        return AddressScope::LinkLocal;
    if (inSubnet(a, "2001:db8::", 32) || inSubnet(a, "3fff::", 20))
        return AddressScope::Documentation;
    if (inSubnet(a, "2001:2::", 48))
        return AddressScope::Benchmarking;
    if (inSubnet(a, "ff00::", 8))
        return AddressScope::Multicast;
    if (!inSubnet(a, "2000::", 3))
        return AddressScope::Reserved; // everything outside global unicast
    return AddressScope::Public;
}

QString scopeDescription(AddressScope scope)
{
    switch (scope) {
    case AddressScope::Public:
        return {};
    case AddressScope::Private:
        return QCoreApplication::translate(
            "AddressScope", "a private address (RFC 1918 / unique local), used only inside a home or office network");
    case AddressScope::Loopback:
        return QCoreApplication::translate("AddressScope",
                                           "a loopback address, which only ever means \"this machine\"");
    case AddressScope::SharedCgnat:
        return QCoreApplication::translate(
            "AddressScope", "an address of your ISP's carrier-grade NAT (100.64.0.0/10, RFC 6598), shared with "
                            "other customers and not reachable from the internet");
    case AddressScope::LinkLocal:
        return QCoreApplication::translate("AddressScope",
                                           "a link-local address, valid only on the local network segment");
    case AddressScope::Documentation:
        return QCoreApplication::translate("AddressScope",
                                           "an address from a range reserved for documentation and examples");
    case AddressScope::Benchmarking:
        return QCoreApplication::translate("AddressScope",
                                           "an address from the range reserved for benchmarking and tests");
    case AddressScope::Unspecified:
        return QCoreApplication::translate("AddressScope", "the unspecified address, which belongs to no host");
    case AddressScope::Multicast:
        return QCoreApplication::translate("AddressScope", "a multicast address, which never sends mail");
    case AddressScope::Reserved:
        return QCoreApplication::translate("AddressScope", "an address from a reserved special-purpose range");
    }
    return {};
}

QString notPublicFinding(const QHostAddress& address)
{
    const AddressScope scope = addressScope(address);
    if (!isNeverPublic(scope))
        return {};
    return QCoreApplication::translate("PtrCheck", "%1 is %2, so it cannot be the address your mail leaves from as "
                                                   "receivers see it. Its reverse DNS means nothing to them.")
        .arg(dns::addressText(address), scopeDescription(scope));
}

QString notPublicFix()
{
    return forAudience(
        QCoreApplication::translate("PtrCheck", "Use the server's public address: run the check without --ip "
                                                "to discover it, or look it up in your router or at your "
                                                "hosting provider."),
        QCoreApplication::translate("PtrCheck", "Use the server's public address: leave Server addresses on "
                                                "the first page empty to discover it, or look it up in your "
                                                "router or at your hosting provider."));
}

bool isNeverPublic(AddressScope scope)
{
    return scope != AddressScope::Public && scope != AddressScope::Documentation && scope != AddressScope::Benchmarking;
}

} // namespace mailready::checks
