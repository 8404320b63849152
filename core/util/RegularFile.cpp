#include "RegularFile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailready::util {

namespace {

// Closes the descriptor when the read is over, whichever way it ends.
struct Descriptor
{
    int fd;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

QString fileKind(unsigned mode)
{
    if (S_ISDIR(mode))
        return QCoreApplication::translate("RegularFile", "a folder");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("RegularFile", "a named pipe");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("RegularFile", "a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("RegularFile", "a device");
    return QCoreApplication::translate("RegularFile", "not a regular file");
}

std::optional<QByteArray> readRegularFile(const QString& path, qsizetype limit, QString* error, Oversize oversize)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = QCoreApplication::translate("RegularFile", "'%1' cannot be read: %2").arg(path, why);
        return std::nullopt;
    };
    if (path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("RegularFile", "no file was named (the value is empty)");
        return std::nullopt;
    }
    const Descriptor file{::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (file.fd < 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st
    {};
    if (::fstat(file.fd, &st) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    if (!S_ISREG(st.st_mode))
        return fail(QCoreApplication::translate("RegularFile", "it is %1, not a file").arg(fileKind(st.st_mode)));
    if (st.st_size > limit && oversize == Oversize::Refuse)
        return fail(QCoreApplication::translate("RegularFile", "it is larger than %1 bytes").arg(limit));
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const size_t wanted = std::min<size_t>(sizeof buffer, size_t(limit + 1 - data.size()));
        const ssize_t n = ::read(file.fd, buffer, wanted);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(QString::fromLocal8Bit(std::strerror(errno)));
        if (n == 0)
            break;
        data.append(buffer, n);
        if (data.size() > limit && oversize == Oversize::Truncate)
            return data.left(limit);
        if (data.size() > limit) // it grew while being read
            return fail(QCoreApplication::translate("RegularFile", "it is larger than %1 bytes").arg(limit));
    }
    return data;
}

} // namespace mailready::util
