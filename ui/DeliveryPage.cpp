#include "DeliveryPage.h"

#include "StatusIndicator.h"
#include "WizardModel.h"
#include "checks/CheckIds.h"
#include "dns/DnsName.h"
#include "net/Endpoint.h"
#include "relay/AddressMemory.h"
#include "relay/MtaConfig.h"
#include "relay/RelayServices.h"
#include "run/CheckRunner.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mailready::ui {

// The checks of the chosen path: what receivers judge of the address mail arrives from.
static QStringList pathIds()
{
    return {checkid::Ptr, checkid::Fcrdns, checkid::Ehlo, checkid::Dnsbl, checkid::Spf};
}

static QPlainTextEdit* linesBox(QWidget* parent, const QString& name)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setFont(QFont(QStringLiteral("monospace")));
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * 8);
    return box;
}

DeliveryPage::DeliveryPage(WizardModel* model, QWidget* parent)
    : CheckPage(model, pathIds(), parent), m_adviceRunner(new CheckRunner(this)), m_adviceLabel(new QLabel(this)),
      m_direct(new QRadioButton(tr("&Direct delivery: the server sends mail itself"), this)),
      m_relay(new QRadioButton(tr("Through a re&lay: a smarthost, a VPS of my own, or a mail service"), this)),
      m_relayBox(new QGroupBox(tr("Relay"), this)), m_kind(new QComboBox(this)), m_service(new QComboBox(this)),
      m_serviceNote(new QLabel(this)), m_host(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_mta(new QComboBox(this)), m_lines(linesBox(this, QStringLiteral("mta-lines"))),
      m_vpsLabel(new QLabel(tr("On the VPS itself (Postfix):"), this)),
      m_vpsLines(linesBox(this, QStringLiteral("vps-lines"))), m_vpsRow(new QWidget(this))
{
    setTitle(tr("How mail leaves"));
    setSubTitle(tr("On a home line the address changes, the ISP owns the reverse DNS and may block port 25, and "
                   "receivers often refuse mail sent straight from it. Then a relay is the way that works."));

    m_adviceLabel->setObjectName(QStringLiteral("advice"));
    m_adviceLabel->setTextFormat(Qt::PlainText);
    m_adviceLabel->setWordWrap(true);
    m_adviceLabel->setText(tr("Looking at this line (blocklists, reverse DNS, port 25)…"));
    m_direct->setObjectName(QStringLiteral("path-direct"));
    m_relay->setObjectName(QStringLiteral("path-relay"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_direct);
    group->addButton(m_relay);
    m_direct->setChecked(true);

    m_kind->setObjectName(QStringLiteral("relay-kind"));
    m_kind->addItem(tr("My ISP's smarthost"), int(IspSmarthost));
    m_kind->addItem(tr("A VPS of my own"), int(OwnVps));
    m_kind->addItem(tr("A mail service"), int(MailService));
    m_service->setObjectName(QStringLiteral("relay-service"));
    for (const relay::RelayService& s : relay::RelayServices::builtIn().services())
        m_service->addItem(s.name, s.id);
    m_serviceNote->setObjectName(QStringLiteral("service-note"));
    m_serviceNote->setTextFormat(Qt::PlainText);
    m_serviceNote->setWordWrap(true);
    m_host->setObjectName(QStringLiteral("relay-host"));
    m_host->setPlaceholderText(tr("smtp.example.net:587"));
    m_user->setObjectName(QStringLiteral("relay-user"));
    m_user->setPlaceholderText(tr("the login the relay gave you"));
    m_problem->setObjectName(QStringLiteral("relay-problem"));
    m_problem->setTextFormat(Qt::PlainText);
    StatusIndicator::markAsProblem(m_problem);
    m_problem->setVisible(false);
    m_mta->setObjectName(QStringLiteral("mta"));
    m_mta->addItem(tr("Postfix"));
    m_mta->addItem(tr("Exim"));
    m_mta->addItem(tr("OpenSMTPD"));

    auto* form = new QFormLayout;
    auto addRow = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, m_relayBox);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("Relay &type:"), m_kind);
    addRow(tr("Mail ser&vice:"), m_service);
    form->addRow(QString(), m_serviceNote);
    addRow(tr("Relay &host:"), m_host);
    addRow(tr("Lo&gin:"), m_user);
    form->addRow(QString(), m_problem);
    auto* use = new QPushButton(tr("Use this rela&y"), m_relayBox);
    use->setObjectName(QStringLiteral("use-relay"));
    form->addRow(QString(), use);
    addRow(tr("Mail server soft&ware:"), m_mta);

    auto* copy = new QPushButton(tr("&Copy lines"), m_relayBox);
    copy->setObjectName(QStringLiteral("copy-mta-lines"));
    auto* copyVps = new QPushButton(tr("Copy V&PS lines"), m_relayBox);
    copyVps->setObjectName(QStringLiteral("copy-vps-lines"));
    auto* linesRow = new QHBoxLayout;
    linesRow->addWidget(m_lines, 1);
    linesRow->addWidget(copy, 0, Qt::AlignTop);
    auto* vpsLayout = new QHBoxLayout(m_vpsRow);
    vpsLayout->setContentsMargins(0, 0, 0, 0);
    vpsLayout->addWidget(m_vpsLines, 1);
    vpsLayout->addWidget(copyVps, 0, Qt::AlignTop);

    auto* box = new QVBoxLayout(m_relayBox);
    box->addLayout(form);
    box->addWidget(
        new QLabel(tr("Lines for the home server's configuration (PASSWORD is yours to fill in):"), m_relayBox));
    box->addLayout(linesRow);
    box->addWidget(m_vpsLabel);
    box->addWidget(m_vpsRow);

    topLayout()->addWidget(m_adviceLabel);
    topLayout()->addWidget(m_direct);
    topLayout()->addWidget(m_relay);
    topLayout()->addWidget(m_relayBox);

    connect(m_direct, &QRadioButton::toggled, this, [this](bool on) {
        if (!on)
            return;
        m_userChose = true;
        updateForm();
        applyChoice();
    });
    connect(m_relay, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_userChose = true;
        updateForm();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_kind->currentData().toInt() == MailService)
            if (const auto* s = relay::RelayServices::builtIn().find(m_service->currentData().toString()))
                m_host->setText(QStringLiteral("%1:%2").arg(s->submission).arg(s->port));
        updateForm();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto* s = relay::RelayServices::builtIn().find(m_service->currentData().toString()))
            m_host->setText(QStringLiteral("%1:%2").arg(s->submission).arg(s->port));
        updateForm();
    });
    connect(m_host, &QLineEdit::textChanged, this, &DeliveryPage::updateForm);
    connect(m_user, &QLineEdit::textChanged, this, &DeliveryPage::updateLines);
    connect(m_mta, &QComboBox::currentIndexChanged, this, &DeliveryPage::updateLines);
    connect(m_host, &QLineEdit::returnPressed, this, &DeliveryPage::applyChoice);
    connect(use, &QPushButton::clicked, this, &DeliveryPage::applyChoice);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_lines->toPlainText()); });
    connect(copyVps, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_vpsLines->toPlainText()); });
    connect(m_adviceRunner, &CheckRunner::finished, this, [this](int generation, const Report& report) {
        if (generation == m_adviceRunner->generation())
            onAdvice(report);
    });

    updateForm();
}

