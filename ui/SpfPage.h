#pragma once

#include "CheckPage.h"
#include "checks/spf/SpfEvaluator.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mailready::ui {

class AddressWarningLabel;
class RecordView;

// The SPF step: the record the domain publishes now and how it evaluates for each sending address, the choices
// (mx, a, a relay provider's include, what happens to everyone else), and the record to publish: a new one, or the
// smallest change to the published one when it does not authorize the server. DNS text is shown as plain text only.
class SpfPage final : public CheckPage
{
    Q_OBJECT
public:
    explicit SpfPage(WizardModel* model, QWidget* parent = nullptr);
    void initializePage() override;

    // The evaluation tree of one `spf` item's `tree` field as indented plain text (also used by tests).
    static QString treeText(const spf::EvalNode& node, int depth = 0);

private:
    void recompose();

    QPlainTextEdit* m_published;
    QPlainTextEdit* m_tree;
    QCheckBox* m_replace;
    QCheckBox* m_mx;
    QCheckBox* m_a;
    QLineEdit* m_include;
    QLabel* m_includeProblem;
    QComboBox* m_all;
    QLabel* m_note;
    AddressWarningLabel* m_addressWarning;
    QWidget* m_recordsBox;
    QList<RecordView*> m_views;
    QString m_resultDomain; // the domain the newest spf result is about
};

} // namespace mailready::ui
