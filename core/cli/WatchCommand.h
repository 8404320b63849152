#pragma once

#include "Subcommand.h"

namespace mailready::cli {

// `mailready watch install|remove|status|run`: run the domain's checks on a schedule as the user, keep a history of
// what changed, and notify the desktop when something got worse.
class WatchCommand final : public Subcommand
{
public:
    QString name() const override { return QStringLiteral("watch"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) override;
    bool takesPositionalArguments() const override { return true; }
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io) override;

    // The check options of this command line as arguments for `watch run` (--domain, --selector, --nameserver, ...).
    static std::optional<QStringList> checkArguments(const QCommandLineParser& parser, CliIo& io, int* exitCode);

private:
    int install(const QCommandLineParser& parser, const QString& domain, bool json, CliIo& io);
    int remove(const QString& domain, bool json, CliIo& io);
    int status(const QString& domain, bool json, CliIo& io);
    int runOnce(const QCommandLineParser& parser, const GlobalOptions& global, const QString& domain, CliIo& io);
};

} // namespace mailready::cli
