#include "SpfRecord.h"

#include "dns/DnsName.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailready::spf {

QChar qualifierChar(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Pass:
        return QLatin1Char('+');
    case Qualifier::Fail:
        return QLatin1Char('-');
    case Qualifier::SoftFail:
        return QLatin1Char('~');
    case Qualifier::Neutral:
        return QLatin1Char('?');
    }
    return QLatin1Char('+');
}

QString qualifierResultWord(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Pass:
        return QStringLiteral("pass");
    case Qualifier::Fail:
        return QStringLiteral("fail");
    case Qualifier::SoftFail:
        return QStringLiteral("softfail");
    case Qualifier::Neutral:
        return QStringLiteral("neutral");
    }
    return QStringLiteral("neutral");
}

QString mechanismName(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::All:
        return QStringLiteral("all");
    case Mechanism::Include:
        return QStringLiteral("include");
    case Mechanism::A:
        return QStringLiteral("a");
    case Mechanism::Mx:
        return QStringLiteral("mx");
    case Mechanism::Ptr:
        return QStringLiteral("ptr");
    case Mechanism::Ip4:
        return QStringLiteral("ip4");
    case Mechanism::Ip6:
        return QStringLiteral("ip6");
    case Mechanism::Exists:
        return QStringLiteral("exists");
    }
    return {};
}

bool Term::queriesDns() const
{
    if (kind == Kind::Redirect)
        return true;
    if (kind != Kind::Mechanism)
        return false;
    switch (mechanism) {
    case Mechanism::Include:
    case Mechanism::A:
    case Mechanism::Mx:
    case Mechanism::Ptr:
    case Mechanism::Exists:
        return true;
    default:
        return false;
    }
}

QString Term::canonical() const
{
    switch (kind) {
    case Kind::Redirect:
        return QStringLiteral("redirect=") + domainSpec;
    case Kind::Explanation:
        return QStringLiteral("exp=") + domainSpec;
    case Kind::UnknownModifier:
        return modifierName + QLatin1Char('=') + modifierValue;
    case Kind::Mechanism:
        break;
    }
    QString s;
    if (qualifier != Qualifier::Pass || explicitQualifier)
        s += qualifierChar(qualifier);
    s += mechanismName(mechanism);
    if (mechanism == Mechanism::Ip4 || mechanism == Mechanism::Ip6) {
        // ip6 keeps its IPv6 spelling: addressText() shows an IPv4-mapped address as IPv4, and "ip6:192.0.2.1"
        // is not a valid term (RFC 7208 5.6).
        s += QLatin1Char(':') + (mechanism == Mechanism::Ip6 ? network.toString() : dns::addressText(network));
        if (mechanism == Mechanism::Ip4 && cidr4 >= 0)
            s += QStringLiteral("/%1").arg(cidr4);
        if (mechanism == Mechanism::Ip6 && cidr6 >= 0)
            s += QStringLiteral("/%1").arg(cidr6);
        return s;
    }
    if (!domainSpec.isEmpty())
        s += QLatin1Char(':') + domainSpec;
    if (cidr4 >= 0)
        s += QStringLiteral("/%1").arg(cidr4);
    if (cidr6 >= 0)
        s += QStringLiteral("//%1").arg(cidr6);
    return s;
}

Term Term::mechanismTerm(Mechanism mechanism, Qualifier qualifier, const QString& domainSpec)
{
    Term t;
    t.mechanism = mechanism;
    t.qualifier = qualifier;
    t.domainSpec = domainSpec;
    t.text = t.canonical();
    return t;
}

Term Term::addressTerm(const QHostAddress& address, int prefixLength, Qualifier qualifier)
{
    Term t;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    t.mechanism = isV4 ? Mechanism::Ip4 : Mechanism::Ip6;
    t.network = isV4 ? QHostAddress(v4) : address;
    t.qualifier = qualifier;
    if (isV4 && prefixLength >= 0 && prefixLength != 32)
        t.cidr4 = prefixLength;
    if (!isV4 && prefixLength >= 0 && prefixLength != 128)
        t.cidr6 = prefixLength;
    t.text = t.canonical();
    return t;
}

