#include "SpfEvaluator.h"

#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace mailready::spf {

QString resultWord(Result result)
{
    switch (result) {
    case Result::None:
        return QStringLiteral("none");
    case Result::Neutral:
        return QStringLiteral("neutral");
    case Result::Pass:
        return QStringLiteral("pass");
    case Result::Fail:
        return QStringLiteral("fail");
    case Result::SoftFail:
        return QStringLiteral("softfail");
    case Result::TempError:
        return QStringLiteral("temperror");
    case Result::PermError:
        return QStringLiteral("permerror");
    }
    return {};
}

std::optional<Result> resultFromWord(const QString& word)
{
    for (Result r : {Result::None, Result::Neutral, Result::Pass, Result::Fail, Result::SoftFail, Result::TempError,
                     Result::PermError})
        if (resultWord(r) == word.toLower())
            return r;
    return std::nullopt;
}

static Result fromQualifier(Qualifier q)
{
    switch (q) {
    case Qualifier::Pass:
        return Result::Pass;
    case Qualifier::Fail:
        return Result::Fail;
    case Qualifier::SoftFail:
        return Result::SoftFail;
    case Qualifier::Neutral:
        return Result::Neutral;
    }
    return Result::Neutral;
}

QJsonObject EvalNode::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("via"), via);
    o.insert(QStringLiteral("record"), record.isEmpty() ? QJsonValue() : QJsonValue(record));
    o.insert(QStringLiteral("result"), result);
    o.insert(QStringLiteral("matched"), matched.isEmpty() ? QJsonValue() : QJsonValue(matched));
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("lookups"), lookups);
    QJsonArray stepArray;
    for (const Step& s : steps) {
        QJsonObject so{{QStringLiteral("term"), s.term}, {QStringLiteral("outcome"), s.outcome}};
        if (!s.detail.isEmpty())
            so.insert(QStringLiteral("detail"), s.detail);
        if (s.child >= 0 && s.child < children.size())
            so.insert(QStringLiteral("record"), children[s.child].toJson());
        stepArray.append(so);
    }
    o.insert(QStringLiteral("terms"), stepArray);
    return o;
}

QJsonObject Evaluation::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("result"), word());
    o.insert(QStringLiteral("explanation"), explanation.isEmpty() ? QJsonValue() : QJsonValue(explanation));
    o.insert(QStringLiteral("lookups"), lookups);
    o.insert(QStringLiteral("void_lookups"), voidLookups);
    o.insert(QStringLiteral("record"), record.isEmpty() ? QJsonValue() : QJsonValue(record));
    o.insert(QStringLiteral("reason"), reason);
    if (matchedTerm.isEmpty())
        o.insert(QStringLiteral("matched"), QJsonValue());
    else
        o.insert(QStringLiteral("matched"), QJsonObject{{QStringLiteral("domain"), matchedDomain},
                                                        {QStringLiteral("record"), matchedRecord},
                                                        {QStringLiteral("term"), matchedTerm}});
    o.insert(QStringLiteral("tree"), tree.toJson());
    return o;
}

const LookupCost* LookupCost::costliest() const
{
    const LookupCost* best = nullptr;
    for (const LookupCost& b : branches)
        if (!best || b.total > best->total)
            best = &b;
    return best;
}

QJsonObject LookupCost::toJson() const
{
    QJsonObject o{{QStringLiteral("domain"), domain}, {QStringLiteral("own"), own}, {QStringLiteral("total"), total}};
    if (!term.isEmpty())
        o.insert(QStringLiteral("term"), term);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    QJsonArray b;
    for (const LookupCost& c : branches)
        b.append(c.toJson());
    o.insert(QStringLiteral("branches"), b);
    return o;
}

namespace {

// Ends evaluation with permerror or temperror from any depth.
struct Abort
{
    Result result;
    QString reason;
};

QString stripDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

// RFC 7208 7.3: names longer than 253 octets lose labels on the left; names that cannot be a DNS name (an empty or an
// over-long label) cannot exist. Returns the name without trailing dot, or nullopt.
std::optional<QString> queryableName(QString name)
{
    name = stripDot(name);
    while (name.size() > 253) {
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0)
            return std::nullopt;
        name = name.mid(dot + 1);
    }
    if (name.isEmpty())
        return std::nullopt;
    for (const QString& label : name.split(QLatin1Char('.')))
        if (label.isEmpty() || label.size() > 63)
            return std::nullopt;
    return name;
}

