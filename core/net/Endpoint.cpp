#include "Endpoint.h"

#include "dns/CachingResolver.h"
#include "dns/DnsName.h"

#include <QCoreApplication>

namespace mailready::net {

QString Endpoint::toString() const
{
    if (literal && literal->protocol() == QAbstractSocket::IPv6Protocol && !host.contains(QLatin1Char('.')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

std::optional<Endpoint> parseEndpoint(const QString& input, quint16 defaultPort, QString* why)
{
    auto fail = [why, &input](const QString& reason) -> std::optional<Endpoint> {
        if (why)
            *why = QStringLiteral("'%1' %2").arg(input, reason);
        return std::nullopt;
    };
    const QString text = input.trimmed();
    QString host = text;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QCoreApplication::translate("Endpoint", "has an unclosed '['"));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(QCoreApplication::translate("Endpoint", "is not HOST[:PORT]"));
            portText = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
    }
    Endpoint e;
    e.port = defaultPort;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint p = portText.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return fail(QCoreApplication::translate("Endpoint", "has an invalid port (1 to 65535)"));
        e.port = static_cast<quint16>(p);
    }
    QString addressWhy;
    if (const auto a = dns::parseAddress(host, &addressWhy)) {
        e.literal = *a;
        e.host = dns::addressText(*a);
        return e;
    }
    // "010.1.1.1" is no host name (no top-level domain is all digits): resolved, it would become 8.1.1.1.
    if (dns::looksLikeAddress(host)) {
        if (why)
            *why = addressWhy;
        return std::nullopt;
    }
    const auto name = dns::normalizeDomain(host);
    if (!name || !name->contains(QLatin1Char('.')))
        return fail(QCoreApplication::translate(
            "Endpoint", "is not HOST[:PORT] (a host name or an IP address, then an optional port)"));
    e.host = *name;
    return e;
}

ResolvedEndpoint resolveEndpoint(dns::Resolver& resolver, const Endpoint& endpoint)
{
    ResolvedEndpoint r;
    if (endpoint.literal) {
        r.addresses << *endpoint.literal;
        return r;
    }
    const QString name = dns::absoluteName(endpoint.host);
    r.answers = dns::queryAll(resolver, {dns::Question{name, dns::RRType::A}, dns::Question{name, dns::RRType::AAAA}});
    for (const dns::Answer& a : std::as_const(r.answers)) {
        r.addresses += a.addresses();
        r.temporary = r.temporary || a.isTemporaryFailure();
    }
    if (r.addresses.isEmpty()) {
        const dns::Answer& a = r.answers.first();
        r.error = r.temporary ? QCoreApplication::translate("Endpoint", "the address lookup of %1 failed (%2)")
                                    .arg(endpoint.host,
                                         dns::outcomeName(a.isTemporaryFailure() ? a.outcome : r.answers[1].outcome))
                              : QCoreApplication::translate("Endpoint", "%1 has no address (%2)")
                                    .arg(endpoint.host, dns::outcomeName(a.outcome));
    }
    return r;
}

} // namespace mailready::net
