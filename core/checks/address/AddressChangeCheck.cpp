#include "AddressChangeCheck.h"

#include "checks/Wording.h"

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

namespace {

// What changed between the remembered and the current addresses, and what the judge found so far.
struct Change
{
    const AddressChangeFacts& facts;
    QList<QHostAddress> gone, added;
    QStringList stale;
    bool unverified = false;

    explicit Change(const AddressChangeFacts& f) : facts(f)
    {
        for (const QHostAddress& a : f.remembered)
            if (!f.current.contains(a))
                gone << a;
        for (const QHostAddress& a : f.current)
            if (!f.remembered.contains(a))
                added << a;
    }

    // The replacement for an old address: the first new one of the same family, if any.
    std::optional<QHostAddress> replacementFor(const QHostAddress& old) const
    {
        for (const QHostAddress& a : added)
            if (sameFamily(a, old))
                return a;
        return std::nullopt;
    }
};

} // namespace

static CheckResult judgeUnknownCurrent(const AddressChangeFacts& facts, CheckResult result)
{
    CheckItem unknown;
    unknown.subject = texts(facts.remembered).join(QStringLiteral(", "));
    unknown.status = Status::Unknown;
    unknown.detail = AddressChangeCheck::tr("The server's public address is not known, so it could not be compared");
    result.items << unknown;
    result.aggregate();
    result.summary = unknown.detail;
    result.addFinding(Severity::Warning,
                      AddressChangeCheck::tr("The public address could not be found out, so whether it changed since "
                                             "%1 is unverified.")
                          .arg(unknown.subject),
                      forAudience(AddressChangeCheck::tr("Give the server's public address (for example --ip "
                                                         "203.0.113.5)."),
                                  AddressChangeCheck::tr("Type the server's public address into Server addresses "
                                                         "on the first page.")));
    return result;
}

