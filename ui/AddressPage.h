#pragma once

#include "CheckPage.h"

class QLineEdit;
class QLabel;

namespace mailready::ui {

// The server's public address (found, then confirmed or corrected by the user) and its reverse DNS.
class AddressPage final : public CheckPage
{
    Q_OBJECT
public:
    explicit AddressPage(WizardModel* model, QWidget* parent = nullptr);
    void initializePage() override;

private:
    void useAddresses();
    void onResult(const QString& id);

    QLineEdit* m_addresses;
    QLabel* m_problem;
};

} // namespace mailready::ui
