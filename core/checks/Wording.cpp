#include "Wording.h"

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

} // namespace mailready::checks