// The domain check_host() starts from must be a real host name (RFC 7208 4.3): otherwise the result is none.
bool isCheckableDomain(const QString& domain)
{
    const QString d = stripDot(domain);
    if (d.isEmpty() || d.size() > 253 || !d.contains(QLatin1Char('.')))
        return false;
    for (const QString& label : d.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (QChar c : label)
            if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-') && c != QLatin1Char('_'))
                return false;
    }
    return true;
}

bool sameOrSubdomain(const QString& name, const QString& domain)
{
    const QString n = stripDot(name).toLower();
    const QString d = stripDot(domain).toLower();
    return n == d || n.endsWith(QLatin1Char('.') + d);
}

class Evaluator
{
public:
    Evaluator(dns::Resolver& resolver, const QHostAddress& ip, const EvalOptions& options)
        : m_resolver(resolver), m_options(options)
    {
        bool isV4 = false;
        const quint32 v4 = ip.toIPv4Address(&isV4);
        m_isV4 = isV4;
        m_ip = isV4 ? QHostAddress(v4) : ip;
        m_timer.start();
    }

    dns::Resolver& m_resolver;
    const EvalOptions& m_options;
    QHostAddress m_ip;
    bool m_isV4 = true;
    QString m_sender, m_local, m_senderDomain, m_helo;
    int m_lookups = 0;
    int m_void = 0;
    QList<dns::Answer> m_answers;
    std::optional<QStringList> m_validatedNames; // for %{p}, looked up once
    QElapsedTimer m_timer;

    struct HostResult
    {
        Result result = Result::Neutral;
        QString explanation;
        int matchedIndex = -1;
        QString record;
    };

    dns::Answer query(const QString& name, dns::RRType type)
    {
        if (m_options.maxElapsedMs > 0 && m_timer.elapsed() > m_options.maxElapsedMs)
            throw Abort{Result::TempError, QCoreApplication::translate(
                                               "SpfEvaluator", "The evaluation took longer than %1 seconds (RFC 7208 "
                                                               "4.6.4), so it was stopped before looking up %2.")
                                               .arg(m_options.maxElapsedMs / 1000.0)
                                               .arg(dns::displayName(name))};
        dns::Answer a = m_resolver.query(dns::absoluteName(name), type);
        m_answers << a;
        return a;
    }

    void countVoid(const dns::Answer& a)
    {
        if (a.isDefinite() && !a.hasData()) {
            ++m_void;
            if (m_void > m_options.maxVoidLookups)
                throw Abort{Result::PermError,
                            QCoreApplication::translate(
                                "SpfEvaluator",
                                "More than %1 lookups found nothing (the last was %2 %3); RFC 7208 4.6.4 "
                                "makes that a permanent error.")
                                .arg(m_options.maxVoidLookups)
                                .arg(dns::displayName(a.name), dns::rrTypeName(a.type))};
        }
    }

    [[noreturn]] void tempError(const dns::Answer& a)
    {
        throw Abort{Result::TempError,
                    QCoreApplication::translate("SpfEvaluator", "The DNS lookup of %1 %2 failed (%3).")
                        .arg(dns::displayName(a.name), dns::rrTypeName(a.type), dns::outcomeName(a.outcome))};
    }

    void countLookup(const Term& term)
    {
        ++m_lookups;
        if (m_lookups > m_options.maxDnsTerms)
            throw Abort{Result::PermError,
                        QCoreApplication::translate(
                            "SpfEvaluator",
                            "The policy needs more than %1 DNS lookups (reached at '%2'); RFC 7208 4.6.4 "
                            "makes that a permanent error.")
                            .arg(m_options.maxDnsTerms)
                            .arg(term.text)};
    }

    // ---- macros (RFC 7208 7) ----

    QString ipDotted() const
    {
        if (m_isV4)
            return m_ip.toString();
        const Q_IPV6ADDR a = m_ip.toIPv6Address();
        QStringList nibbles;
        for (int i = 0; i < 16; ++i) {
            nibbles << QString::number(a[i] >> 4, 16).toUpper() << QString::number(a[i] & 0xf, 16).toUpper();
        }
        return nibbles.join(QLatin1Char('.'));
    }