// SPF: ip4:/ip6: terms naming an old address. Through a relay, SPF needs the relay, not the home address: an old
// home address is dropped, not replaced.
static void judgeSpf(Change& change, CheckResult& result)
{
    const AddressChangeFacts& facts = change.facts;
    result.addEvidence(facts.spf.answer);
    if (facts.spf.answer.isTemporaryFailure()) {
        change.unverified = true;
        return;
    }
    if (facts.spf.records.size() != 1)
        return;
    const spf::ParseResult parsed = spf::parseRecord(facts.spf.records.first());
    if (!parsed.ok())
        return;
    spf::Record updated;
    QStringList oldTerms, newTerms;
    for (const spf::Term& t : parsed.record->terms) {
        bool replaced = false;
        for (const QHostAddress& old : change.gone) {
            if (!termCovers(t, old) || std::any_of(facts.current.begin(), facts.current.end(),
                                                   [&t](const QHostAddress& c) { return termCovers(t, c); }))
                continue;
            oldTerms << t.text;
            if (const auto repl = facts.relayed ? std::nullopt : change.replacementFor(old)) {
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
    if (oldTerms.isEmpty())
        return;
    change.stale << QStringLiteral("spf");
    const QString old = oldTerms.join(QStringLiteral(" "));
    if (facts.relayed)
        result.addFinding(Severity::Error,
                          AddressChangeCheck::tr("The SPF record of %1 still authorizes the old home address (%2), "
                                                 "which may now belong to someone else; mail leaves through the "
                                                 "relay, so the home address need not be listed at all.")
                              .arg(facts.domain, old),
                          AddressChangeCheck::tr("Remove %1 from the TXT record at %2 (the spf check says what the "
                                                 "relay needs).")
                              .arg(old, facts.domain),
                          AddressChangeCheck::tr("Remove %1 from the SPF record of %2.").arg(old, facts.domain));
    else
        result.addFinding(
            Severity::Error,
            AddressChangeCheck::tr("The SPF record of %1 still authorizes the old address (%2), not the new one%3.")
                .arg(facts.domain, old,
                     newTerms.isEmpty() ? QString()
                                        : QStringLiteral(" (%1)").arg(texts(change.added).join(QStringLiteral(", ")))),
            AddressChangeCheck::tr("The TXT record at %1 becomes: %2").arg(facts.domain, updated.toString()),
            AddressChangeCheck::tr("Put the new address into the SPF record of %1.").arg(facts.domain));
}

// The mail host's own address records.
static void judgeHostAddresses(Change& change, CheckResult& result)
{
    const AddressChangeFacts& facts = change.facts;
    const QString host = dns::absoluteName(facts.hostname);
    for (const dns::Answer& a : facts.hostAddresses) {
        result.addEvidence(a);
        if (a.isTemporaryFailure()) {
            change.unverified = true;
            continue;
        }
        for (const QHostAddress& published : a.addresses()) {
            if (!change.gone.contains(published))
                continue;
            change.stale << QStringLiteral("address");
            const auto repl = change.replacementFor(published);
            const QString type = dns::rrTypeName(a.type);
            result.addFinding(
                Severity::Error,
                AddressChangeCheck::tr("The %1 record of %2 still points at the old address %3; mail for the server "
                                       "goes there.")
                    .arg(type, facts.hostname, dns::addressText(published)),
                repl ? AddressChangeCheck::tr("Change it to: %1 IN %2 %3").arg(host, type, dns::addressText(*repl))
                     : AddressChangeCheck::tr("Remove %1 IN %2 %3").arg(host, type, dns::addressText(published)),
                AddressChangeCheck::tr("Point the %1 record of %2 at the new address.").arg(type, facts.hostname));
        }
    }
}

// The reverse name belongs to the address: the ISP set it for the old one, and must for the new one.
static void judgePtr(Change& change, CheckResult& result)
{
    const AddressChangeFacts& facts = change.facts;
    if (facts.relayed || change.added.isEmpty())
        return;
    change.stale << QStringLiteral("ptr");
    const QString from = texts(change.gone).join(QStringLiteral(", "));
    const QString to = texts(change.added).join(QStringLiteral(", "));
    const QString name = facts.hostname.isEmpty() ? AddressChangeCheck::tr("your mail server's name") : facts.hostname;
    result.addFinding(
        Severity::Warning,
        AddressChangeCheck::tr("A reverse DNS (PTR) name set for %1 does not follow to %2: only the "
                               "address's owner (your ISP) can set it.")
            .arg(from.isEmpty() ? AddressChangeCheck::tr("the old address") : from, to),
        AddressChangeCheck::tr("Ask your ISP to set the PTR of %1 to %2, or send through a relay so "
                               "the home address no longer matters to receivers.")
            .arg(to, name),
        AddressChangeCheck::tr("Send through a relay, or ask your ISP to set the PTR record of %1.").arg(to));
}

static void judgeChanged(Change& change, CheckItem item, CheckResult& result)
{
    const AddressChangeFacts& facts = change.facts;
    judgeSpf(change, result);
    judgeHostAddresses(change, result);
    judgePtr(change, result);
    change.stale.removeDuplicates();
    result.fields.insert(QStringLiteral("stale"), QJsonArray::fromStringList(change.stale));
    item.fields.insert(QStringLiteral("stale"), QJsonArray::fromStringList(change.stale));

    const bool recordsStale =
        change.stale.contains(QStringLiteral("spf")) || change.stale.contains(QStringLiteral("address"));
    item.status = recordsStale ? Status::Fail : change.unverified ? Status::Unknown : Status::Warn;
    const QString now = texts(facts.current).join(QStringLiteral(", "));
    item.detail = AddressChangeCheck::tr("The public address changed from %1 to %2").arg(item.subject, now);
    result.items << item;
    result.addFinding(Severity::Info,
                      AddressChangeCheck::tr("The public address of this line changed since it was remembered (%1 "
                                             "-> %2): it is dynamic and will change again.")
                          .arg(item.subject, now),
                      forAudience(AddressChangeCheck::tr("After updating the records, record the new address "
                                                         "with: mailready check --domain %1 --remember. A relay "
                                                         "takes the changing address out of the picture."),
                                  AddressChangeCheck::tr("After updating the records, go on to the Publish page "
                                                         "for %1: the wizard then remembers the new address. A "
                                                         "relay takes the changing address out of the picture."))
                          .arg(facts.domain));
    result.aggregate();
    result.summary =
        recordsStale        ? AddressChangeCheck::tr("The address changed and published records still name the old one")
        : change.unverified ? AddressChangeCheck::tr("The address changed; whether the records followed is unverified")
                            : AddressChangeCheck::tr("The address changed; the records checked already follow");
}

CheckResult AddressChangeCheck::run(const CheckContext& ctx)
{
    return judge(gather(ctx.resolver, ctx.request.domain, ctx.request.hostname, !ctx.request.relay.trimmed().isEmpty(),
                        ctx.request.rememberedIps, ctx.sendingIps));
}

AddressChangeFacts AddressChangeCheck::gather(dns::Resolver& resolver, const QString& domain, const QString& hostname,
                                              bool relayed, const QList<QHostAddress>& remembered,
                                              const QList<QHostAddress>& current)
{
    AddressChangeFacts facts{domain, hostname, relayed, remembered, current, {}, {}};
    // Nothing to compare, or nothing changed: no record can be stale, so nothing is asked.
    if (remembered.isEmpty() || current.isEmpty())
        return facts;
    if (const Change change(facts); change.gone.isEmpty() && change.added.isEmpty())
        return facts;
    facts.spf = spf::fetchRecords(resolver, domain);
    if (!hostname.isEmpty()) {
        const QString host = dns::absoluteName(hostname);
        facts.hostAddresses =
            dns::queryAll(resolver, {dns::Question{host, dns::RRType::A}, dns::Question{host, dns::RRType::AAAA}});
    }
    return facts;
}

CheckResult AddressChangeCheck::judge(const AddressChangeFacts& facts)
{
    const AddressChangeCheck check;
    if (facts.remembered.isEmpty())
        return CheckResult::skipped(check.id(), check.title(),
                                    forAudience(tr("No earlier address is remembered for %1 (mailready check "
                                                   "--remember records the one your records are made for)"),
                                                tr("No earlier address is remembered for %1 (the wizard remembers "
                                                   "the one your records are made for when you reach the Publish "
                                                   "page)"))
                                        .arg(facts.domain));
    CheckResult result;
    result.id = check.id();
    result.title = check.title();
    if (facts.current.isEmpty())
        return judgeUnknownCurrent(facts, result);
    Change change(facts);
    result.fields.insert(QStringLiteral("remembered"), QJsonArray::fromStringList(texts(facts.remembered)));
    result.fields.insert(QStringLiteral("current"), QJsonArray::fromStringList(texts(facts.current)));

    CheckItem item;
    item.subject = texts(facts.remembered).join(QStringLiteral(", "));
    item.fields.insert(QStringLiteral("ip"), texts(facts.current).join(QStringLiteral(", ")));
    if (change.gone.isEmpty() && change.added.isEmpty()) {
        item.status = Status::Pass;
        item.detail = tr("The public address is still %1, as remembered").arg(item.subject);
        result.items << item;
        result.aggregate();
        result.summary = item.detail;
    } else {
        judgeChanged(change, item, result);
    }
    auto details = std::make_shared<AddressChangeDetails>();
    details->remembered = facts.remembered;
    details->current = facts.current;
    details->gone = change.gone;
    details->added = change.added;
    details->stale = change.stale;
    result.details = details;
    return result;
}

} // namespace mailready::checks
