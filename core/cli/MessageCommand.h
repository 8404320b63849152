#pragma once

#include "Subcommand.h"

#include "receiver/MessageCheck.h"

namespace mailready::cli {

// `mailready message`: judge one received message as the receiver that stored it saw it.
class MessageCommand final : public Subcommand
{
public:
    QString name() const override { return QStringLiteral("message"); }
    QString synopsis() const override { return QStringLiteral("message [FILE | -] [--dnsbl ZONE]... [options]"); }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) override;
    bool takesPositionalArguments() const override { return true; }
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io) override;

    // The plain-text verdict printed without --json.
    static QString humanVerdict(const receiver::MessageVerdict& verdict, bool colour);
};

} // namespace mailready::cli
