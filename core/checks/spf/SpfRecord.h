#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

// SPF (RFC 7208) records as data: parsing a published record into terms and composing terms back into a record.
// Pure: no DNS, no I/O. Evaluation lives in SpfEvaluator.h, composition from user choices in SpfComposer.h.
namespace mailready::spf {

// The prefix in front of a mechanism (RFC 7208 4.6.2); "+" is the default.
enum class Qualifier { Pass, Fail, SoftFail, Neutral };
QChar qualifierChar(Qualifier qualifier);         // '+', '-', '~', '?'
QString qualifierResultWord(Qualifier qualifier); // "pass", "fail", "softfail", "neutral"

enum class Mechanism { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };
QString mechanismName(Mechanism mechanism); // "all", "include", ...

// One term of a record: a mechanism or a modifier.
struct Term
{
    enum class Kind { Mechanism, Redirect, Explanation, UnknownModifier };

    Kind kind = Kind::Mechanism;
    Mechanism mechanism = Mechanism::All; // when kind == Mechanism
    Qualifier qualifier = Qualifier::Pass;
    bool explicitQualifier = false; // the record spelled the qualifier out ("+a" rather than "a")
    // include/a/mx/ptr/exists target, or the redirect/exp domain-spec. Empty: the current domain (a, mx, ptr).
    QString domainSpec;
    QHostAddress network;  // ip4/ip6
    int cidr4 = -1;        // ip4, a, mx: prefix length; -1 when absent (= 32)
    int cidr6 = -1;        // ip6, a, mx: prefix length; -1 when absent (= 128)
    QString modifierName;  // unknown modifiers: the name as written
    QString modifierValue; // unknown modifiers: the macro-string
    QString text;          // the term exactly as written in the record

    bool isMechanism() const { return kind == Kind::Mechanism; }
    // include, a, mx, ptr, exists and redirect cost one of the ten DNS lookups (RFC 7208 4.6.4).
    bool queriesDns() const;
    // The canonical spelling ("ip4:192.0.2.1/24", "-all", "redirect=_spf.example.com").
    QString canonical() const;

    // Builders for composing records.
    static Term mechanismTerm(Mechanism mechanism, Qualifier qualifier = Qualifier::Pass,
                              const QString& domainSpec = {});
    static Term addressTerm(const QHostAddress& address, int prefixLength = -1, Qualifier qualifier = Qualifier::Pass);
    static Term redirectTerm(const QString& domainSpec);
};

struct Record
{
    QList<Term> terms; // in record order, without the "v=spf1" version

    // "v=spf1" followed by each term as written, single spaces: everything the user had is kept.
    QString toString() const;
    const Term* redirect() const;    // nullptr when absent
    const Term* explanation() const; // nullptr when absent
    int allIndex() const;            // index of the first "all" mechanism, -1 when absent
    int dnsTermCount() const;        // terms of this record alone that cost a DNS lookup
};

// True when the TXT string is an SPF version 1 record: "v=spf1" (any case) followed by a space or the end.
bool isSpfRecord(const QByteArray& txt);

struct ParseResult
{
    enum class Error { None, NotSpf, Character, UnknownMechanism, Syntax, DuplicateModifier };

    std::optional<Record> record; // set when the record is valid
    Error kind = Error::None;
    QString error;     // the syntax error, one sentence (a permerror when evaluated)
    QString errorTerm; // the offending term, when one is to blame

    bool ok() const { return record.has_value(); }
};

// Parses a whole record (as the joined bytes of a TXT record) with RFC 7208 strictness: any syntax error anywhere,
// non-ASCII or control characters, a repeated redirect/exp, a CIDR length out of range, or a domain-spec that does not
// end in a macro or a valid top label is an error.
ParseResult parseRecord(const QByteArray& txt);
ParseResult parseRecord(const QString& txt);

// Macro strings (RFC 7208 7.1). inExplanation allows the c, r and t letters and any printable text.
bool isValidMacroString(const QString& text, bool inExplanation, QString* why = nullptr);
// domain-spec = macro-string domain-end (RFC 7208 7.1).
bool isValidDomainSpec(const QString& text, QString* why = nullptr);

} // namespace mailready::spf
