#include "DkimSignature.h"

#include "DkimRecord.h"
#include "TagList.h"
#include "mail/MessageText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>

namespace mailready::checks::dkim {

namespace {

using mail::HeaderField;
using ParsedMessage = mail::MessageText;

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

ParsedMessage parseMessage(const QByteArray& message)
{
    return mail::splitMessage(message);
}

QByteArray collapseWsp(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size());
    bool inWsp = false;
    for (char c : in) {
        if (isWsp(c)) {
            inWsp = true;
            continue;
        }
        if (inWsp)
            out += ' ';
        inWsp = false;
        out += c;
    }
    if (inWsp)
        out += ' ';
    return out;
}

// RFC 6376 3.4.2: lower-case name, unfolded value with WSP runs as one SP, no WSP at the ends or around the colon.
QByteArray relaxedHeader(const QByteArray& raw)
{
    const qsizetype colon = raw.indexOf(':');
    QByteArray name = raw.left(colon).trimmed().toLower();
    QByteArray value = raw.mid(colon + 1);
    value.replace("\r\n", "");
    value = collapseWsp(value);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (value.endsWith(' '))
        value.chop(1);
    return name + ':' + value + "\r\n";
}

QByteArray canonicalHeader(const QByteArray& raw, bool relaxed)
{
    return relaxed ? relaxedHeader(raw) : raw;
}

// RFC 6376 3.4.3 / 3.4.4.
QByteArray canonicalBody(const QByteArray& body, bool relaxed)
{
    QByteArray b = body;
    if (relaxed) {
        QList<QByteArray> lines = b.split('\n');
        QByteArray out;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines[i];
            const bool hadCrlf = i + 1 < lines.size();
            if (line.endsWith('\r'))
                line.chop(1);
            line = collapseWsp(line);
            if (line.endsWith(' '))
                line.chop(1);
            out += line;
            if (hadCrlf)
                out += "\r\n";
        }
        b = out;
        if (!b.isEmpty() && !b.endsWith("\r\n"))
            b += "\r\n";
        while (b.endsWith("\r\n\r\n"))
            b.chop(2);
        if (b == "\r\n")
            b.clear();
        return b;
    }
    while (b.endsWith("\r\n\r\n"))
        b.chop(2);
    if (b.isEmpty() || !b.endsWith("\r\n")) {
        if (b.isEmpty())
            return "\r\n";
        b += "\r\n";
    }
    return b;
}

// The DKIM-Signature field with the value of its b= tag removed (RFC 6376 3.7), everything else byte for byte.
QByteArray withoutSignatureValue(const QByteArray& raw)
{
    const qsizetype colon = raw.indexOf(':');
    qsizetype at = colon + 1;
    while (at < raw.size()) {
        qsizetype end = raw.indexOf(';', at);
        if (end < 0)
            end = raw.size();
        const qsizetype eq = raw.indexOf('=', at);
        if (eq >= 0 && eq < end) {
            const QByteArray name = raw.mid(at, eq - at).trimmed();
            if (name == "b") {
                qsizetype valueEnd = end;
                // Keep the CRLF that ends the field when b= is the last tag.
                if (end == raw.size() && raw.endsWith("\r\n"))
                    valueEnd = raw.size() - 2;
                return raw.left(eq + 1) + raw.mid(valueEnd);
            }
        }
        at = end + 1;
    }
    return raw;
}

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray headerHashInput(const QList<HeaderField>& headers, const QStringList& signedNames, bool relaxed)
{
    // Each name takes the last not yet used instance, from the bottom up (RFC 6376 5.4.2).
    QHash<QString, qsizetype> used;
    QByteArray input;
    for (const QString& wanted : signedNames) {
        const QString key = wanted.trimmed().toLower();
        qsizetype skip = used.value(key, 0);
        for (qsizetype i = headers.size() - 1; i >= 0; --i) {
            if (QString::fromLatin1(headers[i].name.trimmed()).toLower() != key)
                continue;
            if (skip-- > 0)
                continue;
            input += canonicalHeader(headers[i].raw, relaxed);
            break;
        }
        used[key] = used.value(key, 0) + 1;
    }
    return input;
}

