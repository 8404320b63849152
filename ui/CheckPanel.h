#pragma once

#include "checks/CheckResult.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;

namespace mailready::ui {

class StatusIndicator;
class WizardModel;

// Shows the newest result of some checks, one block each: status (colour, icon and word), summary, what was found
// with the fix underneath, and the raw DNS evidence one click away. All text is plain text: DNS data is never
// interpreted as markup.
class CheckPanel final : public QWidget
{
    Q_OBJECT
public:
    CheckPanel(WizardModel* model, const QStringList& ids, QWidget* parent = nullptr);
    // A panel of results that are not the model's (a received message's verdict): it shows what showResults gives.
    explicit CheckPanel(QWidget* parent);
    void showResults(const QList<CheckResult>& results);

    const QStringList& ids() const { return m_ids; }
    // The findings as lines; with `longFixes`, a fix holding a token too long to wrap (a key record) is collected
    // there and its line points to the copyable box the panel shows it in instead.
    // With `everyReason`, a lone item that is not pass shows its detail when neither summary nor findings say it.
    static QString findingsText(const CheckResult& result, QStringList* longFixes = nullptr, bool everyReason = false);
    static QString evidenceText(const CheckResult& result);

private:
    struct Block
    {
        StatusIndicator* indicator = nullptr;
        QLabel* title = nullptr;
        QLabel* summary = nullptr;
        QLabel* details = nullptr;
        QToolButton* evidenceButton = nullptr;
        QPlainTextEdit* evidence = nullptr;
        QWidget* fixes = nullptr; // the long fixes, each wrapped anywhere, with a Copy button
    };
    void addBlock(const QString& id, const QString& title);
    void refresh(const QString& id);
    void setRunning(bool running);
    static void speak(const Block& b);
    void showLongFixes(Block& b, const QStringList& fixes);

    WizardModel* m_model;
    QStringList m_ids;
    QHash<QString, Block> m_blocks;
    QHash<QString, CheckResult> m_fixed; // without a model: the results shown
};

} // namespace mailready::ui
