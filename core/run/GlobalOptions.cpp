#include "GlobalOptions.h"

namespace mailready {

dns::ResolverConfig GlobalOptions::resolverConfig() const
{
    dns::ResolverConfig c;
    c.servers = nameservers;
    c.timeoutMs = timeoutMs;
    return c;
}

} // namespace mailready
