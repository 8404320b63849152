#pragma once

#include "Subcommand.h"

namespace mailready::cli {

// `mailready bounce [FILE | -]`: explain a bounce or a pasted rejection: which threshold, and the fix.
class BounceCommand final : public Subcommand
{
public:
    QString name() const override { return QStringLiteral("bounce"); }
    QString synopsis() const override { return QStringLiteral("bounce [FILE | -] [--json]"); }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) override;
    bool takesPositionalArguments() const override { return true; }
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io) override;
};

} // namespace mailready::cli
