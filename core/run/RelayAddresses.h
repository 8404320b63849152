#pragma once

#include "checks/CheckRequest.h"
#include "dns/DnsAnswer.h"
#include "dns/Resolver.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace mailready {

// The addresses a relay sends from: the ones given with --relay-ip, else the A and AAAA records of its host name.
struct RelayAddresses
{
    QString host;               // the relay's name (or address text), without port
    QList<QHostAddress> ips;    // empty when they could not be found: see problem
    QList<dns::Answer> answers; // the lookups, for evidence
    bool given = false;         // from --relay-ip rather than DNS
    QString problem;            // one sentence: why there is no address
};

RelayAddresses resolveRelay(dns::Resolver& resolver, const CheckRequest& request);

} // namespace mailready
