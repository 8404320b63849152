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

    ui::MailReadyWizard wizard(cli::GlobalOptions{});
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
    static const char* names[] = {"welcome", "address", "blocklists", "dkim", "spf", "dmarc", "publish", "verify"};
    for (int i = 0;; ++i) {
        settle(wizard.model());
        const QString name = QString::fromLatin1(names[qMin<size_t>(size_t(i), std::size(names) - 1)]);
        wizard.grab().save(QStringLiteral("%1/%2.png").arg(out, name));
        if (!wizard.nextId() || wizard.nextId() == -1)
            break;
        wizard.next();
    }
    return 0;
}
