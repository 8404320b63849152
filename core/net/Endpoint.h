#pragma once

#include "dns/DnsAnswer.h"
#include "dns/Resolver.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace mailready::net {

// A server given as "HOST[:PORT]", "[v6]:PORT" or a bare IPv6 address; HOST may be a name.
struct Endpoint
{
    QString host; // name (no trailing dot) or address text
    quint16 port = 0;
    std::optional<QHostAddress> literal; // set when host is an address

    QString toString() const; // "mx.example.com:25", "[2001:db8::1]:25"
};

std::optional<Endpoint> parseEndpoint(const QString& text, quint16 defaultPort, QString* why = nullptr);

// The addresses of an endpoint: the literal, or the A and AAAA records of its name asked through `resolver`
// (IPv4 first). `temporary` is set when a lookup failed in a way that says nothing (timeout, SERVFAIL, ...).
struct ResolvedEndpoint
{
    QList<QHostAddress> addresses;
    QList<dns::Answer> answers; // for evidence
    bool temporary = false;
    QString error; // why there is no address
};

ResolvedEndpoint resolveEndpoint(dns::Resolver& resolver, const Endpoint& endpoint);

} // namespace mailready::net
