#pragma once

#include "Subcommand.h"

namespace mailready::cli {

// `mailready records`: the DNS records to publish (host address, SPF, HELO SPF, DKIM, DMARC) in zone-file form, as
// name/type/value for web DNS panels, or as JSON.
class RecordsCommand final : public Subcommand
{
public:
    QString name() const override { return QStringLiteral("records"); }
    QString synopsis() const override
    {
        return QStringLiteral("records --domain D --hostname H --ip A... [--selector S --dkim-key FILE] "
                              "[--include NAME]... [--mx] [--a] [--all fail|softfail] [--existing-spf] "
                              "[--dmarc none|quarantine|reject] [--rua mailto:ADDR] [--form zone|panel] [options]");
    }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser, const GlobalOptions& global, CliIo& io) override;
};

} // namespace mailready::cli
