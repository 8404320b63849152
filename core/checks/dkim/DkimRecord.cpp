#include "DkimRecord.h"

#include "TagList.h"
#include "dns/TxtStrings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailready::checks::dkim {

QString keyVerdictName(KeyVerdict verdict)
{
    switch (verdict) {
    case KeyVerdict::Valid:
        return QStringLiteral("valid");
    case KeyVerdict::Invalid:
        return QStringLiteral("invalid");
    case KeyVerdict::NotForEmail:
        return QStringLiteral("not-for-email");
    case KeyVerdict::Revoked:
        return QStringLiteral("revoked");
    case KeyVerdict::Weak:
        break;
    }
    return QStringLiteral("weak");
}

Lint KeyRecord::lint() const
{
    if (verdict == KeyVerdict::Revoked)
        return Lint::Warn;
    if (verdict != KeyVerdict::Valid)
        return Lint::Error;
    return warnings.isEmpty() ? Lint::Ok : Lint::Warn;
}

static QStringList colonList(const QString& value)
{
    QStringList out;
    for (const QString& part : value.split(QLatin1Char(':')))
        out << withoutFws(part);
    return out;
}

// Each step below returns true when the record's verdict is decided (the parse ends there), false to read on.
static bool invalid(KeyRecord& r, const QString& why)
{
    r.verdict = KeyVerdict::Invalid;
    r.problem = why;
    return true;
}

// v=DKIM1, first when present (RFC 6376 3.6.1), and the form warnings.
static bool readVersion(const TagList& tags, KeyRecord& r)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (tags[i].name != QLatin1String("v"))
            continue;
        if (i != 0)
            return invalid(r, QCoreApplication::translate(
                                  "DkimRecord", "v=DKIM1 must be the first tag of the record (RFC 6376 3.6.1)."));
        if (tags[i].value != QLatin1String("DKIM1"))
            return invalid(
                r, QCoreApplication::translate("DkimRecord", "The version is '%1', not DKIM1.").arg(tags[i].value));
        r.hasVersion = true;
    }
    if (!r.hasVersion)
        r.formWarnings << QCoreApplication::translate(
            "DkimRecord", "The record does not start with v=DKIM1; it is optional, but recommended.");
    if (tagValue(tags, QStringLiteral("g")))
        r.formWarnings << QCoreApplication::translate(
            "DkimRecord", "The g= tag is a leftover of RFC 4871 that RFC 6376 ignores; remove it.");
    r.warnings << r.formWarnings;
    return false;
}

// k=, h=, s=, t=: what the key is and what it may be used for.
static bool readKeyUse(const TagList& tags, KeyRecord& r)
{
    r.keyTypeText = tagValue(tags, QStringLiteral("k")).value_or(QStringLiteral("rsa"));
    if (r.keyTypeText == QLatin1String("rsa"))
        r.keyType = crypto::KeyType::Rsa;
    else if (r.keyTypeText == QLatin1String("ed25519"))
        r.keyType = crypto::KeyType::Ed25519;
    else
        return invalid(
            r, QCoreApplication::translate("DkimRecord", "k=%1 is not a key type verifiers know (k=rsa or k=ed25519).")
                   .arg(r.keyTypeText));
    if (const auto h = tagValue(tags, QStringLiteral("h"))) {
        r.hashes = colonList(*h);
        if (!r.hashes.contains(QStringLiteral("sha256")))
            return invalid(r, QCoreApplication::translate(
                                  "DkimRecord", "h=%1 excludes SHA-256, the only hash signers may use (RFC 8301), so "
                                                "no signature can verify with this key.")
                                  .arg(*h));
    }
    if (const auto s = tagValue(tags, QStringLiteral("s"))) {
        r.services = colonList(*s);
        if (!r.services.contains(QStringLiteral("*")) && !r.services.contains(QStringLiteral("email"))) {
            r.verdict = KeyVerdict::NotForEmail;
            r.problem = QCoreApplication::translate("DkimRecord", "s=%1 says the key is not for email.").arg(*s);
            return true;
        }
    }
    if (const auto t = tagValue(tags, QStringLiteral("t"))) {
        r.flags = colonList(*t);
        if (r.testing())
            r.warnings << QCoreApplication::translate(
                "DkimRecord", "t=y marks the domain as testing DKIM: receivers may treat signatures as "
                              "unsigned. Remove t=y once mail verifies.");
    }
    return false;
}

