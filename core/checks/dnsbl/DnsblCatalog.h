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
    bool ipv4 = true;           // lists IPv4 addresses (reversed octets)
    bool ipv6 = true;           // lists IPv6 addresses (reversed nibbles)
    bool domain = false;        // lists domain names (RHSBL)
    bool informational = false; // few receivers refuse mail over it (whole networks, ...): warns, never fails
    bool registration = false;  // answers only resolvers registered with the operator
    bool subdomains = false;    // the entry also covers every zone below `zone` (all SORBS zones)
    bool known = false;         // found in the catalog (false: a zone given with --dnsbl, generic rules)
    QString delist;             // removal / lookup page
    // A list queried with a key in the query name (KEY.<keyZone>): which key setting ("spamhaus-dqs", "abusix",
    // "spamrats"), the zone under which the key goes, and whether the list is queried at all without it.
    QString keySetting;
    QString keyZone;
    bool keyRequired = false;
    QString why;                    // dead lists and allowlists: why they are not queried
    QHash<QString, ListCode> codes; // answer address ("127.0.0.10") -> meaning
    ListCode anyCode;               // what any other listing answer means (lists without documented codes)
    QString source;                 // where the entry's facts were read (URL)
    QString checked;                // when (YYYY-MM-DD); empty: could not be confirmed

    // What an answer means: its own code, else the list's meaning for any listing; nullptr when neither.
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

// One zone of a run: the list, the name queried (with a key) and the name shown to people (key masked).
struct DnsblTarget
{
    DnsblList list;
    QString queryZone;       // "KEY.zen.dq.spamhaus.net" or "zen.spamhaus.org", no trailing dot
    QString shownZone;       // "********.zen.dq.spamhaus.net": never the key
    bool missingKey = false; // the list needs a key that was not given: not queried
};

// The keys of keyed lists, by setting ("spamhaus-dqs", "abusix", "spamrats"); empty values are no key.
using ListKeys = QHash<QString, QString>;

// The zones a run checks: every active list of the catalog, or exactly `zones` (from --dnsbl) when not empty.
// A list whose key is given is queried under KEY.<its key zone>; one that requires a key nobody gave is marked
// missingKey.
QList<DnsblTarget> selectTargetsWithKeys(const DnsblCatalog& catalog, const QStringList& zones, const ListKeys& keys);
QList<DnsblTarget> selectTargets(const DnsblCatalog& catalog, const QStringList& zones, const QString& dqsKey);

// A key as shown in zone names and evidence.
QString maskedDqsKey();
// True when the text is a plausible DQS key: one DNS label of letters and digits.
bool isValidDqsKey(const QString& key);
// True when the text is a plausible key of another keyed list: one DNS label (letters, digits, inner hyphens).
bool isValidListKey(const QString& key);

} // namespace mailready::checks::dnsbl
