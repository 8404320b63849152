#pragma once

#include "DnsName.h"
#include "Resolver.h"

#include <atomic>
#include <memory>

namespace mailready::dns {

struct ResolverConfig
{
    QList<ServerAddress> servers; // empty: the system's resolvers (/etc/resolv.conf)
    int timeoutMs = 2500;         // per attempt
    int attempts = 2;             // per server
    quint16 ednsUdpSize = 1232;   // EDNS0 buffer size advertised
    bool recursionDesired = true; // false when talking to authoritative servers directly

    bool operator==(const ResolverConfig&) const = default;
};

// The one implementation of Resolver that talks to the network, through ldns.
// Each query builds its own ldns resolver object per server: ldns marks a server that failed once as dead for the
// object's lifetime, and a fresh object also makes concurrent queries from many threads safe.
// A lookup is bounded by servers x attempts x timeoutMs per step of a CNAME chain (at most 8 steps). With several
// servers, the next one is asked as well while the first is quiet (see askServers in the .cpp), so a dead first
// server costs a moment, not its attempts.
class LdnsResolver final : public Resolver
{
public:
    explicit LdnsResolver(ResolverConfig config);

    Answer query(const QString& name, RRType type) override;
    QStringList servers() const override;

    const ResolverConfig& config() const { return m_config; }
    // The nameservers /etc/resolv.conf names (empty when it cannot be read).
    static QList<ServerAddress> systemServers();

private:
    ResolverConfig m_config;
    // Set when a later server answered while the first was still quiet: the lookups after it ask every server at
    // once instead of waiting for the first again. Cleared when the first answers first.
    std::shared_ptr<std::atomic<bool>> m_firstIsSlow = std::make_shared<std::atomic<bool>>(false);
};

// Reads the replies of one lookup, each in DNS wire format (RFC 1035 4.1), into the Answer exactly as
// LdnsResolver::query reads the replies it receives (it uses the same code): SERVFAIL and REFUSED; the answer
// section's records of the asked type at the end of the CNAME chain (followed within the reply, loops refused);
// NXDOMAIN, NODATA and other rcodes; the negative TTL from the authority section's SOA. When the chain leads out of
// a reply (a CNAME into another zone), the resolver asks for its target: here the next reply answers that step, so
// replies[i] is the reply to step i. Bytes that are no DNS message read as a failed query, running out of replies as
// one nobody answered. Pure: no network.
Answer answerFromReplies(const QString& name, RRType type, const QList<QByteArray>& replies,
                         const QString& server = QStringLiteral("127.0.0.1"));

} // namespace mailready::dns
