#include "Authoritative.h"

#include "CachingResolver.h"

#include <QCoreApplication>

namespace mailready::dns {

std::optional<ZoneServers> findZoneServers(Resolver& resolver, const QString& name, quint16 port, QString* why)
{
    ZoneServers result;
    QString candidate = absoluteName(name);
    QStringList nsNames;
    while (candidate != QLatin1String(".") && !candidate.isEmpty()) {
        const Answer ns = resolver.query(candidate, RRType::NS);
        result.trail << ns;
        if (ns.isTemporaryFailure()) {
            if (why)
                *why = QCoreApplication::translate("Authoritative", "the NS lookup for %1 failed: %2")
                           .arg(displayName(candidate), ns.error);
            return std::nullopt;
        }
        if (ns.hasData()) {
            result.zone = candidate;
            nsNames = ns.targets();
            break;
        }
        candidate = candidate.section(QLatin1Char('.'), 1);
        if (candidate.isEmpty())
            candidate = QStringLiteral(".");
    }
    if (nsNames.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("Authoritative", "no zone with NS records was found above %1")
                       .arg(displayName(name));
        return std::nullopt;
    }
    QList<Question> questions;
    for (const QString& ns : std::as_const(nsNames))
        questions << Question{ns, RRType::A} << Question{ns, RRType::AAAA};
    for (const Answer& a : queryAll(resolver, questions)) {
        result.trail << a;
        for (const QHostAddress& addr : a.addresses()) {
            const ServerAddress server{addr, port};
            bool seen = false;
            for (const ServerAddress& s : std::as_const(result.servers))
                seen = seen || (s.address == server.address && s.port == server.port);
            if (!seen)
                result.servers << server;
        }
    }
    if (result.servers.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("Authoritative", "the nameservers of %1 (%2) have no address")
                       .arg(displayName(result.zone), nsNames.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return result;
}

Answer ZoneRoutingResolver::query(const QString& name, RRType type)
{
    const QString n = absoluteName(name);
    const bool inside = n == m_zone || n.endsWith(QLatin1Char('.') + m_zone);
    return (inside ? m_inZone : m_outside).query(name, type);
}

QStringList ZoneRoutingResolver::servers() const
{
    QStringList s = m_inZone.servers();
    for (const QString& o : m_outside.servers())
        if (!s.contains(o))
            s << o;
    return s;
}

} // namespace mailready::dns
