#include "Status.h"

namespace mailready {

QString statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Unknown:
        return QStringLiteral("unknown");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("unknown");
}

std::optional<Status> statusFromName(const QString& name)
{
    for (Status s : {Status::Skipped, Status::Pass, Status::Warn, Status::Unknown, Status::Fail})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

Status worse(Status a, Status b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

} // namespace mailready
