#include "SpfLint.h"

#include "SpfComposer.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailready::spf {

QString describeBranches(const LookupCost& cost)
{
    QList<const LookupCost*> branches;
    for (const LookupCost& b : cost.branches)
        branches << &b;
    std::stable_sort(branches.begin(), branches.end(),
                     [](const LookupCost* x, const LookupCost* y) { return x->total > y->total; });
    QStringList parts;
    for (const LookupCost* b : branches) {
        QString part = QStringLiteral("%1: %2").arg(b->term).arg(b->total + 1);
        if (!b->branches.isEmpty())
            part += QStringLiteral(" [%1]").arg(describeBranches(*b));
        parts << part;
    }
    const qsizetype plain = cost.own - cost.branches.size();
    if (plain > 0)
        parts << QCoreApplication::translate("SpfLint", "a/mx/ptr/exists terms of %1: %2").arg(cost.domain).arg(plain);
    return parts.join(QStringLiteral(", "));
}

static QString withoutTerms(const Record& record, const QList<int>& drop, const QList<Term>& insertBeforeAll = {})
{
    Record r;
    for (qsizetype i = 0; i < record.terms.size(); ++i) {
        if (drop.contains(int(i)))
            continue;
        if (record.terms[i].isMechanism() && record.terms[i].mechanism == Mechanism::All)
            r.terms << insertBeforeAll;
        r.terms << record.terms[i];
    }
    return r.toString();
}

// RFC 7208 4.5: several records are a permerror; the fix is the one record that merges them.
static void lintMultiple(const LintInput& input, QList<LintFinding>& out)
{
    const QString& domain = input.domain;
    QStringList texts;
    for (const QByteArray& r : input.records)
        texts << QStringLiteral("\"%1\"").arg(QString::fromUtf8(r));
    const auto merged = mergeRecords(input.records);
    out << LintFinding{
        QStringLiteral("multiple-records"), Severity::Error,
        QCoreApplication::translate("SpfLint", "%1 publishes %2 SPF records (%3). Receivers treat that as a "
                                               "permanent error, so SPF fails for all mail.")
            .arg(domain)
            .arg(input.records.size())
            .arg(texts.join(QStringLiteral(", "))),
        merged ? QCoreApplication::translate("SpfLint", "Replace them by one TXT record at %1: %2")
                     .arg(domain, merged->toString())
               : QCoreApplication::translate("SpfLint",
                                             "Delete all but one and merge their terms into a single TXT record at %1.")
                     .arg(domain)};
}

// The record's size: a character-string over 255 bytes (RFC 1035 3.3), a whole record over what fits in UDP.
static void lintSize(const QByteArray& bytes, const QList<QByteArray>& strings, QList<LintFinding>& out)
{
    for (const QByteArray& s : strings) {
        if (s.size() > kMaxCharacterString) {
            out << LintFinding{
                QStringLiteral("string-too-long"), Severity::Error,
                QCoreApplication::translate("SpfLint",
                                            "The SPF record is one string of %1 bytes; a TXT character-string "
                                            "holds at most 255, so most DNS panels and servers reject or cut "
                                            "it.")
                    .arg(s.size()),
                QCoreApplication::translate("SpfLint", "Publish it as several quoted strings in one TXT record: %1")
                    .arg(zoneFileStrings(QString::fromUtf8(bytes)))};
            break;
        }
    }
    if (bytes.size() > kMaxRecordBytes)
        out << LintFinding{
            QStringLiteral("record-too-long"), Severity::Warning,
            QCoreApplication::translate("SpfLint",
                                        "The SPF record is %1 bytes long; answers over about 450 bytes may not "
                                        "fit in one UDP DNS message and some receivers then fail to read it.")
                .arg(bytes.size()),
            QCoreApplication::translate("SpfLint", "Shorten it: replace runs of ip4: terms by a covering prefix (ip4:"
                                                   "198.51.100.0/24), or drop terms for services you no longer use.")};
}

// A record that does not parse: receivers return permerror.
static void lintInvalid(const QString& domain, const QString& text, const ParseResult& parsed, QList<LintFinding>& out)
{
    const bool unknown = parsed.kind == ParseResult::Error::UnknownMechanism;
    out << LintFinding{
        unknown ? QStringLiteral("unknown-mechanism") : QStringLiteral("syntax"), Severity::Error,
        QCoreApplication::translate("SpfLint", "The SPF record of %1 is invalid, so receivers treat it as a permanent "
                                               "error: %2")
            .arg(domain, parsed.error),
        unknown ? QCoreApplication::translate("SpfLint", "Remove or correct '%1'. The mechanisms are all, include, a, "
                                                         "mx, ptr, ip4, ip6 and exists.")
                      .arg(parsed.errorTerm)
                : QStringLiteral("Correct '%1'.").arg(parsed.errorTerm.isEmpty() ? text : parsed.errorTerm)};
}

