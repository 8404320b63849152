#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mailready::util {

// What a file that is not a regular one is, for a sentence: "a folder", "a named pipe", "a socket", "a device"
// (st_mode of stat(2)). OutputFile says the same of what is in the way of a file it writes.
QString fileKind(unsigned mode);

// What readRegularFile does with a file over its limit: refuse it, or hand on its first `limit` bytes (for a caller
// that reads one byte past its own limit to refuse in its own words).
enum class Oversize { Refuse, Truncate };

// The bytes of a file a user named (a key, a catalog, a message), read only when it is a regular file of at most
// `limit` bytes. A named pipe, a device, a socket or a folder is refused with a sentence instead of being read: a
// pipe nobody writes to would block for ever and /dev/zero would never end. It is opened without blocking, so even
// the open of a pipe returns at once. Empty, with `error` set to one sentence naming the path, when it cannot be read.
std::optional<QByteArray> readRegularFile(const QString& path, qsizetype limit, QString* error,
                                          Oversize oversize = Oversize::Refuse);

} // namespace mailready::util