    // %{p} (RFC 7208 7.3): a validated PTR name of the address, preferring the domain itself, then a subdomain of it.
    // The PTR names are looked up and validated once per evaluation; the choice depends on the current domain.
    QString validatedName(const QString& domain)
    {
        if (!m_validatedNames) {
            QStringList validated;
            const dns::Answer ptr = query(dns::reverseName(m_ip), dns::RRType::PTR);
            if (ptr.hasData()) {
                for (const QString& n : ptr.targets().mid(0, m_options.maxPtrNames)) {
                    const dns::Answer a = query(n, m_isV4 ? dns::RRType::A : dns::RRType::AAAA);
                    if (a.hasData() && a.addresses().contains(m_ip))
                        validated << stripDot(n);
                }
            }
            m_validatedNames = validated;
        }
        for (const QString& n : *m_validatedNames)
            if (n.compare(stripDot(domain), Qt::CaseInsensitive) == 0)
                return n;
        for (const QString& n : *m_validatedNames)
            if (sameOrSubdomain(n, domain))
                return n;
        return m_validatedNames->isEmpty() ? QStringLiteral("unknown") : m_validatedNames->first();
    }

    QString macroValue(QChar letter, const QString& domain)
    {
        switch (letter.toLower().unicode()) {
        case 's':
            return m_sender;
        case 'l':
            return m_local;
        case 'o':
            return m_senderDomain;
        case 'd':
            return domain;
        case 'i':
            return ipDotted();
        case 'p':
            return validatedName(domain);
        case 'v':
            return m_isV4 ? QStringLiteral("in-addr") : QStringLiteral("ip6");
        case 'h':
            return m_helo;
        case 'c':
            return dns::addressText(m_ip);
        case 'r':
            return m_options.receiver;
        case 't': {
            const QDateTime now = m_options.now.isValid() ? m_options.now : QDateTime::currentDateTimeUtc();
            return QString::number(now.toSecsSinceEpoch());
        }
        default:
            return {};
        }
    }

    // Expands a macro-string already checked by the parser; returns nullopt on a syntax error (explanation text).
    std::optional<QString> expand(const QString& spec, const QString& domain, bool inExplanation)
    {
        if (!isValidMacroString(spec, inExplanation))
            return std::nullopt;
        QString out;
        for (qsizetype i = 0; i < spec.size(); ++i) {
            const QChar c = spec.at(i);
            if (c != QLatin1Char('%')) {
                out += c;
                continue;
            }
            const QChar n = spec.at(i + 1);
            if (n == QLatin1Char('%')) {
                out += QLatin1Char('%');
                ++i;
                continue;
            }
            if (n == QLatin1Char('_')) {
                out += QLatin1Char(' ');
                ++i;
                continue;
            }
            if (n == QLatin1Char('-')) {
                out += QStringLiteral("%20");
                ++i;
                continue;
            }
            const qsizetype close = spec.indexOf(QLatin1Char('}'), i + 2);
            const QString body = spec.mid(i + 2, close - i - 2);
            i = close;
            const QChar letter = body.at(0);
            qsizetype k = 1;
            QString digits;
            while (k < body.size() && body.at(k).isDigit())
                digits += body.at(k++);
            bool reverse = false;
            if (k < body.size() && body.at(k).toLower() == QLatin1Char('r')) {
                reverse = true;
                ++k;
            }
            QString delimiters = body.mid(k);
            if (delimiters.isEmpty())
                delimiters = QStringLiteral(".");
            const QString value = macroValue(letter, domain);
            QStringList parts;
            QString current;
            for (QChar v : value) {
                if (delimiters.contains(v)) {
                    parts << current;
                    current.clear();
                } else {
                    current += v;
                }
            }
            parts << current;
            if (reverse)
                std::reverse(parts.begin(), parts.end());
            if (!digits.isEmpty()) {
                const int keep = digits.size() > 3 ? 999 : digits.toInt();
                if (keep < parts.size())
                    parts = parts.mid(parts.size() - keep);
            }
            QString expanded = parts.join(QLatin1Char('.'));
            if (letter.isUpper())
                expanded = QString::fromLatin1(QUrl::toPercentEncoding(expanded));
            out += expanded;
        }
        return out;
    }

