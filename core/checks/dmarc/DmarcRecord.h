#pragma once

#include "checks/Lint.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailready::checks::dmarc {

// What a receiver does with a TXT record found at _dmarc.D.
enum class Verdict {
    Valid,          // usable as written
    ValidDefaulted, // usable; a bad tag value is discarded in favour of its default (RFC 7489 6.3)
    PNoneFallback,  // no usable p (or a bad sp) but a valid rua: receivers act as p=none (RFC 7489 6.6.3)
    NotDmarc,       // not a DMARC record (no v=DMARC1 first): ignored during discovery
    Invalid,        // a DMARC record that must not be applied
};
QString verdictName(Verdict v); // "valid", "valid-defaulted", "p-none-fallback", "not-dmarc", "invalid"
bool isUsable(Verdict v);       // Valid, ValidDefaulted or PNoneFallback: a policy applies

using checks::Lint;
using checks::lintName;

enum class Policy { None, Quarantine, Reject };
QString policyName(Policy p);
std::optional<Policy> parsePolicy(const QString& text); // case-insensitive

// A report destination from rua=/ruf=.
struct ReportUri
{
    QString uri;     // as written, without "!size"
    QString scheme;  // lower case
    QString address; // mailto: the address; empty for other schemes
    QString domain;  // mailto: the domain of the address, lower case
    QString size;    // "!10m" limit as written (obsolete in RFC 9989)
};

struct Note
{
    Lint level = Lint::Ok; // Ok: information only (a legacy tag that RFC 9989 drops), Warn, Error
    QString text;
};

// A DMARC record judged under RFC 9989 (DMARCbis, current) and RFC 7489 (its predecessor, still run by receivers).
struct Record
{
    Verdict verdict = Verdict::NotDmarc; // RFC 9989
    Verdict rfc7489 = Verdict::NotDmarc; // RFC 7489
    QString problem;                     // why it is not usable (or why it falls back), one sentence
    QList<Note> notes;                   // findings for people, with their level

    // The effective values (defaults applied).
    Policy policy = Policy::None;
    bool policyExplicit = false;             // p= present and valid
    std::optional<Policy> subdomainPolicy;   // sp=
    std::optional<Policy> nonexistentPolicy; // np= (RFC 9989)
    bool strictDkim = false;                 // adkim=s
    bool strictSpf = false;                  // aspf=s
    QList<ReportUri> rua;
    QList<ReportUri> ruf;
    QString psd;            // "y", "n", "u" or empty (RFC 9989)
    bool testing = false;   // t=y (RFC 9989)
    std::optional<int> pct; // legacy RFC 7489

    // Ok, Warn or Error for a record checker (this product's own strictness; see notes for why).
    Lint lint() const;
    // The policy for mail from a subdomain that has no record of its own: np (if it does not exist), sp, then p.
    Policy policyForSubdomain(bool exists) const;

    static Record parse(const QString& txt);
};

// True when `txt` starts with a v=DMARC1 tag, i.e. it takes part in discovery (RFC 9989: others are discarded).
bool looksLikeDmarc(const QString& txt);

} // namespace mailready::checks::dmarc
