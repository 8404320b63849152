#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace mailready::dns {

// Lower-case, trailing dot. "Example.COM" -> "example.com."
QString absoluteName(const QString& name);
// Without the trailing dot, for display.
QString displayName(const QString& name);

// A host or domain name a user may type: IDN converted to its ASCII form, letters, digits, hyphen and
// underscore in labels of 1..63 octets, 253 at most. Returns the ASCII form without trailing dot, or
// nullopt with *why set to one plain sentence.
std::optional<QString> normalizeDomain(const QString& input, QString* why = nullptr);
// True when the name is a syntactically valid DNS name (absolute or not); no IDN conversion.
bool isValidDnsName(const QString& name);

// 203.0.113.5 -> "5.113.0.203.in-addr.arpa."; IPv6 -> 32 nibbles under ip6.arpa.
QString reverseName(const QHostAddress& address);
// The label part of a blocklist query: reversed octets or nibbles, no zone, no dot at the end.
QString reversedLabels(const QHostAddress& address);

// A nameserver given as "HOST[:PORT]", "[v6]:PORT" or a bare IPv6 address.
struct ServerAddress
{
    QHostAddress address;
    quint16 port = 53;
    QString toString() const; // "127.0.0.1:5353" or "[::1]:5353"

    bool operator==(const ServerAddress&) const = default;
};
std::optional<ServerAddress> parseServerAddress(const QString& text, quint16 defaultPort, QString* why = nullptr);
// The HOST and PORT of "HOST[:PORT]" or "[v6]:PORT" without judging HOST (a name or an address); a bare IPv6 address
// is a host without port. nullopt with *why set when the brackets or the port are wrong.
struct HostPort
{
    QString host;
    quint16 port = 53;
};
std::optional<HostPort> splitHostPort(const QString& text, quint16 defaultPort, QString* why = nullptr);

// The address as text; IPv4-mapped IPv6 addresses are shown as IPv4.
QString addressText(const QHostAddress& address);
// Parses an address the one way everybody reads it: IPv4 as four decimal numbers 0 to 255 without leading zeros,
// IPv6 as RFC 4291 text. Refuses names, scoped addresses and the short, hex and octal forms ("127.1", "0x7f.0.0.1",
// "010.1.1.1" is 8.1.1.1 to inet_aton), with *why set to one sentence naming the form expected.
std::optional<QHostAddress> parseAddress(const QString& text, QString* why = nullptr);
// True when the text can only have been meant as an address (digits and dots, or a colon), not as a host name.
bool looksLikeAddress(const QString& text);

} // namespace mailready::dns
