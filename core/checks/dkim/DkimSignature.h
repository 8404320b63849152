#pragma once

#include "crypto/DkimKey.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace mailready::checks::dkim {

// The key records published at selector._domainkey.domain, as a verifier fetched them.
struct KeyFetch
{
    bool temporaryFailure = false; // SERVFAIL, timeout, ...: the verdict is TEMPERROR, never FAIL
    QList<QByteArray> records;     // TXT records, each with its strings joined
    QString error;
};
using KeyFetcher = std::function<KeyFetch(const QString& selector, const QString& domain)>;

// The result of verifying one DKIM-Signature header field (RFC 6376 6.1, results named as in RFC 8601).
struct SignatureResult
{
    enum Result { Pass, Fail, Neutral, PermError, TempError };
    Result result = PermError;
    QString domain;                // d=
    QString selector;              // s=
    QString algorithm;             // a=
    QString canonicalization;      // c= (defaulted to simple/simple)
    QString identity;              // i= (the agent or user identifier), when given
    bool bodyLength = false;       // l= limits the signed body: text added below it is not covered
    QString reason;                // why it is not Pass
    bool bodyHashMismatch = false; // Fail because the body hash differs: the body changed after signing
    bool bodyMissing = false;      // no body to hash (headers only): Neutral at best

    static QString resultName(Result r); // "pass", "fail", "neutral", "permerror", "temperror"
};

// Verifies every DKIM-Signature of `message` (bare LF line ends are read as CRLF). Algorithms rsa-sha256 and
// ed25519-sha256 (rsa-sha1 is refused, RFC 8301); canonicalization simple and relaxed; l=; x=. A message without a
// body (headers only) gets Neutral at best: the header signature is checked, the body hash cannot be.
// A message is text anyone can send: at most maxSignatures are verified (each costs a DNS query); the one beyond is
// reported as a permanent error. `now` (seconds since the epoch; negative: the clock) decides x= expiry.
struct VerifyOptions
{
    int maxSignatures = 8;
    qint64 now = -1;
};
QList<SignatureResult> verifyMessage(const QByteArray& message, const KeyFetcher& fetchKey,
                                     const VerifyOptions& options = {});

// Signs `message` with relaxed/relaxed canonicalization (rsa-sha256 or ed25519-sha256 by the key type) and returns it
// with the DKIM-Signature header field prepended. `headers` are the names to sign (those present are signed).
QByteArray
signMessage(const QByteArray& message, const crypto::PrivateKey& key, const QString& domain, const QString& selector,
            const QStringList& headers = {QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Subject"),
                                          QStringLiteral("Date"), QStringLiteral("Message-ID")});

// End-to-end proof that a private key and a published key record belong together: a small test message is signed
// with the private key and verified with the published record, exactly as a receiver would.
struct PairProof
{
    bool matches = false;
    QString detail; // what happened, one sentence
};
PairProof provePair(const crypto::PrivateKey& key, const QByteArray& publishedRecord, const QString& domain,
                    const QString& selector);

} // namespace mailready::checks::dkim
