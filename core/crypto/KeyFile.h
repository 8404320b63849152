#pragma once

#include <QByteArray>
#include <QString>

namespace mailready::crypto {

enum class WriteResult { Written, Exists, Failed };

// Creates the private key file `path` holding `data` with exactly `mode` (whatever the umask), through OutputFile:
// atomically, never replacing anything (an existing file, a link, a device: Exists), no partial file on failure.
WriteResult writeNewFile(const QString& path, const QByteArray& data, unsigned mode, QString* error = nullptr);

} // namespace mailready::crypto
