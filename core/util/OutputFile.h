#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mailready {

// The one way MailReady writes a file: the checklist PDF, the zone export, DKIM key and record files, watch units,
// the watch history, the blocklist keys of a schedule. What is at the path is never lost by surprise:
// - only a regular file or a new name is written; a folder, device, named pipe or socket is refused, and so is a
//   symbolic link (it is never followed: the link's target is someone else's file);
// - an existing file is replaced only when the caller says so (`--force`, the wizard's own overwrite question, a
//   file MailReady itself keeps such as the watch history), atomically and keeping the old file's mode;
// - a new file appears whole or not at all, linked into place so that a file made meanwhile is never replaced.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    struct Rules
    {
        bool replace = false;         // an existing regular file may be replaced (never a private key's)
        std::optional<unsigned> mode; // a new file's mode, whatever the umask; by default 0666 less the umask
    };

    // What went wrong, each with its own exit code on the command line (see cli::exitCodeFor).
    enum class Problem {
        None,
        Refused,      // not a regular file: a folder, a device, a pipe, a socket, a symbolic link
        Exists,       // a file is there and may not be replaced
        CannotCreate, // the folder is missing, read-only, not ours (EX_CANTCREAT)
        WriteFailed,  // writing, flushing or putting the file in place failed (EX_IOERR)
    };

    struct Result
    {
        Problem problem = Problem::None;
        QString message; // one sentence without its final dot, naming the path and the system's reason
        bool ok() const { return problem == Problem::None; }
    };

    // What writing to `path` would meet, decided from what is there now, without writing: for refusing a bad
    // destination before slow work. A folder that turns out read-only is only found by writing.
    static Result check(const QString& path, const Rules& rules);
    static Result write(const QString& path, const QByteArray& data, const Rules& rules);
    // `mkdir -p` with the system's reason on failure; folders it makes get `mode`.
    static Result makeDirectories(const QString& path, unsigned mode = 0755);
    // strerror(code) for the middle of a sentence: "permission denied".
    static QString reason(int code);
};

} // namespace mailready
