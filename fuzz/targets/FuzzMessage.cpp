#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "checks/dnsbl/DnsblCatalog.h"
#include "mail/Addresses.h"
#include "mail/AuthResults.h"
#include "mail/Received.h"
#include "receiver/EdgeHop.h"
#include "receiver/MessageCheck.h"

namespace mailready::fuzz {

namespace {

// Every name does not exist, at once: a message's judgement runs its whole way without a network.
class NoSuchNames final : public dns::Resolver
{
public:
    dns::Answer query(const QString& name, dns::RRType type) override
    {
        dns::Answer a;
        a.name = name;
        a.type = type;
        a.outcome = dns::Outcome::NXDomain;
        return a;
    }
    QStringList servers() const override { return {}; }
};

} // namespace

// A received message's header section as the readers take it: the splitter, every Received: line, every
// Authentication-Results field, the address fields, the receiver's hop and its own results.
int fuzzMessageHeaders(const uint8_t* data, size_t size)
{
    if (size > 65536)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    mail::Limits limits;
    limits.maxFields = 200;
    const mail::MessageText m = mail::splitMessage(bytes, limits);
    if (m.headers.size() > limits.maxFields)
        invariantBroken("more fields than the limit");
    for (const mail::HeaderField& f : m.headers) {
        const QString value = f.value();
        if (f.is(QLatin1String("received"))) {
            const mail::ReceivedHop hop = mail::parseReceived(value);
            if (!hop.hasFrom && !hop.helo.isEmpty())
                invariantBroken("a HELO name without a from clause");
        } else if (f.is(QLatin1String("authentication-results"))) {
            for (const mail::AuthResult& r : mail::parseAuthResults(value).results)
                if (r.method.isEmpty())
                    invariantBroken("a result without a method");
        } else if (f.is(QLatin1String("arc-authentication-results"))) {
            mail::parseAuthResults(value, true);
        } else if (f.is(QLatin1String("from")) || f.is(QLatin1String("return-path"))) {
            for (const QString& a : mail::parseMailboxes(value).addresses)
                mail::domainOf(a);
            mail::decodeText(value);
        }
    }
    QString why;
    const auto connection = receiver::findConnection(m, &why);
    if (connection && connection->ip.isNull())
        invariantBroken("a connection without an address");
    if (!connection && why.isEmpty())
        invariantBroken("no connection and no reason");
    receiver::findReceiverResults(m, connection);
    return 0;
}

// A whole message judged (DKIM, SPF, DMARC alignment and the connection's checks) against a DNS where nothing exists:
// the verdict always has every check of the contract, and nothing passes that needed a record.
int fuzzMessage(const uint8_t* data, size_t size)
{
    if (size > 65536)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    NoSuchNames dns;
    receiver::MessageOptions options;
    options.blocklists.zones = {QStringLiteral("bl.fuzz.test")};
    const receiver::MessageVerdict v =
        receiver::MessageCheck::judge(receiver::MessageCheck::gather(dns, bytes, options));
    for (const char* id : {"ptr", "fcrdns", "ehlo", "dnsbl", "spf", "dkim-signatures", "dmarc-message", "receiver"})
        if (!v.find(QString::fromLatin1(id)))
            invariantBroken("a check of the contract is missing");
    if (const CheckResult* dkim = v.find(QStringLiteral("dkim-signatures")); dkim && dkim->status == Status::Pass)
        invariantBroken("a DKIM signature passed without any key in DNS");
    v.toJson();
    return 0;
}

} // namespace mailready::fuzz
