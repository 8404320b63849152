#include "AddressChangeCheck.h"

#include "checks/spf/SpfEvaluator.h"
#include "checks/spf/SpfRecord.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailready::checks {

static QStringList texts(const QList<QHostAddress>& ips)
{
    QStringList t;
    for (const QHostAddress& a : ips)
        t << dns::addressText(a);
    return t;
}

static bool sameFamily(const QHostAddress& a, const QHostAddress& b)
{
    return a.protocol() == b.protocol();
}

// An ip4:/ip6: term that covers `ip` (any prefix length).
static bool termCovers(const spf::Term& t, const QHostAddress& ip)
{
    if (!t.isMechanism() || (t.mechanism != spf::Mechanism::Ip4 && t.mechanism != spf::Mechanism::Ip6))
        return false;
    if (!sameFamily(t.network, ip))
        return false;
    const int bits = t.mechanism == spf::Mechanism::Ip4 ? (t.cidr4 < 0 ? 32 : t.cidr4) : (t.cidr6 < 0 ? 128 : t.cidr6);
    return ip.isInSubnet(t.network, bits);
}

CheckResult AddressChangeCheck::run(const CheckContext& ctx)
{
    const QString domain = ctx.request.domain;
    const QList<QHostAddress>& remembered = ctx.request.rememberedIps;
    if (remembered.isEmpty())
        return CheckResult::skipped(id(), title(),
                                    tr("No earlier address is remembered for %1 (mailready check "
                                       "--remember records the one your records are made for)")
                                        .arg(domain));
    CheckResult result;
    result.id = id();
    result.title = title();
    const QList<QHostAddress>& current = ctx.sendingIps;
    if (current.isEmpty()) {
        CheckItem unknown;
        unknown.subject = texts(remembered).join(QStringLiteral(", "));
        unknown.status = Status::Unknown;
        unknown.detail = tr("The server's public address is not known, so it could not be compared");
        result.items << unknown;
        result.aggregate();
        result.summary = unknown.detail;
        result.addFinding(Severity::Warning,
                          tr("The public address could not be found out, so whether it changed since %1 "
                             "is unverified.")
                              .arg(unknown.subject),
                          tr("Give the server's public address (for example --ip 203.0.113.5)."));
        return result;
    }
    QList<QHostAddress> gone, added;
    for (const QHostAddress& a : remembered)
        if (!current.contains(a))
            gone << a;
    for (const QHostAddress& a : current)
        if (!remembered.contains(a))
            added << a;
    result.fields.insert(QStringLiteral("remembered"), QJsonArray::fromStringList(texts(remembered)));
    result.fields.insert(QStringLiteral("current"), QJsonArray::fromStringList(texts(current)));

    CheckItem item;
    item.subject = texts(remembered).join(QStringLiteral(", "));
    item.fields.insert(QStringLiteral("ip"), texts(current).join(QStringLiteral(", ")));
    if (gone.isEmpty() && added.isEmpty()) {
        item.status = Status::Pass;
        item.detail = tr("The public address is still %1, as remembered").arg(item.subject);
        result.items << item;
        result.aggregate();
        result.summary = item.detail;
        return result;
    }
    const QString from = texts(gone).join(QStringLiteral(", "));
    const QString to = texts(added).join(QStringLiteral(", "));
    // The replacement for an old address: the first new one of the same family, if any.
    // Through a relay, SPF needs the relay, not the home address: an old home address is dropped, not replaced.
    const bool relayed = !ctx.request.relay.trimmed().isEmpty();
    auto replacementFor = [&added](const QHostAddress& old) -> std::optional<QHostAddress> {
        for (const QHostAddress& a : added)
            if (sameFamily(a, old))
                return a;
        return std::nullopt;
    };

    QStringList stale;
    bool unverified = false;

    // SPF: ip4:/ip6: terms naming an old address.
    const spf::PublishedRecords spfRecords = spf::fetchRecords(ctx.resolver, domain);
    result.addEvidence(spfRecords.answer);
    if (spfRecords.answer.isTemporaryFailure()) {
        unverified = true;
    } else if (spfRecords.records.size() == 1) {
        const spf::ParseResult parsed = spf::parseRecord(spfRecords.records.first());
        if (parsed.ok()) {
            spf::Record updated;
            QStringList oldTerms, newTerms;
            for (const spf::Term& t : parsed.record->terms) {
                bool replaced = false;
                for (const QHostAddress& old : gone) {
                    if (!termCovers(t, old) || std::any_of(current.begin(), current.end(),
                                                           [&t](const QHostAddress& c) { return termCovers(t, c); }))
                        continue;
                    oldTerms << t.text;
                    if (const auto repl = relayed ? std::nullopt : replacementFor(old)) {
                        const spf::Term n = spf::Term::addressTerm(*repl);
                        newTerms << n.text;
                        updated.terms << n;
                    }
                    replaced = true;
                    break;
                }
                if (!replaced)
                    updated.terms << t;
            }
            if (!oldTerms.isEmpty()) {
                stale << QStringLiteral("spf");
                if (relayed)
                    result.addFinding(Severity::Error,
                                      tr("The SPF record of %1 still authorizes the old home address (%2), which may "
                                         "now belong to someone else; mail leaves through the relay, so the home "
                                         "address need not be listed at all.")
                                          .arg(domain, oldTerms.join(QStringLiteral(" "))),
                                      tr("Remove %1 from the TXT record at %2 (the spf check says what the relay "
                                         "needs).")
                                          .arg(oldTerms.join(QStringLiteral(" ")), domain));
                else
                    result.addFinding(Severity::Error,
                                      tr("The SPF record of %1 still authorizes the old address (%2), not the new "
                                         "one%3.")
                                          .arg(domain, oldTerms.join(QStringLiteral(" ")),
                                               newTerms.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(to)),
                                      tr("The TXT record at %1 becomes: %2").arg(domain, updated.toString()));
            }
        }
    }

    // The mail host's own address record.
    if (!ctx.request.hostname.isEmpty()) {
        const QString host = dns::absoluteName(ctx.request.hostname);
        const QList<dns::Answer> answers =
            dns::queryAll(ctx.resolver, {dns::Question{host, dns::RRType::A}, dns::Question{host, dns::RRType::AAAA}});
        for (const dns::Answer& a : answers) {
            result.addEvidence(a);
            if (a.isTemporaryFailure()) {
                unverified = true;
                continue;
            }
            for (const QHostAddress& published : a.addresses()) {
                if (!gone.contains(published))
                    continue;
                stale << QStringLiteral("address");
                const auto repl = replacementFor(published);
                result.addFinding(
                    Severity::Error,
                    tr("The %1 record of %2 still points at the old address %3; mail for the server "
                       "goes there.")
                        .arg(dns::rrTypeName(a.type), ctx.request.hostname, dns::addressText(published)),
                    repl ? tr("Change it to: %1 IN %2 %3").arg(host, dns::rrTypeName(a.type), dns::addressText(*repl))
                         : tr("Remove %1 IN %2 %3").arg(host, dns::rrTypeName(a.type), dns::addressText(published)));
            }
        }
    }

    // The reverse name belongs to the address: the ISP set it for the old one, and must for the new one.
    if (!relayed && !added.isEmpty()) {
        stale << QStringLiteral("ptr");
        const QString name = ctx.request.hostname.isEmpty() ? tr("your mail server's name") : ctx.request.hostname;
        result.addFinding(Severity::Warning,
                          tr("A reverse DNS (PTR) name set for %1 does not follow to %2: only the "
                             "address's owner (your ISP) can set it.")
                              .arg(from.isEmpty() ? tr("the old address") : from, to),
                          tr("Ask your ISP to set the PTR of %1 to %2, or send through a relay so the "
                             "home address no longer matters to receivers.")
                              .arg(to, name));
    }
    stale.removeDuplicates();
    result.fields.insert(QStringLiteral("stale"), QJsonArray::fromStringList(stale));
    item.fields.insert(QStringLiteral("stale"), QJsonArray::fromStringList(stale));

    const bool recordsStale = stale.contains(QStringLiteral("spf")) || stale.contains(QStringLiteral("address"));
    item.status = recordsStale ? Status::Fail : unverified ? Status::Unknown : Status::Warn;
    item.detail =
        tr("The public address changed from %1 to %2").arg(item.subject, texts(current).join(QStringLiteral(", ")));
    result.items << item;
    result.addFinding(Severity::Info,
                      tr("The public address of this line changed since it was remembered (%1 -> %2): "
                         "it is dynamic and will change again.")
                          .arg(item.subject, texts(current).join(QStringLiteral(", "))),
                      tr("After updating the records, record the new address with: mailready check "
                         "--domain %1 --remember. A relay takes the changing address out of the picture.")
                          .arg(domain));
    result.aggregate();
    result.summary = recordsStale ? tr("The address changed and published records still name the old one")
                     : unverified ? tr("The address changed; whether the records followed is unverified")
                                  : tr("The address changed; the records checked already follow");
    return result;
}

} // namespace mailready::checks
