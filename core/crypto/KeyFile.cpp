#include "KeyFile.h"

#include "util/OutputFile.h"

namespace mailready::crypto {

WriteResult writeNewFile(const QString& path, const QByteArray& data, unsigned mode, QString* error)
{
    const OutputFile::Result r = OutputFile::write(path, data, {false, mode});
    if (error)
        *error = r.message;
    switch (r.problem) {
    case OutputFile::Problem::None:
        return WriteResult::Written;
    case OutputFile::Problem::Refused:
    case OutputFile::Problem::Exists:
        return WriteResult::Exists;
    case OutputFile::Problem::CannotCreate:
    case OutputFile::Problem::WriteFailed:
        break;
    }
    return WriteResult::Failed;
}

} // namespace mailready::crypto
