#pragma once

#include "dns/LdnsResolver.h"

#include <QList>

namespace mailready {

// Options every subcommand and the wizard accept (--nameserver, --timeout, --json). The command line reads them;
// the wizard is handed them, so they live below both.
struct GlobalOptions
{
    QList<dns::ServerAddress> nameservers; // empty: the system's resolvers
    int timeoutMs = 2500;
    bool json = false;

    dns::ResolverConfig resolverConfig() const;
};

} // namespace mailready
