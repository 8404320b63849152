#pragma once

#include "Resolver.h"

#include <QHash>
#include <QMutex>

#include <functional>
#include <future>

namespace mailready::dns {

// Wraps a resolver for the length of one check run: checks that ask the same question (the PTR of an IP, the SPF
// record) share one query, also while it is still in flight. Failures are shared too: within one run a timed-out
// question is not asked again, so a dead server costs one bound, not one per check.
class CachingResolver final : public Resolver
{
public:
    explicit CachingResolver(Resolver& inner) : m_inner(inner) {}

    Answer query(const QString& name, RRType type) override;
    QStringList servers() const override { return m_inner.servers(); }

    int networkQueries() const; // how many questions reached the inner resolver

private:
    Resolver& m_inner;
    mutable QMutex m_mutex;
    QHash<QString, std::shared_future<Answer>> m_entries;
    int m_networkQueries = 0;
};

struct Question
{
    QString name;
    RRType type = RRType::A;
};

// Asks all questions at once on the shared DNS thread pool and returns the answers in the same order.
// Blocks the calling thread, which must not itself be a task of that pool.
// `progress`, when set, is called on the calling thread with (answered, total) as answers come in.
QList<Answer> queryAll(Resolver& resolver, const QList<Question>& questions,
                       const std::function<void(int answered, int total)>& progress = {});

} // namespace mailready::dns
