#include "DnsName.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace mailready::dns {

QString absoluteName(const QString& name)
{
    QString n = name.trimmed().toLower();
    if (!n.endsWith(QLatin1Char('.')))
        n += QLatin1Char('.');
    return n;
}

QString displayName(const QString& name)
{
    QString n = name;
    if (n.endsWith(QLatin1Char('.')) && n.size() > 1)
        n.chop(1);
    return n;
}

static bool validLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    for (QChar c : label) {
        const bool ok =
            (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return label.front() != QLatin1Char('-') && label.back() != QLatin1Char('-');
}

bool isValidDnsName(const QString& name)
{
    QString n = name;
    if (n == QLatin1String("."))
        return true;
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty() || n.size() > 253)
        return false;
    const auto labels = QStringView(n).split(QLatin1Char('.'));
    for (const auto& label : labels)
        if (!validLabel(label))
            return false;
    return true;
}

std::optional<QString> normalizeDomain(const QString& input, QString* why)
{
    auto fail = [why](const QString& reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QString n = input.trimmed();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty())
        return fail(QCoreApplication::translate("DnsName", "the name is empty"));
    // One trailing dot is the root; a second one would survive as an empty label ("example.com..").
    if (n.endsWith(QLatin1Char('.')) || n.startsWith(QLatin1Char('.')) || n.contains(QLatin1String("..")))
        return fail(QCoreApplication::translate("DnsName", "'%1' has an empty label (two dots in a row)").arg(input));
    if (n.contains(QLatin1Char('@')))
        return fail(
            QCoreApplication::translate("DnsName", "'%1' looks like a mail address; give only the part after the @")
                .arg(input));
    if (n.contains(QLatin1String("://")) || n.contains(QLatin1Char('/')))
        return fail(QCoreApplication::translate("DnsName", "'%1' looks like a web address; give only the domain name")
                        .arg(input));
    if (!QHostAddress(n).isNull())
        return fail(QCoreApplication::translate("DnsName", "'%1' is an IP address, not a domain name").arg(input));
    const QString ace = QString::fromLatin1(QUrl::toAce(n)).toLower();
    if (ace.isEmpty())
        return fail(QCoreApplication::translate("DnsName", "'%1' is not a valid domain name").arg(input));
    if (!isValidDnsName(ace))
        return fail(QCoreApplication::translate(
                        "DnsName", "'%1' is not a valid domain name (labels of letters, digits and hyphens, "
                                   "separated by dots)")
                        .arg(input));
    // IDNA may map a label to nothing ("1.2.3.ÿÿÿ" became "1.2.3."): the empty-label test again, after conversion.
    if (ace.endsWith(QLatin1Char('.')) || ace.startsWith(QLatin1Char('.')) || ace.contains(QLatin1String("..")))
        return fail(QCoreApplication::translate("DnsName",
                                                "'%1' is not a valid domain name (a label is empty after conversion)")
                        .arg(input));
    // Compatibility forms (superscript and full-width digits) become ASCII digits only now: "1.2.3.1²" is 1.2.3.12.
    if (!QHostAddress(ace).isNull())
        return fail(QCoreApplication::translate("DnsName", "'%1' is an IP address, not a domain name").arg(input));
    if (!ace.contains(QLatin1Char('.')))
        return fail(
            QCoreApplication::translate("DnsName", "'%1' has no dot; give the full domain name, such as example.com")
                .arg(input));
    return ace;
}

QString reversedLabels(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4").arg(v4 & 0xff).arg((v4 >> 8) & 0xff).arg((v4 >> 16) & 0xff).arg(v4 >> 24);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QStringList nibbles;
    nibbles.reserve(32);
    for (int i = 15; i >= 0; --i) {
        nibbles << QString::number(v6[i] & 0x0f, 16) << QString::number((v6[i] >> 4) & 0x0f, 16);
    }
    return nibbles.join(QLatin1Char('.'));
}

QString reverseName(const QHostAddress& address)
{
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    return reversedLabels(address) + (isV4 ? QStringLiteral(".in-addr.arpa.") : QStringLiteral(".ip6.arpa."));
}

QString addressText(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    return address.toString();
}

std::optional<QHostAddress> parseAddress(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Only the characters of the textual forms: QHostAddress stops reading at a NUL, so "192.0.2.1\0junk" (an echo
    // body, say) would pass for an address. This also refuses scoped addresses ("fe80::1%eth0").
    for (const QChar c : t) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex && u != u'.' && u != u':')
            return std::nullopt;
    }
    QHostAddress a;
    if (!a.setAddress(t))
        return std::nullopt;
    // QHostAddress accepts shorthand such as "1.2.3" or "127.1"; a user typing that most likely made a mistake.
    if (a.protocol() == QAbstractSocket::IPv4Protocol && t.count(QLatin1Char('.')) != 3)
        return std::nullopt;
    return a;
}

QString ServerAddress::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

std::optional<HostPort> splitHostPort(const QString& input, quint16 defaultPort, QString* why)
{
    auto fail = [why, &input](const QString& reason) -> std::optional<HostPort> {
        if (why)
            *why = QStringLiteral("'%1' %2").arg(input, reason);
        return std::nullopt;
    };
    const QString text = input.trimmed();
    HostPort result{text, defaultPort};
    QString portText;
    bool portGiven = false;
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(QCoreApplication::translate("DnsName", "has an unclosed '['"));
        result.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(QCoreApplication::translate("DnsName", "is not HOST[:PORT]"));
            portText = rest.mid(1);
            portGiven = true;
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        result.host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
        portGiven = true;
    }
    // "127.0.0.1:" is a port left out by mistake, not port 53: asking another server than meant is never silent.
    if (portGiven) {
        bool ok = false;
        const uint p = portText.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return fail(QCoreApplication::translate("DnsName", "has an invalid port (1 to 65535)"));
        result.port = static_cast<quint16>(p);
    }
    return result;
}

std::optional<ServerAddress> parseServerAddress(const QString& input, quint16 defaultPort, QString* why)
{
    const auto split = splitHostPort(input, defaultPort, why);
    if (!split)
        return std::nullopt;
    QString host = split->host;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    const auto addr = parseAddress(host);
    if (!addr) {
        if (why)
            *why = QStringLiteral("'%1' %2").arg(
                input, QCoreApplication::translate("DnsName", "is not an IP address (give the server as 192.0.2.1, "
                                                              "192.0.2.1:5353 or [2001:db8::1]:5353)"));
        return std::nullopt;
    }
    return ServerAddress{*addr, split->port};
}

} // namespace mailready::dns
