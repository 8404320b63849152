#include "SpfComposer.h"

#include "dns/DnsName.h"
#include "dns/TxtStrings.h"

#include <QCoreApplication>

namespace mailready::spf {

Record composeRecordTerms(const SpfChoices& choices)
{
    Record r;
    QStringList seen;
    auto add = [&r, &seen](const Term& t) {
        if (seen.contains(t.text, Qt::CaseInsensitive))
            return;
        seen << t.text;
        r.terms << t;
    };
    if (choices.mx)
        add(Term::mechanismTerm(Mechanism::Mx));
    if (choices.a)
        add(Term::mechanismTerm(Mechanism::A));
    for (const QHostAddress& ip : choices.ips)
        if (!ip.isNull())
            add(Term::addressTerm(ip));
    for (const QString& include : choices.includes) {
        const QString domain = dns::displayName(include.trimmed()).toLower();
        if (!domain.isEmpty())
            add(Term::mechanismTerm(Mechanism::Include, Qualifier::Pass, domain));
    }
    // A policy that lets everybody pass is never composed.
    const Qualifier all = choices.all == Qualifier::SoftFail ? Qualifier::SoftFail : Qualifier::Fail;
    add(Term::mechanismTerm(Mechanism::All, all));
    return r;
}

QString composeRecord(const SpfChoices& choices)
{
    return composeRecordTerms(choices).toString();
}

QString composeHeloRecord()
{
    return QStringLiteral("v=spf1 a -all");
}

SpfChange proposeAuthorization(const Record& existing, const QHostAddress& ip, int decidingIndex)
{
    SpfChange change;
    const Term term = Term::addressTerm(ip);
    change.added = term.text;
    Record r = existing;

    for (qsizetype i = 0; i < existing.terms.size(); ++i) {
        const Term& t = existing.terms[i];
        const bool sameAddress = t.isMechanism() && t.mechanism == term.mechanism && t.network == term.network &&
                                 (t.mechanism == Mechanism::Ip4 ? t.cidr4 : t.cidr6) < 0;
        if (sameAddress && t.qualifier == Qualifier::Pass && (decidingIndex < 0 || i <= decidingIndex)) {
            change.needed = false;
            change.record = existing.toString();
            change.description =
                QCoreApplication::translate("SpfComposer", "The record already lists %1.").arg(term.text);
            return change;
        }
    }

    int at = -1;
    QString before;
    if (decidingIndex >= 0 && decidingIndex < existing.terms.size() && existing.terms[decidingIndex].isMechanism() &&
        existing.terms[decidingIndex].qualifier != Qualifier::Pass) {
        at = decidingIndex;
    } else if (existing.allIndex() >= 0) {
        at = existing.allIndex();
    }
    if (at >= 0) {
        before = existing.terms[at].text;
    } else {
        at = 0;
        for (qsizetype i = 0; i < existing.terms.size(); ++i)
            if (existing.terms[i].isMechanism())
                at = int(i) + 1;
    }
    r.terms.insert(at, term);
    change.position = at;
    change.record = r.toString();
    change.description = before.isEmpty()
                             ? QCoreApplication::translate("SpfComposer", "Add %1 to the record.").arg(term.text)
                             : QCoreApplication::translate("SpfComposer", "Add %1 before %2.").arg(term.text, before);
    return change;
}

SpfChange proposeInclude(const Record& existing, const QString& includeDomain, int decidingIndex)
{
    SpfChange change;
    const QString domain = dns::displayName(includeDomain.trimmed()).toLower();
    const Term term = Term::mechanismTerm(Mechanism::Include, Qualifier::Pass, domain);
    change.added = term.text;
    for (qsizetype i = 0; i < existing.terms.size(); ++i) {
        const Term& t = existing.terms[i];
        if (t.isMechanism() && t.mechanism == Mechanism::Include && t.qualifier == Qualifier::Pass &&
            dns::displayName(t.domainSpec).compare(domain, Qt::CaseInsensitive) == 0 &&
            (decidingIndex < 0 || i <= decidingIndex)) {
            change.needed = false;
            change.record = existing.toString();
            change.description =
                QCoreApplication::translate("SpfComposer", "The record already has %1.").arg(term.text);
            return change;
        }
    }
    int at = -1;
    if (decidingIndex >= 0 && decidingIndex < existing.terms.size() && existing.terms[decidingIndex].isMechanism() &&
        existing.terms[decidingIndex].qualifier != Qualifier::Pass)
        at = decidingIndex;
    else if (existing.allIndex() >= 0)
        at = existing.allIndex();
    QString before;
    if (at >= 0) {
        before = existing.terms[at].text;
    } else {
        at = 0;
        for (qsizetype i = 0; i < existing.terms.size(); ++i)
            if (existing.terms[i].isMechanism())
                at = int(i) + 1;
    }
    Record r = existing;
    r.terms.insert(at, term);
    change.position = at;
    change.record = r.toString();
    change.description = before.isEmpty()
                             ? QCoreApplication::translate("SpfComposer", "Add %1 to the record.").arg(term.text)
                             : QCoreApplication::translate("SpfComposer", "Add %1 before %2.").arg(term.text, before);
    return change;
}

std::optional<Record> mergeRecords(const QList<QByteArray>& records)
{
    QList<Record> parsed;
    for (const QByteArray& r : records) {
        const ParseResult p = parseRecord(r);
        if (!p.ok())
            return std::nullopt;
        parsed << *p.record;
    }
    if (parsed.isEmpty())
        return std::nullopt;
    Record merged;
    std::optional<Term> all;
    QStringList seen;
    bool haveRedirect = false;
    bool haveExp = false;
    for (const Record& r : parsed) {
        for (const Term& t : r.terms) {
            if (t.isMechanism() && t.mechanism == Mechanism::All) {
                if (!all)
                    all = t;
                continue;
            }
            if (t.kind == Term::Kind::Redirect) {
                if (haveRedirect)
                    continue;
                haveRedirect = true;
            }
            if (t.kind == Term::Kind::Explanation) {
                if (haveExp)
                    continue;
                haveExp = true;
            }
            const QString key = t.canonical().toLower();
            if (seen.contains(key))
                continue;
            seen << key;
            merged.terms << t;
        }
    }
    if (all) {
        // Mechanisms first, then "all", then modifiers, as people write them.
        qsizetype at = 0;
        for (qsizetype i = 0; i < merged.terms.size(); ++i)
            if (merged.terms[i].isMechanism())
                at = i + 1;
        merged.terms.insert(at, *all);
        // A redirect beside "all" would be ignored (RFC 7208 6.1); keep the policy's meaning by dropping it.
        merged.terms.removeIf([](const Term& t) { return t.kind == Term::Kind::Redirect; });
    }
    return merged;
}

QStringList splitCharacterStrings(const QString& record)
{
    return dns::characterStrings(record, dns::TxtBreak::BetweenTerms);
}

QString zoneFileStrings(const QString& record)
{
    return dns::zoneFileText(record, dns::TxtBreak::BetweenTerms);
}

} // namespace mailready::spf
