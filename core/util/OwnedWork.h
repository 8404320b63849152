#pragma once

#include "WorkerThreads.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace mailready {

// Background work whose result belongs to an owner object, the pattern the wizard's pages and models need:
// - start() runs `work` on a pool thread and calls `done` with its result on the owner's thread;
// - on the way, the work may hand calls to the owner's thread (Run::post), delivered in order and before the result;
// - a newer start(), or cancel(), supersedes the run before it: its cancel flag turns true, nothing more it posts is
//   delivered, and its result goes to `dropped` (when given) instead of `done`;
// - join() (and so the destructor) cancels every run and waits until each has ended, so no work outlives the object
//   that would receive its result. Work must end by itself when its flag turns true or its own timeouts pass.
// Declare it as a member after everything `work` and `done` use, so it is destroyed (and joins) first. A target
// that uses it links Qt6::Concurrent (the wizard does; the layers below keep it private).
template <class Result> class OwnedWork
{
    struct State
    {
        std::atomic_bool cancelled{false};
        int generation = 0;
    };

public:
    // What a run sees of itself, on its pool thread.
    class Run
    {
    public:
        const std::atomic_bool& cancelled() const { return m_state->cancelled; }
        bool isCancelled() const { return m_state->cancelled.load(std::memory_order_relaxed); }
        // Calls `call` on the owner's thread, unless by then this run has been superseded or cancelled, or the owner
        // is gone.
        void post(std::function<void()> call) const
        {
            QMetaObject::invokeMethod(
                m_work->m_owner,
                [work = m_work, state = m_state, call = std::move(call)] {
                    if (work->isCurrent(*state))
                        call();
                },
                Qt::QueuedConnection);
        }

    private:
        friend class OwnedWork;
        Run(OwnedWork* work, std::shared_ptr<State> state) : m_work(work), m_state(std::move(state)) {}
        OwnedWork* m_work;
        std::shared_ptr<State> m_state;
    };

    using Work = std::function<Result(const Run& run)>;
    using Done = std::function<void(const Result& result)>;

    // Work runs on `pool`, QThreadPool::globalInstance() when none is given.
    explicit OwnedWork(QObject* owner, QThreadPool* pool = nullptr) : m_owner(owner), m_pool(pool) {}
    ~OwnedWork() { join(); }
    OwnedWork(const OwnedWork&) = delete;
    OwnedWork& operator=(const OwnedWork&) = delete;

    // Starts a run and returns its generation number (1, 2, ...).
    int start(Work work, Done done, Done dropped = {})
    {
        cancel();
        m_runs.removeIf([](const Entry& r) { return r.future.isFinished(); });
        auto state = std::make_shared<State>();
        state->generation = ++m_generation;
        auto task = [this, work = std::move(work), done = std::move(done), dropped = std::move(dropped), state] {
            prepareWorkerThread();
            const Run run(this, state);
            Result result = work(run);
            // Queued like the run's posts, so it arrives after them; dropped with the owner if that is gone.
            QMetaObject::invokeMethod(
                m_owner,
                [this, state, done, dropped, result = std::move(result)] {
                    if (isCurrent(*state)) {
                        m_running = false;
                        done(result);
                    } else if (dropped && !m_joined) {
                        dropped(result);
                    }
                },
                Qt::QueuedConnection);
        };
        QThreadPool* pool = m_pool ? m_pool : QThreadPool::globalInstance();
        m_runs.append({QtConcurrent::run(pool, std::move(task)), state});
        m_running = true;
        m_joined = false;
        return m_generation;
    }

    // The run under way, if any, is superseded: its flag turns true and its result is dropped.
    void cancel()
    {
        m_running = false;
        if (!m_runs.isEmpty())
            m_runs.last().state->cancelled.store(true);
    }

    // Cancels every run and waits until each has ended; true when they did within msecs (-1: no limit). Results
    // that arrive afterwards go nowhere.
    bool join(int msecs = -1)
    {
        m_running = false;
        m_joined = true;
        for (Entry& r : m_runs)
            r.state->cancelled.store(true);
        const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs));
        while (!m_runs.isEmpty()) {
            QFuture<void>& f = m_runs.first().future;
            if (deadline.isForever()) {
                f.waitForFinished();
            } else {
                // QFuture has no bounded wait; poll the few runs there are.
                while (!f.isFinished()) {
                    if (deadline.hasExpired())
                        return false;
                    QThread::msleep(5);
                }
            }
            m_runs.removeFirst();
        }
        return true;
    }

    bool isRunning() const { return m_running; }
    // The generation of the newest run (0 before the first).
    int generation() const { return m_generation; }

private:
    bool isCurrent(const State& state) const { return m_running && state.generation == m_generation; }

    struct Entry
    {
        QFuture<void> future;
        std::shared_ptr<State> state;
    };
    QObject* m_owner;
    QThreadPool* m_pool;
    QList<Entry> m_runs; // every run not known to have ended
    int m_generation = 0;
    bool m_running = false;
    bool m_joined = false;
};

} // namespace mailready