void DeliveryPage::initializePage()
{
    CheckRequest r = model()->request();
    if (r.rememberedIps.isEmpty() && !r.domain.isEmpty()) {
        r.rememberedIps = relay::AddressMemory::load(r.domain).ips;
        model()->setRequest(r);
    }
    // The advice is about the home line: read it again only when what describes the line changed.
    QStringList key{r.domain, r.hostname, r.dnsblCatalogFile, r.port25Target};
    for (const QHostAddress& a : r.ips)
        key << dns::addressText(a);
    for (const auto& s : r.resolver.servers)
        key << s.toString();
    if (key.join(QLatin1Char('|')) != m_adviceKey) {
        m_adviceKey = key.join(QLatin1Char('|'));
        startAdvice();
    }
    CheckPage::initializePage();
}

void DeliveryPage::startAdvice()
{
    m_adviceReady = false;
    m_adviceLabel->setText(tr("Looking at this line (blocklists, reverse DNS, port 25)…"));
    CheckRequest home = model()->request();
    home.relay.clear();
    home.relayIps.clear();
    home.relayInclude.clear();
    m_adviceRunner->start(home, {checkid::Ptr, checkid::Dnsbl, checkid::Port25, checkid::AddressChange});
}

void DeliveryPage::onAdvice(const Report& report)
{
    m_advice = report::adviseDelivery(report, model()->request().rememberedIps);
    m_adviceReady = true;
    QString text = m_advice.path == report::DeliveryPath::Relay ? tr("Proposed: send through a relay. Because:")
                                                                : tr("Proposed: deliver directly. Because:");
    for (const report::AdviceReason& r : m_advice.reasons)
        text += QStringLiteral("\n• ") + r.text;
    if (!m_advice.unverified.isEmpty())
        text += QStringLiteral("\n") + tr("Not verified: %1.").arg(m_advice.unverified.join(QStringLiteral(", ")));
    m_adviceLabel->setText(text);
    // The proposal preselects the path until the user picks one.
    if (!m_userChose) {
        const bool relayPath = m_advice.path == report::DeliveryPath::Relay;
        (relayPath ? m_relay : m_direct)->setChecked(true);
        m_userChose = false;
        updateForm();
    }
    Q_EMIT adviceChanged();
}

bool DeliveryPage::relayChosen() const
{
    return m_relay->isChecked();
}

