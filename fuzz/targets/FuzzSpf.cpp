#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "checks/spf/SpfComposer.h"
#include "checks/spf/SpfEvaluator.h"
#include "checks/spf/SpfLint.h"
#include "checks/spf/SpfRecord.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace mailready::fuzz {

// Record syntax (RFC 7208 4.6, 7.1): a record that parses reads back the same after toString(), each term's
// canonical spelling parses too, and the composer's changes and zone-file strings stay valid.
int fuzzSpfRecord(const uint8_t* data, size_t size)
{
    if (size > 8192)
        return 0;
    const QByteArray txt(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const spf::ParseResult parsed = spf::parseRecord(txt);
    const QString asText = QString::fromUtf8(txt);
    spf::isValidMacroString(asText, false);
    spf::isValidMacroString(asText, true);
    spf::isValidDomainSpec(asText);
    spf::isSpfRecord(txt);

    spf::LintInput input;
    input.domain = QStringLiteral("fuzz.hostile.test");
    input.records << txt;
    input.strings << QList<QByteArray>{txt};
    for (const spf::LintFinding& f : spf::lint(input))
        if (f.message.isEmpty())
            invariantBroken("lint finding without a message");

    if (!parsed.ok()) {
        if (parsed.error.isEmpty())
            invariantBroken("rejected without a reason");
        return 0;
    }
    const spf::Record& record = *parsed.record;
    const QString again = record.toString();
    const spf::ParseResult reparsed = spf::parseRecord(again);
    if (!reparsed.ok() || reparsed.record->toString() != again)
        invariantBroken("toString does not parse back", again.toUtf8());
    QStringList canonical{QStringLiteral("v=spf1")};
    for (const spf::Term& t : record.terms) {
        canonical << t.canonical();
        t.queriesDns();
    }
    const spf::ParseResult canonicalParsed = spf::parseRecord(canonical.join(QLatin1Char(' ')));
    if (!canonicalParsed.ok() || canonicalParsed.record->terms.size() != record.terms.size())
        invariantBroken("canonical terms do not parse", canonical.join(QLatin1Char(' ')).toUtf8());
    record.redirect();
    record.explanation();
    record.allIndex();
    record.dnsTermCount();

    const spf::SpfChange change = spf::proposeAuthorization(record, QHostAddress(QStringLiteral("192.0.2.140")));
    if (change.needed && !spf::parseRecord(change.record).ok())
        invariantBroken("proposed change does not parse", change.record.toUtf8());
    const QStringList strings = spf::splitCharacterStrings(again);
    if (strings.join(QString()) != again)
        invariantBroken("character-strings do not join to the record", again.toUtf8());
    for (const QString& s : strings)
        if (s.toUtf8().size() > 255)
            invariantBroken("a character-string over 255 bytes", s.toUtf8());
    spf::zoneFileStrings(again);
    return 0;
}

namespace {

// Every name publishes the fuzzed record (so include and redirect recurse into it), has an address of each family,
// an MX, a PTR and an exp= text; the first input byte turns some of those into failures or empty answers.
class EchoRecordResolver final : public dns::Resolver
{
public:
    EchoRecordResolver(QByteArray record, uint8_t mode) : m_record(std::move(record)), m_mode(mode) {}

    dns::Answer query(const QString& name, dns::RRType type) override
    {
        ++m_queries;
        dns::Answer a;
        a.name = name;
        a.type = type;
        a.server = QStringLiteral("fuzz");
        const uint8_t bit = static_cast<uint8_t>(1u << (m_queries % 8));
        if (m_mode & bit) {
            a.outcome = (m_mode & 1) ? dns::Outcome::NXDomain : dns::Outcome::ServFail;
            return a;
        }
        a.outcome = dns::Outcome::NoError;
        dns::Record r;
        r.owner = name;
        r.type = type;
        switch (type) {
        case dns::RRType::TXT:
        case dns::RRType::SPF:
            for (qsizetype i = 0; i < m_record.size() || i == 0; i += 255)
                r.txtStrings << m_record.mid(i, 255);
            r.txt = m_record;
            break;
        case dns::RRType::A:
            r.address = QHostAddress(QStringLiteral("192.0.2.140"));
            break;
        case dns::RRType::AAAA:
            r.address = QHostAddress(QStringLiteral("2001:db8::140"));
            break;
        case dns::RRType::MX:
            r.preference = 10;
            r.target = QStringLiteral("mx.") + name;
            break;
        case dns::RRType::PTR:
            r.target = QStringLiteral("ptr.fuzz.hostile.test.");
            break;
        default:
            a.outcome = dns::Outcome::NoData;
            return a;
        }
        a.records << r;
        return a;
    }
    QStringList servers() const override { return {QStringLiteral("fuzz")}; }
    int queries() const { return m_queries; }

private:
    QByteArray m_record;
    uint8_t m_mode;
    int m_queries = 0;
};

} // namespace

// check_host() with macros (RFC 7208 7) against a resolver that answers the fuzzed record everywhere: it must end
// with a result word within the lookup limits, whatever the record says.
int fuzzSpfEval(const uint8_t* data, size_t size)
{
    if (size > 4096 || size < 2)
        return 0;
    FuzzInput in(data, size);
    const uint8_t mode = in.byte();
    const bool v6 = in.byte() & 1;
    const QByteArray sender = in.shortBytes(80);
    const QByteArray record = in.rest();
    EchoRecordResolver resolver(record, mode);
    spf::EvalOptions options;
    options.now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const QHostAddress ip(v6 ? QStringLiteral("2001:db8::140") : QStringLiteral("192.0.2.140"));
    const spf::Evaluation e =
        spf::checkHost(resolver, ip, QStringLiteral("fuzz.hostile.test"), QString::fromUtf8(sender),
                       QStringLiteral("helo.fuzz.hostile.test"), options);
    if (e.word().isEmpty())
        invariantBroken("no result word");
    // 10 DNS terms, each an include or mx with at most 10 names, plus the records fetched: far below this.
    if (resolver.queries() > 400)
        invariantBroken("check_host asked too many questions", QByteArray::number(resolver.queries()));
    if (e.lookups > options.maxDnsTerms + 1)
        invariantBroken("lookup limit passed", QByteArray::number(e.lookups));
    QJsonDocument(e.toJson()).toJson();
    EchoRecordResolver again(record, mode);
    QList<dns::Answer> answers;
    const spf::LookupCost cost = spf::measureLookups(again, QStringLiteral("fuzz.hostile.test"), &answers);
    if (again.queries() > 400)
        invariantBroken("measureLookups asked too many questions", QByteArray::number(again.queries()));
    QJsonDocument(cost.toJson()).toJson();
    return 0;
}

} // namespace mailready::fuzz
