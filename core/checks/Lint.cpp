#include "Lint.h"

namespace mailready::checks {

QString lintName(Lint lint)
{
    switch (lint) {
    case Lint::Ok:
        return QStringLiteral("ok");
    case Lint::Warn:
        return QStringLiteral("warn");
    case Lint::Error:
        break;
    }
    return QStringLiteral("error");
}

} // namespace mailready::checks
