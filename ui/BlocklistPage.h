#pragma once

#include "CheckPage.h"

class QLineEdit;

namespace mailready::ui {

// The blocklist step: every list's verdict, and the keys of the lists that answer only (or reliably only) with one:
// Spamhaus's Data Query Service (also ZRD and AuthBL), Abusix Mail Intelligence and SpamRATS. The keys are secrets:
// typed as passwords, kept in this run's request only, never saved and masked in every report.
class BlocklistPage final : public CheckPage
{
    Q_OBJECT
public:
    explicit BlocklistPage(WizardModel* model, QWidget* parent = nullptr);

private:
    void applyKeys();

    QLineEdit* m_dqs;
    QLineEdit* m_abusix;
    QLineEdit* m_spamrats;
};

} // namespace mailready::ui
