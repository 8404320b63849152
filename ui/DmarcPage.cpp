#include "DmarcPage.h"

#include "RecordView.h"
#include "Settings.h"
#include "StatusIndicator.h"
#include "WizardModel.h"
#include "checks/CheckIds.h"
#include "checks/dmarc/DmarcCheck.h"
#include "dns/DnsName.h"
#include "report/RecordComposer.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mailready::ui {

using namespace mailready::checks::dmarc;

DmarcPage::DmarcPage(WizardModel* model, QWidget* parent)
    : CheckPage(model, {checkid::Dmarc}, parent), m_address(new QLineEdit),
      m_addressProblem(new QLabel), m_stages{new QRadioButton(tr("Stage &1: monitor only (p=none, with reports)")),
                                             new QRadioButton(tr("Stage &2: quarantine (p=quarantine)")),
                                             new QRadioButton(tr("Stage &3: reject (p=reject)"))},
      m_stageText(new QLabel), m_showAdvanced(new QCheckBox(tr("Show ad&vanced options"))),
      m_advanced(new QGroupBox(tr("Advanced"))),
      m_strict(new QCheckBox(tr("Stri&ct alignment (adkim=s; aspf=s): mail never comes from subdomains"))),
      m_np(new QCheckBox(tr("Refuse mail from made-up s&ubdomains in stage 3 (np=reject)"))),
      m_subdomainPolicy(new QComboBox), m_recordHolder(new QWidget), m_external(new QLabel)
{
    setObjectName(QStringLiteral("dmarc-page"));
    setTitle(tr("DMARC"));
    setSubTitle(tr("A DMARC record tells receivers what to do with mail in your name that fails SPF and DKIM, and "
                   "where to send reports about it. Go there in three steps, so your own mail is never blocked."));
    setLiveRecheck(true);

    auto* intro = new QLabel(tr("Start by only watching: receivers send you daily reports and block nothing. When the "
                                "reports show that all your own mail passes, ask for suspicious mail to go to the "
                                "spam folder (quarantine), and finally for it to be refused (reject)."));
    intro->setWordWrap(true);
    topLayout()->addWidget(intro);

    m_address->setObjectName(QStringLiteral("report-address"));
    m_address->setToolTip(tr("Receivers send their daily aggregate reports (rua=) here. Use a mailbox that can take "
                             "a few messages a day."));
    auto* addressLabel = new QLabel(tr("Reports &to:"));
    addressLabel->setBuddy(m_address);
    m_addressProblem->setObjectName(QStringLiteral("report-address-problem"));
    m_addressProblem->setTextFormat(Qt::PlainText);
    m_addressProblem->setWordWrap(true);
    StatusIndicator::markAsProblem(m_addressProblem);
    m_addressProblem->setVisible(false);
    auto* form = new QFormLayout;
    form->addRow(addressLabel, m_address);
    form->addRow(QString(), m_addressProblem);
    topLayout()->addLayout(form);

    auto* stageGroup = new QGroupBox(tr("Stage"));
    auto* stageLayout = new QVBoxLayout(stageGroup);
    auto* group = new QButtonGroup(this);
    for (int i = 0; i < 3; ++i) {
        m_stages[i]->setObjectName(QStringLiteral("stage-%1").arg(i + 1));
        group->addButton(m_stages[i], i);
        stageLayout->addWidget(m_stages[i]);
    }
    m_stages[0]->setChecked(true);
    m_stageText->setObjectName(QStringLiteral("stage-explanation"));
    m_stageText->setTextFormat(Qt::PlainText);
    m_stageText->setWordWrap(true);
    stageLayout->addWidget(m_stageText);
    topLayout()->addWidget(stageGroup);

    m_showAdvanced->setObjectName(QStringLiteral("show-advanced"));
    m_advanced->setObjectName(QStringLiteral("advanced"));
    m_strict->setObjectName(QStringLiteral("strict-alignment"));
    m_np->setObjectName(QStringLiteral("reject-nonexistent"));
    m_np->setChecked(true);
    m_subdomainPolicy->setObjectName(QStringLiteral("subdomain-policy"));
    m_subdomainPolicy->addItem(tr("Same as the domain (no sp=)"), -1);
    m_subdomainPolicy->addItem(tr("none"), int(Policy::None));
    m_subdomainPolicy->addItem(tr("quarantine"), int(Policy::Quarantine));
    m_subdomainPolicy->addItem(tr("reject"), int(Policy::Reject));
    auto* subLabel = new QLabel(tr("Sub&domain policy (sp=):"));
    subLabel->setBuddy(m_subdomainPolicy);
    auto* advancedLayout = new QFormLayout(m_advanced);
    advancedLayout->addRow(m_strict);
    advancedLayout->addRow(m_np);
    advancedLayout->addRow(subLabel, m_subdomainPolicy);
    m_advanced->setVisible(false);
    topLayout()->addWidget(m_showAdvanced);
    topLayout()->addWidget(m_advanced);

    m_recordHolder->setObjectName(QStringLiteral("dmarc-record"));
    auto* holderLayout = new QVBoxLayout(m_recordHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    topLayout()->addWidget(m_recordHolder);
    m_external->setObjectName(QStringLiteral("external-authorization"));
    m_external->setTextFormat(Qt::PlainText);
    m_external->setWordWrap(true);
    m_external->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_external->setVisible(false);
    topLayout()->addWidget(m_external);

    setTabOrder(m_address, m_stages[0]);
    setTabOrder(m_stages[0], m_showAdvanced);
    setTabOrder(m_showAdvanced, m_strict);
    setTabOrder(m_strict, m_np);
    setTabOrder(m_np, m_subdomainPolicy);
    m_address->installEventFilter(this);

    connect(m_address, &QLineEdit::textEdited, this, [this] { m_addressEdited = true; });
    for (QRadioButton* b : m_stages)
        connect(b, &QRadioButton::clicked, this, [this] { m_stageChosen = true; });
    // Until the user picks a stage, the one in force is shown: moving on is a decision made after reading reports.
    connect(model, &WizardModel::resultChanged, this, [this](const QString& id) {
        const CheckResult* r = this->model()->result(id);
        if (id != checkid::Dmarc || m_stageChosen || !r)
            return;
        const auto* details = r->detailsAs<checks::DmarcDetails>();
        const std::optional<checks::dmarc::Policy> policy = details ? details->policy : std::nullopt;
        if (policy && !m_stages[int(*policy)]->isChecked())
            m_stages[int(*policy)]->setChecked(true);
    });
    connect(m_address, &QLineEdit::textChanged, this, &DmarcPage::recompose);
    connect(group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            recompose();
    });
    connect(m_showAdvanced, &QCheckBox::toggled, m_advanced, &QWidget::setVisible);
    connect(m_strict, &QCheckBox::toggled, this, &DmarcPage::recompose);
    connect(m_np, &QCheckBox::toggled, this, &DmarcPage::recompose);
    connect(m_subdomainPolicy, &QComboBox::currentIndexChanged, this, &DmarcPage::recompose);
}

