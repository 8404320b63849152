#pragma once

#include "CheckPage.h"

#include <QHash>

namespace mailready::ui {

// All thresholds at once, re-checked live against the authoritative servers, and the PDF checklist.
class VerifyPage final : public CheckPage
{
    Q_OBJECT
public:
    explicit VerifyPage(WizardModel* model, QWidget* parent = nullptr);

    bool exportPdf(const QString& path, QString* error) const;

private:
    void onExport();
    void updateThresholds();

    QHash<QString, class StatusIndicator*> m_thresholds;
};

} // namespace mailready::ui
