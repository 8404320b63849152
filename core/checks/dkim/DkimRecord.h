#pragma once

#include "checks/Lint.h"
#include "crypto/DkimKey.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace mailready::checks::dkim {

// How a published key record (selector._domainkey.domain TXT) can be used for verifying mail.
enum class KeyVerdict {
    Valid,       // usable (it may still carry warnings)
    Invalid,     // syntax error, unknown key type, undecodable key, hash or version not allowed: verifiers PERMERROR
    NotForEmail, // s= lists services, none of them email (RFC 6376 3.6.1)
    Revoked,     // p= empty: the key was deliberately withdrawn (RFC 6376 3.6.1)
    Weak,        // RSA under 1024 bits: verifiers must not accept it (RFC 8301 3.2)
};
QString keyVerdictName(KeyVerdict verdict); // "valid", "invalid", "not-for-email", "revoked", "weak"

using checks::Lint;
using checks::lintName;

// A parsed DKIM key record (RFC 6376 3.6.1, RFC 8463 4.2, RFC 8301).
struct KeyRecord
{
    KeyVerdict verdict = KeyVerdict::Invalid;
    QString problem;          // why it is not Valid, one sentence
    QStringList warnings;     // valid but below good practice: short key, t=y, leftover g=, no v=
    QStringList formWarnings; // those of `warnings` about the record's form (leftover g=, no v=), not the key or t=y
    bool hasVersion = false;
    crypto::KeyType keyType = crypto::KeyType::Rsa;
    QString keyTypeText;  // k= as written ("rsa" when absent)
    QStringList hashes;   // h= (empty: any)
    QStringList services; // s= (empty: "*")
    QStringList flags;    // t=
    QByteArray keyData;   // decoded p=
    std::optional<crypto::PublicKey> key;
    int keyBits = 0;

    bool testing() const { return flags.contains(QStringLiteral("y")); }
    // ok: valid without warnings; warn: valid with warnings, or revoked (fine when intended); error otherwise.
    Lint lint() const;

    static KeyRecord parse(const QByteArray& txt);
};

// --- Composing what to publish ------------------------------------------------------------------------------------

// "S._domainkey.D." (absolute, lower case).
QString keyRecordName(const QString& selector, const QString& domain);
// "v=DKIM1; k=rsa; p=BASE64" (k=ed25519 for Ed25519); with "t=y; " when testing.
QString composeKeyRecord(const crypto::PublicKey& key, bool testing = false);
// The record split into character-strings of at most `maxBytes` bytes (RFC 1035 3.3: 255 at most), as full as they
// can be: dns::characterStrings() with dns::TxtBreak::Anywhere.
QStringList splitCharacterStrings(const QString& record, int maxBytes = 255);
// The zone-file line: `S._domainkey.D. IN TXT ( "..." "..." )`, every string at most 255 bytes.
QString zoneFileLine(const QString& selector, const QString& domain, const QString& record, int ttl = 0);
// A selector named after the date ("2026a"); the first letter not in `taken`, so rotation gets "2026b".
QString suggestSelector(const QDate& date, const QStringList& taken = {});
// Why a key may be awkward to publish (RSA 4096: DNS panels, UDP answer size); empty when nothing to say.
QString publishingNote(const crypto::PublicKey& key);
// RFC 8301 3.2 for a key to sign with (keygen, import, the key file a check compares): an RSA key under 1024 bits
// is refused (verifiers must ignore its signatures), one under 2048 bits is short. One sentence each; empty when the
// key is fine.
QString signingKeyProblem(const crypto::PublicKey& key);
QString signingKeyWarning(const crypto::PublicKey& key);
// True when `s` is a valid selector (dot-separated labels of letters, digits, hyphens, underscores).
bool isValidSelector(const QString& s);

} // namespace mailready::checks::dkim
