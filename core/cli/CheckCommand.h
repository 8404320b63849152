#pragma once

#include "Subcommand.h"

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
};

} // namespace mailready::cli
