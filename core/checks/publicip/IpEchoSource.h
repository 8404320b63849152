#pragma once

#include "dns/DnsAnswer.h"
#include "dns/DnsName.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace mailready::checks {

// A DNS service that answers with the address the question came from: "A:myip.opendns.com@208.67.222.222".
struct DnsEchoSource
{
    dns::RRType type = dns::RRType::A; // A, AAAA or TXT
    QString name;                      // absolute
    dns::ServerAddress server;

    QString label() const; // as written: "A:myip.opendns.com@208.67.222.222"
};

std::optional<DnsEchoSource> parseDnsEchoSource(const QString& text, QString* why = nullptr);
QStringList defaultDnsEchoSources();
QStringList defaultHttpEchoUrls();

// The address an echo endpoint's plain-text body holds, or nullopt when the body is anything else (HTML, an error
// page, several words). Pure.
std::optional<QHostAddress> parseEchoBody(const QByteArray& body);

// The most of an HTTP echo answer that is read; a larger one is refused.
constexpr qsizetype kHttpEchoLimit = 64 * 1024;

// What an HTTP echo endpoint's whole answer (status line, headers and body, as received until the server closed)
// says: the address, or why there is none. fetchHttpEcho reads every answer with it. Pure.
struct HttpEchoReading
{
    std::optional<QHostAddress> address;
    QString error; // why there is no address
};
HttpEchoReading readHttpEchoResponse(const QByteArray& response);

// What one source said.
struct EchoAnswer
{
    QString source;        // URL or DNS source label
    QString via;           // the address connected to ("" for DNS sources: see evidence)
    bool ipv6Path = false; // asked over IPv6 (an echo answers the address family it was reached by)
    std::optional<QHostAddress> address;
    QString error;                       // why there is no address
    std::optional<dns::Answer> evidence; // DNS sources
    qint64 ms = 0;
};

// GET `url` from `connectTo` (an address of the URL's host), HTTP/1.0, every step bounded by timeoutMs. Blocking.
EchoAnswer fetchHttpEcho(const QUrl& url, const QHostAddress& connectTo, int timeoutMs);
// Ask one DNS echo source through its own resolver aimed at its server. Blocking, bounded by timeoutMs.
EchoAnswer askDnsEcho(const DnsEchoSource& source, int timeoutMs);

} // namespace mailready::checks
