#pragma once

#include <QListWidget>

class QWizard;

namespace mailready::ui {

class WizardModel;

// The map of the journey, beside the pages: every step of the wizard with the live status of its checks (icon,
// shape and word, as everywhere), the current step marked. Activating a row (click, Enter) goes to that step: back
// through the steps already seen, or forward as far as the pages in between let the user go.
class StepMap final : public QListWidget
{
    Q_OBJECT
public:
    StepMap(QWizard* wizard, WizardModel* model);

    // Goes to `pageId` the way the user could with Back and Next; returns whether it got there.
    static bool goToPage(QWizard* wizard, int pageId);

    QSize sizeHint() const override;

private:
    void rebuild();
    void refresh();
    void onActivated(QListWidgetItem* item);

    QWizard* m_wizard;
    WizardModel* m_model;
};

} // namespace mailready::ui
