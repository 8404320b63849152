#include "DnsblVerdict.h"

#include "checks/Wording.h"

#include "dns/DnsName.h"

#include <QCoreApplication>

namespace mailready::checks::dnsbl {

static QString nibbles(const QHostAddress& address)
{
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QStringList out;
    out.reserve(32);
    for (int i = 15; i >= 0; --i)
        out << QString::number(v6[i] & 0x0f, 16) << QString::number((v6[i] >> 4) & 0x0f, 16);
    return out.join(QLatin1Char('.'));
}

QString queryLabel(const QHostAddress& address, Family family)
{
    switch (family) {
    case Family::Ipv4:
        return dns::reversedLabels(address);
    case Family::Ipv6:
        // reversedLabels shows IPv4-mapped addresses as IPv4; an IPv6 list wants all 32 nibbles.
        return nibbles(address);
    case Family::Domain:
        break;
    }
    return {};
}

Family familyOf(const QHostAddress& address)
{
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    return isV4 ? Family::Ipv4 : Family::Ipv6;
}

QString mustListLabel(Family family)
{
    switch (family) {
    case Family::Ipv4:
        return queryLabel(QHostAddress(QStringLiteral("127.0.0.2")), family);
    case Family::Ipv6:
        return queryLabel(QHostAddress(QStringLiteral("::ffff:7f00:2")), family);
    case Family::Domain:
        return QStringLiteral("test");
    }
    return {};
}

QString mustNotListLabel(Family family)
{
    switch (family) {
    case Family::Ipv4:
        return queryLabel(QHostAddress(QStringLiteral("127.0.0.1")), family);
    case Family::Ipv6:
        return queryLabel(QHostAddress(QStringLiteral("::ffff:7f00:1")), family);
    case Family::Domain:
        return QStringLiteral("invalid");
    }
    return {};
}

static QString testEntry(Family family, bool mustList)
{
    switch (family) {
    case Family::Ipv4:
        return mustList ? QStringLiteral("127.0.0.2") : QStringLiteral("127.0.0.1");
    case Family::Ipv6:
        return mustList ? QStringLiteral("::FFFF:7F00:2") : QStringLiteral("::FFFF:7F00:1");
    case Family::Domain:
        return mustList ? QCoreApplication::translate("DnsblVerdict", "the name 'test'")
                        : QCoreApplication::translate("DnsblVerdict", "the name 'invalid'");
    }
    return {};
}

QString errorCodeMeaning(const QString& code)
{
    if (code == QLatin1String("127.255.255.252"))
        return QCoreApplication::translate(
            "DnsblVerdict", "the list says the query was malformed (127.255.255.252), for example a typing error "
                            "in the zone name");
    if (code == QLatin1String("127.255.255.254"))
        return QCoreApplication::translate("DnsblVerdict",
                                           "the list refuses queries that come through a public or shared resolver "
                                           "(127.255.255.254)");
    if (code == QLatin1String("127.255.255.255"))
        return QCoreApplication::translate(
            "DnsblVerdict", "the list refuses the resolver in use for sending too many queries (127.255.255.255)");
    return QCoreApplication::translate("DnsblVerdict", "the list answered %1, an error code, not a listing").arg(code);
}

Reading readAnswer(const dns::Answer& answer, const DnsblList& list)
{
    Reading r;
    if (answer.isTemporaryFailure()) {
        r.kind = Reading::Kind::Failed;
        r.reason = QCoreApplication::translate("DnsblVerdict", "the query got no usable answer (%1)")
                       .arg(dns::outcomeName(answer.outcome));
        return r;
    }
    QStringList outside, errors;
    QString errorReason;
    for (const dns::Record& rec : answer.records) {
        if (rec.type != dns::RRType::A)
            continue;
        bool isV4 = false;
        const quint32 v4 = rec.address.toIPv4Address(&isV4);
        const QString text = dns::addressText(rec.address);
        r.codes << text;
        if (!isV4 || (v4 >> 24) != 127) {
            outside << text;
        } else if ((v4 & 0xffffff00u) == 0x7fffff00u) {
            errors << text;
            if (errorReason.isEmpty())
                errorReason = errorCodeMeaning(text);
        } else if (const ListCode* c = list.code(text); c && c->error) {
            errors << text;
            if (errorReason.isEmpty())
                errorReason = c->meaning.isEmpty() ? errorCodeMeaning(text) : catalogText(c->meaning);
        }
    }
    if (r.codes.isEmpty()) {
        r.kind = Reading::Kind::NotListed;
    } else if (!outside.isEmpty()) {
        r.kind = Reading::Kind::Outside127;
        r.reason =
            QCoreApplication::translate(
                "DnsblVerdict", "the answer %1 is outside 127.0.0.0/8, so it is not a blocklist answer (a resolver "
                                "that rewrites \"does not exist\" answers, such as Pi-hole or an ISP's redirect "
                                "service, gives such answers)")
                .arg(outside.join(QStringLiteral(", ")));
    } else if (!errors.isEmpty()) {
        r.kind = Reading::Kind::ErrorCode;
        r.reason = errorReason;
    } else {
        r.kind = Reading::Kind::Listed;
    }
    return r;
}

Health judgeHealth(const Reading& mustList, const Reading& mustNotList, Family family)
{
    Health h;
    for (const Reading* r : {&mustList, &mustNotList})
        if (r->kind == Reading::Kind::ErrorCode)
            for (const QString& c : r->codes)
                if (c.startsWith(QLatin1String("127.255.255.")))
                    h.errorCodes << c;
    if (mustList.kind == Reading::Kind::Failed || mustNotList.kind == Reading::Kind::Failed) {
        h.state = Health::State::Unreachable;
        h.reason = QCoreApplication::translate("DnsblVerdict", "its RFC 5782 test query got no answer (%1)")
                       .arg(mustList.kind == Reading::Kind::Failed ? mustList.reason : mustNotList.reason);
        return h;
    }
    QStringList why;
    switch (mustList.kind) {
    case Reading::Kind::Listed:
        break;
    case Reading::Kind::NotListed:
        h.missingTestEntry = true;
        why << QCoreApplication::translate(
                   "DnsblVerdict", "it does not list its test entry %1 as RFC 5782 requires, so \"not listed\" answers "
                                   "cannot be trusted")
                   .arg(testEntry(family, true));
        break;
    case Reading::Kind::Outside127:
        h.rewritten = true;
        why << QCoreApplication::translate("DnsblVerdict", "its test entry %1 got an answer outside 127.0.0.0/8 (%2)")
                   .arg(testEntry(family, true), mustList.codes.join(QStringLiteral(", ")));
        break;
    case Reading::Kind::ErrorCode:
        why << QCoreApplication::translate("DnsblVerdict", "its test entry %1 got an error answer: %2")
                   .arg(testEntry(family, true), mustList.reason);
        break;
    case Reading::Kind::Failed:
        break;
    }
    switch (mustNotList.kind) {
    case Reading::Kind::NotListed:
        break;
    case Reading::Kind::Listed:
        h.listsEverything = true;
        why << QCoreApplication::translate("DnsblVerdict",
                                           "it lists %1, which RFC 5782 forbids: it answers \"listed\" for everything")
                   .arg(testEntry(family, false));
        break;
    case Reading::Kind::Outside127:
        h.rewritten = true;
        why << QCoreApplication::translate("DnsblVerdict",
                                           "%1 got an answer outside 127.0.0.0/8 (%2) instead of \"does not exist\"")
                   .arg(testEntry(family, false), mustNotList.codes.join(QStringLiteral(", ")));
        break;
    case Reading::Kind::ErrorCode:
        if (mustList.kind != Reading::Kind::ErrorCode)
            why << QCoreApplication::translate("DnsblVerdict", "%1 got an error answer: %2")
                       .arg(testEntry(family, false), mustNotList.reason);
        break;
    case Reading::Kind::Failed:
        break;
    }
    h.state = why.isEmpty() ? Health::State::Healthy : Health::State::Unhealthy;
    h.reason = why.join(QStringLiteral("; "));
    return h;
}

Verdict judge(const Reading& lookup, const Health& health, const DnsblList& list)
{
    Verdict v;
    v.codes = lookup.codes;
    if (lookup.kind == Reading::Kind::ErrorCode || lookup.kind == Reading::Kind::Outside127 ||
        lookup.kind == Reading::Kind::Failed) {
        v.kind = Verdict::Kind::Unknown;
        v.reason = lookup.reason;
        v.unanswered = lookup.kind == Reading::Kind::Failed;
        if (lookup.kind == Reading::Kind::ErrorCode)
            v.meaning = v.shownMeaning = lookup.reason;
        return v;
    }
    if (!health.isHealthy()) {
        v.kind = Verdict::Kind::Unknown;
        v.reason = QCoreApplication::translate("DnsblVerdict", "the list cannot be trusted through this resolver: %1")
                       .arg(health.reason);
        if (list.registration)
            v.reason += QCoreApplication::translate("DnsblVerdict",
                                                    " (this list answers only resolvers registered with its operator)");
        return v;
    }
    if (lookup.kind == Reading::Kind::NotListed) {
        v.kind = Verdict::Kind::Clean;
        return v;
    }
    v.kind = Verdict::Kind::Listed;
    v.informational = list.informational;
    QStringList meanings, shownMeanings, fixes;
    for (const QString& c : lookup.codes) {
        if (const ListCode* lc = list.code(c)) {
            if (!lc->meaning.isEmpty() && !meanings.contains(lc->meaning)) {
                meanings << lc->meaning;
                shownMeanings << catalogText(lc->meaning);
            }
            if (!lc->fix.isEmpty() && !fixes.contains(catalogText(lc->fix)))
                fixes << catalogText(lc->fix);
        }
    }
    v.meaning = meanings.join(QLatin1Char(' '));
    v.shownMeaning = shownMeanings.join(QLatin1Char(' '));
    v.fix = fixes.join(QLatin1Char(' '));
    return v;
}

QString catalogText(const QString& text)
{
    // The built-in catalog's texts are in the translation (CatalogTexts.h gives them to lupdate).
    return QCoreApplication::translate("DnsblCatalog", text.toUtf8().constData());
}

// What to do when the resolver in use spoils the lists: a resolver of one's own, or Spamhaus's DQS; `refused` when a
// list refused the resolver (public or rate-limited).
static QString diagnosisFix(bool refused, bool dqsKeyInUse)
{
    QString fix = forAudience(
        QCoreApplication::translate("DnsblVerdict",
                                    "Run a local recursive resolver that asks the blocklists directly (for example: "
                                    "apt install unbound, then \"nameserver 127.0.0.1\" in /etc/resolv.conf) and run "
                                    "the check again with --nameserver 127.0.0.1."),
        QCoreApplication::translate("DnsblVerdict",
                                    "Run a local recursive resolver that asks the blocklists directly (for example: "
                                    "apt install unbound, then \"nameserver 127.0.0.1\" in /etc/resolv.conf), enter "
                                    "127.0.0.1 as Nameservers under Advanced on the first page and check again."));
    if (refused || !dqsKeyInUse)
        fix += forAudience(
            QCoreApplication::translate("DnsblVerdict",
                                        " Or get a free Spamhaus Data Query Service (DQS) key from spamhaus.com and "
                                        "run the check with --spamhaus-dqs-key KEY; DQS answers through any "
                                        "resolver."),
            QCoreApplication::translate("DnsblVerdict",
                                        " Or get a free Spamhaus Data Query Service (DQS) key from spamhaus.com and "
                                        "enter it on the Blocklists page; DQS answers through any resolver."));
    if (dqsKeyInUse && refused)
        fix += QCoreApplication::translate(
            "DnsblVerdict", " A DQS key was given: check that it is the key shown in your Spamhaus account.");
    return fix;
}

Diagnosis diagnose(const QList<ZoneObservation>& zones, bool dqsKeyInUse)
{
    QStringList publicResolver, rateLimited, hiding, rewriting, unhealthy;
    for (const ZoneObservation& z : zones) {
        if (z.errorCodes.contains(QStringLiteral("127.255.255.254")))
            publicResolver << z.zone;
        if (z.errorCodes.contains(QStringLiteral("127.255.255.255")))
            rateLimited << z.zone;
        if (z.health.state == Health::State::Unhealthy) {
            unhealthy << z.zone;
            if (z.health.missingTestEntry)
                hiding << z.zone;
            if (z.health.listsEverything || z.health.rewritten)
                rewriting << z.zone;
        } else if (z.rewritten) {
            rewriting << z.zone;
        }
    }
    Diagnosis d;
    d.fires = !publicResolver.isEmpty() || !rateLimited.isEmpty() || unhealthy.size() >= 2;
    if (!d.fires)
        return d;
    QStringList why;
    if (!publicResolver.isEmpty())
        why << QCoreApplication::translate(
                   "DnsblVerdict", "%1 refused to answer because the query came through a public or shared resolver "
                                   "(127.255.255.254): Spamhaus documents this for Cloudflare's resolver, and in June "
                                   "2023 it blocked the networks of OVH, AWS and Hetzner (source: "
                                   "https://www.spamhaus.com/resource-center/"
                                   "successfully-accessing-spamhauss-free-block-lists-using-a-public-dns/)")
                   .arg(publicResolver.join(QStringLiteral(", ")));
    if (!rateLimited.isEmpty())
        why << QCoreApplication::translate(
                   "DnsblVerdict",
                   "%1 refused the resolver in use for sending too many queries (127.255.255.255), which "
                   "happens with resolvers shared by many users")
                   .arg(rateLimited.join(QStringLiteral(", ")));
    if (hiding.size() >= 2 || (!hiding.isEmpty() && unhealthy.size() >= 2))
        why << QCoreApplication::translate(
                   "DnsblVerdict",
                   "%1 did not list their RFC 5782 test entry: the resolver in use hides listings (Google "
                   "Public DNS answers \"does not exist\" to Spamhaus queries, and may do so for other lists; "
                   "source: https://www.spamhaus.com/resource-center/"
                   "successfully-accessing-spamhauss-free-block-lists-using-a-public-dns/), so \"not listed\" "
                   "means nothing through it")
                   .arg(hiding.join(QStringLiteral(", ")));
    if (!rewriting.isEmpty() && unhealthy.size() >= 2)
        why << QCoreApplication::translate(
                   "DnsblVerdict", "%1 gave answers no honest blocklist gives (everything listed, or addresses outside "
                                   "127.0.0.0/8): the resolver in use rewrites \"does not exist\" answers, as Pi-hole "
                                   "setups and some ISPs' resolvers do")
                   .arg(rewriting.join(QStringLiteral(", ")));
    if (why.isEmpty())
        why << QCoreApplication::translate("DnsblVerdict", "%n blocklists failed their RFC 5782 health check (%1)",
                                           nullptr, int(unhealthy.size()))
                   .arg(unhealthy.join(QStringLiteral(", ")));
    d.message =
        QCoreApplication::translate(
            "DnsblVerdict", "Blocklist results cannot be trusted through the resolver in use, so they are shown as "
                            "unknown, not clean: %1.")
            .arg(why.join(QStringLiteral("; ")));
    d.fix = diagnosisFix(!publicResolver.isEmpty() || !rateLimited.isEmpty(), dqsKeyInUse);
    return d;
}

} // namespace mailready::checks::dnsbl
