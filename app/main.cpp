// The command line decides: a subcommand (or --help/--version) runs headless; otherwise the wizard opens.
#include "ChecklistPdf.h"
#include "DesktopSession.h"
#include "HeadlessGui.h"
#include "MailReadyWizard.h"
#include "Translations.h"
#include "WizardModel.h"
#include "cli/CommandLine.h"
#include "run/CheckRunner.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHash>
#include <QTextStream>

#include <memory>

#include <cstdio>

using namespace mailready;

namespace {

// `mailready --page NAME [--domain D]` opens the wizard on the page that fixes something (a notification of
// `mailready watch` starts it so). Returns the page's id, -1 when the option is absent, -2 when NAME is no page.
int takeStartPage(QStringList* arguments, QString* domain)
{
    static const QHash<QString, int> pages{{QStringLiteral("address"), ui::MailReadyWizard::AddressPageId},
                                           {QStringLiteral("delivery"), ui::MailReadyWizard::DeliveryPageId},
                                           {QStringLiteral("blocklist"), ui::MailReadyWizard::BlocklistPageId},
                                           {QStringLiteral("dkim"), ui::MailReadyWizard::DkimPageId},
                                           {QStringLiteral("spf"), ui::MailReadyWizard::SpfPageId},
                                           {QStringLiteral("dmarc"), ui::MailReadyWizard::DmarcPageId},
                                           {QStringLiteral("publish"), ui::MailReadyWizard::PublishPageId},
                                           {QStringLiteral("verify"), ui::MailReadyWizard::VerifyPageId},
                                           {QStringLiteral("message"), ui::MailReadyWizard::MessagePageId}};
    auto take = [arguments](const QString& name) -> std::optional<QString> {
        for (qsizetype i = 1; i < arguments->size(); ++i) {
            const QString a = arguments->at(i);
            if (a.startsWith(name + QLatin1Char('='))) {
                arguments->removeAt(i);
                return a.mid(name.size() + 1);
            }
            if (a == name && i + 1 < arguments->size()) {
                const QString value = arguments->at(i + 1);
                arguments->remove(i, 2);
                return value;
            }
        }
        return std::nullopt;
    };
    const auto page = take(QStringLiteral("--page"));
    if (!page)
        return -1;
    *domain = take(QStringLiteral("--domain")).value_or(QString());
    return pages.value(page->toLower(), -2);
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString startDomain;
    const int startPage = takeStartPage(&arguments, &startDomain);
    if (startPage == -2 || (startPage >= 0 && cli::isHeadless(arguments))) {
        err << QStringLiteral("mailready: --page opens the wizard on one of its pages (address, delivery, blocklist, "
                              "dkim, spf, dmarc, publish, verify); it does not go with a command.")
            << Qt::endl;
        return cli::ExitUsage;
    }
    cli::CliIo io{out, err, [](const Report& report) { return ui::checklistPdf(report, {}); }};

    if (cli::isHeadless(arguments)) {
        // Writing a PDF needs fonts, so Qt Gui, but never a display.
        std::unique_ptr<QCoreApplication> app;
        if (arguments.contains(QStringLiteral("--pdf")) || arguments.filter(QStringLiteral("--pdf=")).size() > 0) {
            app = mailready::app::HeadlessGui::make(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("mailready"));
        // The settings the wizard keeps (remembered addresses) live under the same organization.
        QCoreApplication::setOrganizationName(QStringLiteral("MailReady"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MAILREADY_VERSION));
        const int code = cli::runCommandLine(arguments, io).exitCode;
        waitForWorkerThreads(); // nothing still at work when the libraries clean up at exit
        return code;
    }

    // Decided before Qt loads a platform plugin: without a desktop session it would abort with a core dump.
    if (!mailready::app::DesktopSession::mayOpen(arguments)) {
        err << mailready::app::DesktopSession::missingSentence() << Qt::endl;
        return cli::ExitUsage;
    }
    mailready::app::DesktopSession::beginOpening();
    QApplication app(argc, argv);
    mailready::app::DesktopSession::endOpening();
    QApplication::setApplicationName(QStringLiteral("MailReady"));
    QApplication::setOrganizationName(QStringLiteral("MailReady"));
    QApplication::setApplicationVersion(QStringLiteral(MAILREADY_VERSION));
    ui::installTranslations(app);
    const cli::ParsedCommandLine parsed = cli::runCommandLine(arguments, io);
    int code = parsed.exitCode;
    if (parsed.startGui) {
        // The wizard stops and waits for its own work when it goes; then every worker thread is let finish, so
        // nothing still runs when the libraries clean up at exit.
        ui::MailReadyWizard wizard(parsed.global);
        if (startPage >= 0) {
            if (!startDomain.isEmpty())
                wizard.setField(QStringLiteral("domain"), startDomain);
            wizard.model()->setRequest(wizard.requestFromFields());
            wizard.setStartId(startPage);
        }
        wizard.show();
        code = app.exec();
    }
    waitForWorkerThreads();
    return code;
}
