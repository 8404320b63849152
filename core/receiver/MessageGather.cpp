#include "MessageCheck.h"

#include "checks/dkim/DkimRecord.h"
#include "checks/dkim/TagList.h"
#include "checks/rdns/FcrdnsCheck.h"
#include "dns/CachingResolver.h"
#include "mail/Addresses.h"
#include "util/WorkerThreads.h"

#include <QFuture>
#include <QSet>
#include <QtConcurrent>

namespace mailready::receiver {

namespace {

void readAddresses(MessageFacts& f)
{
    if (const mail::HeaderField* from = f.text.first(QLatin1String("from"))) {
        const mail::Mailboxes m = mail::parseMailboxes(from->value());
        f.fromShown = m.display;
        f.fromAddresses = int(m.addresses.size());
        if (!m.addresses.isEmpty())
            f.fromDomain = mail::domainOf(m.addresses.first());
    }
    // The topmost Return-Path: is the one the receiver's final delivery wrote (RFC 5321 4.4).
    const mail::HeaderField* returnPath = f.text.first(QLatin1String("return-path"));
    if (!returnPath) {
        f.noReturnPath = true;
        return;
    }
    const mail::Mailboxes m = mail::parseMailboxes(returnPath->value());
    f.nullSender = m.empty;
    if (!m.addresses.isEmpty())
        f.mailFrom = m.addresses.first().toLower();
}

checks::dkim::KeyFetcher keyFetcher(dns::Resolver& resolver)
{
    return [&resolver](const QString& selector, const QString& domain) {
        checks::dkim::KeyFetch fetched;
        const dns::Answer a = resolver.query(checks::dkim::keyRecordName(selector, domain), dns::RRType::TXT);
        if (a.isTemporaryFailure()) {
            fetched.temporaryFailure = true;
            fetched.error = a.error.isEmpty() ? dns::outcomeName(a.outcome) : a.error;
            return fetched;
        }
        fetched.records = a.texts();
        return fetched;
    };
}

QString spfDomainOf(const MessageFacts& f);

// The SPF question a receiver asked: the envelope sender's domain, or the HELO name for a bounce (RFC 7208 2.4).
checks::SpfQuery spfQueryOf(const MessageFacts& f)
{
    checks::SpfQuery q;
    q.helo = f.connection->helo;
    q.addresses = {f.connection->ip};
    q.domain = spfDomainOf(f);
    q.sender = f.mailFrom.isEmpty() ? QStringLiteral("postmaster@") + q.domain : f.mailFrom;
    return q;
}

// The envelope sender's domain as SPF checks it: Return-Path's, or the HELO name for a bounce.
QString spfDomainOf(const MessageFacts& f)
{
    if (!f.mailFrom.isEmpty())
        return mail::domainOf(f.mailFrom);
    return f.connection ? f.connection->helo.toLower() : QString();
}

// The (selector, domain) of every DKIM-Signature, as far as its tags can be read; at most as many as are verified.
QList<std::pair<QString, QString>> signerKeys(const MessageFacts& f)
{
    QList<std::pair<QString, QString>> keys;
    for (const mail::HeaderField* sig : f.text.all(QLatin1String("dkim-signature"))) {
        const auto tags = checks::dkim::parseTagList(QString::fromLatin1(sig->raw.mid(sig->raw.indexOf(':') + 1)));
        if (!tags)
            continue;
        auto tag = [&tags](const char* name) {
            return checks::dkim::withoutFws(
                       checks::dkim::tagValue(*tags, QString::fromLatin1(name)).value_or(QString()))
                .toLower();
        };
        if (!tag("s").isEmpty() && !tag("d").isEmpty() && keys.size() < checks::dkim::VerifyOptions{}.maxSignatures)
            keys.append({tag("s"), tag("d")});
    }
    return keys;
}

// Every domain whose organizational domain decides an alignment: From's, the envelope sender's, each signer's d=
// (read from the signatures before they are verified, so that the walks start at once).
QStringList alignmentDomains(const MessageFacts& f)
{
    QStringList domains{f.fromDomain, spfDomainOf(f)};
    for (const auto& key : signerKeys(f))
        domains << key.second;
    domains.removeAll(QString());
    domains.removeDuplicates();
    return domains.mid(0, 12);
}

void gatherConnection(dns::Resolver& resolver, MessageFacts& f, const BlocklistChoice& blocklists)
{
    const QList<QHostAddress> ips{f.connection->ip};
    auto ptr = QtConcurrent::run(checkThreadPool(), [&] {
        prepareWorkerThread();
        return checks::PtrCheck::gather(resolver, ips, f.connection->helo);
    });
    auto fcrdns = QtConcurrent::run(checkThreadPool(), [&] {
        prepareWorkerThread();
        return checks::FcrdnsCheck::gather(resolver, ips);
    });
    auto ehlo = QtConcurrent::run(checkThreadPool(), [&] {
        prepareWorkerThread();
        return checks::EhloCheck::gather(resolver, f.connection->helo, ips);
    });
    auto dnsbl = QtConcurrent::run(checkThreadPool(), [&] {
        prepareWorkerThread();
        const auto& catalog = blocklists.catalog ? *blocklists.catalog : checks::dnsbl::DnsblCatalog::builtIn();
        return checks::DnsblCheck::gather(resolver, ips, {}, catalog, blocklists.zones, blocklists.keys);
    });
    auto spf = QtConcurrent::run(checkThreadPool(), [&] {
        prepareWorkerThread();
        return checks::SpfCheck::gather(resolver, spfQueryOf(f));
    });
    f.ptr = ptr.result();
    f.fcrdns = fcrdns.result();
    f.ehlo = ehlo.result();
    f.dnsbl = dnsbl.result();
    f.spf = spf.result();
}

void gatherAuthentication(dns::Resolver& resolver, MessageFacts& f, const QByteArray& message)
{
    auto dmarc = QtConcurrent::run(checkThreadPool(), [&] {
        prepareWorkerThread();
        return checks::dmarc::discoverPolicy(resolver, f.fromDomain);
    });
    f.signatures = checks::dkim::verifyMessage(message, keyFetcher(resolver));
    if (!f.fromDomain.isEmpty())
        f.dmarc = dmarc.result();
    else
        dmarc.waitForFinished();
}

} // namespace

BlocklistChoice BlocklistChoice::fromRequest(const CheckRequest& request)
{
    BlocklistChoice choice;
    if (!request.dnsblCatalogFile.isEmpty())
        choice.catalog = checks::dnsbl::DnsblCatalog::fromFile(request.dnsblCatalogFile);
    choice.zones = request.dnsblZones;
    choice.keys = {{QStringLiteral("spamhaus-dqs"), request.spamhausDqsKey},
                   {QStringLiteral("abusix"), request.abusixKey},
                   {QStringLiteral("spamrats"), request.spamratsKey}};
    return choice;
}

MessageFacts MessageCheck::gather(dns::Resolver& inner, const QByteArray& message, const MessageOptions& options)
{
    MessageFacts f;
    f.text = mail::splitMessage(message, options.limits);
    if (f.text.tooLarge)
        return f;
    readAddresses(f);
    f.connection = findConnection(f.text, &f.noConnectionWhy, options.receiver);
    f.receiver = findReceiverResults(f.text, f.connection);

    // The connection's checks, SPF, DKIM, DMARC and the organizational domains alignment compares do not depend on
    // each other: all at once, through one cache so that a question two of them ask goes out once.
    dns::CachingResolver resolver(inner);
    const QStringList domains = alignmentDomains(f);
    QList<QFuture<checks::dmarc::OrganizationalDomain>> walks;
    for (const QString& d : domains)
        walks << QtConcurrent::run(checkThreadPool(), [&resolver, d] {
            prepareWorkerThread();
            return checks::dmarc::findOrganizationalDomain(resolver, d);
        });
    // The signers' keys, fetched ahead so that several signatures cost one round trip, not one each.
    QList<QFuture<dns::Answer>> keys;
    for (const auto& [selector, domain] : signerKeys(f))
        keys << QtConcurrent::run(dnsThreadPool(), [&resolver, name = checks::dkim::keyRecordName(selector, domain)] {
            prepareWorkerThread();
            return resolver.query(name, dns::RRType::TXT);
        });
    auto connection = QtConcurrent::run(checkThreadPool(), [&] {
        prepareWorkerThread();
        if (f.connection)
            gatherConnection(resolver, f, options.blocklists);
    });
    gatherAuthentication(resolver, f, message);
    connection.waitForFinished();
    for (auto& k : keys)
        k.waitForFinished();
    for (qsizetype i = 0; i < domains.size(); ++i)
        f.organizations.insert(domains[i], walks[i].result());
    f.dnsQueries = resolver.networkQueries();
    return f;
}

} // namespace mailready::receiver
