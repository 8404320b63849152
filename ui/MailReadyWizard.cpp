#include "MailReadyWizard.h"

#include "AddressPage.h"
#include "BlocklistPage.h"
#include "CheckPage.h"
#include "DeliveryPage.h"
#include "DkimPage.h"
#include "DmarcPage.h"
#include "MessagePage.h"
#include "PublishPage.h"
#include "Settings.h"
#include "SpfPage.h"
#include "StepMap.h"
#include "TabOrder.h"
#include "VerifyPage.h"
#include "WelcomePage.h"
#include "WizardModel.h"
#include "checks/CheckIds.h"
#include "checks/Wording.h"
#include "relay/AddressMemory.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QScreen>
#include <QTimer>

namespace mailready::ui {

MailReadyWizard::MailReadyWizard(const GlobalOptions& options, QWidget* parent)
    : QWizard(parent), m_model(new WizardModel(options, this)), m_welcome(new WelcomePage(this))
{
    // The checks' findings speak of this window's fields and pages, not of command-line flags.
    checks::setAudience(checks::Audience::Wizard);
    setObjectName(QStringLiteral("wizard"));
    setWindowTitle(tr("MailReady"));
    setWindowIcon(appIcon());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&About"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
    });

    setPage(WelcomePageId, m_welcome);
    setPage(AddressPageId, new AddressPage(m_model, this));
    setPage(DeliveryPageId, new DeliveryPage(m_model, this));
    setPage(BlocklistPageId, new BlocklistPage(m_model, this));
    setPage(DkimPageId, new DkimPage(m_model, this));
    setPage(SpfPageId, new SpfPage(m_model, this));
    setPage(DmarcPageId, new DmarcPage(m_model, this));
    setPage(PublishPageId, new PublishPage(m_model, this));
    setPage(VerifyPageId, new VerifyPage(m_model, this));
    setPage(MessagePageId, new MessagePage(m_model, this));
    // The map of the journey beside the pages, each step under a short name.
    const QList<QPair<PageId, QString>> stepNames{
        {WelcomePageId, tr("Your server")},  {AddressPageId, tr("Address")}, {DeliveryPageId, tr("How mail leaves")},
        {BlocklistPageId, tr("Blocklists")}, {DkimPageId, tr("DKIM")},       {SpfPageId, tr("SPF")},
        {DmarcPageId, tr("DMARC")},          {PublishPageId, tr("Publish")}, {VerifyPageId, tr("Verify")},
        {MessagePageId, tr("Real message")}};
    for (const auto& [id, name] : stepNames)
        page(id)->setProperty("stepName", name);
    setSideWidget(new StepMap(this, m_model));
    // Tab follows reading order on the page shown, also after results added or changed what it shows.
    m_tabOrder.setSingleShot(true);
    connect(&m_tabOrder, &QTimer::timeout, this, [this] {
        if (QWizardPage* p = currentPage())
            sortTabOrder(p);
    });
    connect(this, &QWizard::currentIdChanged, &m_tabOrder, qOverload<>(&QTimer::start));
    connect(m_model, &WizardModel::resultChanged, &m_tabOrder, qOverload<>(&QTimer::start));
    connect(m_model, &WizardModel::runningChanged, &m_tabOrder, qOverload<>(&QTimer::start));
    connect(static_cast<MessagePage*>(page(MessagePageId)), &MessagePage::contentChanged, &m_tabOrder,
            qOverload<>(&QTimer::start));
    setMinimumSize(860, 600);
    resize(defaultSize());
    restoreSettings();
    if (!options.nameservers.isEmpty()) {
        QStringList servers;
        for (const auto& s : options.nameservers)
            servers << s.toString();
        setField(QStringLiteral("nameservers"), servers.join(QLatin1Char(' ')));
    }
}

MailReadyWizard::~MailReadyWizard() = default;

int MailReadyWizard::pageForThreshold(const QString& thresholdKey)
{
    static const QHash<QString, int> pages{
        {thresholdid::Dnsbl, BlocklistPageId}, {thresholdid::Rdns, AddressPageId},
        {thresholdid::Spf, SpfPageId},         {thresholdid::Dkim, DkimPageId},
        {thresholdid::Dmarc, DmarcPageId},     {thresholdid::Server, DeliveryPageId}};
    return pages.value(thresholdKey, VerifyPageId);
}

