#pragma once

#include <QString>

#include <optional>

namespace mailready {

// The user's home folder for the files MailReady keeps (settings, watch units, history): $HOME, or when that is unset
// or empty, the home folder of the password database's entry for the user, which is then put into HOME so that Qt's
// paths (QDir::homePath, QStandardPaths, QSettings) agree. Without either, nothing: Qt would fall back to "/", and
// MailReady would write to /.config.
std::optional<QString> ensureHomeDirectory();

} // namespace mailready
