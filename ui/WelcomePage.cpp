#include "WelcomePage.h"

#include "StatusIndicator.h"
#include "dns/DnsName.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace mailready::ui {

static QStringList splitList(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
}

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent), m_domain(new QLineEdit(this)), m_hostname(new QLineEdit(this)),
      m_addresses(new QLineEdit(this)), m_nameservers(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setTitle(tr("Your mail server"));
    setSubTitle(tr("MailReady checks what receivers require before they accept mail from a server: no blocklist "
                   "listing, reverse DNS, SPF, DKIM and DMARC. Start with the names your server uses."));

    m_domain->setObjectName(QStringLiteral("domain"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_domain->setToolTip(tr("The part after the @ in your mail addresses."));
    m_hostname->setObjectName(QStringLiteral("hostname"));
    m_hostname->setPlaceholderText(tr("mail.example.com"));
    m_hostname->setToolTip(tr("The name your mail server announces in EHLO (Postfix: myhostname)."));
    m_addresses->setObjectName(QStringLiteral("addresses"));
    m_addresses->setPlaceholderText(tr("found automatically when left empty"));
    m_addresses->setToolTip(tr("The public address(es) your server sends from, separated by spaces or commas."));
    m_nameservers->setObjectName(QStringLiteral("nameservers"));
    m_nameservers->setPlaceholderText(tr("the system's resolvers"));
    m_nameservers->setToolTip(tr("Send every DNS query to these servers, as HOST or HOST:PORT ([::1]:5353 for IPv6)."));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    StatusIndicator::markAsProblem(m_problem);

    auto* form = new QFormLayout;
    form->addRow(tr("Mail &domain:"), m_domain);
    form->addRow(tr("Mail server &hostname:"), m_hostname);
    form->addRow(tr("Server &addresses:"), m_addresses);

    auto* advanced = new QGroupBox(tr("Advanced"), this);
    auto* advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("&Nameservers:"), m_nameservers);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addWidget(m_problem);
    layout->addStretch();

    registerField(QStringLiteral("domain*"), m_domain);
    registerField(QStringLiteral("hostname"), m_hostname);
    registerField(QStringLiteral("addresses"), m_addresses);
    registerField(QStringLiteral("nameservers"), m_nameservers);

    for (QLineEdit* edit : {m_domain, m_hostname, m_addresses, m_nameservers})
        connect(edit, &QLineEdit::textChanged, this, &WelcomePage::updateProblems);
    updateProblems();
}

QString WelcomePage::domainProblem() const
{
    if (m_domain->text().trimmed().isEmpty())
        return tr("Enter your mail domain.");
    QString why;
    if (!dns::normalizeDomain(m_domain->text(), &why))
        return tr("Mail domain: %1.").arg(why);
    return {};
}

QString WelcomePage::hostnameProblem() const
{
    if (m_hostname->text().trimmed().isEmpty())
        return {};
    QString why;
    if (!dns::normalizeDomain(m_hostname->text(), &why))
        return tr("Mail server hostname: %1.").arg(why);
    return {};
}

QString WelcomePage::addressesProblem() const
{
    for (const QString& a : splitList(m_addresses->text())) {
        QString why;
        if (!dns::parseAddress(a, &why))
            return tr("Server addresses: %1.").arg(why);
    }
    return {};
}

QString WelcomePage::nameserversProblem() const
{
    for (const QString& s : splitList(m_nameservers->text())) {
        QString why;
        if (!dns::parseServerAddress(s, 53, &why))
            return tr("Nameservers: %1.").arg(why);
    }
    return {};
}

bool WelcomePage::isComplete() const
{
    return domainProblem().isEmpty() && hostnameProblem().isEmpty() && addressesProblem().isEmpty() &&
           nameserversProblem().isEmpty();
}

void WelcomePage::updateProblems()
{
    QStringList problems;
    // An empty domain is not an error yet: the user has not typed it.
    if (!m_domain->text().trimmed().isEmpty())
        problems << domainProblem();
    problems << hostnameProblem() << addressesProblem() << nameserversProblem();
    problems.removeAll(QString());
    m_problem->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

} // namespace mailready::ui
