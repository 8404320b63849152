#pragma once

#include "DnsAnswer.h"

namespace mailready::dns {

// Every DNS question MailReady asks goes through this interface, passed into each check.
// query() blocks the calling (worker) thread and must be safe to call from many threads at once.
// It always returns within the implementation's configured bound; failures are outcomes, not exceptions.
class Resolver
{
public:
    virtual ~Resolver() = default;
    virtual Answer query(const QString& name, RRType type) = 0;
    // "127.0.0.1:5353" for each server in use, for reports.
    virtual QStringList servers() const = 0;
};

} // namespace mailready::dns
