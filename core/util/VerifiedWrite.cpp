#include "util/VerifiedWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace imageprep {

namespace {

struct WriteText {
    Q_DECLARE_TR_FUNCTIONS(FileWrite)
};

Error writeError(const QString &path, int err)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(err));
    if (err == ENOSPC || err == EDQUOT)
        return makeError(ErrorCode::NoSpace,
                         WriteText::tr("The disk holding %1 is full; the file was not written.")
                             .arg(QDir::toNativeSeparators(path)), reason);
    return makeError(ErrorCode::Unreadable,
                     WriteText::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)), reason);
}

// Closes the descriptor and removes the temporary file unless released.
struct TempFile {
    QByteArray path;
    int fd = -1;
    ~TempFile()
    {
        if (fd >= 0)
            ::close(fd);
        if (!path.isEmpty())
            ::unlink(path.constData());
    }
};

Status writeAll(int fd, const QByteArray &content)
{
    const char *p = content.constData();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return makeError(ErrorCode::Internal, QString(), QString::number(n < 0 ? errno : EIO));
        p += n;
        left -= n;
    }
    return success();
}

Status syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return writeError(path, errno);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    // Some file systems cannot fsync a folder; the data itself was synced.
    if (rc != 0 && err != EINVAL)
        return writeError(path, err);
    return success();
}

} // namespace

Status writeFileVerified(const QString &path, const QByteArray &content, bool executable)
{
    const QFileInfo target(path);
    TempFile tmp;
    tmp.path = QFile::encodeName(target.dir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".tmp-XXXXXX")));
    tmp.fd = ::mkostemp(tmp.path.data(), O_CLOEXEC);
    if (tmp.fd < 0) {
        const int err = errno;
        tmp.path.clear();
        return writeError(path, err);
    }
    if (Status w = writeAll(tmp.fd, content); !w)
        return writeError(path, w.error().detail.toInt());
    if (::fchmod(tmp.fd, executable ? 0755 : 0644) != 0 || ::fsync(tmp.fd) != 0)
        return writeError(path, errno);
    struct stat st {};
    if (::fstat(tmp.fd, &st) != 0)
        return writeError(path, errno);
    if (st.st_size != content.size())
        return writeError(path, EIO);
    const int fd = tmp.fd;
    tmp.fd = -1;
    // close() reports delayed write errors on network file systems.
    if (::close(fd) != 0)
        return writeError(path, errno);
    if (::rename(tmp.path.constData(), QFile::encodeName(path).constData()) != 0)
        return writeError(path, errno);
    tmp.path.clear();
    return syncFolder(target.absolutePath());
}

} // namespace imageprep
