#pragma once

#include <QString>

#include <optional>

namespace mailready {

// The contract's statuses. The enum order is the aggregation order: pass < warn < unknown < fail.
enum class Status { Skipped, Pass, Warn, Unknown, Fail };

QString statusName(Status status); // "pass", "warn", "unknown", "fail", "skipped"
std::optional<Status> statusFromName(const QString& name);
// The worse of two statuses; skipped never wins over a real status.
Status worse(Status a, Status b);

enum class Severity { Info, Warning, Error };
QString severityName(Severity severity); // "info", "warning", "error"

} // namespace mailready
