#pragma once

#include "Report.h"
#include "checks/Check.h"
#include "util/OwnedWork.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace mailready {

using CheckList = std::vector<std::unique_ptr<Check>>;
using CheckFactory = std::function<CheckList()>;

// A fresh instance of every check of the registry (checks/CheckRegistry.h), in its order.
CheckList makeAllChecks();

struct RunCallbacks
{
    std::function<void(const QString& id)> started;
    std::function<void(const CheckResult& result)> finished;
    std::function<void(const QString& id, int done, int total)> progress;
};

// Runs the checks on worker threads and blocks the caller until all are done: checks that judge the sending
// addresses start as soon as those are known (given, or found by discovery), every other check at once.
// Callbacks are called from worker threads. The headless command line calls this directly.
Report executeChecks(const CheckRequest& request, CheckList& checks, const RunCallbacks& callbacks = {},
                     const std::atomic_bool* cancelled = nullptr);

// The asynchronous face for the wizard: start() returns at once; results come back as queued signals on the thread
// that owns the runner. A newer start(), or cancel(), supersedes the run before it: the older run is told to stop
// and nothing more of it is delivered. The runner owns its runs (util/OwnedWork.h): destroying it stops every run it
// started and waits until they have ended (each network step is bounded by its timeout), so no check outlives it.
class CheckRunner final : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(QObject* parent = nullptr);
    CheckRunner(CheckFactory factory, QObject* parent = nullptr);
    ~CheckRunner() override;

    // Starts a run of every check, or of those named in onlyIds; returns the run's generation number.
    int start(const CheckRequest& request, const QStringList& onlyIds = {});
    void cancel();
    int generation() const { return m_work.generation(); }
    bool isRunning() const { return m_work.isRunning(); }
    // Stops every run and blocks until all of them, superseded ones included, have ended; true when they did
    // within msecs (-1: no limit).
    bool waitForRuns(int msecs = -1);

Q_SIGNALS:
    void checkStarted(int generation, const QString& id);
    void checkFinished(int generation, const mailready::CheckResult& result);
    void checkProgress(int generation, const QString& id, int done, int total);
    void finished(int generation, const mailready::Report& report);

private:
    CheckFactory m_factory;
    OwnedWork<Report> m_work{this, checkThreadPool()}; // last: joined before the rest goes
};

} // namespace mailready
