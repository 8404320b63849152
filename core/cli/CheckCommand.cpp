#include "CheckCommand.h"

#include "MonitoringFormats.h"
#include "TerminalText.h"

#include "checks/dnsbl/DnsblCatalog.h"
#include "checks/dnsbl/ListKeyFile.h"
#include "checks/publicip/IpEchoSource.h"
#include "checks/smtp/Port25Check.h"
#include "net/Endpoint.h"
#include "relay/AddressMemory.h"
#include "report/PathAdvisor.h"
#include "run/CheckRunner.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>

#include <cerrno>
#include <unistd.h>

namespace mailready::cli {

QString CheckCommand::description() const
{
    return QStringLiteral("Run every threshold check headless. Exit 0: all good; 1: something fails; 2: something "
                          "could not be verified (and nothing fails); 64: usage error; 73/74: a file could not be "
                          "created/written.");
}

// What is checked: the domain, the server, its DKIM keys.
static void addServerOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("domain"), QStringLiteral("The mail domain (after the @). Required."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("hostname"), QStringLiteral("The name the mail server announces in EHLO."),
                      QStringLiteral("H")});
    parser.addOption({QStringLiteral("ip"),
                      QStringLiteral("The server's public sending address, IPv4 or IPv6 (repeatable). Discovered "
                                     "when absent."),
                      QStringLiteral("A")});
    parser.addOption(
        {QStringLiteral("selector"), QStringLiteral("DKIM selector to verify (repeatable)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("dkim-key"),
                      QStringLiteral("PEM private key; the first selector's published key must match it."),
                      QStringLiteral("FILE")});
}