bool DmarcPage::isValidReportAddress(const QString& address, QString* why)
{
    auto fail = [why](const QString& text) {
        if (why)
            *why = text;
        return false;
    };
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (address.isEmpty())
        return fail(tr("Enter the address that should receive the reports."));
    if (at <= 0 || at == address.size() - 1)
        return fail(tr("'%1' is not a mail address: it needs a name, @ and a domain.").arg(address));
    const QString local = address.left(at);
    for (const QChar c : local)
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || QStringLiteral("@,;!<>\"()[]\\").contains(c))
            return fail(tr("'%1' cannot be used in a DMARC record: the part before @ may not hold spaces or any of "
                           ", ; ! < > \" ( ) [ ] \\.")
                            .arg(address));
    if (local.size() > 64)
        return fail(tr("The part before @ is longer than 64 characters."));
    const auto domain = dns::normalizeDomain(address.mid(at + 1));
    if (!domain || !domain->contains(QLatin1Char('.')))
        return fail(tr("'%1' is not a valid mail domain.").arg(address.mid(at + 1)));
    return true;
}

std::optional<ComposeOptions> DmarcPage::composeOptions() const
{
    const QString address = m_address->text().trimmed();
    if (m_domain.isEmpty() || !isValidReportAddress(address))
        return std::nullopt;
    ComposeOptions o;
    o.domain = m_domain;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    o.reportAddress = address.left(at) + QLatin1Char('@') + *dns::normalizeDomain(address.mid(at + 1));
    o.strictAlignment = m_strict->isChecked();
    o.rejectNonexistentSubdomains = m_np->isChecked();
    const int sp = m_subdomainPolicy->currentData().toInt();
    if (sp >= 0)
        o.subdomainPolicy = Policy(sp);
    return o;
}

