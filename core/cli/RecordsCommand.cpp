#include "RecordsCommand.h"

#include "checks/dkim/DkimRecord.h"
#include "checks/spf/SpfEvaluator.h"
#include "crypto/DkimKey.h"
#include "dns/CachingResolver.h"
#include "dns/DnsName.h"
#include "report/RecordComposer.h"

#include "TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mailready::cli {

using checks::dmarc::Policy;

QString RecordsCommand::description() const
{
    return QStringLiteral("Compose the DNS records to publish: the A/AAAA record of the mail server's name, SPF for "
                          "the domain and for the HELO name, the DKIM key record (from the private key file; the "
                          "private key itself is never printed) and DMARC. Prints zone-file lines by default.");
}

void RecordsCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("domain"), QStringLiteral("The mail domain. Required."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("hostname"),
                      QStringLiteral("The mail server's own name (its EHLO name). "
                                     "Required."),
                      QStringLiteral("H")});
    parser.addOption({QStringLiteral("ip"),
                      QStringLiteral("A public sending address, IPv4 or IPv6. Required; repeatable."),
                      QStringLiteral("A")});
    parser.addOption(
        {QStringLiteral("selector"), QStringLiteral("The DKIM selector (with --dkim-key)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("dkim-key"),
                      QStringLiteral("The PEM private key whose public half is published (with --selector)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("include"),
                      QStringLiteral("SPF: the SPF domain of a relay provider (include:NAME). Repeatable."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("mx"), QStringLiteral("SPF: the domain's MX hosts send mail too (mx).")});
    parser.addOption({QStringLiteral("a"), QStringLiteral("SPF: the address of the domain name sends mail too (a).")});
    parser.addOption({QStringLiteral("all"),
                      QStringLiteral("SPF: what happens to everyone else: fail (-all, the default) or softfail "
                                     "(~all, while testing)."),
                      QStringLiteral("Q")});
    parser.addOption({QStringLiteral("existing-spf"),
                      QStringLiteral("SPF: look up the domain's published record and propose the smallest change "
                                     "that authorizes the addresses instead of a new record.")});
    parser.addOption({QStringLiteral("dmarc"),
                      QStringLiteral("DMARC stage: none (the default: reports only), quarantine or reject."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("rua"),
                      QStringLiteral("DMARC: where aggregate reports go (default mailto:dmarc-reports@D)."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("sp"),
                      QStringLiteral("DMARC: another policy for subdomains (none, quarantine or reject)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("strict-alignment"),
                      QStringLiteral("DMARC: adkim=s; aspf=s (only when no mail comes from subdomains).")});
    parser.addOption({QStringLiteral("form"),
                      QStringLiteral("zone (zone-file lines, the default) or panel (name, type and value for a web "
                                     "DNS panel)."),
                      QStringLiteral("F")});
}

static QJsonObject toJson(const report::PublishRecord& r)
{
    return {{QStringLiteral("purpose"), r.purpose},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("type"), r.type},
            {QStringLiteral("value"), r.value},
            {QStringLiteral("zone_line"), r.zoneLine}};
}

// Looks up the published SPF records and evaluates them for each address. Returns false (with the message) when DNS
// could not tell: a change cannot be proposed to a record that could not be read.
static bool readExistingSpf(const GlobalOptions& global, const QString& domain, const QString& hostname,
                            const QList<QHostAddress>& ips, report::ExistingSpf* existing, QString* why)
{
    dns::LdnsResolver network(global.resolverConfig());
    dns::CachingResolver resolver(network);
    const spf::PublishedRecords published = spf::fetchRecords(resolver, domain);
    if (!published.answer.isDefinite()) {
        *why = QStringLiteral("could not read the SPF record of %1 (%2); try again, or leave out --existing-spf.")
                   .arg(domain, dns::outcomeName(published.answer.outcome));
        return false;
    }
    existing->records = published.records;
    if (published.records.isEmpty())
        return true;
    for (const QHostAddress& ip : ips) {
        const spf::Evaluation ev =
            spf::checkHost(resolver, ip, domain, QStringLiteral("postmaster@") + domain, hostname);
        if (ev.result == spf::Result::TempError) {
            *why = QStringLiteral("could not evaluate the SPF record of %1 for %2 (%3); try again, or leave out "
                                  "--existing-spf.")
                       .arg(domain, dns::addressText(ip), ev.reason);
            return false;
        }
        if (ev.result == spf::Result::Pass)
            existing->authorized.insert(dns::addressText(ip));
        else if (ev.matchedIndex >= 0)
            existing->decidingIndex.insert(dns::addressText(ip), ev.matchedIndex);
    }
    return true;
}

// Each reader below takes its options into the choices; on a usage error it prints the message and returns
// ExitUsage, otherwise ExitOk.
static int readSpfChoices(const QCommandLineParser& parser, report::RecordChoices& c, CliIo& io)
{
    c.spf.mx = parser.isSet(QStringLiteral("mx"));
    c.spf.a = parser.isSet(QStringLiteral("a"));
    for (const QString& include : parser.values(QStringLiteral("include"))) {
        QString why;
        if (!spf::isValidDomainSpec(include, &why))
            return io.usage(QStringLiteral("--include: '%1' is not a domain (%2).").arg(include, why));
        c.spf.includes << include;
    }
    if (parser.isSet(QStringLiteral("all"))) {
        const QString all = parser.value(QStringLiteral("all")).toLower();
        if (all == QLatin1String("fail"))
            c.spf.all = spf::Qualifier::Fail;
        else if (all == QLatin1String("softfail"))
            c.spf.all = spf::Qualifier::SoftFail;
        else
            return io.usage(QStringLiteral("--all: '%1' is not fail or softfail.").arg(all));
    }
    return ExitOk;
}

// DKIM: both or neither.
static int readDkimChoices(const QCommandLineParser& parser, report::RecordChoices& c, CliIo& io)
{
    const bool hasSelector = parser.isSet(QStringLiteral("selector"));
    const bool hasKey = parser.isSet(QStringLiteral("dkim-key"));
    if (hasSelector != hasKey)
        return io.usage(hasSelector ? QStringLiteral("--selector needs --dkim-key FILE, the DKIM private key.")
                                    : QStringLiteral("--dkim-key needs --selector S."));
    if (!hasSelector)
        return ExitOk;
    c.dkimSelector = parser.value(QStringLiteral("selector")).toLower();
    if (!checks::dkim::isValidSelector(c.dkimSelector))
        return io.usage(QStringLiteral("--selector: '%1' is not a valid DKIM selector.").arg(c.dkimSelector));
    QString error;
    const auto key = crypto::PrivateKey::readFile(parser.value(QStringLiteral("dkim-key")), &error);
    if (!key)
        return io.usage(QStringLiteral("--dkim-key: %1.").arg(error));
    c.dkimKey = key->publicKey();
    return ExitOk;
}

static int readReportAddress(const QCommandLineParser& parser, report::RecordChoices& c, CliIo& io)
{
    QString rua = parser.value(QStringLiteral("rua")).trimmed();
    if (rua.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        rua = rua.mid(7);
    const qsizetype at = rua.lastIndexOf(QLatin1Char('@'));
    const auto rdomain = at > 0 ? dns::normalizeDomain(rua.mid(at + 1)) : std::nullopt;
    static const QString forbidden = QStringLiteral(" ;,!<>\"");
    const bool bad = std::any_of(rua.begin(), rua.end(), [](QChar ch) { return forbidden.contains(ch); });
    if (!rdomain || bad)
        return io.usage(QStringLiteral("--rua: '%1' is not a mail address (mailto:local@domain).")
                            .arg(parser.value(QStringLiteral("rua"))));
    c.dmarc.reportAddress = rua.left(at + 1) + *rdomain;
    return ExitOk;
}

static int readDmarcChoices(const QCommandLineParser& parser, report::RecordChoices& c, CliIo& io)
{
    c.dmarcPolicy = Policy::None;
    if (parser.isSet(QStringLiteral("dmarc"))) {
        c.dmarcPolicy = checks::dmarc::parsePolicy(parser.value(QStringLiteral("dmarc")));
        if (!c.dmarcPolicy)
            return io.usage(QStringLiteral("--dmarc: '%1' is not none, quarantine or reject.")
                                .arg(parser.value(QStringLiteral("dmarc"))));
    }
    if (parser.isSet(QStringLiteral("sp"))) {
        c.dmarc.subdomainPolicy = checks::dmarc::parsePolicy(parser.value(QStringLiteral("sp")));
        if (!c.dmarc.subdomainPolicy)
            return io.usage(QStringLiteral("--sp: '%1' is not none, quarantine or reject.")
                                .arg(parser.value(QStringLiteral("sp"))));
    }
    c.dmarc.strictAlignment = parser.isSet(QStringLiteral("strict-alignment"));
    return parser.isSet(QStringLiteral("rua")) ? readReportAddress(parser, c, io) : ExitOk;
}

static int readChoices(const QCommandLineParser& parser, report::RecordChoices& c, CliIo& io)
{
    int code = ExitOk;
    const auto domain = readDomain(parser, QStringLiteral("domain"), true, io, &code);
    if (!domain)
        return code;
    c.domain = *domain;
    const auto hostname = readDomain(parser, QStringLiteral("hostname"), true, io, &code);
    if (!hostname)
        return code;
    c.hostname = *hostname;
    if (!parser.isSet(QStringLiteral("ip")))
        return io.usage(QStringLiteral("--ip is required: the server's public sending address (repeatable)."));
    const auto ips = readAddresses(parser, QStringLiteral("ip"), io, &code);
    if (!ips)
        return code;
    c.ips = *ips;
    for (auto read : {readSpfChoices, readDkimChoices, readDmarcChoices})
        if (const int result = read(parser, c, io))
            return result;
    return ExitOk;
}

static void printJson(const report::RecordChoices& c, const report::ComposedRecords& composed, CliIo& io)
{
    QJsonArray records;
    for (const report::PublishRecord& r : composed.records)
        records.append(toJson(r));
    QJsonArray warnings;
    for (const report::AddressWarning& w : composed.warnings)
        warnings.append(QJsonObject{{QStringLiteral("severity"), QStringLiteral("warning")},
                                    {QStringLiteral("ip"), w.ip},
                                    {QStringLiteral("message"), w.message},
                                    {QStringLiteral("fix"), w.fix}});
    const QJsonObject o{{QStringLiteral("schema"), QStringLiteral("mailready.records/1")},
                        {QStringLiteral("domain"), c.domain},
                        {QStringLiteral("hostname"), c.hostname},
                        {QStringLiteral("records"), records},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(composed.notes)},
                        {QStringLiteral("warnings"), warnings}};
    io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    io.out.flush();
}

// Every value may quote a published record (--existing-spf): each is made safe for the terminal on its own.
static void printText(const report::ComposedRecords& composed, bool panel, CliIo& io)
{
    bool first = true;
    for (const report::PublishRecord& r : composed.records) {
        if (panel) {
            if (!first)
                io.out << Qt::endl;
            io.out << terminalSafe(r.purpose) << Qt::endl
                   << QStringLiteral("  Name:  ") << terminalSafe(r.name) << Qt::endl
                   << QStringLiteral("  Type:  ") << r.type << Qt::endl
                   << QStringLiteral("  Value: ") << terminalSafe(r.value) << Qt::endl;
        } else {
            io.out << QStringLiteral("; ") << terminalSafe(r.purpose) << Qt::endl
                   << terminalSafe(r.zoneLine) << Qt::endl;
        }
        first = false;
    }
    // Notes belong with the records: as comments, a zone file with them still loads.
    if (!composed.notes.isEmpty())
        io.out << Qt::endl;
    for (const QString& note : composed.notes)
        io.out << (panel ? QStringLiteral("Note: ") : QStringLiteral("; Note: ")) << terminalSafe(note) << Qt::endl;
    io.out.flush();
}

// A sending address no receiver can see is said on stderr, in check's words, so the records on stdout stay a clean
// zone file or panel list and a script that saves them is still warned.
static void printWarnings(const report::ComposedRecords& composed, CliIo& io)
{
    for (const report::AddressWarning& w : composed.warnings)
        io.err << QStringLiteral("mailready: warning: ") << terminalSafe(w.message) << QLatin1Char(' ')
               << terminalSafe(w.fix) << Qt::endl;
}

int RecordsCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io)
{
    report::RecordChoices c;
    if (const int code = readChoices(parser, c, io))
        return code;

    bool panel = false;
    if (parser.isSet(QStringLiteral("form"))) {
        const QString form = parser.value(QStringLiteral("form")).toLower();
        if (form != QLatin1String("zone") && form != QLatin1String("panel"))
            return io.usage(QStringLiteral("--form: '%1' is not zone or panel.").arg(form));
        panel = form == QLatin1String("panel");
    }

    if (parser.isSet(QStringLiteral("existing-spf"))) {
        report::ExistingSpf existing;
        QString why;
        if (!readExistingSpf(global, c.domain, c.hostname, c.ips, &existing, &why)) {
            io.err << QStringLiteral("mailready: ") << why << Qt::endl;
            return ExitUnknown;
        }
        c.existingSpf = existing;
    }

    const report::ComposedRecords composed = report::composeRecords(c);
    printWarnings(composed, io);
    if (global.json)
        printJson(c, composed, io);
    else
        printText(composed, panel, io);
    return ExitOk;
}

} // namespace mailready::cli
