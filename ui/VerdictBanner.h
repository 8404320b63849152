#pragma once

#include "checks/CheckResult.h"

#include <QFrame>
#include <QStringList>

class QLabel;

namespace mailready::ui {

class StatusIndicator;
class WizardModel;

// The first thing a check page shows: the verdict of its checks (the worst status, as icon, shape and word) and the
// one thing to do next, in a sentence; the cards with every detail come below.
class VerdictBanner final : public QFrame
{
    Q_OBJECT
public:
    VerdictBanner(WizardModel* model, const QStringList& ids, QWidget* parent = nullptr);
    // A banner over results that are not the model's (a received message's verdict); showResults fills it.
    explicit VerdictBanner(QWidget* parent);
    void showResults(const QList<CheckResult>& results, bool running = false);

    QString text() const; // what the banner says, for tests

private:
    void refresh();
    void display(const QList<const CheckResult*>& results, bool running);

    WizardModel* m_model;
    QStringList m_ids;
    StatusIndicator* m_status;
    QLabel* m_text;
};

} // namespace mailready::ui
