#pragma once

#include <QFutureWatcher>
#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;

namespace mailready::ui {

class WizardModel;

// "Keep watching this domain" on the last page: install or remove the schedule that runs the domain's checks
// (`mailready watch`), its state, and the domain's history when it has one.
class WatchBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit WatchBox(WizardModel* model, QWidget* parent = nullptr);

    // Reads the schedule's state and the history of the domain the wizard checks (in the background).
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Shown
    {
        bool installed = false;
        QString state;   // one line for people
        QString history; // lines for people; empty: no history yet
        QString error;   // of the last install or removal
    };
    void install();
    void remove();
    void showState(const Shown& shown);
    void watch(QFuture<Shown> work);
    static Shown stateOf(const QString& domain, const QString& error);

    WizardModel* m_model;
    QComboBox* m_interval;
    QPushButton* m_install;
    QPushButton* m_remove;
    QLabel* m_state;
    QLabel* m_history;
    QFutureWatcher<Shown> m_work;
};

} // namespace mailready::ui
