#pragma once
// What Archive.cpp's readers share, internal to core/image: libarchive
// readers with only the compressions images come in, entry checks, the
// sparse output with the extraction limits, and the one read loop that
// copies an entry into it (ArchiveSupport.cpp).

#include "image/Archive.h"
#include "image/ImageText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <optional>
#include <sys/statvfs.h>
#include <unistd.h>

namespace imageprep::unpack {

inline constexpr qint64 kDefaultMaxOutput = 4ll << 40;    // 4 TiB logical
inline constexpr qint64 kBlock = 4096;                    // hole granularity
inline constexpr qint64 kSpaceCheckEvery = 64ll << 20;    // re-check free space after this many bytes written
inline constexpr qint64 kMaxDescriptorBytes = 16ll << 20; // .ovf / .mf read into memory
inline constexpr int kMaxMembers = 100000;

struct ArchiveDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

inline QString native(const QString &p)
{
    return QDir::toNativeSeparators(p);
}

inline QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes);
}

Error cancelledError();
QString archiveErrorText(archive *a);
// A read failure, as truncated or damaged input.
Error readError(const QString &path, archive *a);
// Only the compressions images really come in, and no external helper
// programs: libarchive's "all" would also run lrzip, lzop, grzip, ...
ArchivePtr newReader(bool withTar);
Status openReader(archive *a, const QString &path);
QStringList filterNames(archive *a); // outermost first
QString normalisedName(const QString &raw);
// Why an entry is refused (links, devices, absolute paths, ".."), if it is.
std::optional<Error> unsafeEntry(const QString &archivePath, archive_entry *e);

// Writes a stream of (offset, bytes) into a new file, leaving all-zero
// blocks as holes, and enforces the extraction limits as it goes.
class SparseOutput {
public:
    SparseOutput(QString path, QString source, qint64 maxOutput, qint64 reserve)
        : m_path(std::move(path)), m_source(std::move(source)), m_max(maxOutput), m_reserve(reserve)
    {
    }
    ~SparseOutput()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_done)
            QFile::remove(m_path);
    }

    Status open()
    {
        // O_EXCL: never follow or reuse something already there.
        m_fd = ::open(QFile::encodeName(m_path).constData(),
                      O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (m_fd < 0)
            return makeError(ErrorCode::Internal,
                             ImageText::tr("Cannot create %1 in the work folder: %2.")
                                 .arg(native(m_path), QString::fromLocal8Bit(std::strerror(errno))));
        return checkSpace();
    }

    Status write(qint64 offset, const char *data, qint64 len)
    {
        if (len <= 0)
            return success();
        if (offset < 0 || offset > m_max - len)
            return bomb();
        m_end = std::max(m_end, offset + len);
        qint64 pos = 0;
        while (pos < len) {
            // Chunks aligned to absolute block boundaries so holes line up.
            const qint64 abs = offset + pos;
            const qint64 chunk = std::min(len - pos, kBlock - (abs % kBlock));
            if (isZero(data + pos, chunk)) {
                pos += chunk;
                continue;
            }
            qint64 runEnd = pos + chunk;
            while (runEnd < len) {
                const qint64 next = std::min(len - runEnd, kBlock);
                if (isZero(data + runEnd, next))
                    break;
                runEnd += next;
            }
            if (Status s = pwriteAll(abs, data + pos, runEnd - pos); !s)
                return s;
            pos = runEnd;
        }
        return success();
    }

    Status finish(qint64 logicalSize)
    {
        const qint64 size = std::max(m_end, logicalSize);
        if (size > m_max)
            return bomb();
        if (::ftruncate(m_fd, size) != 0)
            return ioError(errno);
        if (::close(m_fd) != 0) {
            m_fd = -1;
            return ioError(errno);
        }
        m_fd = -1;
        m_done = true;
        return success();
    }

    qint64 end() const { return m_end; }
    qint64 allocated() const { return m_written; }

private:
    static bool isZero(const char *p, qint64 n)
    {
        return n <= 0 || (p[0] == 0 && std::memcmp(p, p + 1, size_t(n - 1)) == 0);
    }

    Status pwriteAll(qint64 offset, const char *p, qint64 n)
    {
        while (n > 0) {
            const ssize_t w = ::pwrite(m_fd, p, size_t(n), off_t(offset));
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                return ioError(errno);
            }
            p += w;
            n -= w;
            offset += w;
            m_written += w;
            m_sinceCheck += w;
        }
        if (m_sinceCheck >= kSpaceCheckEvery) {
            m_sinceCheck = 0;
            return checkSpace();
        }
        return success();
    }

    Status checkSpace()
    {
        struct statvfs vfs {};
        if (::fstatvfs(m_fd, &vfs) != 0)
            return success(); // unknown: pwrite's ENOSPC still stops us
        const qint64 avail = qint64(vfs.f_bavail) * qint64(vfs.f_frsize);
        if (avail < m_reserve)
            return noSpace(avail);
        return success();
    }

    Error noSpace(qint64 avail) const
    {
        return makeError(ErrorCode::NoSpace,
                         ImageText::tr("Not enough space in the work folder %1 to unpack %2: %3 free after "
                         "writing %4, and imageprep keeps %5 free. Free some space or set "
                         "IMAGEPREP_WORKDIR to a folder on a larger disk.")
                             .arg(native(QFileInfo(m_path).absolutePath()), native(m_source),
                                  sizeText(avail), sizeText(m_written), sizeText(m_reserve)));
    }

    Error ioError(int err) const
    {
        if (err == ENOSPC || err == EDQUOT)
            return noSpace(0);
        return makeError(ErrorCode::Internal,
                         ImageText::tr("Writing %1 failed: %2.").arg(native(m_path),
                                                        QString::fromLocal8Bit(std::strerror(err))));
    }

    Error bomb() const
    {
        return makeError(ErrorCode::UnsafeArchive,
                         ImageText::tr("%1 expands to more than %2, the limit for an unpacked disk; imageprep "
                         "stopped to protect against a decompression bomb. If the image really is "
                         "that large, raise IMAGEPREP_MAX_EXTRACT_BYTES.")
                             .arg(native(m_source), sizeText(m_max)));
    }

    QString m_path;
    QString m_source;
    qint64 m_max;
    qint64 m_reserve;
    int m_fd = -1;
    bool m_done = false;
    qint64 m_end = 0;
    qint64 m_written = 0;
    qint64 m_sinceCheck = 0;
};

// Sees every block read before it is written (offset, bytes), e.g. to hash it.
using BlockHook = std::function<void(qint64 offset, const char *data, qint64 size)>;

// Copies the current entry of `a` (raw format or a tar member) into `out`.
// `consumed` reports input progress for the progress callback.
Status copyData(archive *a, const QString &source, SparseOutput &out, qint64 total,
                const std::function<qint64()> &consumed, const ProgressFn &progress,
                const QString &what, const std::atomic_bool *cancel, const BlockHook &onBlock = {});

// Reads the outer tar member for an inner (gunzip) libarchive reader,
// hashing the stored bytes on the way for the manifest.
struct MemberSource {
    archive *outer = nullptr;
    QCryptographicHash *sha1 = nullptr;
    QCryptographicHash *sha256 = nullptr;
    qint64 consumed = 0;
    QString failure;
};

la_ssize_t memberRead(archive *inner, void *ctx, const void **buf);

} // namespace imageprep::unpack