    // ---- matching ----

    bool inNetwork(const QHostAddress& candidate, int cidr4, int cidr6) const
    {
        bool candV4 = false;
        const quint32 v4 = candidate.toIPv4Address(&candV4);
        if (m_isV4 != candV4)
            return false;
        if (m_isV4)
            return m_ip.isInSubnet(QHostAddress(v4), cidr4 < 0 ? 32 : cidr4);
        return m_ip.isInSubnet(candidate, cidr6 < 0 ? 128 : cidr6);
    }

    QString targetName(const Term& term, const QString& domain, EvalNode::Step* step)
    {
        if (term.domainSpec.isEmpty())
            return domain;
        const auto expanded = expand(term.domainSpec, domain, false);
        if (!expanded)
            throw Abort{Result::PermError,
                        QCoreApplication::translate("SpfEvaluator", "'%1' has an invalid macro.").arg(term.text)};
        if (*expanded != term.domainSpec)
            step->detail =
                QCoreApplication::translate("SpfEvaluator", "%1 expands to %2. ").arg(term.domainSpec, *expanded);
        return *expanded;
    }

    bool matchAddresses(const QString& name, int cidr4, int cidr6, EvalNode::Step* step, bool countVoids)
    {
        const dns::Answer a = query(name, m_isV4 ? dns::RRType::A : dns::RRType::AAAA);
        if (a.isTemporaryFailure())
            tempError(a);
        if (countVoids)
            countVoid(a);
        QStringList seen;
        for (const QHostAddress& address : a.addresses()) {
            seen << dns::addressText(address);
            if (inNetwork(address, cidr4, cidr6)) {
                step->detail += QCoreApplication::translate("SpfEvaluator", "%1 %2 has %3.")
                                    .arg(dns::displayName(name), dns::rrTypeName(a.type), dns::addressText(address));
                return true;
            }
        }
        step->detail +=
            seen.isEmpty() ? QCoreApplication::translate("SpfEvaluator", "%1 has no %2 record (%3).")
                                 .arg(dns::displayName(name), dns::rrTypeName(a.type), dns::outcomeName(a.outcome))
                           : QStringLiteral("%1 %2: %3.")
                                 .arg(dns::displayName(name), dns::rrTypeName(a.type), seen.join(QStringLiteral(", ")));
        return false;
    }

    // The name an a, mx or exists mechanism asks about; none (and why, in the step) when it is not a DNS name.
    std::optional<QString> mechanismTarget(const Term& term, const QString& domain, EvalNode::Step* step)
    {
        const auto name = queryableName(targetName(term, domain, step));
        if (!name)
            step->detail += QCoreApplication::translate("SpfEvaluator", "The target is not a valid DNS name.");
        return name;
    }

    bool matchMx(const Term& term, const QString& name, EvalNode::Step* step)
    {
        const dns::Answer mx = query(name, dns::RRType::MX);
        if (mx.isTemporaryFailure())
            tempError(mx);
        countVoid(mx);
        QList<dns::Record> records = mx.records;
        if (records.size() > m_options.maxMxNames)
            throw Abort{Result::PermError,
                        QCoreApplication::translate(
                            "SpfEvaluator", "%1 has %2 MX records; RFC 7208 4.6.4 allows the mx mechanism at most %3.")
                            .arg(dns::displayName(name))
                            .arg(records.size())
                            .arg(m_options.maxMxNames)};
        std::stable_sort(records.begin(), records.end(),
                         [](const dns::Record& x, const dns::Record& y) { return x.preference < y.preference; });
        if (records.isEmpty())
            step->detail +=
                QCoreApplication::translate("SpfEvaluator", "%1 has no MX record.").arg(dns::displayName(name));
        for (const dns::Record& r : records) {
            const QString host = stripDot(r.target);
            if (host.isEmpty())
                continue; // null MX (RFC 7505): no host to match
            if (matchAddresses(host, term.cidr4, term.cidr6, step, false))
                return true;
            step->detail += QLatin1Char(' ');
        }
        return false;
    }