// p=: the public key, revoked when empty, and its size (RFC 8301 3.2).
static void readKey(const TagList& tags, KeyRecord& r)
{
    const auto p = tagValue(tags, QStringLiteral("p"));
    if (!p) {
        invalid(r, QCoreApplication::translate("DkimRecord", "The record has no p= tag with the public key."));
        return;
    }
    const QString base64 = withoutFws(*p);
    if (base64.isEmpty()) {
        r.verdict = KeyVerdict::Revoked;
        r.problem = QCoreApplication::translate("DkimRecord", "p= is empty: the key has been revoked.");
        return;
    }
    auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || base64.size() % 4 != 0) {
        invalid(r, QCoreApplication::translate("DkimRecord", "p= is not valid base64."));
        return;
    }
    r.keyData = *decoded;
    QString keyError;
    r.key = crypto::PublicKey::fromDkimData(r.keyType, r.keyData, &keyError);
    if (!r.key) {
        invalid(r,
                QCoreApplication::translate("DkimRecord", "The public key in p= cannot be decoded: %1.").arg(keyError));
        return;
    }
    r.keyBits = r.key->bits();
    if (r.keyType == crypto::KeyType::Rsa && r.keyBits < 1024) {
        r.verdict = KeyVerdict::Weak;
        r.problem = QCoreApplication::translate("DkimRecord",
                                                "The RSA key has only %1 bits; receivers must ignore signatures made "
                                                "with keys under 1024 bits (RFC 8301 3.2).")
                        .arg(r.keyBits);
        return;
    }
    if (r.keyType == crypto::KeyType::Rsa && r.keyBits < 2048)
        r.warnings << QCoreApplication::translate(
                          "DkimRecord", "The RSA key has %1 bits; 2048 is the recommended size (RFC 8301 3.2).")
                          .arg(r.keyBits);
    r.verdict = KeyVerdict::Valid;
}

KeyRecord KeyRecord::parse(const QByteArray& txt)
{
    KeyRecord r;
    QString why;
    const auto tags = parseTagList(QString::fromUtf8(txt), &why);
    if (!tags) {
        invalid(r, QCoreApplication::translate("DkimRecord", "The record is not a DKIM tag list: %1.").arg(why));
        return r;
    }
    if (readVersion(*tags, r) || readKeyUse(*tags, r))
        return r;
    readKey(*tags, r);
    return r;
}

QString keyRecordName(const QString& selector, const QString& domain)
{
    QString d = domain.toLower();
    if (!d.endsWith(QLatin1Char('.')))
        d += QLatin1Char('.');
    return selector.toLower() + QStringLiteral("._domainkey.") + d;
}

QString composeKeyRecord(const crypto::PublicKey& key, bool testing)
{
    return QStringLiteral("v=DKIM1; k=%1; %2p=%3")
        .arg(crypto::keyTypeName(key.type()), testing ? QStringLiteral("t=y; ") : QString(),
             QString::fromLatin1(key.dkimData().toBase64()));
}

QStringList splitCharacterStrings(const QString& record, int maxBytes)
{
    return dns::characterStrings(record, dns::TxtBreak::Anywhere, maxBytes);
}

QString zoneFileLine(const QString& selector, const QString& domain, const QString& record, int ttl)
{
    const QString ttlText = ttl > 0 ? QString::number(ttl) + QLatin1Char(' ') : QString();
    return QStringLiteral("%1 %2IN TXT ( %3 )")
        .arg(keyRecordName(selector, domain), ttlText, dns::zoneFileText(record, dns::TxtBreak::Anywhere));
}

QString suggestSelector(const QDate& date, const QStringList& taken)
{
    const QString year = QString::number(date.year());
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString s = year + QLatin1Char(c);
        if (!taken.contains(s, Qt::CaseInsensitive))
            return s;
    }
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString publishingNote(const crypto::PublicKey& key)
{
    if (key.type() == crypto::KeyType::Rsa && key.bits() > 2048)
        return QCoreApplication::translate(
                   "DkimRecord",
                   "A %1-bit RSA record is about %2 characters: some DNS web panels refuse TXT values that long, and "
                   "the answer may not fit a plain UDP DNS reply, so some receivers need TCP to fetch it. RSA 2048 is "
                   "what every receiver verifies; use a longer key only if your DNS host accepts it.")
            .arg(key.bits())
            .arg(composeKeyRecord(key).size());
    if (key.type() == crypto::KeyType::Ed25519)
        return QCoreApplication::translate(
            "DkimRecord", "Ed25519 (RFC 8463) is not verified by every receiver yet: publish it beside an RSA "
                          "key under another selector and sign with both, never with Ed25519 alone.");
    return {};
}

QString signingKeyProblem(const crypto::PublicKey& key)
{
    if (key.type() != crypto::KeyType::Rsa || key.bits() >= 1024)
        return {};
    return QCoreApplication::translate("DkimRecord",
                                       "The RSA key has only %1 bits; receivers must ignore signatures made with keys "
                                       "under 1024 bits (RFC 8301 3.2), so it cannot be used. Make a new key of 2048 "
                                       "bits instead.")
        .arg(key.bits());
}

QString signingKeyWarning(const crypto::PublicKey& key)
{
    if (key.type() != crypto::KeyType::Rsa || key.bits() < 1024 || key.bits() >= 2048)
        return {};
    return QCoreApplication::translate("DkimRecord",
                                       "The RSA key has %1 bits; 2048 is the recommended size (RFC 8301 3.2) and some "
                                       "receivers distrust shorter keys. Plan a new key of 2048 bits.")
        .arg(key.bits());
}

bool isValidSelector(const QString& s)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*$"));
    return s.size() <= 200 && re.match(s).hasMatch();
}

} // namespace mailready::checks::dkim
