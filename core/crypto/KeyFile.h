#pragma once

#include <QByteArray>
#include <QString>

namespace mailready::crypto {

enum class WriteResult { Written, Exists, Failed };

// Creates `path` holding `data` with exactly `mode` (whatever the umask), atomically: the bytes go to a temporary
// file created with O_EXCL in the same directory, are fsync'ed, and the file is then linked into place with
// link(2), which never replaces an existing file. A failure at any step leaves no partial file behind.
WriteResult writeNewFile(const QString& path, const QByteArray& data, unsigned mode, QString* error = nullptr);

} // namespace mailready::crypto