// RFC 7208 5.5: ptr is deprecated.
static void lintPtr(const Record& record, QList<LintFinding>& out)
{
    QList<int> ptrTerms;
    for (qsizetype i = 0; i < record.terms.size(); ++i)
        if (record.terms[i].isMechanism() && record.terms[i].mechanism == Mechanism::Ptr)
            ptrTerms << int(i);
    if (!ptrTerms.isEmpty())
        out << LintFinding{
            QStringLiteral("ptr"), Severity::Warning,
            QCoreApplication::translate("SpfLint", "The record uses 'ptr', which RFC 7208 deprecates: it is slow, "
                                                   "unreliable, and some receivers ignore it."),
            QCoreApplication::translate("SpfLint", "Replace it by the sending addresses (ip4:/ip6:) or 'a'/'mx': %1")
                .arg(withoutTerms(record, ptrTerms))};
}

// What the record says about every other server: "+all"/"?all" protect nobody, and without "all" (or a redirect)
// other servers get neutral.
static void lintAll(const QString& domain, const Record& record, QList<LintFinding>& out)
{
    const int all = record.allIndex();
    if (all >= 0) {
        const Term& t = record.terms[all];
        if (t.qualifier != Qualifier::Pass && t.qualifier != Qualifier::Neutral)
            return;
        Record fixed = record;
        fixed.terms[all] = Term::mechanismTerm(Mechanism::All, Qualifier::Fail);
        out << LintFinding{
            QStringLiteral("permissive-all"), Severity::Warning,
            t.qualifier == Qualifier::Pass
                ? QCoreApplication::translate("SpfLint", "The record ends in '%1', which authorizes every server on "
                                                         "the internet to send as %2.")
                      .arg(t.text, domain)
                : QCoreApplication::translate("SpfLint", "The record ends in '%1', which says nothing about other "
                                                         "servers; receivers gain no protection from it.")
                      .arg(t.text),
            fixed.toString()};
    } else if (!record.redirect()) {
        Record fixed = record;
        fixed.terms << Term::mechanismTerm(Mechanism::All, Qualifier::Fail);
        out << LintFinding{
            QStringLiteral("no-all"), Severity::Warning,
            QCoreApplication::translate("SpfLint", "The record has neither an 'all' mechanism nor a redirect, so mail "
                                                   "from any other server gets 'neutral' instead of failing."),
            fixed.toString()};
    }
}

// RFC 7208 4.6.4: more than 10 DNS-querying terms, counted through includes and redirects, is a permerror.
static void lintCost(const QString& domain, const LookupCost& c, QList<LintFinding>& out)
{
    const LookupCost* worst = c.costliest();
    QString message = QCoreApplication::translate(
                          "SpfLint", "The SPF policy of %1 needs %2 DNS lookups counted through its includes "
                                     "and redirects; RFC 7208 allows 10, and receivers return permerror beyond "
                                     "that.")
                          .arg(domain)
                          .arg(c.total);
    if (worst)
        message +=
            QCoreApplication::translate("SpfLint", " The costliest branch is %1 with %2. Lookups per branch: %3.")
                .arg(worst->term)
                .arg(worst->total + 1)
                .arg(describeBranches(c));
    out << LintFinding{
        QStringLiteral("too-many-lookups"), Severity::Error, message,
        worst
            ? QCoreApplication::translate("SpfLint", "Replace %1 by the ip4:/ip6: ranges it publishes, or ask the "
                                                     "provider for a narrower include; drop includes for services you "
                                                     "no longer use.")
                  .arg(worst->term)
            : QCoreApplication::translate("SpfLint", "Replace a, mx and include terms by ip4:/ip6: terms.")};
}

QList<LintFinding> lint(const LintInput& input)
{
    QList<LintFinding> out;
    const QString domain = input.domain;
    if (input.records.size() > 1)
        lintMultiple(input, out);
    for (qsizetype ri = 0; ri < input.records.size(); ++ri) {
        const QByteArray& bytes = input.records[ri];
        const QList<QByteArray> strings =
            ri < input.strings.size() && !input.strings[ri].isEmpty() ? input.strings[ri] : QList<QByteArray>{bytes};
        lintSize(bytes, strings, out);
        const ParseResult parsed = parseRecord(bytes);
        if (!parsed.ok()) {
            lintInvalid(domain, QString::fromUtf8(bytes), parsed, out);
            continue;
        }
        lintPtr(*parsed.record, out);
        lintAll(domain, *parsed.record, out);
    }
    if (input.cost && input.cost->total > 10)
        lintCost(domain, *input.cost, out);
    if (input.voidLookups > 2)
        out << LintFinding{QStringLiteral("void-lookups"), Severity::Error,
                           QCoreApplication::translate(
                               "SpfLint", "Evaluating the policy hits %1 names that do not exist or have no "
                                          "address; RFC 7208 allows 2, and receivers return permerror beyond that.")
                               .arg(input.voidLookups),
                           QCoreApplication::translate(
                               "SpfLint", "Remove the a:, mx:, include: or exists: terms that name hosts which no "
                                          "longer exist.")};
    return out;
}

} // namespace mailready::spf