QSize MailReadyWizard::defaultSize()
{
    // Room for the step map and a page of records side by side; never more than the screen offers.
    QSize size(1000, 720);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    return size;
}

CheckRequest MailReadyWizard::requestFromFields() const
{
    CheckRequest r = m_model->request();
    r.domain = dns::normalizeDomain(field(QStringLiteral("domain")).toString()).value_or(QString());
    r.hostname = dns::normalizeDomain(field(QStringLiteral("hostname")).toString()).value_or(QString());
    const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    r.ips.clear();
    for (const QString& a : field(QStringLiteral("addresses")).toString().split(separators, Qt::SkipEmptyParts))
        if (const auto addr = dns::parseAddress(a))
            r.ips << *addr;
    r.resolver = m_model->options().resolverConfig();
    const QStringList servers = field(QStringLiteral("nameservers")).toString().split(separators, Qt::SkipEmptyParts);
    if (!servers.isEmpty()) {
        r.resolver.servers.clear();
        for (const QString& s : servers)
            if (const auto server = dns::parseServerAddress(s, 53))
                r.resolver.servers << *server;
    }
    return r;
}

void MailReadyWizard::initializePage(int id)
{
    // Leaving the welcome page: what it says is the request every later page checks.
    if (id == AddressPageId) {
        m_model->setRequest(requestFromFields());
        saveSettings();
    }
    // The records composed from here on are made for the server's address as it is now: remember it, so a later
    // run on a dynamic line can name the records that went stale.
    if (id == PublishPageId) {
        const Report report = m_model->report();
        QList<QHostAddress> own;
        for (const QString& a : report.ips)
            if (const auto addr = dns::parseAddress(a))
                own << *addr;
        if (!own.isEmpty() && !report.domain.isEmpty())
            relay::AddressMemory::remember(report.domain, own);
    }
    QWizard::initializePage(id);
}

void MailReadyWizard::done(int result)
{
    saveSettings();
    m_model->cancel();
    QWizard::done(result);
}

void MailReadyWizard::restoreSettings()
{
    // The fields of the first page are registered under their settings' names.
    for (const Setting s : {Setting::Domain, Setting::Hostname, Setting::Addresses, Setting::Nameservers})
        if (settings::contains(s))
            setField(settings::key(s), settings::value(s));
}

void MailReadyWizard::saveSettings() const
{
    // Names and paths only: never key material.
    for (const Setting s : {Setting::Domain, Setting::Hostname, Setting::Addresses, Setting::Nameservers})
        settings::setValue(s, field(settings::key(s)).toString());
}

QIcon MailReadyWizard::appIcon()
{
    // An envelope with a green check mark, drawn so it is crisp at any size.
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        const QRectF body(s * 0.06, s * 0.2, s * 0.8, s * 0.56);
        p.setPen(QPen(QColor(0x37, 0x47, 0x4f), qMax(1.0, s / 24)));
        p.setBrush(QColor(0xec, 0xef, 0xf1));
        p.drawRoundedRect(body, s * 0.05, s * 0.05);
        QPainterPath flap;
        flap.moveTo(body.topLeft());
        flap.lineTo(body.center().x(), body.top() + body.height() * 0.55);
        flap.lineTo(body.topRight());
        p.setBrush(Qt::NoBrush);
        p.drawPath(flap);
        const QRectF badge(s * 0.5, s * 0.5, s * 0.48, s * 0.48);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawEllipse(badge);
        QPainterPath tick;
        tick.moveTo(badge.left() + badge.width() * 0.25, badge.top() + badge.height() * 0.52);
        tick.lineTo(badge.left() + badge.width() * 0.43, badge.top() + badge.height() * 0.7);
        tick.lineTo(badge.left() + badge.width() * 0.76, badge.top() + badge.height() * 0.32);
        p.setPen(QPen(Qt::white, qMax(1.5, s / 14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(tick);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

void MailReadyWizard::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About MailReady"));
    box.setIconPixmap(appIcon().pixmap(64, 64));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("MailReady %1").arg(QStringLiteral(MAILREADY_VERSION)));
    box.setInformativeText(tr("Gets a self-hosted mail server's mail accepted: blocklists, reverse DNS, SPF, DKIM "
                              "and DMARC, checked and set up step by step.\n\nBuilt with Qt %1, OpenSSL and ldns.")
                               .arg(QString::fromLatin1(qVersion())));
    box.exec();
}

} // namespace mailready::ui
