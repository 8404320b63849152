#pragma once

#include "dns/LdnsResolver.h"
#include "run/GlobalOptions.h"
#include "run/Report.h"
#include "util/OutputFile.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace mailready::cli {

// Exit codes shared by every subcommand (sysexits.h values from 64 on). A file that cannot be created (a missing or
// read-only folder) is EX_CANTCREAT, a write that failed (a full disk) EX_IOERR; 70 is left for real bugs.
enum ExitCode {
    ExitOk = 0,
    ExitFail = 1,
    ExitUnknown = 2,
    ExitUsage = 64,
    ExitInternal = 70,
    ExitCantCreate = 73,
    ExitIoError = 74
};

// The exit code of a file MailReady could not write: a folder, device, link or existing file in the way is a usage
// error (the command names another path, or --force); then 73 or 74.
int exitCodeFor(OutputFile::Problem problem);

// Options every subcommand and the wizard accept (they live in run/, below the wizard).
using mailready::GlobalOptions;

struct CliIo
{
    QTextStream& out; // stdout: the JSON document or the human report
    QTextStream& err; // stderr: messages for people
    // Makes the checklist PDF (provided by the layer that has Qt Gui); null where that is not available. The
    // command writes it (OutputFile, or stdout for `--pdf -`).
    std::function<QByteArray(const Report& report)> renderPdf;

    // Prints "mailready: MESSAGE" as one line on stderr and returns ExitUsage.
    int usage(const QString& message);
    // Prints the file problem as one sentence on stderr ("mailready: MESSAGE.", with `hint` after it for an existing
    // file) and returns its exit code.
    int fileError(const OutputFile::Result& result, const QString& hint = {});
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
