#include "DmarcRecord.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace mailready::checks::dmarc {

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::ValidDefaulted:
        return QStringLiteral("valid-defaulted");
    case Verdict::PNoneFallback:
        return QStringLiteral("p-none-fallback");
    case Verdict::NotDmarc:
        return QStringLiteral("not-dmarc");
    case Verdict::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

bool isUsable(Verdict v)
{
    return v == Verdict::Valid || v == Verdict::ValidDefaulted || v == Verdict::PNoneFallback;
}

QString policyName(Policy p)
{
    switch (p) {
    case Policy::None:
        return QStringLiteral("none");
    case Policy::Quarantine:
        return QStringLiteral("quarantine");
    case Policy::Reject:
        break;
    }
    return QStringLiteral("reject");
}

std::optional<Policy> parsePolicy(const QString& text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("none"))
        return Policy::None;
    if (t == QLatin1String("quarantine"))
        return Policy::Quarantine;
    if (t == QLatin1String("reject"))
        return Policy::Reject;
    return std::nullopt;
}

namespace {

bool isWsp(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

QString trimWsp(const QString& s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isWsp(s[b]))
        ++b;
    while (e > b && isWsp(s[e - 1]))
        --e;
    return s.mid(b, e - b);
}

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

std::optional<QList<ReportUri>> parseUris(const QString& value, QString* why)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(.+)$"));
    static const QRegularExpression size(QStringLiteral("^[0-9]{1,15}[kmgtKMGT]?$"));
    QList<ReportUri> list;
    for (const QString& raw : value.split(QLatin1Char(','))) {
        QString item = trimWsp(raw);
        ReportUri uri;
        const qsizetype bang = item.lastIndexOf(QLatin1Char('!'));
        if (bang >= 0) {
            uri.size = item.mid(bang + 1);
            item = item.left(bang);
            if (!size.match(uri.size).hasMatch()) {
                *why = QCoreApplication::translate("DmarcRecord", "'%1' is not a size limit like !10m").arg(uri.size);
                return std::nullopt;
            }
        }
        const auto m = scheme.match(item);
        if (!m.hasMatch()) {
            *why = item.isEmpty() ? QCoreApplication::translate("DmarcRecord", "an empty report address")
                                  : QCoreApplication::translate("DmarcRecord",
                                                                "'%1' is not a URI such as mailto:dmarc@example.com")
                                        .arg(item);
            return std::nullopt;
        }
        uri.uri = item;
        uri.scheme = m.captured(1).toLower();
        if (uri.scheme == QLatin1String("mailto")) {
            QString address = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
            const qsizetype q = address.indexOf(QLatin1Char('?'));
            if (q >= 0)
                address.truncate(q);
            const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
            if (at > 0 && !address.startsWith(QStringLiteral("//"))) {
                uri.address = address;
                uri.domain = address.mid(at + 1).toLower();
            }
        }
        list << uri;
    }
    return list;
}

} // namespace

bool looksLikeDmarc(const QString& txt)
{
    const QString first = txt.section(QLatin1Char(';'), 0, 0);
    const qsizetype eq = first.indexOf(QLatin1Char('='));
    if (eq < 0)
        return false;
    if (trimWsp(first.left(eq)).compare(QLatin1String("v"), Qt::CaseInsensitive) != 0)
        return false;
    const QString value = trimWsp(first.mid(eq + 1));
    return value == QLatin1String("DMARC1") ||
           (value.startsWith(QLatin1String("DMARC1")) && value.size() > 6 && isWsp(value[6]));
}

Lint Record::lint() const
{
    Lint worst = Lint::Ok;
    if (!isUsable(verdict) || verdict == Verdict::PNoneFallback)
        return Lint::Error;
    for (const Note& n : notes)
        if (n.level > worst)
            worst = n.level;
    if (worst == Lint::Ok && (rfc7489 == Verdict::Invalid || rfc7489 == Verdict::PNoneFallback))
        worst = Lint::Warn;
    return worst;
}

Policy Record::policyForSubdomain(bool exists) const
{
    if (!exists && nonexistentPolicy)
        return *nonexistentPolicy;
    return subdomainPolicy.value_or(policy);
}

