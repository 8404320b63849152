#include "CommandLine.h"

#include "MonitoringFormats.h"
#include "TerminalText.h"

#include "util/HomeDirectory.h"

#include <QCoreApplication>
#include <QHostInfo>

#include <algorithm>

namespace mailready::cli {

int CliIo::usage(const QString& message)
{
    // The message often quotes what was typed: one line, and nothing in it can drive the terminal.
    err << QStringLiteral("mailready: ") << oneLineSafe(message) << Qt::endl;
    return ExitUsage;
}

int exitCodeFor(OutputFile::Problem problem)
{
    switch (problem) {
    case OutputFile::Problem::None:
        return ExitOk;
    case OutputFile::Problem::Refused:
    case OutputFile::Problem::Exists:
        return ExitUsage;
    case OutputFile::Problem::CannotCreate:
        return ExitCantCreate;
    case OutputFile::Problem::WriteFailed:
        return ExitIoError;
    }
    return ExitInternal;
}

int CliIo::fileError(const OutputFile::Result& result, const QString& hint)
{
    QString text = QStringLiteral("mailready: ") + result.message;
    if (result.problem == OutputFile::Problem::Exists && !hint.isEmpty())
        text += QStringLiteral("; ") + hint;
    err << text << QLatin1Char('.') << Qt::endl;
    return exitCodeFor(result.problem);
}

static const QString kHelp = QStringLiteral("help");
static const QString kVersion = QStringLiteral("version");

static void addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("nameserver"),
                      QStringLiteral("Send every DNS query to this server instead of the system's resolvers "
                                     "(repeatable; an address or a host name, which stands for all its addresses; port "
                                     "53 unless given; IPv6 as [::1]:5353)."),
                      QStringLiteral("HOST[:PORT]")});
    parser.addOption({QStringLiteral("timeout"),
                      QStringLiteral("Per-query timeout in milliseconds (default 2500; 50 to 60000)."),
                      QStringLiteral("MS")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON document on stdout, nothing else.")});
    parser.addOption({{QStringLiteral("h"), kHelp}, QStringLiteral("Show this help and exit.")});
}

// A --nameserver given by name (ns1.example.net, or a name from /etc/hosts) stands for every address the system's
// name service gives it, each with the port given. This is the one name the system resolves for MailReady: the
// servers that answer every check's questions have to be known before ldns can ask them anything.
static std::optional<QList<dns::ServerAddress>> nameserversFor(const QString& value, bool resolveNames, QString* why)
{
    if (const auto server = dns::parseServerAddress(value, 53, why))
        return QList<dns::ServerAddress>{*server};
    const auto split = dns::splitHostPort(value, 53, why);
    if (!split)
        return std::nullopt;
    // "010.1.1.1" is no host name (no top-level domain is all digits): the system's resolver would read it as 8.1.1.1.
    if (dns::looksLikeAddress(split->host))
        return std::nullopt;
    if (!dns::isValidDnsName(split->host) || split->host.startsWith(QLatin1Char('.'))) {
        *why = QStringLiteral("'%1' is neither an IP address nor a host name (give the server as ns1.example.net, "
                              "192.0.2.1:5353 or [2001:db8::1]:5353)")
                   .arg(value);
        return std::nullopt;
    }
    if (!resolveNames)
        return QList<dns::ServerAddress>{};
    const QHostInfo info = QHostInfo::fromName(split->host);
    QList<dns::ServerAddress> servers;
    for (const QHostAddress& a : info.addresses()) {
        const dns::ServerAddress s{a, split->port};
        if (std::none_of(servers.cbegin(), servers.cend(),
                         [&s](const dns::ServerAddress& x) { return x.toString() == s.toString(); }))
            servers << s;
    }
    if (servers.isEmpty()) {
        *why = QStringLiteral("the name %1 has no address (%2)")
                   .arg(split->host,
                        info.errorString().isEmpty() ? QStringLiteral("no A or AAAA record") : info.errorString());
        return std::nullopt;
    }
    return servers;
}

static bool readGlobalOptions(const QCommandLineParser& parser, GlobalOptions* global, CliIo& io,
                              bool resolveNames = true)
{
    for (const QString& value : parser.values(QStringLiteral("nameserver"))) {
        QString why;
        const auto servers = nameserversFor(value, resolveNames, &why);
        if (!servers) {
            io.usage(QStringLiteral("--nameserver: %1.").arg(why));
            return false;
        }
        global->nameservers << *servers;
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int ms = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || ms < 50 || ms > 60000) {
            io.usage(QStringLiteral("--timeout: '%1' is not a number of milliseconds from 50 to 60000.")
                         .arg(parser.value(QStringLiteral("timeout"))));
            return false;
        }
        global->timeoutMs = ms;
    }
    global->json = parser.isSet(QStringLiteral("json"));
    return true;
}

