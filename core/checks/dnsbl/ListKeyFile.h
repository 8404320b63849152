#pragma once

#include "checks/CheckRequest.h"

#include <QStringList>

namespace mailready::checks::dnsbl {

// The blocklists' keys (Spamhaus DQS, Abusix, SpamRATS) are credentials: given on the command line for one run, or
// kept in a private key file (the command line's words, not the wizard's: English only) of their own (a schedule's,
// never its unit file, which others may read) with one line per key, named like the option: "spamhaus-dqs-key = KEY".
// Lines starting with # are comments.
class ListKeyFile
{
public:
    // The options, without "--": spamhaus-dqs-key, abusix-key, spamrats-key.
    static const QStringList& optionNames();
    // The request's field for an option of optionNames().
    static QString* field(CheckRequest& request, const QString& option);
    static bool hasAny(const CheckRequest& request);
    // The key file's text for the request's keys.
    static QByteArray fileText(const CheckRequest& request);
    // Reads the key file into the request. A file that others may read or write, a line that is not a known key,
    // an invalid key or one already given is refused with the reason (which never holds a key).
    static bool readFile(const QString& path, CheckRequest& request, QString* why);
    // A command line (a unit's ExecStart, what `watch status` shows) with every key after its option masked.
    static QString masked(const QString& commandLine);
};

} // namespace mailready::checks::dnsbl
