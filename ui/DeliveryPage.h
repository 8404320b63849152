#pragma once

#include "CheckPage.h"
#include "report/PathAdvisor.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace mailready {
class CheckRunner;
}

namespace mailready::ui {

// How mail leaves: straight from the home server, or through a relay (ISP smarthost, own VPS, mail service). The
// page reads the home line (blocklists, reverse DNS, port 25, a changed address) in a run of its own, proposes a
// path with its reasons, lets the user choose, and for a relay shows the MTA lines to copy. The choice goes into the
// model's request, so this page's checks and every later page judge the path that is really used.
class DeliveryPage final : public CheckPage
{
    Q_OBJECT
public:
    explicit DeliveryPage(WizardModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    const report::DeliveryAdvice& advice() const { return m_advice; }
    bool adviceReady() const { return m_adviceReady; }
    // Writes the choice into the model's request and checks the path again.
    void applyChoice();

Q_SIGNALS:
    void adviceChanged();

private:
    enum Kind { IspSmarthost, OwnVps, MailService };
    void startAdvice();
    void onAdvice(const Report& report);
    void updateForm();
    void updateLines();
    QString relayText() const; // HOST[:PORT] as entered, empty when invalid
    bool relayChosen() const;

    CheckRunner* m_adviceRunner;
    report::DeliveryAdvice m_advice;
    bool m_adviceReady = false;
    bool m_userChose = false;
    QString m_adviceKey;

    QLabel* m_adviceLabel;
    QRadioButton* m_direct;
    QRadioButton* m_relay;
    QGroupBox* m_relayBox;
    QComboBox* m_kind;
    QComboBox* m_service;
    QLabel* m_serviceNote;
    QLineEdit* m_host;
    QLineEdit* m_user;
    QLabel* m_problem;
    QComboBox* m_mta;
    QPlainTextEdit* m_lines;
    QLabel* m_vpsLabel;
    QPlainTextEdit* m_vpsLines;
    QWidget* m_vpsRow;
};

} // namespace mailready::ui
