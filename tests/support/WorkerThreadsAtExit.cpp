// Linked into every test: as the application object goes (QTEST_MAIN destroys it before main returns), the worker
// pools finish their work and their threads exit, as the program's own main() makes them do. Nothing a test started
// in the background still runs while the libraries clean up at exit, where the sanitizer build would report it.
#include "util/WorkerThreads.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace {

void waitForWorkersAtExit()
{
    if (!mailready::waitForWorkerThreads(60000))
        qWarning("worker threads still busy 60 s after the test ended");
}

void registerWait()
{
    qAddPostRoutine(waitForWorkersAtExit);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(registerWait)
