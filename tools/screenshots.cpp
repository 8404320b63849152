// Walks the wizard page by page and saves a picture of each: used by scripts/screenshots for the README.
// Usage: screenshots OUTDIR --domain D [--hostname H] [--ip A] --nameserver HOST:PORT [--dark]
// The window keeps its default size (MailReadyWizard::defaultSize()), the size users first see. Where a page needs a
// choice before Next (How mail leaves, on a domain whose advice is to use a relay), the walk takes direct delivery.
#include "MailReadyWizard.h"
#include "WizardModel.h"
#include "cli/CommandLine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
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
    parser.addOption({QStringLiteral("dark"), QStringLiteral("a dark palette, as a dark desktop theme gives")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        QApplication::setPalette(dark);
    }
    const QString out = parser.positionalArguments().value(0, QStringLiteral("."));
    QDir().mkpath(out);

    ui::MailReadyWizard wizard(GlobalOptions{});
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
        if (!wizard.button(QWizard::NextButton)->isEnabled())
            if (auto* direct = wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("path-direct")))
                direct->click();
        wizard.next();
        if (wizard.currentId() == before)
            break; // a page that needs more input
    }
    return 0;
}