    bool matchPtr(const Term& term, const QString& domain, EvalNode::Step* step)
    {
        const QString target = targetName(term, domain, step);
        const dns::Answer ptr = query(dns::reverseName(m_ip), dns::RRType::PTR);
        if (ptr.isTemporaryFailure()) {
            // RFC 7208 5.5: a DNS error in the PTR lookup makes the mechanism not match.
            step->detail += QCoreApplication::translate("SpfEvaluator", "The PTR lookup failed (%1).")
                                .arg(dns::outcomeName(ptr.outcome));
            return false;
        }
        countVoid(ptr);
        const QStringList names = ptr.targets().mid(0, m_options.maxPtrNames);
        for (const QString& n : names) {
            if (!sameOrSubdomain(n, target))
                continue;
            const dns::Answer a = query(n, m_isV4 ? dns::RRType::A : dns::RRType::AAAA);
            if (a.hasData() && a.addresses().contains(m_ip)) {
                step->detail += QCoreApplication::translate("SpfEvaluator", "%1 is a validated name of the address.")
                                    .arg(dns::displayName(n));
                return true;
            }
        }
        step->detail +=
            QCoreApplication::translate("SpfEvaluator", "No validated PTR name is in %1.").arg(stripDot(target));
        return false;
    }

    bool matchExists(const QString& name, EvalNode::Step* step)
    {
        const dns::Answer a = query(name, dns::RRType::A);
        if (a.isTemporaryFailure())
            tempError(a);
        countVoid(a);
        step->detail += a.hasData() ? QStringLiteral("%1 exists.").arg(name)
                                    : QCoreApplication::translate("SpfEvaluator", "%1 has no A record.").arg(name);
        return a.hasData();
    }

    bool matchInclude(const Term& term, const QString& domain, EvalNode* node, EvalNode::Step* step, int depth)
    {
        const QString expanded = targetName(term, domain, step);
        const auto name = queryableName(expanded);
        if (!name)
            throw Abort{
                Result::PermError,
                QCoreApplication::translate("SpfEvaluator", "'%1' does not name a valid domain.").arg(term.text)};
        EvalNode child;
        child.via = QStringLiteral("include");
        node->children << child;
        step->child = int(node->children.size() - 1);
        const HostResult r = evaluate(*name, &node->children.last(), depth + 1, false);
        switch (r.result) {
        case Result::Pass:
            return true;
        case Result::Fail:
        case Result::SoftFail:
        case Result::Neutral:
            return false;
        case Result::None:
            throw Abort{Result::PermError,
                        QCoreApplication::translate("SpfEvaluator", "'%1' names a domain without an SPF record.")
                            .arg(term.text)};
        default:
            throw Abort{r.result, QStringLiteral("'%1' failed.").arg(term.text)};
        }
    }

    bool matchMechanism(const Term& term, const QString& domain, EvalNode* node, EvalNode::Step* step, int depth)
    {
        switch (term.mechanism) {
        case Mechanism::All:
            return true;
        case Mechanism::Ip4:
            return m_isV4 && inNetwork(term.network, term.cidr4, -1);
        case Mechanism::Ip6:
            return !m_isV4 && inNetwork(term.network, -1, term.cidr6);
        case Mechanism::A: {
            const auto name = mechanismTarget(term, domain, step);
            return name && matchAddresses(*name, term.cidr4, term.cidr6, step, true);
        }
        case Mechanism::Mx: {
            const auto name = mechanismTarget(term, domain, step);
            return name && matchMx(term, *name, step);
        }
        case Mechanism::Ptr:
            return matchPtr(term, domain, step);
        case Mechanism::Exists: {
            const auto name = mechanismTarget(term, domain, step);
            return name && matchExists(*name, step);
        }
        case Mechanism::Include:
            return matchInclude(term, domain, node, step, depth);
        }
        return false;
    }

    struct Fetched
    {
        Result result = Result::None; // None: no record; PermError: several; Pass: one found
        QByteArray record;
        QString reason;
    };