// The key of the record the signature names (r's selector and domain), when it is one that can verify a signature
// of `type`; otherwise nothing, and `r` says why (a temporary or a permanent error).
std::optional<KeyRecord> usableKey(const KeyFetcher& fetchKey, crypto::KeyType type, SignatureResult* r)
{
    auto perm = [r](const QString& why) {
        r->result = SignatureResult::PermError;
        r->reason = why;
        return std::nullopt;
    };
    const KeyFetch fetched = fetchKey(r->selector, r->domain);
    if (fetched.temporaryFailure) {
        r->result = SignatureResult::TempError;
        r->reason =
            QCoreApplication::translate("DkimSignature", "the key record could not be fetched: %1").arg(fetched.error);
        return std::nullopt;
    }
    if (fetched.records.isEmpty())
        return perm(QCoreApplication::translate("DkimSignature", "no key record is published at %1")
                        .arg(keyRecordName(r->selector, r->domain)));
    if (fetched.records.size() > 1)
        return perm(QCoreApplication::translate("DkimSignature", "several key records are published at %1")
                        .arg(keyRecordName(r->selector, r->domain)));
    KeyRecord record = KeyRecord::parse(fetched.records.first());
    if (record.verdict != KeyVerdict::Valid)
        return perm(QCoreApplication::translate("DkimSignature", "the key record is unusable: %1").arg(record.problem));
    if (record.keyType != type)
        return perm(
            QCoreApplication::translate("DkimSignature", "the signature uses %1 but the key record holds a %2 key")
                .arg(r->algorithm, crypto::keyTypeName(record.keyType)));
    return record;
}

// What the signature signs of the header: the signed fields, then its own field without the b= value and without
// its final CRLF (RFC 6376 3.7).
QByteArray signedHeaders(const ParsedMessage& msg, const HeaderField& sigField, const QStringList& signedNames,
                         bool relaxed)
{
    QByteArray input = headerHashInput(msg.headers, signedNames, relaxed);
    QByteArray self = canonicalHeader(withoutSignatureValue(sigField.raw), relaxed);
    if (self.endsWith("\r\n"))
        self.chop(2);
    return input + self;
}

// RFC 6376 3.5 x=: a signature past its expiry is not valid; x= earlier than t= is malformed. Empty: not expired.
std::optional<QString> expiry(const std::optional<QString>& x, const std::optional<QString>& t, qint64 now)
{
    if (!x)
        return std::nullopt;
    bool ok = false;
    const qint64 expires = withoutFws(*x).toLongLong(&ok);
    if (!ok)
        return QCoreApplication::translate("DkimSignature", "x= is not a time");
    if (t && withoutFws(*t).toLongLong() > expires)
        return QCoreApplication::translate("DkimSignature", "x= (expiry) is before t= (signing time)");
    if (expires < now)
        return QCoreApplication::translate("DkimSignature", "the signature expired on %1 (x=)")
            .arg(QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate));
    return std::nullopt;
}

// The canonical body the signature covers: all of it, or its first l= octets; none when l= is unusable.
std::optional<QByteArray> signedBody(const QByteArray& raw, bool relaxed, const std::optional<QString>& l)
{
    QByteArray body = canonicalBody(raw, relaxed);
    if (!l)
        return body;
    bool ok = false;
    const qlonglong length = withoutFws(*l).toLongLong(&ok);
    if (!ok || length < 0 || length > body.size())
        return std::nullopt;
    body.truncate(length);
    return body;
}

// The key type an accepted signing algorithm needs; none for the others (rsa-sha1 is forbidden by RFC 8301).
std::optional<crypto::KeyType> keyTypeFor(const QString& algorithm)
{
    if (algorithm == QLatin1String("rsa-sha256"))
        return crypto::KeyType::Rsa;
    if (algorithm == QLatin1String("ed25519-sha256"))
        return crypto::KeyType::Ed25519;
    return std::nullopt;
}

// Without a body only the header signature can be checked: neutral at best, never pass.
SignatureResult headersOnly(SignatureResult r, const KeyRecord& record, const QByteArray& signedInput,
                            const QByteArray& b)
{
    r.bodyMissing = true;
    if (!record.key->verify(signedInput, b)) {
        r.result = SignatureResult::Fail;
        r.reason = QCoreApplication::translate("DkimSignature", "the signature does not verify with the published key");
        return r;
    }
    r.result = SignatureResult::Neutral;
    r.reason = QCoreApplication::translate("DkimSignature",
                                           "the signed header fields verify, but the body is missing, so its hash "
                                           "could not be checked");
    return r;
}

