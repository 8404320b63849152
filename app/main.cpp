// The command line decides: a subcommand (or --help/--version) runs headless; otherwise the wizard opens.
#include "ChecklistPdf.h"
#include "MailReadyWizard.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#include <cstdio>

using namespace mailready;

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::CliIo io{out, err, [](const Report& report, const QString& path, QString* error) {
                      return ui::writeChecklistPdf(report, {}, path, error);
                  }};

    if (cli::isHeadless(arguments)) {
        // Writing a PDF needs fonts, so Qt Gui, but never a display.
        std::unique_ptr<QCoreApplication> app;
        if (arguments.contains(QStringLiteral("--pdf")) || arguments.filter(QStringLiteral("--pdf=")).size() > 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("mailready"));
        // The settings the wizard keeps (remembered addresses) live under the same organization.
        QCoreApplication::setOrganizationName(QStringLiteral("MailReady"));
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
