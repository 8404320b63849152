#pragma once

#include "Subcommand.h"

#include "checks/CheckRequest.h"

namespace mailready::cli {

// `mailready check`: every threshold check, headless.
class CheckCommand final : public Subcommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override
    {
        return QStringLiteral("check --domain D [--hostname H] [--ip A]... [options]");
    }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io) override;
    bool usesPluginConventions(const QStringList& arguments) const override;

    // The plain-text report printed without --json.
    static QString humanReport(const Report& report, bool colour);
    // One line per check (status, title, summary) with its findings and fixes, terminal-safe.
    static QString checkLines(const QList<CheckResult>& checks, bool colour);
    static QString statusLabel(Status status, bool colour); // "PASS   ", coloured when asked
};

// The blocklist options (--dnsbl, --dnsbl-catalog and the lists' keys), shared by the commands that look an address
// up; readBlocklists puts them into the request or prints the usage error and returns ExitUsage.
void addBlocklistOptions(QCommandLineParser& parser);
// What `check` is asked about: the server, the blocklists, the probes. `watch` takes the same.
void addCheckInputOptions(QCommandLineParser& parser);
// What `check` does with its report besides printing it: --remember, --forget, --pdf, --format. Hidden from the
// help of a command that refuses them (so it can say why instead of "unknown option").
void addReportOptions(QCommandLineParser& parser, bool hidden = false);
int readBlocklists(const QCommandLineParser& parser, CheckRequest& request, CliIo& io);

} // namespace mailready::cli
