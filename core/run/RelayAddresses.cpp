#include "RelayAddresses.h"

#include "dns/DnsName.h"
#include "net/Endpoint.h"

#include <QCoreApplication>

namespace mailready {

RelayAddresses resolveRelay(dns::Resolver& resolver, const CheckRequest& request)
{
    RelayAddresses r;
    QString why;
    const auto endpoint = net::parseEndpoint(request.relay.trimmed(), 25, &why);
    if (!endpoint) {
        r.problem = QCoreApplication::translate("RelayAddresses", "The relay '%1' is not HOST[:PORT]: %2.")
                        .arg(request.relay, why);
        return r;
    }
    r.host = endpoint->host;
    if (!request.relayIps.isEmpty()) {
        r.ips = request.relayIps;
        r.given = true;
        return r;
    }
    const net::ResolvedEndpoint resolved = net::resolveEndpoint(resolver, *endpoint);
    r.answers = resolved.answers;
    // A half-answered lookup (A found, AAAA timed out) could hide an address that sends too: judge none of them.
    if (!resolved.temporary)
        r.ips = resolved.addresses;
    if (r.ips.isEmpty()) {
        QStringList outcomes;
        for (const dns::Answer& a : resolved.answers)
            outcomes << QStringLiteral("%1 %2: %3")
                            .arg(dns::displayName(a.name), dns::rrTypeName(a.type), dns::outcomeName(a.outcome));
        r.problem =
            resolved.temporary
                ? QCoreApplication::translate(
                      "RelayAddresses", "The relay's address could not be looked up (%1), so what receivers see of "
                                        "it is unverified.")
                      .arg(outcomes.isEmpty() ? resolved.error : outcomes.join(QStringLiteral("; ")))
                : QCoreApplication::translate("RelayAddresses", "The relay %1 has no address in DNS (%2).")
                      .arg(r.host, outcomes.isEmpty() ? resolved.error : outcomes.join(QStringLiteral("; ")));
    }
    return r;
}

} // namespace mailready
