#pragma once

#include "SpfEvaluator.h"
#include "checks/Status.h"
#include "dns/TxtStrings.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Good-practice findings about a published SPF policy, each with the fix. Pure: the DNS facts come in LintInput.
namespace mailready::spf {

struct LintFinding
{
    QString code; // stable id: multiple-records, syntax, unknown-mechanism, too-many-lookups, void-lookups, ptr,
                  // permissive-all, no-all, string-too-long, record-too-long
    Severity severity = Severity::Warning;
    QString message; // one plain sentence
    QString fix;     // the record or the change to make
};

struct LintInput
{
    QString domain;                   // the domain the records are published at
    QList<QByteArray> records;        // every SPF record published there (joined strings)
    QList<QList<QByteArray>> strings; // each record's character-strings when known (else the record is one string)
    std::optional<LookupCost> cost;   // measureLookups() of the domain
    int voidLookups = -1;             // from an evaluation; -1 when unknown
};

// Byte sizes the findings use.
constexpr int kMaxCharacterString = dns::kMaxCharacterString; // RFC 1035 3.3: one TXT character-string
constexpr int kMaxRecordBytes = 450; // RFC 7208 3.4: keep the answer within one 512-byte UDP message

QList<LintFinding> lint(const LintInput& input);

// "include:a: 7 [include:b: 3, ...], redirect=c: 4, a/mx/ptr/exists terms of d: 2": the lookups each branch costs
// (the include/redirect term itself included), costliest first, nested branches in brackets.
QString describeBranches(const LookupCost& cost);

} // namespace mailready::spf
