// The command line decides: a subcommand (or --help/--version) runs headless; otherwise the wizard opens.
#include "MailReadyWizard.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

using namespace mailready;

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::CliIo io{out, err, nullptr};

    if (cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("mailready"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MAILREADY_VERSION));
        return cli::runCommandLine(arguments, io).exitCode;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailReady"));
    QApplication::setOrganizationName(QStringLiteral("MailReady"));
    QApplication::setApplicationVersion(QStringLiteral(MAILREADY_VERSION));
    const cli::ParsedCommandLine parsed = cli::runCommandLine(arguments, io);
    if (!parsed.startGui)
        return parsed.exitCode;
    ui::MailReadyWizard wizard(parsed.global);
    wizard.show();
    return app.exec();
}
