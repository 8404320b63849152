#include "CachingResolver.h"

#include "DnsName.h"
#include "util/WorkerThreads.h"

#include <QThreadPool>

#include <future>
#include <memory>
#include <vector>

namespace mailready::dns {

Answer CachingResolver::query(const QString& name, RRType type)
{
    const QString key = absoluteName(name) + QLatin1Char('/') + QString::number(static_cast<quint16>(type));
    std::promise<Answer> promise;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(key);
        if (it != m_entries.constEnd()) {
            const std::shared_future<Answer> pending = it.value();
            lock.unlock();
            return pending.get();
        }
        m_entries.insert(key, promise.get_future().share());
        ++m_networkQueries;
    }
    Answer answer = m_inner.query(name, type);
    promise.set_value(answer);
    return answer;
}

int CachingResolver::networkQueries() const
{
    QMutexLocker lock(&m_mutex);
    return m_networkQueries;
}

QList<Answer> queryAll(Resolver& resolver, const QList<Question>& questions,
                       const std::function<void(int answered, int total)>& progress)
{
    // Each question is a task of the DNS pool, answered through a promise the task keeps alive until it is done. The
    // calling thread only waits: it never runs a task itself (as QFuture::result() would), so every query runs on a
    // pool thread, which waitForWorkerThreads() knows about.
    std::vector<std::future<Answer>> futures;
    futures.reserve(static_cast<size_t>(questions.size()));
    for (const Question& q : questions) {
        auto promise = std::make_shared<std::promise<Answer>>();
        futures.push_back(promise->get_future());
        dnsThreadPool()->start([&resolver, q, promise] {
            prepareWorkerThread();
            promise->set_value(resolver.query(q.name, q.type));
        });
    }
    QList<Answer> answers;
    answers.reserve(questions.size());
    for (auto& f : futures) {
        answers << f.get();
        if (progress)
            progress(int(answers.size()), int(questions.size()));
    }
    return answers;
}

} // namespace mailready::dns