Term Term::redirectTerm(const QString& domainSpec)
{
    Term t;
    t.kind = Kind::Redirect;
    t.domainSpec = domainSpec;
    t.text = t.canonical();
    return t;
}

QString Record::toString() const
{
    QString s = QStringLiteral("v=spf1");
    for (const Term& t : terms)
        s += QLatin1Char(' ') + t.text;
    return s;
}

const Term* Record::redirect() const
{
    for (const Term& t : terms)
        if (t.kind == Term::Kind::Redirect)
            return &t;
    return nullptr;
}

const Term* Record::explanation() const
{
    for (const Term& t : terms)
        if (t.kind == Term::Kind::Explanation)
            return &t;
    return nullptr;
}

int Record::allIndex() const
{
    for (qsizetype i = 0; i < terms.size(); ++i)
        if (terms[i].isMechanism() && terms[i].mechanism == Mechanism::All)
            return int(i);
    return -1;
}

int Record::dnsTermCount() const
{
    int n = 0;
    for (const Term& t : terms)
        n += t.queriesDns() ? 1 : 0;
    return n;
}

bool isSpfRecord(const QByteArray& txt)
{
    if (txt.size() < 6 || qstrnicmp(txt.constData(), "v=spf1", 6) != 0)
        return false;
    return txt.size() == 6 || txt.at(6) == ' ';
}

// ---- macro strings and domain-specs (RFC 7208 7.1) ----

namespace {

// Walks a macro-string; returns false at the first error. lastWasMacro tells whether it ended in a macro-expand.
bool scanMacroString(const QString& s, bool inExplanation, QString* why, bool* lastWasMacro)
{
    const QString letters = inExplanation ? QStringLiteral("slodipvhcrt") : QStringLiteral("slodipvh");
    bool endedInMacro = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            if (!(inExplanation && c == QLatin1Char(' '))) {
                if (why)
                    *why =
                        QCoreApplication::translate("SpfRecord", "it contains a character that is not printable ASCII");
                return false;
            }
        }
        endedInMacro = false;
        if (c != QLatin1Char('%'))
            continue;
        if (i + 1 >= s.size()) {
            if (why)
                *why = QCoreApplication::translate("SpfRecord",
                                                   "a '%' at the end is not a macro (write %% for a percent sign)");
            return false;
        }
        const QChar n = s.at(i + 1);
        if (n == QLatin1Char('%') || n == QLatin1Char('_') || n == QLatin1Char('-')) {
            ++i;
            endedInMacro = true;
            continue;
        }
        if (n != QLatin1Char('{')) {
            if (why)
                *why = QCoreApplication::translate("SpfRecord",
                                                   "'%%%1' is not a macro (a '%' must be followed by {, %, _ or -)")
                           .arg(n);
            return false;
        }
        const qsizetype close = s.indexOf(QLatin1Char('}'), i + 2);
        if (close < 0) {
            if (why)
                *why = QCoreApplication::translate("SpfRecord", "a macro '%{' is not closed with '}'");
            return false;
        }
        const QString body = s.mid(i + 2, close - i - 2);
        static const QRegularExpression macroBody(QStringLiteral("^([A-Za-z])([0-9]*)([rR]?)([-.+,/_=]*)$"));
        const auto m = macroBody.match(body);
        if (!m.hasMatch() || !letters.contains(m.captured(1).toLower())) {
            if (why)
                *why = QCoreApplication::translate("SpfRecord", "'%{%1}' is not a valid macro").arg(body);
            return false;
        }
        if (!m.captured(2).isEmpty() && m.captured(2).toInt() == 0) {
            if (why)
                *why = QCoreApplication::translate("SpfRecord", "'%{%1}' asks for zero labels").arg(body);
            return false;
        }
        i = close;
        endedInMacro = true;
    }
    if (lastWasMacro)
        *lastWasMacro = endedInMacro;
    return true;
}

