#pragma once

#include <QMap>
#include <QString>

// What a folder holds, as the file system has it, for tests that prove a command left everything as it was.
namespace mailready::test {

// One entry, not following a link: type, mode, device numbers, size, a regular file's bytes and a link's target
// ("missing" when there is none). A folder's size is left out: it changes with what is made inside the folder, which
// the entries themselves show.
QString describeEntry(const QString& path);

// Every entry under `dir` (hidden ones and temporary files left behind included): relative path -> describeEntry.
QMap<QString, QString> snapshotTree(const QString& dir);

} // namespace mailready::test