// Which blocklists, with which keys.
void addBlocklistOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("dnsbl"),
                      QStringLiteral("Use exactly these blocklist zones instead of the built-in catalog (repeatable)."),
                      QStringLiteral("ZONE")});
    parser.addOption({QStringLiteral("dnsbl-catalog"),
                      QStringLiteral("Use this blocklist catalog file (JSON, like resources/dnsbl-catalog.json) "
                                     "instead of the built-in one."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("spamhaus-dqs-key"),
                      QStringLiteral("Query Spamhaus through its Data Query Service with this key (works through "
                                     "public resolvers; never shown in reports)."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("abusix-key"),
                      QStringLiteral("Also query Abusix Mail Intelligence with this (free) key; never shown in "
                                     "reports."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("spamrats-key"),
                      QStringLiteral("Query SpamRATS with this (free) key, as its operator asks; never shown in "
                                     "reports."),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("dnsbl-keys-file"),
                      QStringLiteral("Read the blocklist keys from FILE (mode 0600), one 'spamhaus-dqs-key = KEY', "
                                     "'abusix-key = KEY' or 'spamrats-key = KEY' a line."),
                      QStringLiteral("FILE")});
}

// The network probes (address discovery, SMTP, outbound port 25) and the relay.
static void addProbeOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("ip-echo"),
                      QStringLiteral("Endpoint for public address discovery, answering the caller's address as plain "
                                     "text (repeatable)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("smtp"), QStringLiteral("Probe this SMTP server: banner, EHLO, STARTTLS."),
                      QStringLiteral("HOST[:PORT]")});
    parser.addOption({QStringLiteral("port25"),
                      QStringLiteral("Also test whether this network can open outbound port 25 (to "
                                     "gmail-smtp-in.l.google.com unless --port25-target says otherwise).")});
    parser.addOption({QStringLiteral("port25-target"),
                      QStringLiteral("Test outbound port 25 against this server (implies --port25)."),
                      QStringLiteral("HOST[:PORT]")});
    parser.addOption({QStringLiteral("port25-control"),
                      QStringLiteral("When port 25 fails, try this instead to tell a block from no network (default: "
                                     "the target's port 443)."),
                      QStringLiteral("HOST[:PORT]")});
    parser.addOption({QStringLiteral("ip-echo-dns"),
                      QStringLiteral("DNS source for public address discovery, TYPE:NAME@SERVER[:PORT] (repeatable; "
                                     "'none' turns the built-in DNS sources off)."),
                      QStringLiteral("SOURCE")});
    parser.addOption({QStringLiteral("probe-timeout"),
                      QStringLiteral("Bound in ms for each step of the SMTP, port 25 and address-echo probes (default "
                                     "10000)."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("relay"),
                      QStringLiteral("Mail leaves through this relay: SPF, PTR and blocklists are judged for its "
                                     "addresses."),
                      QStringLiteral("HOST[:PORT]")});
    parser.addOption({QStringLiteral("relay-ip"),
                      QStringLiteral("The relay's outgoing address when it is not the address of its name "
                                     "(repeatable; needs --relay)."),
                      QStringLiteral("A")});
    parser.addOption({QStringLiteral("relay-include"),
                      QStringLiteral("The relay's SPF name, proposed as include: when SPF does not authorize the "
                                     "relay (default: from the built-in list of mail services)."),
                      QStringLiteral("DOMAIN")});
    parser.addOption({QStringLiteral("return-path"),
                      QStringLiteral("The custom Return-Path (MAIL FROM, bounce) subdomain a relay service sends "
                                     "with; SPF is judged there for services that use their own envelope sender "
                                     "(needs --relay)."),
                      QStringLiteral("DOMAIN")});
}

void addCheckInputOptions(QCommandLineParser& parser)
{
    addServerOptions(parser);
    addBlocklistOptions(parser);
    addProbeOptions(parser);
}

void addReportOptions(QCommandLineParser& parser, bool hidden)
{
    QList<QCommandLineOption> options{
        {QStringLiteral("remember"),
         QStringLiteral("Remember the server's public address(es) of this run as the ones the published records are "
                        "made for; later runs report records gone stale when the address changes.")},
        {QStringLiteral("forget"), QStringLiteral("Forget the remembered address of the domain before checking.")},
        {QStringLiteral("pdf"),
         QStringLiteral("Also write the checklist PDF to FILE, a new file (or an existing one with --force); '-' "
                        "writes it to stdout, and the report goes to stderr."),
         QStringLiteral("FILE")},
        {QStringLiteral("format"),
         QStringLiteral("What to print: human (the default), json (the same as --json), nagios (a monitoring "
                        "plugin's status line and performance data; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN) or "
                        "prometheus (text exposition for node_exporter's textfile collector)."),
         QStringLiteral("FORMAT")}};
    for (QCommandLineOption& o : options) {
        if (hidden)
            o.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(o);
    }
}

void CheckCommand::addOptions(QCommandLineParser& parser)
{
    addCheckInputOptions(parser);
    addReportOptions(parser);
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace the file --pdf names when it exists.")});
}

static const char* colourOf(Status s)
{
    switch (s) {
    case Status::Pass:
        return "\033[32m";
    case Status::Warn:
        return "\033[33m";
    case Status::Fail:
        return "\033[31m";
    case Status::Unknown:
        return "\033[90m";
    case Status::Skipped:
        return "\033[2m";
    }
    return "";
}

QString CheckCommand::humanReport(const Report& report, bool colour)
{
    QString text;
    text += QStringLiteral("MailReady check of %1").arg(report.domain);
    if (!report.hostname.isEmpty())
        text += QStringLiteral(" (mail server %1)").arg(report.hostname);
    if (!report.ips.isEmpty())
        text += report.relay.isEmpty() ? QStringLiteral(", sending from %1").arg(report.ips.join(QStringLiteral(", ")))
                                       : QStringLiteral(", sending through the relay %1 from %2")
                                             .arg(report.relay, report.ips.join(QStringLiteral(", ")));
    text += QLatin1Char('\n');
    for (const Finding& f : report.findings) { // the domain does not exist, the resolver is broken: before all else
        text += terminalSafe(f.message) + QLatin1Char('\n');
        if (!f.fix.isEmpty())
            text += QStringLiteral("  Fix: %1\n").arg(terminalSafe(f.fix));
    }
    text += checkLines(report.checks, colour);
    text += QStringLiteral("Overall: %1\n").arg(statusLabel(report.status(), colour).trimmed());
    return text;
}

QString CheckCommand::statusLabel(Status s, bool colour)
{
    const QString padded = QStringLiteral("%1").arg(statusName(s).toUpper(), -7);
    return colour ? QString::fromLatin1(colourOf(s)) + padded + QStringLiteral("\033[0m") : padded;
}

QString CheckCommand::checkLines(const QList<CheckResult>& checks, bool colour)
{
    QString text;
    // Summaries and findings quote DNS data (and a message's headers): print them so they cannot drive the terminal.
    for (const CheckResult& c : checks) {
        text += QStringLiteral("%1 %2: %3\n").arg(statusLabel(c.status, colour), c.title, terminalSafe(c.summary));
        for (const Finding& f : c.findings) {
            text += QStringLiteral("        - %1\n").arg(terminalSafe(f.message));
            if (!f.fix.isEmpty())
                text += QStringLiteral("          Fix: %1\n").arg(terminalSafe(f.fix));
        }
    }
    return text;
}

// The readers below take their options into the request in the order --help lists them. On a usage error each prints
// the message and returns ExitUsage, otherwise ExitOk.

// --domain, --hostname, --ip, --selector, --dkim-key.
static int readTarget(const QCommandLineParser& parser, CheckRequest& request, CliIo& io)
{
    int code = ExitOk;
    const auto domain = readDomain(parser, QStringLiteral("domain"), true, io, &code);
    if (!domain)
        return code;
    request.domain = *domain;
    const auto hostname = readDomain(parser, QStringLiteral("hostname"), false, io, &code);
    if (code)
        return code;
    request.hostname = hostname.value_or(QString());
    const auto ips = readAddresses(parser, QStringLiteral("ip"), io, &code);
    if (!ips)
        return code;
    request.ips = *ips;
    for (const QString& s : parser.values(QStringLiteral("selector"))) {
        if (!dns::isValidDnsName(s) || s.endsWith(QLatin1Char('.')))
            return io.usage(QStringLiteral("--selector: '%1' is not a valid DKIM selector.").arg(s));
        request.selectors << s.toLower();
    }
    if (parser.isSet(QStringLiteral("dkim-key"))) {
        request.dkimKeyFile = parser.value(QStringLiteral("dkim-key"));
        if (!QFileInfo(request.dkimKeyFile).isFile())
            return io.usage(QStringLiteral("--dkim-key: '%1' is not a readable file.").arg(request.dkimKeyFile));
        if (request.selectors.isEmpty())
            return io.usage(QStringLiteral("--dkim-key needs --selector: which published key should match it?"));
    }
    return ExitOk;
}

// --dnsbl, --dnsbl-catalog and the lists' keys.
int readBlocklists(const QCommandLineParser& parser, CheckRequest& request, CliIo& io)
{
    for (const QString& z : parser.values(QStringLiteral("dnsbl"))) {
        QString why;
        const auto zone = dns::normalizeDomain(z, &why);
        if (!zone)
            return io.usage(QStringLiteral("--dnsbl: %1.").arg(why));
        request.dnsblZones << *zone;
    }
    if (parser.isSet(QStringLiteral("dnsbl-catalog"))) {
        QString why;
        request.dnsblCatalogFile = parser.value(QStringLiteral("dnsbl-catalog"));
        if (!checks::dnsbl::DnsblCatalog::fromFile(request.dnsblCatalogFile, &why))
            return io.usage(QStringLiteral("--dnsbl-catalog: %1.").arg(why));
    }
    if (parser.isSet(QStringLiteral("spamhaus-dqs-key"))) {
        request.spamhausDqsKey = parser.value(QStringLiteral("spamhaus-dqs-key")).trimmed().toLower();
        if (!checks::dnsbl::isValidDqsKey(request.spamhausDqsKey))
            return io.usage(QStringLiteral("--spamhaus-dqs-key: the key is letters and digits only (8 to 63)."));
    }
    for (auto [option, key] : {std::pair{QStringLiteral("abusix-key"), &request.abusixKey},
                               std::pair{QStringLiteral("spamrats-key"), &request.spamratsKey}}) {
        if (!parser.isSet(option))
            continue;
        *key = parser.value(option).trimmed().toLower();
        if (!checks::dnsbl::isValidListKey(*key))
            return io.usage(QStringLiteral("--%1: the key is one DNS label: letters, digits and inner hyphens (8 to "
                                           "63).")
                                .arg(option));
    }
    if (parser.isSet(QStringLiteral("dnsbl-keys-file"))) {
        QString why;
        if (!checks::dnsbl::ListKeyFile::readFile(parser.value(QStringLiteral("dnsbl-keys-file")), request, &why))
            return io.usage(QStringLiteral("--dnsbl-keys-file: %1.").arg(why));
    }
    return ExitOk;
}

// --relay-ip, --relay-include, --return-path: what only a relay has.
static int readRelayDetails(const QCommandLineParser& parser, CheckRequest& request, CliIo& io)
{
    int code = ExitOk;
    const auto relayIps = readAddresses(parser, QStringLiteral("relay-ip"), io, &code);
    if (!relayIps)
        return code;
    if (!relayIps->isEmpty() && request.relay.isEmpty())
        return io.usage(QStringLiteral("--relay-ip needs --relay: which relay sends from it?"));
    request.relayIps = *relayIps;
    if (parser.isSet(QStringLiteral("relay-include"))) {
        QString why;
        const auto include = dns::normalizeDomain(parser.value(QStringLiteral("relay-include")), &why);
        if (!include)
            return io.usage(QStringLiteral("--relay-include: %1.").arg(why));
        request.relayInclude = *include;
    }
    if (parser.isSet(QStringLiteral("return-path"))) {
        QString why;
        const auto name = dns::normalizeDomain(parser.value(QStringLiteral("return-path")), &why);
        if (!name)
            return io.usage(QStringLiteral("--return-path: %1.").arg(why));
        if (request.relay.isEmpty())
            return io.usage(QStringLiteral("--return-path needs --relay: which service sends with it?"));
        request.returnPath = *name;
    }
    return ExitOk;
}

// --ip-echo, --smtp, --relay and the relay's details.
static int readEndpoints(const QCommandLineParser& parser, CheckRequest& request, CliIo& io)
{
    for (const QString& u : parser.values(QStringLiteral("ip-echo"))) {
        const QUrl url(u, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return io.usage(QStringLiteral("--ip-echo: '%1' is not an http:// or https:// URL.").arg(u));
        request.ipEchoUrls << u;
    }
    for (const QString& opt : {QStringLiteral("smtp"), QStringLiteral("relay")}) {
        if (!parser.isSet(opt))
            continue;
        const QString value = parser.value(opt).trimmed();
        QString why;
        if (value.isEmpty() || !net::parseEndpoint(value, 25, &why))
            return io.usage(QStringLiteral("--%1: %2.")
                                .arg(opt, why.isEmpty() ? QStringLiteral("'%1' is not HOST[:PORT]").arg(value) : why));
        (opt == QLatin1String("smtp") ? request.smtp : request.relay) = value;
    }
    return readRelayDetails(parser, request, io);
}

// --port25, --port25-target, --port25-control, --ip-echo-dns, --probe-timeout.
static int readProbes(const QCommandLineParser& parser, CheckRequest& request, CliIo& io)
{
    for (const QString& opt : {QStringLiteral("port25-target"), QStringLiteral("port25-control")}) {
        if (!parser.isSet(opt))
            continue;
        QString why;
        if (!net::parseEndpoint(parser.value(opt), opt == QLatin1String("port25-target") ? 25 : 443, &why))
            return io.usage(QStringLiteral("--%1: %2.").arg(opt, why));
    }
    if (parser.isSet(QStringLiteral("port25-target")))
        request.port25Target = parser.value(QStringLiteral("port25-target")).trimmed();
    else if (parser.isSet(QStringLiteral("port25")))
        request.port25Target = QString::fromLatin1(checks::Port25Check::DefaultTarget);
    request.port25Control = parser.value(QStringLiteral("port25-control")).trimmed();
    if (parser.isSet(QStringLiteral("ip-echo-dns"))) {
        QStringList sources;
        for (const QString& v : parser.values(QStringLiteral("ip-echo-dns"))) {
            if (v.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                continue;
            QString why;
            if (!checks::parseDnsEchoSource(v, &why))
                return io.usage(QStringLiteral("--ip-echo-dns: %1.").arg(why));
            sources << v;
        }
        request.ipEchoDns = sources;
    }
    if (parser.isSet(QStringLiteral("probe-timeout"))) {
        bool ok = false;
        const int ms = parser.value(QStringLiteral("probe-timeout")).toInt(&ok);
        if (!ok || ms < 50 || ms > 120000)
            return io.usage(QStringLiteral("--probe-timeout: '%1' is not a number of milliseconds (50 to 120000).")
                                .arg(parser.value(QStringLiteral("probe-timeout"))));
        request.probeTimeoutMs = ms;
    }
    return ExitOk;
}

static int readRequest(const QCommandLineParser& parser, CheckRequest& request, CliIo& io)
{
    for (auto read : {readTarget, readBlocklists, readEndpoints}) {
        if (const int code = read(parser, request, io))
            return code;
    }
    if (parser.isSet(QStringLiteral("remember")) && parser.isSet(QStringLiteral("forget")))
        return io.usage(QStringLiteral("--remember and --forget contradict each other; give one."));
    return readProbes(parser, request, io);
}

enum class OutputFormat { Human, Json, Nagios, Prometheus };

// --format, and what it cannot go with: --json asking for another, --pdf beside a monitoring format.
static int readFormat(const QCommandLineParser& parser, const GlobalOptions& global, OutputFormat* format, CliIo& io)
{
    *format = global.json ? OutputFormat::Json : OutputFormat::Human;
    if (!parser.isSet(QStringLiteral("format")))
        return ExitOk;
    const QString name = parser.value(QStringLiteral("format")).trimmed().toLower();
    const std::pair<QLatin1String, OutputFormat> formats[] = {{QLatin1String("human"), OutputFormat::Human},
                                                              {QLatin1String("json"), OutputFormat::Json},
                                                              {QLatin1String("nagios"), OutputFormat::Nagios},
                                                              {QLatin1String("prometheus"), OutputFormat::Prometheus}};
    const auto it =
        std::find_if(std::begin(formats), std::end(formats), [&name](const auto& f) { return f.first == name; });
    if (it == std::end(formats))
        return io.usage(QStringLiteral("--format: '%1' is not human, json, nagios or prometheus.").arg(name));
    if (global.json && it->second != OutputFormat::Json)
        return io.usage(QStringLiteral("--json and --format %1 contradict each other; give one.").arg(name));
    if ((it->second == OutputFormat::Nagios || it->second == OutputFormat::Prometheus) &&
        parser.isSet(QStringLiteral("pdf")))
        return io.usage(
            QStringLiteral("--pdf does not go with --format %1; write the PDF in a run of its own.").arg(name));
    *format = it->second;
    return ExitOk;
}

bool CheckCommand::usesPluginConventions(const QStringList& arguments) const
{
    QString format;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--format") && i + 1 < arguments.size())
            format = arguments.at(++i);
        else if (a.startsWith(QLatin1String("--format=")))
            format = a.mid(9);
    }
    return format.trimmed().compare(QLatin1String("nagios"), Qt::CaseInsensitive) == 0;
}

static void printReport(const Report& report, const CheckRequest& request, OutputFormat format, CliIo& io)
{
    if (format == OutputFormat::Nagios) {
        io.out << nagiosOutput(report);
    } else if (format == OutputFormat::Prometheus) {
        io.out << prometheusOutput(report);
    } else if (format == OutputFormat::Json) {
        const report::DeliveryAdvice advice = report::adviseDelivery(report, request.rememberedIps);
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("delivery"), advice.toJson());
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        const report::DeliveryAdvice advice = report::adviseDelivery(report, request.rememberedIps);
        io.out << CheckCommand::humanReport(report, isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR"));
        if (request.relay.isEmpty() && advice.path == report::DeliveryPath::Relay) {
            io.out << QStringLiteral("Delivery: send through a relay (smarthost, VPS or mail service), because:\n");
            for (const report::AdviceReason& r : advice.reasons)
                io.out << QStringLiteral("        - %1\n").arg(r.text);
            io.out << QStringLiteral("        Check the relay path with --relay HOST[:PORT].\n");
        }
    }
    io.out.flush();
}

// --remember: the server's own public address(es) of this run become the ones the records are made for. Returns
// the exit code of a settings file that could not be written, else ExitOk.
static int rememberAddresses(const Report& report, const QString& domain, CliIo& io)
{
    QList<QHostAddress> own;
    for (const QString& a : report.serverIps)
        if (const auto addr = dns::parseAddress(a))
            own << *addr;
    if (own.isEmpty()) {
        io.err << QStringLiteral("mailready: no public address was found, so none was remembered.") << Qt::endl;
        return ExitOk;
    }
    if (const OutputFile::Result r = relay::AddressMemory::remember(domain, own); !r.ok())
        return io.fileError({r.problem, QStringLiteral("nothing was remembered: %1").arg(r.message)});
    io.err << QStringLiteral("mailready: remembered %1 as the address of %2's records.")
                  .arg(report.serverIps.join(QStringLiteral(", ")), domain)
           << Qt::endl;
    return ExitOk;
}

// --pdf and --force, read before any query so that a bad destination fails at once: a link, a folder, a device or
// an existing file without --force is a usage error, a folder that does not exist cannot be created (73). Writing
// can still fail later (a read-only folder): then after the report.
static int readPdfDestination(const QCommandLineParser& parser, OutputFormat format, CliIo& io)
{
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return parser.isSet(QStringLiteral("force")) ? io.usage(QStringLiteral("--force goes with --pdf FILE."))
                                                     : ExitOk;
    if (!io.renderPdf)
        return io.usage(QStringLiteral("--pdf: PDF export is not available in this build."));
    if (pdf == QLatin1String("-")) {
        if (format != OutputFormat::Human)
            return io.usage(QStringLiteral("--pdf - writes the PDF to stdout, where --json wants its document; give "
                                           "--pdf a file name."));
        if (isatty(STDOUT_FILENO))
            return io.usage(QStringLiteral("--pdf -: stdout is a terminal; redirect it to a file."));
        return ExitOk;
    }
    const OutputFile::Result r = OutputFile::check(pdf, {parser.isSet(QStringLiteral("force")), {}});
    return r.ok() ? ExitOk : io.fileError(r, QStringLiteral("give --force to replace it"));
}

static int writePdf(const Report& report, const QString& pdf, bool force, CliIo& io)
{
    const QByteArray bytes = io.renderPdf(report);
    if (bytes.isEmpty()) {
        io.err << QStringLiteral("mailready: the PDF could not be made.") << Qt::endl;
        return ExitInternal;
    }
    if (pdf == QLatin1String("-")) {
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return io.fileError(
                    {OutputFile::Problem::WriteFailed,
                     QStringLiteral("cannot write the PDF to stdout: %1").arg(OutputFile::reason(errno))});
            written += n;
        }
        return ExitOk;
    }
    const OutputFile::Result r = OutputFile::write(pdf, bytes, {force, {}});
    return r.ok() ? ExitOk : io.fileError(r, QStringLiteral("give --force to replace it"));
}

int CheckCommand::run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io)
{
    CheckRequest request;
    if (const int code = readRequest(parser, request, io))
        return code;
    OutputFormat format = OutputFormat::Human;
    if (const int code = readFormat(parser, global, &format, io))
        return code;
    if (const int code = readPdfDestination(parser, format, io))
        return code;
    const QString pdf = parser.value(QStringLiteral("pdf"));
    request.resolver = global.resolverConfig();

    if (parser.isSet(QStringLiteral("forget"))) {
        if (const OutputFile::Result r = relay::AddressMemory::forget(request.domain); !r.ok())
            return io.fileError({r.problem, QStringLiteral("nothing was forgotten: %1").arg(r.message)});
    }
    request.rememberedIps = relay::AddressMemory::load(request.domain).ips;

    CheckList checks = makeAllChecks();
    const Report report = executeChecks(request, checks);
    // `--pdf -`: the PDF has stdout, so the report is told on stderr.
    CliIo reportIo{pdf == QLatin1String("-") ? io.err : io.out, io.err, io.renderPdf};
    printReport(report, request, format, reportIo);
    // The verdict is printed whatever happens to the files after it; a file that could not be written decides the
    // exit code, with its sentence last on stderr.
    int fileCode = ExitOk;
    if (parser.isSet(QStringLiteral("remember")))
        fileCode = rememberAddresses(report, request.domain, io);
    if (!pdf.isEmpty() && fileCode == ExitOk)
        fileCode = writePdf(report, pdf, parser.isSet(QStringLiteral("force")), io);
    if (fileCode != ExitOk)
        return fileCode;
    return format == OutputFormat::Nagios ? nagiosExitCode(report) : report.exitCode();
}

} // namespace mailready::cli
