#pragma once
// Helpers the wizard tests share: find a named field, and wait (spinning the event loop) until a run has ended.

#include "WizardModel.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QWizard>

namespace mailready::test {

inline QLineEdit* edit(QWidget& w, const char* name)
{
    auto* e = w.findChild<QLineEdit*>(QLatin1String(name));
    if (!e)
        qFatal("no field %s", name);
    return e;
}

// True when the model's run ended within ms; a run that has just been asked for may take one turn of the event
// loop to show as running, so the first wait comes before the first look.
inline bool waitIdle(ui::WizardModel* model, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    QTest::qWait(30);
    while (model->isRunning() && t.elapsed() < ms)
        QTest::qWait(20);
    return !model->isRunning();
}

// Lets the layouts that follow a result settle: widgets shown or added by it are laid out by posted events, some of
// which post more (a container grows, then its parent).
inline void settleLayouts()
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(20);
    }
}

// Presses Next as a user would; where the page wants a choice first (how mail leaves, on a line whose advice is a
// relay), direct delivery is chosen. Empty when the wizard moved on, else why it did not.
inline QString pressNext(QWizard& wizard)
{
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    if (!next->isEnabled())
        if (auto* direct = wizard.currentPage()->findChild<QAbstractButton*>(QStringLiteral("path-direct")))
            direct->click();
    const int before = wizard.currentId();
    if (!next->isEnabled())
        return QStringLiteral("Next is off on page %1").arg(before);
    next->click();
    return wizard.currentId() == before ? QStringLiteral("Next did not move on from page %1").arg(before) : QString();
}

} // namespace mailready::test
