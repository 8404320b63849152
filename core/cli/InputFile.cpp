#include "InputFile.h"

#include "util/RegularFile.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace mailready::cli {

std::optional<QByteArray> readInputFile(const QString& path, qsizetype limit, QString* error)
{
    QFile file;
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (isatty(STDIN_FILENO)) {
            *error = QStringLiteral("give a file, or pipe the text in ('-' reads stdin, which is a terminal here).");
            return std::nullopt;
        }
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("stdin cannot be read.");
            return std::nullopt;
        }
    } else {
        // A named file is read only when it is a regular one: opening a named pipe would wait for a writer.
        auto bytes = util::readRegularFile(path, limit + 1, error, util::Oversize::Truncate);
        if (!bytes)
            *error += QLatin1Char('.');
        return bytes;
    }
    // A pipe gives what has arrived so far; read until the end or one byte past the limit.
    QByteArray data;
    while (data.size() <= limit) {
        const QByteArray chunk = file.read(limit + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (file.error() != QFileDevice::NoError && data.isEmpty()) {
        *error = QStringLiteral("'%1' cannot be read: %2.")
                     .arg(path.isEmpty() ? QStringLiteral("-") : path, file.errorString());
        return std::nullopt;
    }
    return data;
}

} // namespace mailready::cli
