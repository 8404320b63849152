#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace mailready::checks::dnsbl {

// What one answer code of a list means and how to get off the list.
struct ListCode
{
    QString meaning;    // one sentence for people
    QString fix;        // what to do about it
    bool error = false; // a vendor error answer (bad query, refused resolver): never a listing
};

// One blocklist as the catalog knows it (or as the contract's generic rules describe an unknown zone).
struct DnsblList
{
    enum class State { Active, Dead, Allowlist };

    QString zone; // "zen.spamhaus.org"
    QString name; // "Spamhaus ZEN"
    State state = State::Active;
    bool ipv4 = true;               // lists IPv4 addresses (reversed octets)
    bool ipv6 = true;               // lists IPv6 addresses (reversed nibbles)
    bool domain = false;            // lists domain names (RHSBL)
    bool informational = false;     // names whole networks: a listing warns, never fails
    bool registration = false;      // answers only resolvers registered with the operator
    bool subdomains = false;        // the entry also covers every zone below `zone` (all SORBS zones)
    bool known = false;             // found in the catalog (false: a zone given with --dnsbl, generic rules)
    QString delist;                 // removal / lookup page
    QString dqs;                    // zone under Spamhaus's Data Query Service, without the key
    QString why;                    // dead lists and allowlists: why they are not queried
    QHash<QString, ListCode> codes; // answer address ("127.0.0.10") -> meaning

    const ListCode* code(const QString& answer) const;
    // The contract's generic rules for a zone the catalog does not know: an IPv4 and IPv6 list, no codes.
    static DnsblList generic(const QString& zone);
};

// The blocklists MailReady knows: data from resources/dnsbl-catalog.json, not code.
class DnsblCatalog
{
public:
    static std::optional<DnsblCatalog> fromJson(const QByteArray& json, QString* error = nullptr);
    static std::optional<DnsblCatalog> fromFile(const QString& path, QString* error = nullptr);
    // The catalog compiled into the program (resource :/mailready/dnsbl-catalog.json).
    static const DnsblCatalog& builtIn();

    const QList<DnsblList>& lists() const { return m_lists; }
    QList<DnsblList> activeLists() const;
    // The catalog's entry for a zone (exact, or below an entry that covers subdomains), or nullptr.
    const DnsblList* find(const QString& zone) const;
    // The catalog's entry, or the generic rules for an unknown zone.
    DnsblList listFor(const QString& zone) const;

private:
    QList<DnsblList> m_lists;
};

// One zone of a run: the list, the name queried (with a DQS key) and the name shown to people (key masked).
struct DnsblTarget
{
    DnsblList list;
    QString queryZone; // "KEY.zen.dq.spamhaus.net" or "zen.spamhaus.org", no trailing dot
    QString shownZone; // "********.zen.dq.spamhaus.net": never the key
};

// The zones a run checks: every active list of the catalog, or exactly `zones` (from --dnsbl) when not empty.
// With a Spamhaus DQS key, lists that have a DQS zone are queried there instead.
QList<DnsblTarget> selectTargets(const DnsblCatalog& catalog, const QStringList& zones, const QString& dqsKey);

// The key as shown in zone names and evidence.
QString maskedDqsKey();
// True when the text is a plausible DQS key: one DNS label of letters and digits.
bool isValidDqsKey(const QString& key);

} // namespace mailready::checks::dnsbl
