#pragma once

#include "run/CheckRequest.h"
#include "run/Report.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mailready {
class CheckRunner;
}

namespace mailready::ui {

// Shows every check with its status as results arrive, the findings of the selected one, and a Re-check button.
class ResultsPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultsPage(CheckRunner* runner, QWidget* parent = nullptr);

    void setRequest(const CheckRequest& request) { m_request = request; }
    void initializePage() override;
    bool isComplete() const override;

    void recheck();
    bool isRunning() const;
    const Report& lastReport() const { return m_report; }

Q_SIGNALS:
    void runFinished();

private:
    void onStarted(int generation, const QString& id);
    void onFinished(int generation, const CheckResult& result);
    void onRunFinished(int generation, const Report& report);
    void showDetails();
    QTreeWidgetItem* rowFor(const QString& id, const QString& title);

    CheckRunner* m_runner;
    CheckRequest m_request;
    Report m_report;
    QHash<QString, CheckResult> m_results;
    QTreeWidget* m_list;
    QPlainTextEdit* m_details;
    QProgressBar* m_progress;
    QLabel* m_overall;
    QPushButton* m_recheck;
    int m_expected = 0;
    int m_done = 0;
};

} // namespace mailready::ui
