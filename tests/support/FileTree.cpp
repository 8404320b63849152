#include "FileTree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace mailready::test {

QString describeEntry(const QString& path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    QString d = QStringLiteral("type %1 mode %2 rdev %3:%4")
                    .arg(st.st_mode & S_IFMT, 0, 8)
                    .arg(st.st_mode & 07777, 0, 8)
                    .arg(major(st.st_rdev))
                    .arg(minor(st.st_rdev));
    if (!S_ISDIR(st.st_mode))
        d += QStringLiteral(" size %1").arg(qint64(st.st_size));
    if (S_ISLNK(st.st_mode))
        d += QStringLiteral(" -> ") + QFile::symLinkTarget(path);
    if (S_ISREG(st.st_mode)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            d += QStringLiteral(" bytes ") + QString::fromLatin1(f.readAll().toHex());
    }
    return d;
}

QMap<QString, QString> snapshotTree(const QString& dir)
{
    QMap<QString, QString> all;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        all.insert(QDir(dir).relativeFilePath(path), describeEntry(path));
    }
    return all;
}

} // namespace mailready::test
