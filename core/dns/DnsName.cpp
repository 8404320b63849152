#include "DnsName.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <algorithm>

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

// Each of the four parts of a dotted quad read in `base` (8 for the octal reading some programs give "010"), or
// nullopt when a part is not a number 0 to 255 in that base. A part without a leading zero is decimal in both
// readings, as inet_aton() reads it.
static std::optional<QString> dottedQuad(const QList<QStringView>& parts, int base)
{
    QStringList octets;
    for (const QStringView part : parts) {
        const bool padded = part.size() > 1 && part.front() == u'0';
        bool ok = false;
        const uint v = part.toUInt(&ok, padded ? base : 10);
        if (!ok || v > 255)
            return std::nullopt;
        octets << QString::number(v);
    }
    return octets.join(QLatin1Char('.'));
}

static bool isDecimal(QStringView part)
{
    return !part.isEmpty() && part.size() <= 4 &&
           std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Dotted decimal only: four numbers 0 to 255 with no leading zero. A leading zero is refused with both readings named,
// since inet_aton() and Qt read "010" as 8 and a person means 10; which one is meant only its writer knows.
static std::optional<QHostAddress> strictIpv4(const QString& t, QString* why)
{
    const QList<QStringView> parts = QStringView(t).split(QLatin1Char('.'));
    const bool digitsOnly = parts.size() == 4 && std::all_of(parts.begin(), parts.end(), isDecimal);
    const auto decimal = digitsOnly ? dottedQuad(parts, 10) : std::nullopt;
    const bool padded =
        std::any_of(parts.begin(), parts.end(), [](QStringView p) { return p.size() > 1 && p.front() == u'0'; });
    if (decimal && !padded)
        return QHostAddress(*decimal);
    const auto octal = digitsOnly && padded ? dottedQuad(parts, 8) : std::nullopt;
    if (why && (decimal || octal)) {
        if (decimal && octal && *decimal != *octal)
            *why = QCoreApplication::translate("DnsName", "'%1' has a leading zero in an octet, which some programs "
                                                          "read as octal: write %2 or %3")
                       .arg(t, *decimal, *octal);
        else
            *why = QCoreApplication::translate("DnsName", "'%1' has a leading zero in an octet, which some programs "
                                                          "read as octal: write %2")
                       .arg(t, decimal ? *decimal : *octal);
    } else if (why) {
        *why = QCoreApplication::translate("DnsName", "'%1' is not an IPv4 address: write four numbers 0 to 255 "
                                                      "separated by dots, such as 192.0.2.1")
                   .arg(t);
    }
    return std::nullopt;
}

// RFC 4291 section 2.2 text: groups of one to four hex digits, one "::" at most, an IPv4 tail in dotted decimal.
static std::optional<QHostAddress> strictIpv6(const QString& t, QString* why)
{
    const QList<QStringView> groups = QStringView(t).split(QLatin1Char(':'));
    bool ok = t.count(QLatin1String("::")) <= 1 && !t.contains(QLatin1String(":::"));
    for (qsizetype i = 0; ok && i < groups.size(); ++i) {
        const QStringView g = groups[i];
        if (i == groups.size() - 1 && g.contains(u'.'))
            ok = strictIpv4(g.toString(), nullptr).has_value();
        else
            ok = g.size() <= 4 && !g.contains(u'.');
    }
    QHostAddress a;
    if (ok && a.setAddress(t) && a.protocol() == QAbstractSocket::IPv6Protocol)
        return a;
    if (why)
        *why = QCoreApplication::translate("DnsName", "'%1' is not an IPv6 address: write groups of up to four hex "
                                                      "digits separated by colons, such as 2001:db8::1")
                   .arg(t);
    return std::nullopt;
}

bool looksLikeAddress(const QString& text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && (t.contains(QLatin1Char(':')) ||
                            std::all_of(t.begin(), t.end(), [](QChar c) { return c.isDigit() || c == u'.'; }));
}

std::optional<QHostAddress> parseAddress(const QString& text, QString* why)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("DnsName", "the address is empty");
        return std::nullopt;
    }
    if (t.contains(QLatin1Char('%'))) {
        if (why)
            *why = QCoreApplication::translate("DnsName", "'%1' has a scope after the %, which means something only on "
                                                          "one machine: write the address without it")
                       .arg(t);
        return std::nullopt;
    }
    // Only the characters of the textual forms: QHostAddress stops reading at a NUL, so "192.0.2.1\0junk" (an echo
    // body, say) would pass for an address; "0x7f.0.0.1" and names stop here too.
    for (const QChar c : t) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex && u != u'.' && u != u':') {
            if (why)
                *why = QCoreApplication::translate("DnsName", "'%1' is not an IP address: write IPv4 as four numbers "
                                                              "0 to 255 (192.0.2.1) or IPv6 as in 2001:db8::1")
                           .arg(t);
            return std::nullopt;
        }
    }
    return t.contains(QLatin1Char(':')) ? strictIpv6(t, why) : strictIpv4(t, why);
}

QString ServerAddress::toString() const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

// "::1:5353" is the address ::1:5353 and also ::1 followed by port 5353; taken as the address it silently asks port 53.
// The last group, when it reads as a port and what stands before it is an address of its own, makes the text ambiguous.
static std::optional<QString> portLookalike(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    const QString tail = text.mid(colon + 1);
    bool ok = false;
    const uint port = tail.toUInt(&ok);
    const bool digits = std::all_of(tail.begin(), tail.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (colon < 0 || tail.isEmpty() || !digits || !ok || port == 0 || port > 65535 || !parseAddress(text))
        return std::nullopt;
    if (!parseAddress(text.left(colon)))
        return std::nullopt;
    return tail;
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
    } else if (const auto port = portLookalike(text)) {
        const QString head = text.left(text.lastIndexOf(QLatin1Char(':')));
        if (why)
            *why = QCoreApplication::translate("DnsName", "'%1' could be the address %1 or %2 with port %3: write "
                                                          "[%2]:%3 for the port, or [%1] for the address")
                       .arg(text, head, *port);
        return std::nullopt;
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
    QString addressWhy;
    const auto addr = parseAddress(host, &addressWhy);
    if (!addr && why && looksLikeAddress(host)) {
        *why = addressWhy;
        return std::nullopt;
    }
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