SignatureResult verifyOne(const ParsedMessage& msg, const HeaderField& sigField, const KeyFetcher& fetchKey, qint64 now)
{
    SignatureResult r;
    auto perm = [&r](const QString& why) {
        r.result = SignatureResult::PermError;
        r.reason = why;
        return r;
    };
    QString why;
    const QByteArray value = sigField.raw.mid(sigField.raw.indexOf(':') + 1);
    const auto tags = parseTagList(QString::fromLatin1(value), &why);
    if (!tags)
        return perm(QCoreApplication::translate("DkimSignature", "the DKIM-Signature is not a tag list: %1").arg(why));
    auto tag = [&tags](const char* name) { return tagValue(*tags, QString::fromLatin1(name)); };
    r.domain = withoutFws(tag("d").value_or(QString())).toLower();
    r.selector = withoutFws(tag("s").value_or(QString())).toLower();
    r.algorithm = withoutFws(tag("a").value_or(QString())).toLower();
    r.canonicalization = withoutFws(tag("c").value_or(QStringLiteral("simple/simple"))).toLower();
    r.identity = withoutFws(tag("i").value_or(QString()));
    r.bodyLength = tag("l").has_value();
    if (tag("v") != QStringLiteral("1"))
        return perm(QCoreApplication::translate("DkimSignature", "v= is not 1"));
    for (const char* required : {"a", "b", "bh", "d", "h", "s"})
        if (!tag(required))
            return perm(QCoreApplication::translate("DkimSignature", "the required tag %1= is missing")
                            .arg(QLatin1String(required)));
    const std::optional<crypto::KeyType> type = keyTypeFor(r.algorithm);
    if (!type)
        return perm(QCoreApplication::translate("DkimSignature",
                                                "algorithm %1 is not accepted (rsa-sha1 is forbidden by RFC 8301)")
                        .arg(r.algorithm));
    const QStringList canon = r.canonicalization.split(QLatin1Char('/'));
    const QString headerCanon = canon.value(0);
    const QString bodyCanon = canon.value(1, QStringLiteral("simple"));
    for (const QString& c : {headerCanon, bodyCanon})
        if (c != QLatin1String("simple") && c != QLatin1String("relaxed"))
            return perm(
                QCoreApplication::translate("DkimSignature", "unknown canonicalization %1").arg(r.canonicalization));
    const QStringList signedNames = withoutFws(*tag("h")).split(QLatin1Char(':'));
    if (!signedNames.contains(QStringLiteral("from"), Qt::CaseInsensitive))
        return perm(QCoreApplication::translate("DkimSignature", "the From header field is not signed"));

    const auto bh =
        QByteArray::fromBase64Encoding(withoutFws(*tag("bh")).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto b =
        QByteArray::fromBase64Encoding(withoutFws(*tag("b")).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!bh || !b)
        return perm(QCoreApplication::translate("DkimSignature", "b= or bh= is not base64"));

    const std::optional<KeyRecord> record = usableKey(fetchKey, *type, &r);
    if (!record)
        return r;

    if (const auto expired = expiry(tag("x"), tag("t"), now))
        return perm(*expired);
    const bool relaxedHeaders = headerCanon == QLatin1String("relaxed");
    if (!msg.hasBody)
        return headersOnly(r, *record, signedHeaders(msg, sigField, signedNames, relaxedHeaders), *b);
    const std::optional<QByteArray> body = signedBody(msg.body, bodyCanon == QLatin1String("relaxed"), tag("l"));
    if (!body)
        return perm(QCoreApplication::translate("DkimSignature", "l= is not a usable body length"));
    if (sha256(*body) != *bh) {
        r.result = SignatureResult::Fail;
        r.bodyHashMismatch = true;
        r.reason = QCoreApplication::translate("DkimSignature",
                                               "the body hash does not match (the body was changed after signing)");
        return r;
    }
    if (!record->key->verify(signedHeaders(msg, sigField, signedNames, relaxedHeaders), *b)) {
        r.result = SignatureResult::Fail;
        r.reason = QCoreApplication::translate("DkimSignature", "the signature does not verify with the published key");
        return r;
    }
    r.result = SignatureResult::Pass;
    return r;
}

QByteArray foldBase64(const QByteArray& data, int width)
{
    QByteArray out;
    for (qsizetype at = 0; at < data.size(); at += width) {
        if (at > 0)
            out += "\r\n\t ";
        out += data.mid(at, width);
    }
    return out;
}

} // namespace

