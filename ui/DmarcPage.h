#pragma once

#include "CheckPage.h"
#include "checks/dmarc/DmarcComposer.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace mailready::ui {

// DMARC: the staged plan (monitor, quarantine, reject) in plain words, the report address, the record for the chosen
// stage to publish, and the check of the record that is published now.
class DmarcPage final : public CheckPage
{
    Q_OBJECT
public:
    explicit DmarcPage(WizardModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The options the page's inputs stand for; nullopt while the report address is not valid.
    std::optional<checks::dmarc::ComposeOptions> composeOptions() const;
    int stage() const; // 0, 1 or 2
    QString composedRecord() const { return m_record; }
    // A mail address a rua= mailto: URI can carry, or nullopt with *why set.
    static bool isValidReportAddress(const QString& address, QString* why = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void recompose();

    QLineEdit* m_address;
    QLabel* m_addressProblem;
    QRadioButton* m_stages[3];
    QLabel* m_stageText;
    QCheckBox* m_showAdvanced;
    QGroupBox* m_advanced;
    QCheckBox* m_strict;
    QCheckBox* m_np;
    QComboBox* m_subdomainPolicy;
    QWidget* m_recordHolder;
    QLabel* m_external;
    QString m_domain;
    QString m_record;
    bool m_addressEdited = false;
    bool m_stageChosen = false;
};

} // namespace mailready::ui
