#include "AddressPage.h"

#include "StatusIndicator.h"
#include "WizardModel.h"
#include "checks/CheckIds.h"
#include "checks/publicip/PublicIpCheck.h"
#include "dns/DnsName.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mailready::ui {

AddressPage::AddressPage(WizardModel* model, QWidget* parent)
    : CheckPage(model,
                {checkid::PublicIp, checkid::Ptr, checkid::Fcrdns, checkid::Ehlo, checkid::Smtp, checkid::Port25},
                parent),
      m_addresses(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setTitle(tr("Public address and reverse DNS"));
    setSubTitle(tr("Receivers look up the address your server sends from: it needs a reverse DNS (PTR) name that "
                   "points back to it and matches the name the server announces."));
    m_addresses->setObjectName(QStringLiteral("server-addresses"));
    m_addresses->setPlaceholderText(tr("203.0.113.5"));
    m_addresses->setToolTip(tr("The public address(es) your mail server sends from. The one found for this computer "
                               "is filled in; correct it if the server leaves by another address (VPN, another "
                               "line)."));
    m_problem->setTextFormat(Qt::PlainText);
    StatusIndicator::markAsProblem(m_problem);
    m_problem->setVisible(false);
    auto* use = new QPushButton(tr("&Use these addresses"), this);
    use->setObjectName(QStringLiteral("use-addresses"));
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Server &address:"), this);
    label->setBuddy(m_addresses);
    row->addWidget(label);
    row->addWidget(m_addresses, 1);
    row->addWidget(use);
    topLayout()->addLayout(row);
    topLayout()->addWidget(m_problem);
    connect(use, &QPushButton::clicked, this, &AddressPage::useAddresses);
    connect(m_addresses, &QLineEdit::returnPressed, this, &AddressPage::useAddresses);
    connect(model, &WizardModel::resultChanged, this, &AddressPage::onResult);
}

void AddressPage::initializePage()
{
    QStringList ips;
    for (const auto& a : model()->request().ips)
        ips << dns::addressText(a);
    m_addresses->setText(ips.join(QStringLiteral(", ")));
    CheckPage::initializePage();
}

void AddressPage::onResult(const QString& id)
{
    if (id != checkid::PublicIp || !m_addresses->text().trimmed().isEmpty())
        return;
    const CheckResult* r = model()->result(id);
    QStringList found;
    if (const auto* details = r->detailsAs<checks::PublicIpDetails>())
        for (const QHostAddress& a : details->addresses)
            found << dns::addressText(a);
    m_addresses->setText(found.join(QStringLiteral(", ")));
}

void AddressPage::useAddresses()
{
    QList<QHostAddress> ips;
    for (const QString& a :
         m_addresses->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
        QString why;
        const auto addr = dns::parseAddress(a, &why);
        if (!addr) {
            m_problem->setText(why + QLatin1Char('.'));
            m_problem->setVisible(true);
            return;
        }
        ips << *addr;
    }
    m_problem->setVisible(false);
    CheckRequest r = model()->request();
    r.ips = ips;
    model()->setRequest(r);
    recheck();
}

} // namespace mailready::ui