QString SignatureResult::resultName(Result r)
{
    switch (r) {
    case Pass:
        return QStringLiteral("pass");
    case Fail:
        return QStringLiteral("fail");
    case Neutral:
        return QStringLiteral("neutral");
    case PermError:
        return QStringLiteral("permerror");
    case TempError:
        break;
    }
    return QStringLiteral("temperror");
}

QList<SignatureResult> verifyMessage(const QByteArray& message, const KeyFetcher& fetchKey,
                                     const VerifyOptions& options)
{
    const ParsedMessage msg = parseMessage(message);
    const qint64 now = options.now >= 0 ? options.now : QDateTime::currentSecsSinceEpoch();
    QList<SignatureResult> results;
    for (const HeaderField& field : msg.headers) {
        if (!field.is(QLatin1String("dkim-signature")))
            continue;
        if (results.size() >= options.maxSignatures) {
            SignatureResult skipped;
            skipped.result = SignatureResult::PermError;
            skipped.reason = QCoreApplication::translate("DkimSignature", "not verified: more than %1 signatures")
                                 .arg(options.maxSignatures);
            results << skipped;
            break;
        }
        results << verifyOne(msg, field, fetchKey, now);
    }
    return results;
}

QByteArray signMessage(const QByteArray& message, const crypto::PrivateKey& key, const QString& domain,
                       const QString& selector, const QStringList& headers)
{
    const ParsedMessage msg = parseMessage(message);
    QStringList present;
    for (const QString& name : headers)
        for (const HeaderField& f : msg.headers)
            if (QString::fromLatin1(f.name.trimmed()).compare(name, Qt::CaseInsensitive) == 0) {
                present << name.toLower();
                break;
            }
    const QByteArray bodyHash = sha256(canonicalBody(msg.body, true)).toBase64();
    QByteArray field = "DKIM-Signature: v=1; a=" + crypto::signingAlgorithm(key.type()).toLatin1() +
                       "; c=relaxed/relaxed; d=" + domain.toLower().toLatin1() +
                       "; s=" + selector.toLower().toLatin1() +
                       ";\r\n\tt=" + QByteArray::number(QDateTime::currentSecsSinceEpoch()) +
                       "; h=" + present.join(QLatin1Char(':')).toLatin1() + ";\r\n\tbh=" + bodyHash + ";\r\n\tb=";
    QByteArray input = headerHashInput(msg.headers, present, true);
    input += relaxedHeader(field + "\r\n").chopped(2);
    const QByteArray signature = key.sign(input);
    if (signature.isEmpty())
        return {};
    field += foldBase64(signature.toBase64(), 70) + "\r\n";
    QByteArray out = field;
    for (const HeaderField& f : msg.headers)
        out += f.raw;
    out += "\r\n" + msg.body;
    return out;
}

PairProof provePair(const crypto::PrivateKey& key, const QByteArray& publishedRecord, const QString& domain,
                    const QString& selector)
{
    const QByteArray message = "From: MailReady <postmaster@" + domain.toLatin1() + ">\r\nTo: postmaster@" +
                               domain.toLatin1() + "\r\nSubject: MailReady DKIM key pair test\r\nDate: " +
                               QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() +
                               "\r\nMessage-ID: <dkim-pair-test@" + domain.toLatin1() +
                               ">\r\n\r\nThis message proves that the private key and the published key belong "
                               "together.\r\n";
    const QByteArray signedMessage = signMessage(message, key, domain, selector);
    if (signedMessage.isEmpty())
        return {false, QCoreApplication::translate("DkimSignature", "The private key could not sign a test message.")};
    const auto results = verifyMessage(signedMessage, [&](const QString&, const QString&) {
        KeyFetch f;
        f.records << publishedRecord;
        return f;
    });
    if (results.size() != 1)
        return {false, QCoreApplication::translate("DkimSignature", "The signed test message could not be read back.")};
    const SignatureResult& r = results.first();
    if (r.result == SignatureResult::Pass)
        return {true,
                QCoreApplication::translate(
                    "DkimSignature", "A test message signed with the private key (%1) verifies with the published "
                                     "key.")
                    .arg(r.algorithm)};
    return {false,
            QCoreApplication::translate(
                "DkimSignature", "A test message signed with the private key does not verify with the published key "
                                 "(%1: %2).")
                .arg(SignatureResult::resultName(r.result), r.reason)};
}

} // namespace mailready::checks::dkim
