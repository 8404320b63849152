#pragma once

#include <QStringList>

// Assertions about the command line shared by the tests of every subcommand.
namespace mailready::test {

// Runs mailready with `arguments` and verifies the contract's usage error: exit code 64, nothing on stdout, one line
// on stderr that starts with "mailready: " and contains `message` (any message when empty). Like the QTest macros,
// it records a failure in the running test; the caller returns when QTest::currentTestFailed().
void verifyUsageError(const QStringList& arguments, const QString& message = {});

} // namespace mailready::test
