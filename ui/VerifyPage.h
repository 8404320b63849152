#pragma once

#include "CheckPage.h"

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
};

} // namespace mailready::ui