    Fetched fetch(const QString& domain)
    {
        Fetched f;
        const dns::Answer txt = query(domain, dns::RRType::TXT);
        if (txt.isTemporaryFailure())
            tempError(txt);
        QList<QByteArray> records;
        for (const QByteArray& t : txt.texts())
            if (isSpfRecord(t))
                records << t;
        if (records.isEmpty()) {
            f.reason = QCoreApplication::translate("SpfEvaluator", "%1 publishes no SPF record.").arg(stripDot(domain));
            return f;
        }
        if (records.size() > 1) {
            f.result = Result::PermError;
            f.reason =
                QCoreApplication::translate("SpfEvaluator", "%1 publishes %2 SPF records; there must be exactly one.")
                    .arg(stripDot(domain))
                    .arg(records.size());
            return f;
        }
        f.result = Result::Pass;
        f.record = records.first();
        return f;
    }

    QString explain(const Record& record, const QString& domain)
    {
        const QString fallback = expand(m_options.defaultExplanation, domain, true).value_or(QString());
        const Term* exp = record.explanation();
        if (!exp)
            return fallback;
        const auto target = expand(exp->domainSpec, domain, false);
        if (!target)
            return fallback;
        const auto name = queryableName(*target);
        if (!name)
            return fallback;
        const dns::Answer txt = query(*name, dns::RRType::TXT);
        if (!txt.hasData() || txt.records.size() != 1)
            return fallback;
        const QByteArray bytes = txt.records.first().txt;
        for (char c : bytes) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u > 0x7e)
                return fallback;
        }
        return expand(QString::fromLatin1(bytes), domain, true).value_or(fallback);
    }

    HostResult evaluate(const QString& domain, EvalNode* node, int depth, bool wantExplanation)
    {
        node->domain = stripDot(domain);
        try {
            HostResult r = evaluateRecord(domain, node, depth, wantExplanation);
            node->result = resultWord(r.result);
            return r;
        } catch (const Abort& abort) {
            node->result = resultWord(abort.result);
            if (node->error.isEmpty())
                node->error = abort.reason;
            throw;
        }
    }

    // One mechanism of a record, recorded as a step of the node: whether it matches.
    bool matchStep(const Term& term, const QString& domain, EvalNode* node, int depth)
    {
        if (term.queriesDns()) {
            countLookup(term);
            ++node->lookups;
        }
        node->steps << EvalNode::Step{term.text, QString(), QString(), -1};
        const qsizetype stepIndex = node->steps.size() - 1;
        bool match = false;
        EvalNode::Step step;
        try {
            match = matchMechanism(term, domain, node, &step, depth);
            node->steps[stepIndex].detail = step.detail.trimmed();
            node->steps[stepIndex].child = step.child;
        } catch (const Abort& abort) {
            node->steps[stepIndex].outcome = QStringLiteral("error");
            node->steps[stepIndex].detail = (step.detail + QLatin1Char(' ') + abort.reason).trimmed();
            node->steps[stepIndex].child = step.child;
            node->matched = term.text;
            node->error = abort.reason;
            throw;
        }
        node->steps[stepIndex].outcome = match ? QStringLiteral("match") : QStringLiteral("no match");
        return match;
    }

    // The mechanisms in order until one matches (the rest are skipped); false when none did.
    bool matchTerms(const Record& record, const QString& domain, EvalNode* node, int depth, HostResult& out)
    {
        bool decided = false;
        for (qsizetype i = 0; i < record.terms.size(); ++i) {
            const Term& term = record.terms[i];
            if (!term.isMechanism())
                continue;
            if (decided) {
                node->steps << EvalNode::Step{term.text, QStringLiteral("skipped"), {}, -1};
                continue;
            }
            if (matchStep(term, domain, node, depth)) {
                decided = true;
                out.result = fromQualifier(term.qualifier);
                out.matchedIndex = int(i);
                node->matched = term.text;
            }
        }
        return decided;
    }

    // No mechanism matched: the redirect's result, or neutral without one (RFC 7208 4.7).
    HostResult followRedirect(const Record& record, const QString& domain, EvalNode* node, int depth,
                              bool wantExplanation, HostResult out)
    {
        const Term* redirect = record.redirect();
        if (!redirect) {
            out.result = Result::Neutral;
            return out;
        }
        countLookup(*redirect);
        ++node->lookups;
        EvalNode::Step step{redirect->text, QString(), QString(), -1};
        const QString expanded = targetName(*redirect, domain, &step);
        const auto name = queryableName(expanded);
        if (!name)
            throw Abort{
                Result::PermError,
                QCoreApplication::translate("SpfEvaluator", "'%1' does not name a valid domain.").arg(redirect->text)};
        EvalNode child;
        child.via = QStringLiteral("redirect");
        node->children << child;
        step.child = int(node->children.size() - 1);
        node->steps << step;
        const qsizetype stepIndex = node->steps.size() - 1;
        HostResult r;
        try {
            r = evaluate(*name, &node->children.last(), depth + 1, wantExplanation);
        } catch (const Abort&) {
            node->steps[stepIndex].outcome = QStringLiteral("error");
            throw;
        }
        node->steps[stepIndex].outcome = QStringLiteral("followed");
        if (r.result == Result::None)
            throw Abort{Result::PermError,
                        QCoreApplication::translate("SpfEvaluator", "'%1' names a domain without an SPF record.")
                            .arg(redirect->text)};
        node->matched = redirect->text;
        out.result = r.result;
        out.explanation = r.explanation;
        return out;
    }

    HostResult evaluateRecord(const QString& domain, EvalNode* node, int depth, bool wantExplanation)
    {
        HostResult out;
        if (depth > m_options.maxDepth)
            throw Abort{Result::PermError, QCoreApplication::translate(
                                               "SpfEvaluator", "The policy nests includes and redirects too deeply.")};
        const Fetched fetched = fetch(domain);
        if (fetched.result != Result::Pass) {
            out.result = fetched.result;
            node->error = fetched.reason;
            if (fetched.result == Result::PermError)
                throw Abort{Result::PermError, fetched.reason};
            return out;
        }
        out.record = QString::fromUtf8(fetched.record);
        node->record = out.record;
        const ParseResult parsed = parseRecord(fetched.record);
        if (!parsed.ok())
            throw Abort{Result::PermError,
                        QCoreApplication::translate("SpfEvaluator", "The SPF record of %1 is invalid: %2")
                            .arg(stripDot(domain), parsed.error)};
        const Record& record = *parsed.record;
        if (!matchTerms(record, domain, node, depth, out))
            return followRedirect(record, domain, node, depth, wantExplanation, out);
        if (out.result == Result::Fail && wantExplanation)
            out.explanation = explain(record, domain);
        return out;
    }
};

} // namespace

