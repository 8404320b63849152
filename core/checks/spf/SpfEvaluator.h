#pragma once

#include "SpfRecord.h"
#include "dns/DnsAnswer.h"
#include "dns/Resolver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

// RFC 7208 check_host(): does the SPF policy of a domain authorize an address? All DNS goes through the Resolver
// passed in, so the same code runs against an in-process fake and against real servers.
namespace mailready::spf {

// The RFC's result words.
enum class Result { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
QString resultWord(Result result); // "none", "neutral", "pass", "fail", "softfail", "temperror", "permerror"
std::optional<Result> resultFromWord(const QString& word);

struct EvalOptions
{
    int maxDnsTerms = 10; // RFC 7208 4.6.4: include, a, mx, ptr, exists, redirect
    int maxVoidLookups = 2;
    int maxMxNames = 10;  // more MX records than this is a permerror
    int maxPtrNames = 10; // only the first ten PTR names are looked at
    int maxDepth = 25;    // include/redirect nesting (loops end at the lookup limit before this)
    // RFC 7208 4.6.4: a bound on the whole evaluation (at least 20 s); past it no new query is asked and the result
    // is temperror. <= 0: no bound beyond the resolver's own per-query bound.
    int maxElapsedMs = 20000;
    QString receiver = QStringLiteral("unknown"); // %{r}: the checking host
    QDateTime now;                                // %{t}; invalid = the current time
    // Explanation used for a fail without a usable exp= (RFC 7208 6.2 lets the checker choose its own).
    QString defaultExplanation = QStringLiteral("%{d} does not authorize %{i} to send mail as %{s}");
};

// One step of the evaluation, for people and the GUI: a record that was evaluated and what each term did.
struct EvalNode
{
    struct Step
    {
        QString term;    // the term as written
        QString outcome; // "match", "no match", "error", "skipped" (not reached)
        QString detail;  // what was looked up / why
        int child = -1;  // index into children for include/redirect
    };

    QString domain;  // the domain whose record this is
    QString via;     // "check" (top), "include", "redirect"
    QString record;  // the record text evaluated (empty when none was found)
    QString result;  // RFC result word of this record's evaluation
    QString matched; // the term that decided, empty when none matched (default or redirect)
    QString error;   // permerror/temperror reason, if any
    int lookups = 0; // DNS-querying terms counted in this record itself
    QList<Step> steps;
    QList<EvalNode> children;

    QJsonObject toJson() const;
};

struct Evaluation
{
    Result result = Result::None;
    QString explanation;   // only for fail: the domain's exp= text, or the default explanation
    QString reason;        // one sentence: why this result (which term matched, which error)
    int lookups = 0;       // DNS-querying terms counted (RFC 7208 4.6.4)
    int voidLookups = 0;   // lookups that found no name or no data
    QString record;        // the top-level record evaluated (empty when none)
    int matchedIndex = -1; // index in the top-level record of the term that decided, -1 when none did
    // The record and term that decided, followed through includes that passed and redirects (the top-level record
    // and term when nothing nested decided); empty when no term matched.
    QString matchedDomain;
    QString matchedRecord;
    QString matchedTerm;
    EvalNode tree;
    QList<dns::Answer> answers; // every DNS answer used, in order (evidence)

    QString word() const { return resultWord(result); }
    // {"result","explanation","lookups","void_lookups","record","tree"} plus "reason" and "matched"
    // {domain,record,term}
    QJsonObject toJson() const;
};

// check_host(ip, domain, sender) with HELO name helo (for %{h}). When sender is empty, postmaster@helo is used
// (RFC 7208 2.4). The domain is the one whose policy is evaluated (normally the sender's domain).
Evaluation checkHost(dns::Resolver& resolver, const QHostAddress& ip, const QString& domain, const QString& sender,
                     const QString& helo, const EvalOptions& options = {});

// The SPF records (TXT strings starting with v=spf1) published at a name, and how the query went.
struct PublishedRecords
{
    dns::Answer answer;
    QList<QByteArray> records;        // the SPF records, joined strings
    QList<QList<QByteArray>> strings; // each SPF record's character-strings as published
};
PublishedRecords fetchRecords(dns::Resolver& resolver, const QString& domain);

// Static cost of a policy: how many DNS-querying terms it would use when every branch is taken, counted through
// include and redirect targets (RFC 7208 4.6.4). Targets with macros cannot be followed and count one each.
struct LookupCost
{
    QString domain; // whose record
    QString term;   // the term that led here ("include:_spf.provider.example"); empty at the top
    int own = 0;    // DNS-querying terms in this record itself (its include/redirect terms among them)
    int total = 0;  // own + the totals of every branch: the most that evaluating this record can cost
    QString error;  // why a branch could not be followed (no record, DNS failure, syntax error, loop)
    QList<LookupCost> branches;

    // The branch (include/redirect) with the highest total; nullptr when there is none.
    const LookupCost* costliest() const;
    QJsonObject toJson() const;
};
LookupCost measureLookups(dns::Resolver& resolver, const QString& domain, QList<dns::Answer>* answers = nullptr);

} // namespace mailready::spf
