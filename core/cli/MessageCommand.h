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

// Reads FILE, or stdin for "-" or no FILE, at most `limit` bytes. Empty with `error` set when it cannot.
std::optional<QByteArray> readInput(const QStringList& positional, qsizetype limit, QString* error);

} // namespace mailready::cli
