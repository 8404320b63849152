#pragma once

#include "Subcommand.h"

namespace mailready::cli {

// `mailready dkim keygen|import`: make (or take) a DKIM key, write the key file and the record to publish.
class DkimCommand final : public Subcommand
{
public:
    QString name() const override { return QStringLiteral("dkim"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) override;
    bool takesPositionalArguments() const override { return true; }
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io) override;
};

} // namespace mailready::cli
