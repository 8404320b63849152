#include "EdgeHop.h"

#include "checks/rdns/AddressScope.h"
#include "mail/Received.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace mailready::receiver {

namespace {

// `receiverSites`: the sites of every receiving host met so far, this hop's included. A hop from one of them is
// between two of the receiver's own hosts (Microsoft hands a message on through outlook.com and office365.com).
bool isReceiversOwnHop(const mail::ReceivedHop& hop, const QSet<QString>& receiverSites)
{
    if (!hop.hasFrom || hop.ip.isNull())
        return true;
    const checks::AddressScope scope = checks::addressScope(hop.ip);
    if (checks::isNeverPublic(scope))
        return true;
    const QString helo = siteOf(hop.helo);
    const QString ptr = siteOf(hop.ptr);
    return (!helo.isEmpty() && receiverSites.contains(helo)) || (!ptr.isEmpty() && receiverSites.contains(ptr));
}

// Microsoft 365 / Outlook.com: "CIP:203.0.113.5;CTRY:..;H:mail.example.com;PTR:mail.example.com;..."
std::optional<Connection> fromForefront(const mail::MessageText& message)
{
    const mail::HeaderField* field = message.first(QLatin1String("x-forefront-antispam-report"));
    if (!field)
        return std::nullopt;
    Connection c;
    for (const QString& part : field->value().split(QLatin1Char(';'))) {
        const QString key = part.section(QLatin1Char(':'), 0, 0).trimmed().toUpper();
        const QString value = part.section(QLatin1Char(':'), 1).trimmed();
        if (key == QLatin1String("CIP"))
            c.ip.setAddress(value);
        else if (key == QLatin1String("H"))
            c.helo = value;
        else if (key == QLatin1String("PTR"))
            c.ptr = value.toLower();
    }
    if (c.ip.isNull())
        return std::nullopt;
    c.ptrNone = c.ptr.isEmpty();
    c.source = QStringLiteral("X-Forefront-Antispam-Report");
    // The Received: line of that address, for the receiving host and TLS.
    for (qsizetype i = 0; i < message.headers.size(); ++i) {
        if (!message.headers[i].is(QLatin1String("received")))
            continue;
        const mail::ReceivedHop hop = mail::parseReceived(message.headers[i].value());
        if (hop.ip.isEqual(c.ip)) {
            c.receiver = hop.by;
            c.tls = hop.tls;
            c.software = hop.software;
            c.fieldIndex = i;
            break;
        }
    }
    return c;
}

} // namespace

QString siteOf(const QString& host)
{
    const QStringList labels = host.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return {};
    return labels.mid(labels.size() - 2).join(QLatin1Char('.'));
}

QJsonValue Connection::toJson() const
{
    QJsonObject o{{QStringLiteral("ip"), ip.toString()},
                  {QStringLiteral("helo"), helo},
                  {QStringLiteral("ptr"), ptrNone ? QJsonValue() : QJsonValue(ptr)},
                  {QStringLiteral("receiver"), receiver},
                  {QStringLiteral("tls"), tls.isEmpty() ? QJsonValue() : QJsonValue(tls)},
                  {QStringLiteral("source"), source}};
    return o;
}

bool receivedBy(const mail::ReceivedHop& hop, const QString& receiver)
{
    return hop.by == receiver || hop.by.endsWith(QLatin1Char('.') + receiver);
}

std::optional<Connection> findConnection(const mail::MessageText& message, QString* why, const QString& receiver)
{
    if (receiver.isEmpty())
        if (auto forefront = fromForefront(message))
            return forefront;
    bool anyReceived = false;
    QSet<QString> receiverSites;
    for (qsizetype i = 0; i < message.headers.size(); ++i) {
        if (!message.headers[i].is(QLatin1String("received")))
            continue;
        anyReceived = true;
        const mail::ReceivedHop hop = mail::parseReceived(message.headers[i].value());
        if (const QString site = siteOf(hop.by); !site.isEmpty())
            receiverSites.insert(site);
        if (receiver.isEmpty() ? isReceiversOwnHop(hop, receiverSites)
                               : !hop.hasFrom || hop.ip.isNull() || !receivedBy(hop, receiver))
            continue;
        Connection c{
            hop.ip, hop.helo, hop.ptr, hop.ptrNone, hop.by, hop.tls, hop.software, i, QStringLiteral("Received")};
        return c;
    }
    if (why)
        *why = !receiver.isEmpty() && anyReceived
                   ? QCoreApplication::translate("Message", "No Received: header records a connection to %1.")
                         .arg(receiver)
               : anyReceived
                   ? QCoreApplication::translate("Message", "No Received: header records a connection from outside the "
                                                            "receiver, so the connecting address is not known.")
                   : QCoreApplication::translate("Message", "The message has no Received: header: it is not a copy "
                                                            "as a receiver stored it (or its headers were cut off).");
    return std::nullopt;
}

// The fields the receiver wrote: everything above its Received: line, and (as Gmail writes them) those just below it,
// up to the next Received: line, that carry the receiver's own authserv-id. RFC 8601 section 5 has a receiver remove
// fields claiming its own id that arrived with the message, so below the line only its own id is trusted.
static std::optional<mail::AuthResults> receiversField(const mail::MessageText& message, const Connection& connection,
                                                       bool arc)
{
    const QLatin1String name =
        arc ? QLatin1String("arc-authentication-results") : QLatin1String("authentication-results");
    const QString site = siteOf(connection.receiver);
    std::optional<mail::AuthResults> chosen;
    for (qsizetype i = 0; i < message.headers.size(); ++i) {
        const bool below = i > connection.fieldIndex;
        if (below && message.headers[i].is(QLatin1String("received")))
            break;
        if (i == connection.fieldIndex || !message.headers[i].is(name))
            continue;
        const mail::AuthResults ar = mail::parseAuthResults(message.headers[i].value(), arc);
        const bool own = !site.isEmpty() && siteOf(ar.authservId) == site;
        if (!ar.valid || (below && !own))
            continue;
        if (own)
            return ar;
        if (!chosen || ar.authservId.isEmpty())
            chosen = ar;
    }
    return chosen;
}

ReceiverResults findReceiverResults(const mail::MessageText& message, const std::optional<Connection>& connection)
{
    if (!connection || connection->fieldIndex < 0)
        return {};
    for (const bool arc : {false, true})
        if (const auto ar = receiversField(message, *connection, arc))
            return {ar->authservId,
                    arc ? QStringLiteral("ARC-Authentication-Results") : QStringLiteral("Authentication-Results"),
                    ar->results};
    return {};
}

} // namespace mailready::receiver