namespace {

// v=DMARC1 first, the value case-sensitive (RFC 7489 6.4, RFC 9989). False when the record is not one to read on.
bool readVersion(const QString& part, Record& r)
{
    const QString first = trimWsp(part);
    const qsizetype eq = first.indexOf(QLatin1Char('='));
    const QString name = eq < 0 ? QString() : trimWsp(first.left(eq));
    const QString value = eq < 0 ? QString() : trimWsp(first.mid(eq + 1));
    if (name.compare(QLatin1String("v"), Qt::CaseInsensitive) != 0 || !looksLikeDmarc(first)) {
        r.verdict = r.rfc7489 = Verdict::NotDmarc;
        r.problem = QCoreApplication::translate("DmarcRecord",
                                                "The record does not start with v=DMARC1, so receivers ignore it.");
        return false;
    }
    if (value != QLatin1String("DMARC1")) {
        r.verdict = r.rfc7489 = Verdict::Invalid;
        r.problem = QCoreApplication::translate("DmarcRecord", "A ';' is missing after v=DMARC1.");
        return false;
    }
    return true;
}

struct Bad
{
    QString tag;
    QString text;
    bool bisOnly = false; // a tag RFC 7489 does not know (it ignores it)
};

// What reading the tags found beyond the record's own fields.
struct Tags
{
    QList<Bad> bad;
    QString syntaxError;
    QSet<QString> seen{QStringLiteral("v")};
    int pIndex = -1;
    std::optional<QString> pValue, spValue;
    bool pValid = false, spValid = true, ruaValid = false;
    QStringList unknown;
};

void warn(Record& r, const QString& text)
{
    r.notes.append({Lint::Warn, text});
}

void info(Record& r, const QString& text)
{
    r.notes.append({Lint::Ok, text});
}

// The tag=value pair at parts[i]; nullopt ends the reading (a syntax error, or the empty element after a final ';').
std::optional<std::pair<QString, QString>> splitTag(const QStringList& parts, qsizetype i, Tags& s)
{
    const QString part = trimWsp(parts[i]);
    if (part.isEmpty()) {
        if (i != parts.size() - 1)
            s.syntaxError = QCoreApplication::translate("DmarcRecord", "there is an empty element between semicolons");
        return std::nullopt;
    }
    const qsizetype eq = part.indexOf(QLatin1Char('='));
    static const QRegularExpression tagName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    const QString name = eq < 0 ? QString() : trimWsp(part.left(eq)).toLower();
    if (eq < 0 || !tagName.match(name).hasMatch()) {
        s.syntaxError = QCoreApplication::translate("DmarcRecord", "'%1' is not a tag=value pair").arg(part);
        return std::nullopt;
    }
    if (s.seen.contains(name)) {
        s.syntaxError = QCoreApplication::translate("DmarcRecord", "the tag %1= appears twice").arg(name);
        return std::nullopt;
    }
    s.seen.insert(name);
    return std::pair{name, trimWsp(part.mid(eq + 1))};
}

// p=, sp=, np=.
void readPolicies(const QString& name, const QString& value, qsizetype i, Record& r, Tags& s)
{
    if (name == QLatin1String("p")) {
        s.pIndex = static_cast<int>(i);
        s.pValue = value;
        if (const auto p = parsePolicy(value)) {
            s.pValid = true;
            r.policy = *p;
            r.policyExplicit = true;
        }
    } else if (name == QLatin1String("sp")) {
        s.spValue = value;
        if (const auto p = parsePolicy(value))
            r.subdomainPolicy = p;
        else
            s.spValid = false;
    } else if (const auto p = parsePolicy(value)) {
        r.nonexistentPolicy = p;
    } else {
        s.bad.append({name,
                      QCoreApplication::translate("DmarcRecord", "np=%1 is not none, quarantine or reject").arg(value),
                      true});
    }
}

// pct= and ri=, which RFC 9989 drops.
void readLegacyNumbers(const QString& name, const QString& value, Record& r, Tags& s)
{
    if (name == QLatin1String("pct")) {
        if (allDigits(value) && value.size() <= 3 && value.toInt() <= 100) {
            r.pct = value.toInt();
            info(r, QCoreApplication::translate("DmarcRecord",
                                                "pct=%1 is gone in RFC 9989; receivers following it apply the policy "
                                                "to all mail (use t=y to test).")
                        .arg(value));
        } else {
            s.bad.append(
                {name,
                 QCoreApplication::translate("DmarcRecord", "pct=%1 is not a percentage from 0 to 100").arg(value)});
        }
        return;
    }
    bool ok = false;
    const qulonglong ri = value.toULongLong(&ok);
    if (allDigits(value) && ok && ri <= 0xffffffffULL)
        info(r, QCoreApplication::translate("DmarcRecord", "ri= is gone in RFC 9989; aggregate reports come daily."));
    else
        s.bad.append({name, QCoreApplication::translate("DmarcRecord", "ri=%1 is not a number of seconds").arg(value)});
}

// rf= (report formats, dropped by RFC 9989) and fo= (failure reporting options).
void readReportOptions(const QString& name, const QString& value, Record& r, Tags& s)
{
    if (name == QLatin1String("fo")) {
        bool ok = true;
        for (const QString& f : value.split(QLatin1Char(':'))) {
            const QString t = trimWsp(f).toLower();
            if (t != QLatin1String("0") && t != QLatin1String("1") && t != QLatin1String("d") &&
                t != QLatin1String("s"))
                ok = false;
        }
        if (!ok)
            s.bad.append(
                {name, QCoreApplication::translate("DmarcRecord", "fo=%1 is not a ':'-separated list of 0, 1, d, s")
                           .arg(value)});
        return;
    }
    static const QRegularExpression ldh(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"));
    bool ok = true;
    QStringList unregistered;
    for (const QString& f : value.split(QLatin1Char(':'))) {
        const QString t = trimWsp(f);
        if (!ldh.match(t).hasMatch())
            ok = false;
        else if (t.compare(QLatin1String("afrf"), Qt::CaseInsensitive) != 0)
            unregistered << t;
    }
    if (!ok)
        s.bad.append(
            {name, QCoreApplication::translate("DmarcRecord", "rf=%1 is not a list of report formats").arg(value)});
    else if (!unregistered.isEmpty())
        warn(r, QCoreApplication::translate("DmarcRecord",
                                            "rf= names a report format nobody sends (%1); only afrf exists.")
                    .arg(unregistered.join(QStringLiteral(", "))));
    else
        info(r, QCoreApplication::translate("DmarcRecord", "rf= is gone in RFC 9989; it can be removed."));
}

// rua=, ruf=: where reports go.
void readReportUris(const QString& name, const QString& value, Record& r, Tags& s)
{
    QString why;
    const auto uris = parseUris(value, &why);
    if (!uris) {
        s.bad.append({name, QStringLiteral("%1=: %2").arg(name, why)});
        return;
    }
    (name == QLatin1String("rua") ? r.rua : r.ruf) = *uris;
    if (name == QLatin1String("rua"))
        s.ruaValid = true;
    for (const ReportUri& u : *uris) {
        if (u.scheme != QLatin1String("mailto"))
            warn(r, QCoreApplication::translate(
                        "DmarcRecord", "%1 is not a mailto: address; receivers only have to send reports by mail.")
                        .arg(u.uri));
        else if (u.address.isEmpty())
            warn(r, QCoreApplication::translate("DmarcRecord", "%1 is not a usable mail address.").arg(u.uri));
        if (!u.size.isEmpty())
            info(r, QCoreApplication::translate("DmarcRecord", "The size limit !%1 is gone in RFC 9989; it can be "
                                                               "removed.")
                        .arg(u.size));
    }
}

// adkim=, aspf=, psd=, t=: single letters.
void readFlags(const QString& name, const QString& value, Record& r, Tags& s)
{
    const QString lower = value.toLower();
    if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
        if (lower == QLatin1String("s") || lower == QLatin1String("r"))
            (name == QLatin1String("adkim") ? r.strictDkim : r.strictSpf) = lower == QLatin1String("s");
        else
            s.bad.append({name, QCoreApplication::translate("DmarcRecord", "%1=%2 is not r (relaxed) or s (strict)")
                                    .arg(name, value)});
    } else if (name == QLatin1String("psd")) {
        if (lower == QLatin1String("y") || lower == QLatin1String("n") || lower == QLatin1String("u"))
            r.psd = lower;
        else
            s.bad.append(
                {name, QCoreApplication::translate("DmarcRecord", "psd=%1 is not y, n or u").arg(value), true});
    } else if (lower == QLatin1String("y") || lower == QLatin1String("n")) {
        r.testing = lower == QLatin1String("y");
    } else {
        s.bad.append({name, QCoreApplication::translate("DmarcRecord", "t=%1 is not y or n").arg(value), true});
    }
}

void readTag(const QString& name, const QString& value, qsizetype i, Record& r, Tags& s)
{
    const auto is = [&name](const char* tag) { return name == QLatin1String(tag); };
    if (is("p") || is("sp") || is("np"))
        readPolicies(name, value, i, r, s);
    else if (is("adkim") || is("aspf") || is("psd") || is("t"))
        readFlags(name, value, r, s);
    else if (is("pct") || is("ri"))
        readLegacyNumbers(name, value, r, s);
    else if (is("rf") || is("fo"))
        readReportOptions(name, value, r, s);
    else if (is("rua") || is("ruf"))
        readReportUris(name, value, r, s);
    else
        s.unknown << name;
}

// The verdicts under RFC 7489 and RFC 9989 from what the tags said, and the notes about their difference.
void judgeVerdicts(Record& r, const Tags& s)
{
    const bool pBad = s.pValue && !s.pValid;
    const QString pProblem =
        s.pValue ? QCoreApplication::translate("DmarcRecord", "p=%1 is not none, quarantine or reject").arg(*s.pValue)
                 : QCoreApplication::translate("DmarcRecord", "there is no p= tag");
    const QString spProblem =
        s.spValue
            ? QCoreApplication::translate("DmarcRecord", "sp=%1 is not none, quarantine or reject").arg(*s.spValue)
            : QString();
    const Verdict fallback = s.ruaValid ? Verdict::PNoneFallback : Verdict::Invalid;
    const bool bad7489 = std::any_of(s.bad.cbegin(), s.bad.cend(), [](const Bad& b) { return !b.bisOnly; });

    // RFC 7489: p is required and must be the second tag.
    if (!s.pValue || pBad || !s.spValid)
        r.rfc7489 = fallback;
    else if (s.pIndex != 1)
        r.rfc7489 = Verdict::Invalid;
    else
        r.rfc7489 = bad7489 ? Verdict::ValidDefaulted : Verdict::Valid;

    // RFC 9989: p may be absent (then none) and tags come in any order.
    if (pBad || !s.spValid) {
        r.verdict = fallback;
        const QString why = pBad ? pProblem : spProblem;
        r.problem =
            r.verdict == Verdict::PNoneFallback
                ? QCoreApplication::translate("DmarcRecord", "%1, so receivers act as if it said p=none.").arg(why)
                : QCoreApplication::translate("DmarcRecord", "%1, so receivers ignore the record.").arg(why);
    } else if (!s.pValue && !s.bad.isEmpty()) {
        r.verdict = Verdict::Invalid;
        r.problem = QCoreApplication::translate("DmarcRecord", "There is no p= tag and %1.").arg(s.bad.first().text);
    } else {
        r.verdict = s.bad.isEmpty() ? Verdict::Valid : Verdict::ValidDefaulted;
    }
    if (!r.policyExplicit && r.verdict == Verdict::Valid)
        r.notes.append(
            {Lint::Warn, QCoreApplication::translate("DmarcRecord",
                                                     "There is no p= tag: RFC 9989 reads that as p=none, but receivers "
                                                     "following RFC 7489 ignore a record without p=.")});
    else if (r.rfc7489 == Verdict::Invalid && isUsable(r.verdict) && s.pIndex != 1)
        r.notes.append({Lint::Warn, QCoreApplication::translate(
                                        "DmarcRecord", "p= is not the second tag: RFC 9989 accepts that, but receivers "
                                                       "following RFC 7489 ignore the record. Put p= right after "
                                                       "v=DMARC1.")});
    if (r.verdict == Verdict::PNoneFallback)
        r.notes.append({Lint::Error, r.problem});
}

} // namespace

Record Record::parse(const QString& txt)
{
    Record r;
    const QStringList parts = txt.split(QLatin1Char(';'));
    if (!readVersion(parts.first(), r))
        return r;
    Tags s;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const auto tag = splitTag(parts, i, s);
        if (!tag)
            break;
        readTag(tag->first, tag->second, i, r, s);
    }
    if (!s.syntaxError.isEmpty()) {
        r.verdict = r.rfc7489 = Verdict::Invalid;
        r.problem = QCoreApplication::translate("DmarcRecord", "The record cannot be read: %1.").arg(s.syntaxError);
        r.notes.append({Lint::Error, r.problem});
        return r;
    }
    for (const Bad& b : s.bad)
        r.notes.append(
            {Lint::Error,
             QCoreApplication::translate("DmarcRecord", "%1; receivers use the default instead.").arg(b.text)});
    if (!s.unknown.isEmpty())
        warn(r, QCoreApplication::translate("DmarcRecord", "Unknown tag(s) %1 are ignored by receivers.")
                    .arg(s.unknown.join(QStringLiteral("=, ")) + QLatin1Char('=')));
    judgeVerdicts(r, s);
    return r;
}

} // namespace mailready::checks::dmarc
