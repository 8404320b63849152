#include "KeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailready::crypto {

namespace {

QString errnoText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

WriteResult writeNewFile(const QString& path, const QByteArray& data, unsigned mode, QString* error)
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return WriteResult::Failed;
    };
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    struct stat st;
    if (::lstat(target.constData(), &st) == 0) {
        if (error)
            *error = QCoreApplication::translate("KeyFile", "%1 already exists; it is never overwritten").arg(path);
        return WriteResult::Exists;
    }

    // mkostemp opens with O_CREAT|O_EXCL and mode 0600; fchmod then sets the wanted mode whatever the umask.
    QByteArray temp = dir + "/." + QFile::encodeName(info.fileName()) + ".XXXXXX";
    Fd fd;
    fd.fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd.fd < 0)
        return fail(QCoreApplication::translate("KeyFile", "cannot create a file in %1: %2")
                        .arg(info.absolutePath(), errnoText(errno)));
    auto removeTemp = [&temp] { ::unlink(temp.constData()); };
    if (::fchmod(fd.fd, static_cast<mode_t>(mode)) != 0) {
        const int code = errno;
        removeTemp();
        return fail(QCoreApplication::translate("KeyFile", "cannot set the mode of %1: %2").arg(path, errnoText(code)));
    }
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd.fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int code = errno;
            removeTemp();
            return fail(QCoreApplication::translate("KeyFile", "cannot write %1: %2").arg(path, errnoText(code)));
        }
        written += n;
    }
    if (::fsync(fd.fd) != 0) {
        const int code = errno;
        removeTemp();
        return fail(QCoreApplication::translate("KeyFile", "cannot write %1 to disk: %2").arg(path, errnoText(code)));
    }
    // link() fails with EEXIST instead of replacing: a file created meanwhile by someone else is kept.
    if (::link(temp.constData(), target.constData()) != 0) {
        const int code = errno;
        removeTemp();
        if (code == EEXIST) {
            if (error)
                *error = QCoreApplication::translate("KeyFile", "%1 already exists; it is never overwritten").arg(path);
            return WriteResult::Exists;
        }
        return fail(QCoreApplication::translate("KeyFile", "cannot create %1: %2").arg(path, errnoText(code)));
    }
    removeTemp();
    Fd dirFd;
    dirFd.fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd.fd >= 0)
        ::fsync(dirFd.fd);
    return WriteResult::Written;
}

} // namespace mailready::crypto