int DmarcPage::stage() const
{
    for (int i = 0; i < 3; ++i)
        if (m_stages[i]->isChecked())
            return i;
    return 0;
}

void DmarcPage::recompose()
{
    QString why;
    const QString address = m_address->text().trimmed();
    const bool addressOk = isValidReportAddress(address, &why);
    m_addressProblem->setText(addressOk ? QString() : why);
    m_addressProblem->setVisible(!addressOk);

    QLayout* holder = m_recordHolder->layout();
    while (QLayoutItem* old = holder->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    const auto options = composeOptions();
    if (!options) {
        m_record.clear();
        m_stageText->clear();
        m_external->setVisible(false);
        model()->setRecords(checkid::Dmarc, {});
        Q_EMIT completeChanged();
        return;
    }
    settings::setValue(Setting::DmarcReportAddress, options->reportAddress);
    const QList<Stage> plan = composePlan(*options);
    const Stage& s = plan.at(stage());
    m_record = s.record;
    m_stageText->setText(s.explanation + QLatin1Char('\n') + tr("Next: %1").arg(s.advance));

    const report::PublishRecord rec =
        report::txtRecord(tr("DMARC policy for %1 (%2)").arg(m_domain, s.title), recordName(m_domain), s.record);
    QList<report::PublishRecord> records{rec};
    holder->addWidget(new RecordView(rec, m_recordHolder));

    const QString external = externalAuthorizationRecord(*options);
    m_external->setVisible(!external.isEmpty());
    if (!external.isEmpty()) {
        const QString destination = options->reportAddress.section(QLatin1Char('@'), -1).toLower();
        m_external->setText(tr("The reports go to another domain. Receivers only send them when %1 agrees, by "
                               "publishing this record there:\n%2")
                                .arg(destination, external));
        report::PublishRecord auth;
        auth.purpose = tr("Permission for %1 to receive DMARC reports about %2").arg(destination, m_domain);
        auth.name = QStringLiteral("%1._report._dmarc.%2.").arg(m_domain.toLower(), destination);
        auth.type = QStringLiteral("TXT");
        auth.value = QStringLiteral("v=DMARC1");
        auth.zoneLine = external;
        records << auth;
    }
    model()->setRecords(checkid::Dmarc, records);
    Q_EMIT completeChanged();
}

bool DmarcPage::isComplete() const
{
    return CheckPage::isComplete() && isValidReportAddress(m_address->text().trimmed());
}

bool DmarcPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the address field takes the address; it does not leave the page with a half-typed one.
    if (watched == m_address && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            recompose();
            if (isValidReportAddress(m_address->text().trimmed()))
                m_stages[stage()]->setFocus();
            return true;
        }
    }
    return CheckPage::eventFilter(watched, event);
}

void DmarcPage::initializePage()
{
    const QString domain = model()->request().domain;
    if (domain != m_domain) {
        m_domain = domain;
        if (!m_addressEdited) {
            const QString saved = settings::value(Setting::DmarcReportAddress);
            const QString savedDomain = saved.section(QLatin1Char('@'), -1);
            const bool savedFits = savedDomain == domain || savedDomain.endsWith(QLatin1Char('.') + domain);
            m_address->setText(savedFits ? saved : QStringLiteral("dmarc-reports@") + domain);
        }
    }
    recompose();
    CheckPage::initializePage();
}

} // namespace mailready::ui
