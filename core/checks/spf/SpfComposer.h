#pragma once

#include "SpfRecord.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// Composing SPF records to publish. Pure: no DNS.
//
//   spf::SpfChoices c;
//   c.ips = {QHostAddress("203.0.113.5")};
//   c.includes = {"_spf.relay.example"};
//   spf::composeRecord(c);        // "v=spf1 mx ip4:203.0.113.5 include:_spf.relay.example -all"
//   spf::composeHeloRecord();     // "v=spf1 a -all"  (publish at the mail server's own name)
//   spf::zoneFileStrings(record); // "\"v=spf1 ...\"", split into 255-byte strings when longer
namespace mailready::spf {

// What the user tells us about how mail leaves the domain.
struct SpfChoices
{
    bool mx = true;                  // the domain's MX hosts send mail ("mx")
    bool a = false;                  // the address of the domain name itself sends mail ("a")
    QList<QHostAddress> ips;         // the public sending addresses ("ip4:"/"ip6:"; IPv4-mapped IPv6 becomes ip4)
    QStringList includes;            // SPF domains of relay providers ("include:"), e.g. "_spf.relay.example"
    Qualifier all = Qualifier::Fail; // "-all" (recommended) or "~all" while testing; Pass/Neutral are refused
};

// The record for the mail domain, terms in the order mx, a, ip4/ip6, include, all. Duplicates are dropped.
QString composeRecord(const SpfChoices& choices);
Record composeRecordTerms(const SpfChoices& choices);

// The record for the mail server's own host name (the HELO identity): only its own address may use the name.
QString composeHeloRecord();

// The smallest change to an existing record that authorizes an address.
struct SpfChange
{
    bool needed = true;  // false when the record already lists the address in an ip4/ip6 term that passes
    QString record;      // the whole new record: every term the user had, plus the added one
    QString added;       // the added term ("ip4:203.0.113.5")
    int position = -1;   // index among the terms where it was inserted
    QString description; // one sentence for people: "Add ip4:203.0.113.5 before -all."
};

// Inserts "ip4:ADDR"/"ip6:ADDR" just before the term that decided against the address (decidingIndex, from an
// evaluation), or else just before "all", or else after the last mechanism (a redirect stays last in effect).
SpfChange proposeAuthorization(const Record& existing, const QHostAddress& ip, int decidingIndex = -1);

// The same for a relay provider's SPF name: "include:DOMAIN" just before the deciding term, or "all", or after the last
// mechanism. Not needed when the record already has that include with a pass qualifier.
SpfChange proposeInclude(const Record& existing, const QString& includeDomain, int decidingIndex = -1);

// One record from several published ones (several SPF records are a permerror): the first record's terms, then the
// mechanisms the others add that it lacks, its own "all" (or the first other one found) kept last. nullopt when a
// record does not parse.
std::optional<Record> mergeRecords(const QList<QByteArray>& records);

// The record as it is written in a zone file: quoted character-strings of at most 255 bytes each, split between
// terms where possible, separated by one space ("\"v=spf1 ... \" \"ip4:...\""). dns::zoneFileText() with
// dns::TxtBreak::BetweenTerms.
QString zoneFileStrings(const QString& record);
// The character-strings themselves (unquoted), as above: dns::characterStrings().
QStringList splitCharacterStrings(const QString& record);

} // namespace mailready::spf
