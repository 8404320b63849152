#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "checks/dkim/DkimRecord.h"
#include "checks/dkim/TagList.h"
#include "checks/dmarc/DmarcComposer.h"
#include "checks/dmarc/DmarcRecord.h"

namespace mailready::fuzz {

// A _dmarc TXT record (RFC 9989, RFC 7489): parsed into a verdict with a reason; a usable record has a policy, and
// every record the composer writes from what was parsed is itself usable.
int fuzzDmarcRecord(const uint8_t* data, size_t size)
{
    if (size > 8192)
        return 0;
    const QString txt = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    using namespace checks::dmarc;
    looksLikeDmarc(txt);
    const Record r = Record::parse(txt);
    verdictName(r.verdict);
    verdictName(r.rfc7489);
    r.lint();
    r.policyForSubdomain(true);
    r.policyForSubdomain(false);
    if (!isUsable(r.verdict) && r.problem.isEmpty())
        invariantBroken("unusable without a reason");
    for (const Note& n : r.notes)
        if (n.text.isEmpty())
            invariantBroken("a note without text");
    if (isUsable(r.verdict)) {
        ComposeOptions options;
        options.domain = QStringLiteral("fuzz.hostile.test");
        options.subdomainPolicy = r.subdomainPolicy;
        options.strictAlignment = r.strictDkim && r.strictSpf;
        if (!r.rua.isEmpty() && !r.rua.first().address.isEmpty() && r.rua.first().address.size() < 200)
            options.reportAddress = r.rua.first().address;
        const QString composed = composeRecord(r.policy, options);
        const Record back = Record::parse(composed);
        if (!isUsable(back.verdict) || back.policy != r.policy)
            invariantBroken("composed record is not usable", composed.toUtf8());
        externalAuthorizationRecord(options);
    }
    return 0;
}

// A selector._domainkey TXT record (RFC 6376 3.6.1, RFC 8463, RFC 8301): base64, ASN.1 and tag-lists from anyone.
int fuzzDkimKeyRecord(const uint8_t* data, size_t size)
{
    if (size > 8192)
        return 0;
    const QByteArray txt(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    using namespace checks::dkim;
    const KeyRecord r = KeyRecord::parse(txt);
    keyVerdictName(r.verdict);
    r.lint();
    r.testing();
    if (r.verdict != KeyVerdict::Valid && r.verdict != KeyVerdict::Weak && r.problem.isEmpty())
        invariantBroken("a key record judged without a reason", keyVerdictName(r.verdict).toUtf8());
    if (r.key) {
        if (r.key->bits() <= 0)
            invariantBroken("a key with no size");
        // A key read from a record composes back into a record that reads the same key.
        const QString composed = composeKeyRecord(*r.key, r.testing());
        const KeyRecord back = KeyRecord::parse(composed.toUtf8());
        if (!back.key || !(*back.key == *r.key))
            invariantBroken("composed key record does not read back", composed.toUtf8());
        for (const QString& s : splitCharacterStrings(composed))
            if (s.toUtf8().size() > 255)
                invariantBroken("a character-string over 255 bytes");
    }
    QString why;
    const auto tags = parseTagList(QString::fromUtf8(txt), &why);
    if (!tags && why.isEmpty())
        invariantBroken("tag-list rejected without a reason");
    if (tags)
        for (const Tag& t : *tags)
            if (!tagValue(*tags, t.name))
                invariantBroken("a parsed tag cannot be found", t.name.toUtf8());
    withoutFws(QString::fromUtf8(txt));
    isValidSelector(QString::fromUtf8(txt));
    return 0;
}

} // namespace mailready::fuzz