PublishedRecords fetchRecords(dns::Resolver& resolver, const QString& domain)
{
    PublishedRecords p;
    p.answer = resolver.query(dns::absoluteName(domain), dns::RRType::TXT);
    for (const dns::Record& r : p.answer.records) {
        if (r.type != dns::RRType::TXT || !isSpfRecord(r.txt))
            continue;
        p.records << r.txt;
        p.strings << r.txtStrings;
    }
    return p;
}

Evaluation checkHost(dns::Resolver& resolver, const QHostAddress& ip, const QString& domain, const QString& sender,
                     const QString& helo, const EvalOptions& options)
{
    Evaluation ev;
    Evaluator e(resolver, ip, options);
    e.m_helo = helo;
    QString s = sender.isEmpty() ? QStringLiteral("postmaster@") + helo : sender;
    const qsizetype at = s.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        e.m_local = QStringLiteral("postmaster");
        e.m_senderDomain = s;
        s = QStringLiteral("postmaster@") + s;
    } else {
        e.m_local = s.left(at);
        e.m_senderDomain = s.mid(at + 1);
        if (e.m_local.isEmpty()) {
            e.m_local = QStringLiteral("postmaster");
            s = QStringLiteral("postmaster") + s;
        }
    }
    e.m_sender = s;
    ev.tree.via = QStringLiteral("check");
    ev.tree.domain = stripDot(domain);

    if (!isCheckableDomain(domain)) {
        ev.result = Result::None;
        ev.reason = QCoreApplication::translate("SpfEvaluator", "'%1' is not a domain name SPF can be checked for.")
                        .arg(domain);
        ev.tree.result = ev.word();
        ev.tree.error = ev.reason;
        return ev;
    }
    try {
        const auto r = e.evaluate(stripDot(domain), &ev.tree, 0, true);
        ev.result = r.result;
        ev.explanation = r.explanation;
        ev.matchedIndex = r.matchedIndex;
        if (!ev.tree.error.isEmpty())
            ev.reason = ev.tree.error;
        else if (!ev.tree.matched.isEmpty())
            ev.reason = QCoreApplication::translate("SpfEvaluator", "'%1' in the record of %2 decided: %3.")
                            .arg(ev.tree.matched, ev.tree.domain, ev.word());
        else
            ev.reason =
                QCoreApplication::translate("SpfEvaluator", "No term matched, so the result is %1.").arg(ev.word());
    } catch (const Abort& abort) {
        ev.result = abort.result;
        ev.reason = abort.reason;
    }
    ev.record = ev.tree.record;
    // Follow the deciding term down through passing includes and redirects to the record that really decided.
    const EvalNode* node = &ev.tree;
    while (node && !node->matched.isEmpty()) {
        ev.matchedDomain = node->domain;
        ev.matchedRecord = node->record;
        ev.matchedTerm = node->matched;
        const EvalNode* next = nullptr;
        for (const EvalNode::Step& step : node->steps)
            if (step.term == node->matched && step.child >= 0 && step.child < node->children.size())
                next = &node->children[step.child];
        node = next;
    }
    ev.lookups = e.m_lookups;
    ev.voidLookups = e.m_void;
    ev.answers = e.m_answers;
    return ev;
}