bool isToplabel(const QString& label)
{
    // toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
    static const QRegularExpression re(
        QStringLiteral("^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$"));
    return re.match(label).hasMatch();
}

// RFC 7208 4.6.1 / 5.6: ip4-cidr-length and ip6-cidr-length, no leading zeros.
int parseCidr(const QString& digits, int max)
{
    if (digits.isEmpty() || digits.size() > 3 || (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))))
        return -1;
    for (QChar c : digits)
        if (!c.isDigit())
            return -1;
    const int v = digits.toInt();
    return v <= max ? v : -1;
}

std::optional<QHostAddress> parseIp4Network(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\.){3}("
                                                      "?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    return QHostAddress(text);
}

std::optional<QHostAddress> parseIp6Network(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    if (!text.contains(QLatin1Char(':')) || !re.match(text).hasMatch())
        return std::nullopt;
    QHostAddress a;
    if (!a.setAddress(text) || a.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return a;
}

// A modifier (name "=" macro-string): redirect=, exp=, or one this parser does not know.
QString parseModifier(const QString& text, const QString& name, const QString& value, Term* term)
{
    const QString lower = name.toLower();
    QString why;
    if (lower == QLatin1String("redirect") || lower == QLatin1String("exp")) {
        term->kind = lower == QLatin1String("redirect") ? Term::Kind::Redirect : Term::Kind::Explanation;
        term->domainSpec = value;
        if (value.isEmpty())
            return QCoreApplication::translate("SpfRecord", "'%1' names no domain").arg(text);
        if (!isValidDomainSpec(value, &why))
            return QCoreApplication::translate("SpfRecord", "'%1' is not a valid domain: %2").arg(text, why);
        return {};
    }
    term->kind = Term::Kind::UnknownModifier;
    term->modifierName = name;
    term->modifierValue = value;
    if (!isValidMacroString(value, false, &why))
        return QCoreApplication::translate("SpfRecord", "the modifier '%1' is invalid: %2").arg(text, why);
    return {};
}

// include, exists, ptr: ":" domain-spec (optional for ptr).
QString parseDomainArgument(const QString& text, const QString& name, const QString& args, Term* term)
{
    if (args.isEmpty()) {
        if (term->mechanism == Mechanism::Ptr)
            return {};
        return QCoreApplication::translate("SpfRecord", "'%1' needs a domain (%2:domain)").arg(text, name);
    }
    if (!args.startsWith(QLatin1Char(':')))
        return QCoreApplication::translate("SpfRecord", "'%1' is malformed").arg(text);
    term->domainSpec = args.mid(1);
    if (term->domainSpec.isEmpty())
        return QCoreApplication::translate("SpfRecord", "'%1' names no domain").arg(text);
    QString why;
    if (!isValidDomainSpec(term->domainSpec, &why))
        return QCoreApplication::translate("SpfRecord", "'%1' is not a valid domain: %2").arg(text, why);
    return {};
}

// a, mx: [ ":" domain-spec ] [ dual-cidr-length ], dual-cidr-length = [ "/" ip4 ] [ "//" ip6 ]
QString parseDualCidrArgument(const QString& text, const QString& name, const QString& args, Term* term)
{
    static const QRegularExpression re(QStringLiteral("^(?::(.*?))?(?:/([0-9]+))?(?://([0-9]+))?$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(args);
    if (!m.hasMatch())
        return QCoreApplication::translate("SpfRecord", "'%1' is malformed (expected %2[:domain][/prefix][//prefix])")
            .arg(text, name);
    QString why;
    if (m.capturedStart(1) >= 0) {
        term->domainSpec = m.captured(1);
        if (term->domainSpec.isEmpty())
            return QCoreApplication::translate("SpfRecord", "'%1' names no domain").arg(text);
        if (!isValidDomainSpec(term->domainSpec, &why))
            return QCoreApplication::translate("SpfRecord", "'%1' is not a valid domain: %2").arg(text, why);
    }
    if (m.capturedStart(2) >= 0) {
        term->cidr4 = parseCidr(m.captured(2), 32);
        if (term->cidr4 < 0)
            return QCoreApplication::translate("SpfRecord", "'%1': the IPv4 prefix length must be 0 to 32").arg(text);
    }
    if (m.capturedStart(3) >= 0) {
        term->cidr6 = parseCidr(m.captured(3), 128);
        if (term->cidr6 < 0)
            return QCoreApplication::translate("SpfRecord", "'%1': the IPv6 prefix length must be 0 to 128").arg(text);
    }
    return {};
}

// ip4, ip6: ":" address [ "/" prefix-length ]
QString parseNetworkArgument(const QString& text, const QString& name, const QString& args, Term* term)
{
    const bool v4 = term->mechanism == Mechanism::Ip4;
    if (!args.startsWith(QLatin1Char(':')))
        return QCoreApplication::translate("SpfRecord", "'%1' needs an address (%2:address)").arg(text, name);
    const QString body = args.mid(1);
    const qsizetype slash = body.indexOf(QLatin1Char('/'));
    const QString addr = slash < 0 ? body : body.left(slash);
    const auto network = v4 ? parseIp4Network(addr) : parseIp6Network(addr);
    if (!network)
        return QCoreApplication::translate("SpfRecord", "'%1': '%2' is not an %3 address")
            .arg(text, addr, v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"));
    term->network = *network;
    if (slash >= 0) {
        const int len = parseCidr(body.mid(slash + 1), v4 ? 32 : 128);
        if (len < 0)
            return QCoreApplication::translate("SpfRecord", "'%1': the prefix length must be 0 to %2")
                .arg(text)
                .arg(v4 ? 32 : 128);
        (v4 ? term->cidr4 : term->cidr6) = len;
    }
    return {};
}

// The qualifier in front of a mechanism, taken off `rest`.
void parseQualifier(QString& rest, Term* term)
{
    const QChar q = rest.isEmpty() ? QChar() : rest.at(0);
    if (q == QLatin1Char('+') || q == QLatin1Char('-') || q == QLatin1Char('~') || q == QLatin1Char('?')) {
        term->explicitQualifier = true;
        term->qualifier = q == QLatin1Char('+')   ? Qualifier::Pass
                          : q == QLatin1Char('-') ? Qualifier::Fail
                          : q == QLatin1Char('~') ? Qualifier::SoftFail
                                                  : Qualifier::Neutral;
        rest = rest.mid(1);
    }
}

// Parses one term; returns the error sentence, or an empty string.
QString parseTerm(const QString& text, Term* term, bool* unknownMechanism)
{
    term->text = text;
    // Modifiers: name "=" macro-string, name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
    static const QRegularExpression modifierRe(QStringLiteral("^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$"));
    const auto mod = modifierRe.match(text);
    if (mod.hasMatch())
        return parseModifier(text, mod.captured(1), mod.captured(2), term);

    QString rest = text;
    term->kind = Term::Kind::Mechanism;
    parseQualifier(rest, term);
    qsizetype nameEnd = 0;
    while (nameEnd < rest.size() && rest.at(nameEnd) != QLatin1Char(':') && rest.at(nameEnd) != QLatin1Char('/'))
        ++nameEnd;
    const QString name = rest.left(nameEnd).toLower();
    const QString args = rest.mid(nameEnd); // "", ":...", "/..."

    static const QHash<QString, Mechanism> names{
        {QStringLiteral("all"), Mechanism::All}, {QStringLiteral("include"), Mechanism::Include},
        {QStringLiteral("a"), Mechanism::A},     {QStringLiteral("mx"), Mechanism::Mx},
        {QStringLiteral("ptr"), Mechanism::Ptr}, {QStringLiteral("ip4"), Mechanism::Ip4},
        {QStringLiteral("ip6"), Mechanism::Ip6}, {QStringLiteral("exists"), Mechanism::Exists}};
    const auto it = names.constFind(name);
    if (it == names.constEnd()) {
        *unknownMechanism = true;
        return QCoreApplication::translate("SpfRecord", "'%1' is not an SPF mechanism").arg(text);
    }
    term->mechanism = *it;
    switch (term->mechanism) {
    case Mechanism::All:
        if (!args.isEmpty())
            return QCoreApplication::translate("SpfRecord", "'%1': all takes no argument").arg(text);
        return {};
    case Mechanism::Include:
    case Mechanism::Exists:
    case Mechanism::Ptr:
        return parseDomainArgument(text, name, args, term);
    case Mechanism::A:
    case Mechanism::Mx:
        return parseDualCidrArgument(text, name, args, term);
    case Mechanism::Ip4:
    case Mechanism::Ip6:
        return parseNetworkArgument(text, name, args, term);
    }
    return {};
}

} // namespace

bool isValidMacroString(const QString& text, bool inExplanation, QString* why)
{
    return scanMacroString(text, inExplanation, why, nullptr);
}

bool isValidDomainSpec(const QString& text, QString* why)
{
    bool endsInMacro = false;
    if (!scanMacroString(text, false, why, &endsInMacro))
        return false;
    if (endsInMacro)
        return true;
    QString s = text;
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    const qsizetype dot = s.lastIndexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (why)
            *why = QCoreApplication::translate("SpfRecord", "'%1' is not a fully qualified domain name").arg(text);
        return false;
    }
    if (!isToplabel(s.mid(dot + 1))) {
        if (why)
            *why = QCoreApplication::translate("SpfRecord", "'%1' does not end in a valid top-level label")
                       .arg(s.mid(dot + 1));
        return false;
    }
    return true;
}

ParseResult parseRecord(const QByteArray& txt)
{
    ParseResult result;
    if (!isSpfRecord(txt)) {
        result.kind = ParseResult::Error::NotSpf;
        result.error = QCoreApplication::translate("SpfRecord", "The record does not start with v=spf1.");
        return result;
    }
    for (char c : txt) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e) {
            result.kind = ParseResult::Error::Character;
            result.error =
                u > 0x7e
                    ? QCoreApplication::translate("SpfRecord", "The record contains a non-ASCII character (byte 0x%1).")
                          .arg(u, 2, 16, QLatin1Char('0'))
                    : QCoreApplication::translate("SpfRecord",
                                                  "The record contains a control character (byte 0x%1); terms "
                                                  "are separated by spaces only.")
                          .arg(u, 2, 16, QLatin1Char('0'));
            return result;
        }
    }
    const QString text = QString::fromLatin1(txt);
    const QStringList parts = text.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Record record;
    bool haveRedirect = false;
    bool haveExp = false;
    for (const QString& part : parts) {
        Term term;
        bool unknownMechanism = false;
        const QString error = parseTerm(part, &term, &unknownMechanism);
        if (!error.isEmpty()) {
            result.kind = unknownMechanism ? ParseResult::Error::UnknownMechanism : ParseResult::Error::Syntax;
            result.error = error.at(0).toUpper() + error.mid(1) + QLatin1Char('.');
            result.errorTerm = part;
            return result;
        }
        if (term.kind == Term::Kind::Redirect || term.kind == Term::Kind::Explanation) {
            bool& seen = term.kind == Term::Kind::Redirect ? haveRedirect : haveExp;
            if (seen) {
                result.kind = ParseResult::Error::DuplicateModifier;
                result.error =
                    QCoreApplication::translate("SpfRecord", "The %1 modifier appears more than once.")
                        .arg(term.kind == Term::Kind::Redirect ? QStringLiteral("redirect") : QStringLiteral("exp"));
                result.errorTerm = part;
                return result;
            }
            seen = true;
        }
        record.terms << term;
    }
    result.record = record;
    return result;
}

ParseResult parseRecord(const QString& txt)
{
    return parseRecord(txt.toUtf8());
}

} // namespace mailready::spf
