#pragma once

#include "checks/CheckRequest.h"

#include <QStringList>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace mailready::ui {

class CheckPanel;
class WizardModel;

// A wizard page about some checks: an optional widget of its own on top, the checks' results below, progress while
// they run, Re-check, and "keep checking" while the user publishes a record. It runs its checks when first shown
// and whenever what they depend on has changed since.
class CheckPage : public QWizardPage
{
    Q_OBJECT
public:
    CheckPage(WizardModel* model, const QStringList& ids, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    void setVisible(bool visible) override;

    const QStringList& ids() const { return m_ids; }
    void recheck();

protected:
    // Pages put their own widgets here, above the results.
    QVBoxLayout* topLayout() const { return m_top; }
    WizardModel* model() const { return m_model; }
    // True when the page's checks should run again on entering (inputs changed). Default: not run yet for them.
    virtual bool needsRun() const;
    // Whether a live (authoritative) re-check makes sense here: pages about records the user publishes.
    void setLiveRecheck(bool enabled);
    // What the page still needs before Next can go on, said beside the buttons (empty hides it): a disabled Next
    // with no word why leaves the user guessing.
    void setNextNeeds(const QString& text);

private:
    void onRunning(bool running);

    WizardModel* m_model;
    QStringList m_ids;
    QVBoxLayout* m_top;
    CheckPanel* m_panel;
    QProgressBar* m_progress;
    QPushButton* m_recheck;
    QPushButton* m_stop;
    QCheckBox* m_keepChecking;
    QLabel* m_liveStatus;
    QLabel* m_nextNeeds;
    std::optional<CheckRequest> m_lastRequest; // what the shown results were asked for
    bool m_live = false;
};

} // namespace mailready::ui
