#pragma once
// Helpers the wizard tests share: find a named field, and wait (spinning the event loop) until a run has ended.

#include "WizardModel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>

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

} // namespace mailready::test
