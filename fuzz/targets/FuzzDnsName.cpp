#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "dns/DnsName.h"

namespace mailready::fuzz {

// Names and addresses come from users and from DNS data (PTR targets, includes); each parser either accepts with a
// result that survives a second pass unchanged, or rejects with a reason.
static void checkText(const QString& text)
{
    QString why;
    if (const auto domain = dns::normalizeDomain(text, &why)) {
        if (!dns::isValidDnsName(*domain) || !domain->contains(QLatin1Char('.')) || domain->size() > 253)
            invariantBroken("normalizeDomain accepted an invalid name", domain->toUtf8());
        const auto again = dns::normalizeDomain(*domain);
        if (!again || *again != *domain)
            invariantBroken("normalizeDomain is not idempotent", domain->toUtf8());
    } else if (why.isEmpty()) {
        invariantBroken("normalizeDomain rejected without a reason", text.toUtf8());
    }

    dns::isValidDnsName(text);
    const QString absolute = dns::absoluteName(text);
    if (!absolute.endsWith(QLatin1Char('.')))
        invariantBroken("absoluteName without trailing dot", absolute.toUtf8());
    dns::displayName(absolute);

    why.clear();
    if (const auto server = dns::parseServerAddress(text, 53, &why)) {
        const auto back = dns::parseServerAddress(server->toString(), 53);
        if (!back || !back->address.isEqual(server->address, QHostAddress::StrictConversion) ||
            back->port != server->port || server->port == 0)
            invariantBroken("parseServerAddress does not round-trip", server->toString().toUtf8());
    } else if (why.isEmpty()) {
        invariantBroken("parseServerAddress rejected without a reason", text.toUtf8());
    }

    if (const auto address = dns::parseAddress(text)) {
        const auto back = dns::parseAddress(dns::addressText(*address));
        if (!back || !back->isEqual(*address, QHostAddress::TolerantConversion))
            invariantBroken("parseAddress does not round-trip", dns::addressText(*address).toUtf8());
        dns::reverseName(*address);
        dns::reversedLabels(*address);
    }
}

int fuzzDnsName(const uint8_t* data, size_t size)
{
    if (size > 4096)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkText(QString::fromUtf8(bytes));
    checkText(QString::fromLatin1(bytes));
    return 0;
}

} // namespace mailready::fuzz
