#pragma once

#include "DnsblCatalog.h"
#include "dns/DnsAnswer.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// Pure interpretation of blocklist answers (RFC 5782 and the vendors' conventions): no I/O here.
namespace mailready::checks::dnsbl {

enum class Family { Ipv4, Ipv6, Domain };

// The query label of an address in a list of that family: reversed octets for IPv4, 32 reversed nibbles for IPv6
// (an IPv4-mapped address stays IPv6 there, as RFC 5782's ::FFFF:7F00:2 test entry needs).
QString queryLabel(const QHostAddress& address, Family family);
// The family an address is judged in: IPv4-mapped IPv6 addresses are IPv4 senders.
Family familyOf(const QHostAddress& address);
// RFC 5782 section 5 test entries of a family: the label that must be listed and the one that must not.
QString mustListLabel(Family family);    // "2.0.0.127", nibbles of ::FFFF:7F00:2, "test"
QString mustNotListLabel(Family family); // "1.0.0.127", nibbles of ::FFFF:7F00:1, "invalid"

// What one A answer of a list says.
struct Reading
{
    enum class Kind {
        NotListed,  // NXDOMAIN or no A record
        Listed,     // addresses in 127.0.0.0/8 outside 127.255.255.0/24, none a catalog error code
        ErrorCode,  // 127.255.255.0/24 or a code the catalog marks as an error: the list refused to answer
        Outside127, // an address outside 127.0.0.0/8: a rewritten answer, not a listing
        Failed,     // timeout, SERVFAIL, REFUSED, network or format error
    };
    Kind kind = Kind::Failed;
    QStringList codes; // the A records as text
    QString reason;    // plain words for every kind but NotListed/Listed
};

Reading readAnswer(const dns::Answer& answer, const DnsblList& list);
// Plain words for an address in 127.255.255.0/24 (Spamhaus's error answers).
QString errorCodeMeaning(const QString& code);

// Whether a list can be trusted for one family, from its two test entries (RFC 5782 section 5).
struct Health
{
    enum class State { Healthy, Unhealthy, Unreachable };
    State state = State::Unreachable;
    QString reason;                // why it is not healthy, in plain words
    bool missingTestEntry = false; // 127.0.0.2 (or its equivalent) not listed: a resolver hiding listings
    bool listsEverything = false;  // 127.0.0.1 (or its equivalent) listed: a wildcard or rewriting resolver
    bool rewritten = false;        // a test answer outside 127/8
    QStringList errorCodes;        // test answers in 127.255.255.0/24

    bool isHealthy() const { return state == State::Healthy; }
};

Health judgeHealth(const Reading& mustList, const Reading& mustNotList, Family family);

// A verdict on one (subject, zone) pair.
struct Verdict
{
    enum class Kind { Clean, Listed, Unknown };
    Kind kind = Kind::Unknown;
    bool informational = false; // listed on an informational list: warn, never fail
    QStringList codes;
    QString meaning;         // what the listing (or the error code) means, as the catalog says it (the `meaning` field)
    QString shownMeaning;    // the same in the reader's language, for messages
    QString fix;             // in the reader's language
    QString reason;          // why it is unknown
    bool unanswered = false; // unknown because the query itself got no usable answer (timeout, SERVFAIL, ...)
};

Verdict judge(const Reading& lookup, const Health& health, const DnsblList& list);
// A text of the blocklist catalog (meaning, fix, why) in the reader's language; texts of other catalogs stay as given.
QString catalogText(const QString& text);

// One finding over all zones when the resolver in use is why blocklists cannot be read.
struct ZoneObservation
{
    QString zone;           // as shown
    Health health;          // of the family (or the worst family) queried
    QStringList errorCodes; // 127.255.255.x answers seen in the zone's lookups and test queries
    bool rewritten = false; // an answer outside 127/8 seen in its lookups
};

struct Diagnosis
{
    bool fires = false;
    QString message;
    QString fix;
};

Diagnosis diagnose(const QList<ZoneObservation>& zones, bool dqsKeyInUse);

} // namespace mailready::checks::dnsbl
