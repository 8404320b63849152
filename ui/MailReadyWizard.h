#pragma once

#include "cli/Subcommand.h"
#include "run/CheckRequest.h"

#include <QWizard>

namespace mailready {
class CheckRunner;
}

namespace mailready::ui {

class ResultsPage;
class WelcomePage;

class MailReadyWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId, ResultsPageId };

    explicit MailReadyWizard(const cli::GlobalOptions& options, QWidget* parent = nullptr);

    // The request the pages describe: fields of the welcome page over the command line's global options.
    CheckRequest request() const;
    CheckRunner* runner() const { return m_runner; }

protected:
    void initializePage(int id) override;

private:
    cli::GlobalOptions m_options;
    CheckRunner* m_runner;
    WelcomePage* m_welcome;
    ResultsPage* m_results;
};

} // namespace mailready::ui
