#pragma once

#include "Subcommand.h"

namespace mailready::cli {

// `mailready spf`: RFC 7208 check_host() for one address and domain, with the evaluation tree.
class SpfCommand final : public Subcommand
{
public:
    QString name() const override { return QStringLiteral("spf"); }
    QString synopsis() const override
    {
        return QStringLiteral("spf --ip A --domain D [--sender S] [--helo H] [options]");
    }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io) override;
};

} // namespace mailready::cli
