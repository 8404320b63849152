#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace mailready::mail {

// One result of an Authentication-Results field (RFC 8601 2.2): "dkim=pass header.d=example.com".
struct AuthResult
{
    QString method;                    // "dkim", "spf", "dmarc", "arc", "iprev", ... (lower case)
    QString result;                    // "pass", "fail", "none", ... (lower case)
    QString reason;                    // reason="..." or the comment after the result, where given
    QMap<QString, QString> properties; // "header.d" -> "example.com", "smtp.mailfrom" -> "...", keys lower case
};

// One Authentication-Results (or ARC-Authentication-Results) field.
struct AuthResults
{
    QString authservId;  // the receiver that wrote it; empty when the field carries none (Microsoft)
    int arcInstance = 0; // i= of an ARC-Authentication-Results field, 0 otherwise
    QList<AuthResult> results;
    bool valid = false; // the field could be read at all
};

// Reads a field value (unfolded). `arc`: it is an ARC-Authentication-Results value, which starts with "i=N;".
// Comments are skipped (a comment right after a result is kept as its reason). Microsoft's form without an
// authserv-id ("spf=pass (...) smtp.mailfrom=...; dkim=...") is read with an empty authservId.
AuthResults parseAuthResults(const QString& value, bool arc = false);

} // namespace mailready::mail
