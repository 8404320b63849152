#pragma once

#include "DnsName.h"
#include "Resolver.h"

#include <optional>

namespace mailready::dns {

// The zone a name lives in and the addresses of its authoritative servers, so a record the user has just published
// can be seen at once, before recursive resolvers' caches expire.
struct ZoneServers
{
    QString zone;                 // absolute: "example.com."
    QList<ServerAddress> servers; // the NS hosts' addresses
    QList<Answer> trail;          // the queries behind it, as evidence
};

// Walks up from `name` asking for NS records until a zone cut is found, then resolves the NS names. `port` is the
// port to reach them on (53 in the world; tests point it at their own server). nullopt with *why on failure.
std::optional<ZoneServers> findZoneServers(Resolver& resolver, const QString& name, quint16 port, QString* why);

// Sends questions for names inside `zone` to `inZone` and every other question to `outside`.
class ZoneRoutingResolver final : public Resolver
{
public:
    ZoneRoutingResolver(QString zone, Resolver& inZone, Resolver& outside)
        : m_zone(absoluteName(zone)), m_inZone(inZone), m_outside(outside)
    {}
    Answer query(const QString& name, RRType type) override;
    QStringList servers() const override;

private:
    QString m_zone;
    Resolver& m_inZone;
    Resolver& m_outside;
};

} // namespace mailready::dns