namespace {

void measure(dns::Resolver& resolver, const QString& domain, LookupCost* cost, QStringList* path, int* budget,
             QList<dns::Answer>* answers)
{
    cost->domain = stripDot(domain);
    if (--*budget < 0) {
        cost->error = QCoreApplication::translate("SpfEvaluator", "too many records to follow");
        return;
    }
    const dns::Answer txt = resolver.query(dns::absoluteName(domain), dns::RRType::TXT);
    if (answers)
        answers->append(txt);
    if (txt.isTemporaryFailure()) {
        cost->error = QCoreApplication::translate("SpfEvaluator", "the TXT lookup failed (%1)")
                          .arg(dns::outcomeName(txt.outcome));
        return;
    }
    QList<QByteArray> records;
    for (const QByteArray& t : txt.texts())
        if (isSpfRecord(t))
            records << t;
    if (records.size() != 1) {
        cost->error = records.isEmpty() ? QCoreApplication::translate("SpfEvaluator", "no SPF record")
                                        : QCoreApplication::translate("SpfEvaluator", "several SPF records");
        return;
    }
    const ParseResult parsed = parseRecord(records.first());
    if (!parsed.ok()) {
        cost->error = parsed.error;
        return;
    }
    const Record& record = *parsed.record;
    const bool hasAll = record.allIndex() >= 0;
    path->append(cost->domain.toLower());
    for (const Term& t : record.terms) {
        const bool isRedirect = t.kind == Term::Kind::Redirect;
        if (isRedirect && hasAll)
            continue; // ignored by evaluation (RFC 7208 6.1)
        if (!t.queriesDns())
            continue;
        ++cost->own;
        const bool follows = isRedirect || (t.isMechanism() && t.mechanism == Mechanism::Include);
        if (!follows)
            continue;
        LookupCost child;
        child.term = t.text;
        if (t.domainSpec.contains(QLatin1Char('%'))) {
            child.domain = t.domainSpec;
            child.error =
                QCoreApplication::translate("SpfEvaluator", "the target depends on macros and is counted once");
        } else if (path->contains(stripDot(t.domainSpec).toLower())) {
            child.domain = stripDot(t.domainSpec);
            child.error =
                QCoreApplication::translate("SpfEvaluator", "loop: %1 is already being evaluated").arg(child.domain);
        } else {
            measure(resolver, stripDot(t.domainSpec), &child, path, budget, answers);
        }
        cost->branches << child;
    }
    path->removeLast();
    cost->total = cost->own;
    for (const LookupCost& b : cost->branches)
        cost->total += b.total;
}

} // namespace

LookupCost measureLookups(dns::Resolver& resolver, const QString& domain, QList<dns::Answer>* answers)
{
    LookupCost cost;
    QStringList path;
    int budget = 200;
    measure(resolver, domain, &cost, &path, &budget, answers);
    return cost;
}

} // namespace mailready::spf
