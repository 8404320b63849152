#pragma once

#include "WorkerThreads.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace mailready {

// Background work whose result belongs to an owner object, the pattern the wizard's pages and models need:
// - start() runs `work` on a pool thread and calls `done` with its result on the owner's thread;
// - a newer start(), or cancel(), supersedes the run before it: its cancel flag turns true and its result is dropped;
// - join() (and so the destructor) cancels every run and waits until each has ended, so no work outlives the object
//   that would receive its result. Work must end by itself when its flag turns true or its own timeouts pass.
// Declare it as a member after everything `work` and `done` use, so it is destroyed (and joins) first. A target
// that uses it links Qt6::Concurrent (the wizard does; the layers below keep it private).
template <class Result> class OwnedWork
{
public:
    using Work = std::function<Result(const std::atomic_bool& cancelled)>;
    using Done = std::function<void(const Result& result)>;

    explicit OwnedWork(QObject* owner) : m_owner(owner) {}
    ~OwnedWork() { join(); }
    OwnedWork(const OwnedWork&) = delete;
    OwnedWork& operator=(const OwnedWork&) = delete;

    void start(Work work, Done done)
    {
        cancel();
        m_runs.removeIf([](const Run& r) { return r.future.isFinished(); });
        const int generation = ++m_generation;
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        auto* watcher = new QFutureWatcher<Result>(m_owner);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
                         [this, watcher, generation, done = std::move(done)] {
                             watcher->deleteLater();
                             if (generation != m_generation || !m_running)
                                 return; // superseded, or cancelled
                             m_running = false;
                             done(watcher->result());
                         });
        const QFuture<Result> future = QtConcurrent::run([work = std::move(work), cancelled] {
            prepareWorkerThread();
            return work(*cancelled);
        });
        m_runs.append({QFuture<void>(future), cancelled});
        m_running = true;
        watcher->setFuture(future);
    }

    // The run under way, if any, is superseded: its result is dropped.
    void cancel()
    {
        m_running = false;
        if (!m_runs.isEmpty())
            m_runs.last().cancelled->store(true);
    }

    // Cancels every run and waits until each has ended.
    void join()
    {
        m_running = false;
        for (Run& r : m_runs) {
            r.cancelled->store(true);
            r.future.waitForFinished();
        }
        m_runs.clear();
    }

    bool isRunning() const { return m_running; }

private:
    struct Run
    {
        QFuture<void> future;
        std::shared_ptr<std::atomic_bool> cancelled;
    };
    QObject* m_owner;
    QList<Run> m_runs; // every run not known to have ended
    int m_generation = 0;
    bool m_running = false;
};

} // namespace mailready
