#include "Wording.h"

#include <QCoreApplication>

#include <atomic>

namespace mailready::checks {

static std::atomic<Audience> current{Audience::CommandLine};

void setAudience(Audience audience)
{
    current.store(audience);
}

Audience audience()
{
    return current.load();
}

QString retryLookupStep()
{
    return QCoreApplication::translate("Wording", "Check again once the nameserver answers.");
}

} // namespace mailready::checks
