#pragma once

#include <QString>
#include <QStringList>

// TXT records as RFC 1035 3.3 character-strings. A record longer than 255 bytes is published as several strings of
// one TXT record, which receivers join without a separator (RFC 7208 3.3, RFC 6376 3.6.2.2).
//
//   dns::characterStrings(spf);                           // {"v=spf1 ... ", "ip4:... -all"}: cut between terms
//   dns::zoneFileText(dkim, dns::TxtBreak::Anywhere);     // "\"v=DKIM1; k=rsa; p=MIIB...\" \"...\""
namespace mailready::dns {

inline constexpr int kMaxCharacterString = 255; // RFC 1035 3.3: the bytes of one character-string

// Where a record may be cut into strings.
enum class TxtBreak {
    BetweenTerms, // after the last space that fits, so each string ends between terms where it can (SPF)
    Anywhere,     // strings as full as they can be (a DKIM key's base64)
};

// The record's character-strings: each at most maxBytes bytes of its UTF-8 (4 to 255; a UTF-8 character is never cut),
// and joined they give the record back. An empty record is one empty string.
QStringList characterStrings(const QString& record, TxtBreak where = TxtBreak::BetweenTerms,
                             int maxBytes = kMaxCharacterString);

// The strings as a zone file writes them: each in double quotes, with '"' and '\' escaped by a backslash, separated
// by one space.
QString quotedStrings(const QStringList& strings);

// The record as a zone file writes it: quotedStrings(characterStrings(record, where)).
QString zoneFileText(const QString& record, TxtBreak where = TxtBreak::BetweenTerms);

} // namespace mailready::dns