QString DeliveryPage::relayText() const
{
    // A bare name means the submission port: that is what a home server logs in to.
    QString why;
    const auto endpoint = net::parseEndpoint(m_host->text().trimmed(), 587, &why);
    return endpoint && !endpoint->host.isEmpty() ? endpoint->toString() : QString();
}

void DeliveryPage::updateForm()
{
    const bool relayPath = relayChosen();
    m_relayBox->setVisible(relayPath);
    const int kind = m_kind->currentData().toInt();
    m_service->setEnabled(kind == MailService);
    const relay::RelayService* service =
        kind == MailService ? relay::RelayServices::builtIn().find(m_service->currentData().toString()) : nullptr;
    QString note;
    if (service) {
        note = service->ownEnvelope
                   ? tr("It sends with its own envelope sender, so receivers check SPF at its bounce domain, not at "
                        "yours: your SPF record needs no include for it, and DMARC passes through DKIM aligned with "
                        "your domain.")
                   : tr("SPF: include:%1 in the record of your domain.").arg(service->spfInclude);
        note += QLatin1Char(' ') + (service->dkim ? tr("It signs with DKIM for your domain once you publish its key.")
                                                  : tr("It does not sign with DKIM for your domain."));
        if (!service->publishes.isEmpty())
            note += QLatin1Char(' ') + tr("You publish: %1").arg(service->shownPublishes());
        note += QLatin1Char(' ') + tr("Submission: %1 port %2; the password is %3.")
                                       .arg(service->submission)
                                       .arg(service->port)
                                       .arg(service->shownLogin());
        if (!service->note.isEmpty())
            note += QLatin1Char(' ') + service->shownNote();
        note += QLatin1Char(' ') +
                (service->checked.isEmpty()
                     ? tr("(Source: %1; not every detail could be confirmed there.)").arg(service->source)
                     : tr("(Source: %1, checked %2.)").arg(service->source, service->checked));
    }
    m_serviceNote->setText(note);
    m_serviceNote->setVisible(service != nullptr);
    const bool bad = relayPath && !m_host->text().trimmed().isEmpty() && relayText().isEmpty();
    m_problem->setText(bad ? tr("'%1' is not HOST or HOST:PORT.").arg(m_host->text().trimmed()) : QString());
    m_problem->setVisible(bad);
    // Next waits for a relay it can use; say so beside it rather than leave it grey.
    QString needs;
    if (relayPath && relayText().isEmpty())
        needs = m_host->text().trimmed().isEmpty()
                    ? tr("To go on, type the relay's name into Relay host (or choose Direct delivery).")
                    : tr("To go on, correct Relay host: HOST or HOST:PORT.");
    setNextNeeds(needs);
    m_vpsLabel->setVisible(kind == OwnVps);
    m_vpsRow->setVisible(kind == OwnVps);
    updateLines();
    Q_EMIT completeChanged();
}

void DeliveryPage::updateLines()
{
    relay::RelaySettings s;
    const QString text = relayText();
    s.host = relay::relayHostName(text);
    s.port = text.isEmpty() ? 587 : relay::relayPort(text, 587);
    s.user = m_user->text().trimmed();
    s.mailHostname = model()->request().hostname;
    switch (m_mta->currentIndex()) {
    case 1:
        m_lines->setPlainText(relay::eximRelayConfig(s));
        break;
    case 2:
        m_lines->setPlainText(relay::opensmtpdRelayConfig(s));
        break;
    default:
        m_lines->setPlainText(relay::postfixRelayConfig(s));
        break;
    }
    m_vpsLines->setPlainText(relay::postfixVpsRelayConfig(s));
}

bool DeliveryPage::isComplete() const
{
    return CheckPage::isComplete() && (!relayChosen() || !relayText().isEmpty());
}

void DeliveryPage::applyChoice()
{
    CheckRequest r = model()->request();
    const QString before = r.relay + QLatin1Char('|') + r.relayInclude;
    if (relayChosen()) {
        const QString text = relayText();
        if (text.isEmpty()) {
            updateForm();
            return;
        }
        r.relay = text;
        r.relayInclude.clear();
        if (m_kind->currentData().toInt() == MailService)
            if (const auto* s = relay::RelayServices::builtIn().find(m_service->currentData().toString()))
                if (relay::RelayServices::builtIn().forHost(relay::relayHostName(text)) == s && !s->ownEnvelope)
                    r.relayInclude = s->spfInclude;
    } else {
        r.relay.clear();
        r.relayInclude.clear();
    }
    r.relayIps.clear();
    if (r.relay + QLatin1Char('|') + r.relayInclude == before && !needsRun())
        return;
    model()->setRequest(r);
    recheck();
}

bool DeliveryPage::validatePage()
{
    if (relayChosen() && relayText().isEmpty())
        return false;
    applyChoice();
    return true;
}

} // namespace mailready::ui
