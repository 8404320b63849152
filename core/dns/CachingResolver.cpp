#include "CachingResolver.h"

#include "DnsName.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

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

static QThreadPool* dnsThreadPool()
{
    // DNS is latency-bound: many more threads than cores, each mostly waiting on a socket.
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(128);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

QList<Answer> queryAll(Resolver& resolver, const QList<Question>& questions,
                       const std::function<void(int answered, int total)>& progress)
{
    QList<QFuture<Answer>> futures;
    futures.reserve(questions.size());
    for (const Question& q : questions)
        futures << QtConcurrent::run(dnsThreadPool(), [&resolver, q] { return resolver.query(q.name, q.type); });
    QList<Answer> answers;
    answers.reserve(questions.size());
    for (auto& f : futures) {
        answers << f.result();
        if (progress)
            progress(int(answers.size()), int(questions.size()));
    }
    return answers;
}

} // namespace mailready::dns
