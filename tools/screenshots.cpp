// Walks the wizard page by page and saves a picture of each: used by scripts/screenshots for the README.
// Usage: screenshots OUTDIR --domain D [--hostname H] [--ip A] --nameserver HOST:PORT [--dark]
// In the locale's language, as the program (LANGUAGE=de LC_ALL=de_DE.UTF-8: German).
// The window keeps its default size (MailReadyWizard::defaultSize()), the size users first see. Where a page needs a
// choice before Next (How mail leaves, on a domain whose advice is to use a relay), the walk takes direct delivery.
#include "MailReadyWizard.h"
#include "MessagePage.h"
#include "Translations.h"
#include "WizardModel.h"
#include "checks/dkim/DkimSignature.h"
#include "cli/CommandLine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStyleFactory>
#include <QTimer>

using namespace mailready;

// A test message as the receiver mx.receiver.demo stored it: sent from the demo's server, signed with the demo's
// DKIM key where the settings name one (good.demo), unsigned otherwise (bad.demo). Pasted and judged on the page.
static void judgeDemoMessage(ui::MailReadyWizard& wizard, const QString& domain, const QString& hostname,
                             const QString& address)
{
    auto* page = static_cast<ui::MessagePage*>(wizard.currentPage());
    QByteArray message = "From: Postmaster <postmaster@" + domain.toUtf8() +
                         ">\r\nTo: me@receiver.demo\r\n"
                         "Subject: MailReady test\r\nDate: Wed, 02 Dec 2026 10:00:00 +0000\r\nMessage-ID: <test@" +
                         domain.toUtf8() + ">\r\n\r\nA test message from my own server.\r\n";
    const QSettings settings;
    if (const auto key = crypto::PrivateKey::readFile(settings.value(QStringLiteral("dkim/keyPath")).toString()))
        message = checks::dkim::signMessage(message, *key, domain,
                                            settings.value(QStringLiteral("dkim/selector")).toString());
    message =
        "Return-Path: <postmaster@" + domain.toUtf8() + ">\r\nReceived: from " + hostname.toUtf8() + " (" +
        hostname.toUtf8() + " [" + address.toUtf8() +
        "])\r\n\tby mx.receiver.demo (Postfix) with ESMTPS id 4Abc1234\r\n\t(using TLSv1.3 with cipher "
        "TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tfor <me@receiver.demo>; Wed, 02 Dec 2026 10:00:01 +0000\r\n" +
        message;
    page->findChild<QPlainTextEdit*>(QStringLiteral("message-input"))->setPlainText(QString::fromUtf8(message));
    page->judge(message);
    QElapsedTimer t;
    t.start();
    while ((page->isJudging() || !page->verdict()) && t.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

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
    // As the program: in the locale's language.
    ui::installTranslations(app);
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
    const QString domain = parser.value(QStringLiteral("domain"));
    const QString hostname = parser.value(QStringLiteral("hostname"));
    const QString address = parser.values(QStringLiteral("ip")).value(0);
    while (true) {
        settle(wizard.model());
        if (wizard.currentId() == ui::MailReadyWizard::MessagePageId) {
            judgeDemoMessage(wizard, domain, hostname, address);
            wizard.grab().save(QStringLiteral("%1/message.png").arg(out));
            break;
        }
        const QString name = names.value(wizard.currentId(), QStringLiteral("page-%1").arg(wizard.currentId()));
        wizard.grab().save(QStringLiteral("%1/%2.png").arg(out, name));
        if (wizard.nextId() == -1)
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
