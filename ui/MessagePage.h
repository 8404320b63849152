#pragma once

#include "receiver/MessageCheck.h"
#include "util/OwnedWork.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace mailready::ui {

class CheckPanel;
class VerdictBanner;
class WizardModel;

// "Test with a real message": what the receiver saw when the server really sent. The user pastes (or opens, or drops)
// the source of a test message as the receiver stored it; the same threshold cards as the other pages show the
// verdict, judged by the code of `mailready message`.
class MessagePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit MessagePage(WizardModel* model, QWidget* parent = nullptr);

    // Judges this text as a received message (what the Check button does), for tests and drops.
    void judge(const QByteArray& message);
    // Opens a saved message (what the Open button and a drop do): read on a worker thread, then judged.
    void loadFile(const QString& path);
    bool isJudging() const { return m_reading.isRunning() || m_work.isRunning(); }
    const std::optional<receiver::MessageVerdict>& verdict() const { return m_verdict; }
    // Explains a pasted rejection or bounce (what the Explain button does).
    void explainRejection(const QString& text);
    QString rejectionText() const;
    QString verdictText() const;

Q_SIGNALS:
    // A verdict or an explanation was shown: what the page holds (and so its Tab order) changed.
    void contentChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void paste();
    void openFile();
    void showVerdict(const receiver::MessageVerdict& verdict);
    void setJudging(bool judging);
    QWidget* makeRejectionBox(QWidget* parent);

    WizardModel* m_model;
    QPlainTextEdit* m_input;
    QPushButton* m_check;
    QProgressBar* m_progress;
    QLabel* m_inputProblem;
    VerdictBanner* m_banner;
    QLabel* m_connection;
    QLabel* m_note;
    CheckPanel* m_panel;
    QPlainTextEdit* m_rejection = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_openFix = nullptr;
    int m_fixPage = -1;
    std::optional<receiver::MessageVerdict> m_verdict;
    OwnedWork<receiver::MessageVerdict> m_work{this};
    struct FileRead
    {
        QByteArray bytes;
        QString error;
    };
    OwnedWork<FileRead> m_reading{this};
};

} // namespace mailready::ui
