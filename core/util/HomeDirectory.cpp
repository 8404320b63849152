#include "HomeDirectory.h"

#include <QFile>

#include <pwd.h>
#include <unistd.h>

namespace mailready {

std::optional<QString> ensureHomeDirectory()
{
    const QString home = qEnvironmentVariable("HOME");
    if (!home.isEmpty())
        return home;
    const passwd* entry = ::getpwuid(::getuid());
    if (!entry || !entry->pw_dir || entry->pw_dir[0] != '/')
        return std::nullopt;
    qputenv("HOME", QByteArray(entry->pw_dir));
    return QFile::decodeName(entry->pw_dir);
}

} // namespace mailready
