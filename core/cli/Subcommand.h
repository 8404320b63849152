#pragma once

#include "dns/LdnsResolver.h"
#include "run/GlobalOptions.h"
#include "run/Report.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace mailready::cli {

// Exit codes shared by every subcommand (sysexits.h values for usage and internal errors).
enum ExitCode { ExitOk = 0, ExitFail = 1, ExitUnknown = 2, ExitUsage = 64, ExitInternal = 70 };

// Options every subcommand and the wizard accept (they live in run/, below the wizard).
using mailready::GlobalOptions;

struct CliIo
{
    QTextStream& out; // stdout: the JSON document or the human report
    QTextStream& err; // stderr: messages for people
    // Writes the checklist PDF (provided by the layer that has Qt Gui); null where that is not available.
    std::function<bool(const Report& report, const QString& path, QString* error)> writePdf;

    // Prints "mailready: MESSAGE" as one line on stderr and returns ExitUsage.
    int usage(const QString& message);
};

// One `mailready NAME ...` command. Each lives in its own file in this folder.
class Subcommand
{
public:
    virtual ~Subcommand() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // usage line(s) after "mailready ", for --help
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser& parser) = 0;
    // Words after the subcommand name that are not options ("keygen" in `dkim keygen`); rejected unless true.
    virtual bool takesPositionalArguments() const { return false; }
    // Called after parsing succeeded and global options were read. Returns the exit code.
    virtual int run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io) = 0;
    // True when the words after the command's name ask for a monitoring plugin's conventions (`check --format
    // nagios`): then a usage error is the plugins' UNKNOWN (exit 3) with a status line on stdout, not ExitUsage.
    virtual bool usesPluginConventions(const QStringList& arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }
};

using SubcommandList = std::vector<std::unique_ptr<Subcommand>>;
SubcommandList makeSubcommands();

// Helpers for subcommands: read a required/optional domain and a list of addresses, printing the usage error.
std::optional<QString> readDomain(const QCommandLineParser& parser, const QString& option, bool required, CliIo& io,
                                  int* exitCode);
std::optional<QList<QHostAddress>> readAddresses(const QCommandLineParser& parser, const QString& option, CliIo& io,
                                                 int* exitCode);

} // namespace mailready::cli
