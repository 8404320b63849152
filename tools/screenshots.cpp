// Walks the wizard page by page and saves a picture of each: used by scripts/screenshots for the README.
// Usage: screenshots OUTDIR --domain D [--hostname H] [--ip A] --nameserver HOST:PORT
#include "MailReadyWizard.h"
#include "WizardModel.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTimer>

using namespace mailready;

static void settle(ui::WizardModel* model)
{
    QElapsedTimer t;
    t.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    } while ((model->isRunning() || t.elapsed() < 300) && t.elapsed() < 60000);
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MailReadyScreenshots"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("where the PNGs go"));
    parser.addOption({QStringLiteral("domain"), QString(), QStringLiteral("D")});
    parser.addOption({QStringLiteral("hostname"), QString(), QStringLiteral("H")});
    parser.addOption({QStringLiteral("ip"), QString(), QStringLiteral("A")});
    parser.addOption({QStringLiteral("nameserver"), QString(), QStringLiteral("S")});
    parser.process(app);
    const QString out = parser.positionalArguments().value(0, QStringLiteral("."));
    QDir().mkpath(out);

    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.resize(900, 680);
    wizard.show();
    auto set = [&wizard](const char* name, const QString& value) {
        if (auto* e = wizard.findChild<QLineEdit*>(QLatin1String(name)))
            e->setText(value);
    };
    set("domain", parser.value(QStringLiteral("domain")));
    set("hostname", parser.value(QStringLiteral("hostname")));
    set("addresses", parser.values(QStringLiteral("ip")).join(QLatin1Char(' ')));
    set("nameservers", parser.value(QStringLiteral("nameserver")));
    const QHash<int, QString> names{{ui::MailReadyWizard::WelcomePageId, QStringLiteral("welcome")},
                                    {ui::MailReadyWizard::AddressPageId, QStringLiteral("address")},
                                    {ui::MailReadyWizard::DeliveryPageId, QStringLiteral("delivery")},
                                    {ui::MailReadyWizard::BlocklistPageId, QStringLiteral("blocklists")},
                                    {ui::MailReadyWizard::DkimPageId, QStringLiteral("dkim")},
                                    {ui::MailReadyWizard::SpfPageId, QStringLiteral("spf")},
                                    {ui::MailReadyWizard::DmarcPageId, QStringLiteral("dmarc")},
                                    {ui::MailReadyWizard::PublishPageId, QStringLiteral("publish")},
                                    {ui::MailReadyWizard::VerifyPageId, QStringLiteral("results")}};
    while (true) {
        settle(wizard.model());
        const QString name = names.value(wizard.currentId(), QStringLiteral("page-%1").arg(wizard.currentId()));
        wizard.grab().save(QStringLiteral("%1/%2.png").arg(out, name));
        if (wizard.currentId() == ui::MailReadyWizard::VerifyPageId || wizard.nextId() == -1)
            break;
        const int before = wizard.currentId();
        wizard.next();
        if (wizard.currentId() == before)
            break; // a page that needs more input
    }
    return 0;
}
