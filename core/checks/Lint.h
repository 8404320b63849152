#pragma once

#include <QString>

namespace mailready::checks {

// How a record reads against good practice, beside whether it is valid: the DKIM and DMARC record checks share it.
enum class Lint { Ok, Warn, Error };
QString lintName(Lint lint); // "ok", "warn", "error"

} // namespace mailready::checks
