#pragma once
// Helpers the wizard tests share: find a named field, and wait (spinning the event loop) until a run has ended.

#include "WizardModel.h"

#include <QAbstractButton>
#include <QApplication>
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

// Where every shown widget of every window sits: two equal snapshots in a row mean the layouts have settled.
inline QList<QRect> shownGeometries()
{
    QList<QRect> all;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        all << top->geometry();
        for (QWidget* w : top->findChildren<QWidget*>())
            if (w->isVisible())
                all << w->geometry();
    }
    return all;
}

// Lets the layouts that follow a result settle: widgets shown or added by it are laid out by posted events, some of
// which post more (a container grows, then its parent), and a result still on its way from a worker may start
// another round. Waits until nothing has moved for two rounds in a row (at most `ms`); the number of rounds taken.
inline int settleLayouts(int ms = 3000)
{
    QElapsedTimer t;
    t.start();
    QList<QRect> before;
    int still = 0, round = 0;
    while (still < 2 && t.elapsed() < ms) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QTest::qWait(20);
        const QList<QRect> now = shownGeometries();
        still = now == before ? still + 1 : 0;
        before = now;
        ++round;
    }
    return round;
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
