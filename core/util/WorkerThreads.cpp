#include "WorkerThreads.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <openssl/crypto.h>

namespace mailready {

QThreadPool* checkThreadPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(64);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

QThreadPool* dnsThreadPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(128);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

QThreadPool* dnsServerThreadPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(256);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

void prepareWorkerThread()
{
    thread_local bool prepared = false;
    if (prepared)
        return;
    prepared = true;
    // QThread::finished is emitted by the ending thread itself, before wait() returns and before the pool counts the
    // thread as gone; a connection without a receiver runs right there, in that thread.
    QObject::connect(QThread::currentThread(), &QThread::finished, [] { OPENSSL_thread_stop(); });
}

bool waitForWorkerThreads(int msecs)
{
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs));
    auto left = [&deadline] { return deadline.isForever() ? -1 : int(std::max<qint64>(0, deadline.remainingTime())); };
    // Checks first: they are what gives the DNS pool its work.
    bool done = checkThreadPool()->waitForDone(left());
    done = dnsThreadPool()->waitForDone(left()) && done;
    done = dnsServerThreadPool()->waitForDone(left()) && done;
    done = QThreadPool::globalInstance()->waitForDone(left()) && done;
    return done;
}

} // namespace mailready
