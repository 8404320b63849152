#pragma once

#include "checks/CheckResult.h"

#include <QStringList>

// Reading a judge's CheckResult in the judges' table tests.
namespace mailready::test {

QStringList words(const char* text);                        // "pass fail" -> {"pass", "fail"}
QStringList itemStatuses(const CheckResult& result);        // {"pass", "fail", ...}
QStringList itemSubjectStatuses(const CheckResult& result); // {"192.0.2.25=pass", ...}
QString resultText(const CheckResult& result);              // summary, item details, findings (message | fix)

// The verdict a row expects: the check's status, its items' statuses and a piece of its text (`text` empty: the
// result has no finding at all). Records a failure in the running test like the QTest macros.
void verifyVerdict(const CheckResult& result, const QString& status, const QStringList& items, const QString& text);

} // namespace mailready::test