static QString mainHelp(const SubcommandList& commands)
{
    QString text = QStringLiteral("Usage: mailready [OPTIONS]                 start the setup wizard\n");
    for (const auto& c : commands)
        text += QStringLiteral("       mailready %1\n").arg(c->synopsis());
    text += QStringLiteral("       mailready --help | --version\n\n"
                           "MailReady checks and sets up what receivers require of a mail server: no blocklist "
                           "listing, reverse DNS, SPF, DKIM and DMARC.\n\nCommands:\n");
    for (const auto& c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c->name(), -8).arg(c->description());
    text += QStringLiteral("\nRun 'mailready COMMAND --help' for the options of a command.\n\nGlobal options:\n");
    QCommandLineParser p;
    addGlobalOptions(p);
    const QString options = p.helpText();
    const qsizetype at = options.indexOf(QStringLiteral("Options:\n"));
    text += at >= 0 ? options.mid(at + 9) : options;
    text += QStringLiteral("  --version                Show the version and exit.\n");
    return text;
}

bool isHeadless(const QStringList& arguments)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addOption({kVersion, QString()});
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments))
        return true; // a usage error is reported on the terminal, not in a window
    if (parser.isSet(kHelp) || parser.isSet(kVersion) || !parser.positionalArguments().isEmpty())
        return true;
    // A bad --nameserver or --timeout is a usage error too (exit 64), also where no display could open a window.
    QString discard;
    QTextStream sink(&discard);
    CliIo io{sink, sink, {}};
    GlobalOptions global;
    return !readGlobalOptions(parser, &global, io, false);
}

// Parses the words of one subcommand (without its name), then runs it.
static int runSubcommand(Subcommand& command, const QStringList& rest, CliIo& io, GlobalOptions* global)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    command.addOptions(parser);
    if (!parser.parse(rest))
        return io.usage(parser.errorText() + QStringLiteral(" Try 'mailready %1 --help'.").arg(command.name()));
    if (parser.isSet(kHelp)) {
        io.out << QStringLiteral("Usage: mailready %1\n\n%2\n\n").arg(command.synopsis(), command.description());
        const QString options = parser.helpText();
        const qsizetype at = options.indexOf(QStringLiteral("Options:\n"));
        io.out << (at >= 0 ? options.mid(at) : options);
        return ExitOk;
    }
    if (!command.takesPositionalArguments() && !parser.positionalArguments().isEmpty())
        return io.usage(QStringLiteral("unexpected argument '%1'. Try 'mailready %2 --help'.")
                            .arg(parser.positionalArguments().first(), command.name()));
    if (!readGlobalOptions(parser, global, io))
        return ExitUsage;
    return command.run(parser, *global, io);
}

