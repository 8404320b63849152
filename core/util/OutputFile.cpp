#include "OutputFile.h"

#include "RegularFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailready {

namespace {

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    // close(2) reports delayed write errors (NFS, quotas): its result counts.
    int release()
    {
        const int r = ::close(fd);
        fd = -1;
        return r;
    }
};

OutputFile::Result problem(OutputFile::Problem kind, const QString& message)
{
    return {kind, message};
}

mode_t currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

bool writeAll(int fd, const QByteArray& data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        written += n;
    }
    return true;
}

} // namespace

QString OutputFile::reason(int code)
{
    QString text = QString::fromLocal8Bit(std::strerror(code));
    if (text.size() > 1 && text.at(0).isUpper() && text.at(1).isLower())
        text[0] = text.at(0).toLower();
    return text;
}

OutputFile::Result OutputFile::check(const QString& path, const Rules& rules)
{
    const QByteArray target = QFile::encodeName(path);
    struct stat st;
    if (::lstat(target.constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return problem(Problem::Refused, tr("%1 is a symbolic link, and MailReady does not write through links: "
                                                "name the file itself")
                                                 .arg(path));
        if (!S_ISREG(st.st_mode))
            return problem(Problem::Refused,
                           tr("%1 is %2, not a file: name a new file").arg(path, util::fileKind(st.st_mode)));
        if (!rules.replace)
            return problem(Problem::Exists, tr("%1 already exists").arg(path));
        return {};
    }
    if (errno != ENOENT)
        return problem(Problem::CannotCreate, tr("cannot create %1: %2").arg(path, reason(errno)));
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::stat(dir.constData(), &st) != 0)
        return problem(Problem::CannotCreate, tr("cannot create %1: %2").arg(path, reason(errno)));
    if (!S_ISDIR(st.st_mode))
        return problem(Problem::CannotCreate, tr("cannot create %1: %2").arg(path, reason(ENOTDIR)));
    return {};
}

OutputFile::Result OutputFile::write(const QString& path, const QByteArray& data, const Rules& rules)
{
    if (Result r = check(path, rules); !r.ok())
        return r;
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    struct stat old;
    const bool replacing = ::lstat(target.constData(), &old) == 0;
    const mode_t mode = replacing    ? (old.st_mode & 07777)
                        : rules.mode ? static_cast<mode_t>(*rules.mode)
                                     : (0666 & ~currentUmask());

    // The bytes go to a temporary file (O_EXCL, mode 0600) in the same folder first, so the file appears whole.
    QByteArray temp = dir + "/." + QFile::encodeName(info.fileName()) + ".XXXXXX";
    Fd fd;
    fd.fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd.fd < 0)
        return problem(Problem::CannotCreate, tr("cannot create %1: %2").arg(path, reason(errno)));
    auto failed = [&temp, &path](Problem kind, const QString& text) {
        const int code = errno;
        ::unlink(temp.constData());
        return problem(kind, text.arg(path, reason(code)));
    };
    if (::fchmod(fd.fd, mode) != 0)
        return failed(Problem::CannotCreate, tr("cannot set the mode of %1: %2"));
    if (!writeAll(fd.fd, data) || ::fsync(fd.fd) != 0 || fd.release() != 0)
        return failed(Problem::WriteFailed, tr("cannot write %1: %2"));

    if (replacing) {
        // Only a regular file is replaced: a link or device put there meanwhile is refused, not renamed over.
        if (Result r = check(path, rules); !r.ok()) {
            ::unlink(temp.constData());
            return r;
        }
        if (::rename(temp.constData(), target.constData()) != 0)
            return failed(Problem::WriteFailed, tr("cannot replace %1: %2"));
    } else if (::link(temp.constData(), target.constData()) != 0) {
        // link() fails with EEXIST instead of replacing: a file created meanwhile by someone else is kept.
        if (errno == EEXIST) {
            ::unlink(temp.constData());
            return problem(Problem::Exists, tr("%1 already exists").arg(path));
        }
        return failed(Problem::CannotCreate, tr("cannot create %1: %2"));
    } else {
        ::unlink(temp.constData());
    }
    Fd dirFd;
    dirFd.fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd.fd >= 0)
        ::fsync(dirFd.fd);
    return {};
}

OutputFile::Result OutputFile::makeDirectories(const QString& path, unsigned mode)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString sofar;
    for (const QString& part : absolute.split(u'/', Qt::SkipEmptyParts)) {
        sofar += u'/' + part;
        const QByteArray name = QFile::encodeName(sofar);
        struct stat st;
        if (::stat(name.constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode))
                return problem(Problem::CannotCreate, tr("cannot create the folder %1: %2").arg(path, reason(ENOTDIR)));
            continue;
        }
        if (::mkdir(name.constData(), static_cast<mode_t>(mode)) != 0 && errno != EEXIST)
            return problem(Problem::CannotCreate, tr("cannot create the folder %1: %2").arg(path, reason(errno)));
    }
    return {};
}

} // namespace mailready
