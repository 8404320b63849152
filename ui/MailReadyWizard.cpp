#include "MailReadyWizard.h"

#include "ResultsPage.h"
#include "WelcomePage.h"
#include "run/CheckRunner.h"

#include <QRegularExpression>

namespace mailready::ui {

MailReadyWizard::MailReadyWizard(const cli::GlobalOptions& options, QWidget* parent)
    : QWizard(parent), m_options(options), m_runner(new CheckRunner(this)), m_welcome(new WelcomePage(this)),
      m_results(new ResultsPage(m_runner, this))
{
    setObjectName(QStringLiteral("wizard"));
    setWindowTitle(tr("MailReady"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, m_welcome);
    setPage(ResultsPageId, m_results);
    setMinimumSize(720, 520);
}

CheckRequest MailReadyWizard::request() const
{
    CheckRequest r;
    r.domain = dns::normalizeDomain(field(QStringLiteral("domain")).toString()).value_or(QString());
    r.hostname = dns::normalizeDomain(field(QStringLiteral("hostname")).toString()).value_or(QString());
    const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (const QString& a : field(QStringLiteral("addresses")).toString().split(separators, Qt::SkipEmptyParts))
        if (const auto addr = dns::parseAddress(a))
            r.ips << *addr;
    r.resolver = m_options.resolverConfig();
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
    if (id == ResultsPageId)
        m_results->setRequest(request());
    QWizard::initializePage(id);
}

} // namespace mailready::ui