// A monitoring plugin (https://www.monitoring-plugins.org/doc/guidelines.html) answers even a usage error with a
// status line on stdout and the exit code UNKNOWN (3): the monitoring system shows that line, and 64 would be read as
// "out of range". The message still goes to stderr as well.
static int runAsPlugin(Subcommand& command, const QStringList& rest, CliIo& io, GlobalOptions* global)
{
    QString messages;
    QTextStream err(&messages);
    CliIo captured{io.out, err, io.renderPdf};
    const int code = runSubcommand(command, rest, captured, global);
    err.flush();
    io.err << messages;
    io.err.flush();
    if (code != ExitUsage)
        return code;
    QString why = messages.trimmed().section(QLatin1Char('\n'), -1);
    if (why.startsWith(QLatin1String("mailready: ")))
        why = why.mid(11);
    io.out << nagiosUnknownOutput(why.isEmpty() ? QStringLiteral("usage error") : why);
    io.out.flush();
    return PluginUnknown;
}

ParsedCommandLine runCommandLine(const QStringList& arguments, CliIo& io)
{
    ParsedCommandLine result;
    const SubcommandList commands = makeSubcommands();
    // Every file MailReady keeps is under the home folder: never under "/" because HOME is unset.
    if (!ensureHomeDirectory()) {
        result.exitCode = io.usage(QStringLiteral("HOME is not set and the password database has no home folder "
                                                  "for this user; set HOME to your home folder."));
        return result;
    }

    // First pass: global options, then the subcommand name; everything after it belongs to the subcommand.
    QCommandLineParser first;
    addGlobalOptions(first);
    first.addOption({kVersion, QStringLiteral("Show the version and exit.")});
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!first.parse(arguments)) {
        result.exitCode = io.usage(first.errorText() + QStringLiteral(" Try 'mailready --help'."));
        return result;
    }
    if (first.isSet(kVersion)) {
        io.out << QStringLiteral("mailready %1").arg(QStringLiteral(MAILREADY_VERSION)) << Qt::endl;
        return result;
    }
    const QStringList positional = first.positionalArguments();
    if (positional.isEmpty()) {
        if (first.isSet(kHelp)) {
            io.out << mainHelp(commands);
            return result;
        }
        if (!readGlobalOptions(first, &result.global, io)) {
            result.exitCode = ExitUsage;
            return result;
        }
        result.startGui = true;
        return result;
    }

    Subcommand* command = nullptr;
    for (const auto& c : commands)
        if (c->name() == positional.first())
            command = c.get();
    if (!command) {
        result.exitCode = io.usage(QStringLiteral("'%1' is not a mailready command (commands: %2). Try 'mailready "
                                                  "--help'.")
                                       .arg(positional.first(), [&commands] {
                                           QStringList names;
                                           for (const auto& c : commands)
                                               names << c->name();
                                           return names.join(QStringLiteral(", "));
                                       }()));
        return result;
    }

    // Second pass: the whole line without the subcommand's name, with its options added.
    QStringList rest = arguments;
    rest.removeAt(arguments.size() - positional.size());
    result.exitCode = command->usesPluginConventions(rest) ? runAsPlugin(*command, rest, io, &result.global)
                                                           : runSubcommand(*command, rest, io, &result.global);
    return result;
}

std::optional<QString> readDomain(const QCommandLineParser& parser, const QString& option, bool required, CliIo& io,
                                  int* exitCode)
{
    if (!parser.isSet(option)) {
        if (required)
            *exitCode = io.usage(QStringLiteral("--%1 is required. Try 'mailready --help'.").arg(option));
        return std::nullopt;
    }
    QString why;
    const auto domain = dns::normalizeDomain(parser.value(option), &why);
    if (!domain)
        *exitCode = io.usage(QStringLiteral("--%1: %2.").arg(option, why));
    return domain;
}

std::optional<QList<QHostAddress>> readAddresses(const QCommandLineParser& parser, const QString& option, CliIo& io,
                                                 int* exitCode)
{
    QList<QHostAddress> list;
    for (const QString& value : parser.values(option)) {
        QString why;
        const auto address = dns::parseAddress(value, &why);
        if (!address) {
            *exitCode = io.usage(QStringLiteral("--%1: %2.").arg(option, why));
            return std::nullopt;
        }
        if (!list.contains(*address))
            list << *address;
    }
    return list;
}

} // namespace mailready::cli
