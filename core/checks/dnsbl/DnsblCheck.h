#pragma once

#include "DnsblCatalog.h"
#include "DnsblVerdict.h"
#include "checks/Check.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace mailready::checks {

// One thing looked up on the blocklists: an address (IPv4 or IPv6) or a domain name.
struct DnsblSubject
{
    QString text;         // "203.0.113.5" or "example.com"
    dnsbl::Family family; // Ipv4, Ipv6 or Domain
    QString label;        // the query label: reversed octets, reversed nibbles, or the name
};

// The RFC 5782 section 5 test queries of one zone (an index into DnsblFacts::targets) for one family.
struct DnsblProbe
{
    qsizetype target = 0;
    dnsbl::Family family = dnsbl::Family::Ipv4;
    dns::Answer mustList;    // the test entry that must be listed (127.0.0.2, ::FFFF:7F00:2, "test")
    dns::Answer mustNotList; // the one that must not be (127.0.0.1, ::FFFF:7F00:1, "invalid")
};

// One subject looked up on one zone: the A answer, and the TXT answer at the same name when there was a listing.
struct DnsblLookup
{
    qsizetype target = 0;  // index into DnsblFacts::targets
    qsizetype subject = 0; // index into DnsblFacts::subjects
    dns::Answer answer;
    std::optional<dns::Answer> txt = std::nullopt;
};

// What `dnsbl` judges: every zone of the run as the catalog describes it, the subjects, and the plain DNS answers
// (health probes first asked for each zone and family, then lookups, in the order asked). Nothing judged. The
// subjects need not come from a request: the connecting address of a Received: hop is judged the same way.
struct DnsblFacts
{
    QString catalogError;              // the catalog file given could not be read: nothing was asked
    QList<dnsbl::DnsblTarget> targets; // every zone of the run, queried or not (dead, allowlist, missing key)
    QList<DnsblSubject> subjects;
    QList<DnsblProbe> probes;
    QList<DnsblLookup> lookups;
    dnsbl::ListKeys keys;    // the keys in the query names: masked in everything shown
    bool zonesGiven = false; // the zones were named (--dnsbl), not the catalog's whole active list
};

// Why a row could not be judged (or was not queried).
enum class DnsblUnknownWhy {
    None,       // judged: pass, warn or fail
    Refused,    // the list answered one of its error codes (malformed query, public resolver, rate limit)
    Rewritten,  // an answer outside 127.0.0.0/8: a resolver rewrote it
    Unhealthy,  // the list failed its RFC 5782 health test through this resolver
    NoAnswer,   // timeout, SERVFAIL, REFUSED or a network error
    NeedsKey,   // the list answers only with a key, and none was given: not queried
    NotQueried, // a dead list or an allowlist named with --dnsbl: known, never queried
};

// One row per list and subject, for the wizard.
struct DnsblRow
{
    QString list;    // "Spamhaus ZEN"
    QString zone;    // as shown (a key is masked)
    QString subject; // the address or name looked up; empty for a list not queried at all
    Status status = Status::Unknown;
    QStringList codes; // the A answer(s)
    QString meaning;   // what they mean, in the reader's language
    QString delist;    // the list's removal / lookup page from MailReady's catalog; may be empty
    QString source;    // where the catalog read what the codes mean
    bool informational = false;
    DnsblUnknownWhy why = DnsblUnknownWhy::None;
    QString reason; // why, in plain words, for every row not judged
    QString txt;    // the list's own TXT answer (a key masked): data from DNS, to be shown only as plain text
};

struct DnsblDetails final : CheckDetails
{
    QList<DnsblRow> rows;
};

// `dnsbl`: no sending address (and neither the mail domain nor the hostname, on domain lists) is on a blocklist.
// Every lookup and every RFC 5782 health query of every zone goes out at once; listings then fetch their TXT.
class DnsblCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(DnsblCheck)

public:
    DnsblCheck() = default;
    // Uses this catalog instead of the built-in one (or the request's catalog file).
    explicit DnsblCheck(dnsbl::DnsblCatalog catalog) : m_catalog(std::move(catalog)) {}

    QString id() const override { return checkid::Dnsbl; }
    QString title() const override { return tr("Blocklists (DNSBL)"); }
    bool needsSendingIps() const override { return true; }
    CheckResult run(const CheckContext& ctx) override;

    // The two halves of run(). gather asks DNS only: the health probes and lookups of every zone of `catalog` (or
    // exactly `zones`) that covers the subject, then the TXT of each listing on a list whose probes passed; `names`
    // are domain names looked up on domain lists (empty ones are left out). judge is pure.
    static DnsblFacts gather(dns::Resolver& resolver, const QList<QHostAddress>& addresses, const QStringList& names,
                             const dnsbl::DnsblCatalog& catalog, const QStringList& zones, const dnsbl::ListKeys& keys,
                             const std::function<void(int done, int total)>& progress = {});
    static CheckResult judge(const DnsblFacts& facts);

private:
    std::optional<dnsbl::DnsblCatalog> m_catalog;
};

} // namespace mailready::checks
