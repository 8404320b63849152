#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mailready::cli {

// The text a command reads: FILE, or standard input for "-" or no FILE. At most limit + 1 bytes are read, so the
// caller can tell "larger than the limit" from "exactly the limit" and refuse it in its own words. Standard input
// that is a terminal is refused (a command waiting for a paste nobody is giving looks like a hang). Empty, with
// `error` set to one sentence, when it cannot be read.
std::optional<QByteArray> readInputFile(const QString& path, qsizetype limit, QString* error);

} // namespace mailready::cli
