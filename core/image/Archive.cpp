#include "image/Archive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace imageprep {

namespace {
struct ImageText {
    Q_DECLARE_TR_FUNCTIONS(Image)
};
} // namespace

namespace {

constexpr qint64 kDefaultMaxOutput = 4ll << 40;    // 4 TiB logical
constexpr qint64 kBlock = 4096;                    // hole granularity
constexpr qint64 kSpaceCheckEvery = 64ll << 20;    // re-check free space after this many bytes written
constexpr qint64 kMaxDescriptorBytes = 16ll << 20; // .ovf / .mf read into memory
constexpr int kMaxMembers = 100000;

struct ArchiveDeleter {
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

QString native(const QString &p)
{
    return QDir::toNativeSeparators(p);
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes);
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, ImageText::tr("Opening the image was cancelled."));
}

QString archiveErrorText(archive *a)
{
    const char *s = archive_error_string(a);
    return s ? QString::fromUtf8(s) : QString();
}

Error readError(const QString &path, archive *a)
{
    const QString detail = archiveErrorText(a);
    if (detail.contains("truncated"_L1, Qt::CaseInsensitive)
        || detail.contains("premature end"_L1, Qt::CaseInsensitive)
        // liblzma's LZMA_BUF_ERROR: the input ended before the end-of-stream marker.
        || detail.contains("No progress is possible"_L1, Qt::CaseInsensitive))
        return makeError(ErrorCode::Truncated,
                         ImageText::tr("%1 ends too early: the archive or compressed file is truncated. Copy "
                         "or download it again.").arg(native(path)),
                         detail);
    return makeError(ErrorCode::ArchiveError,
                     ImageText::tr("%1 could not be unpacked: the archive or compressed data is damaged. Copy "
                     "or download it again.").arg(native(path)),
                     detail);
}

// Only the compressions images really come in, and no external helper
// programs: libarchive's "all" would also run lrzip, lzop, grzip, ...
ArchivePtr newReader(bool withTar)
{
    ArchivePtr a(archive_read_new());
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_xz(a.get());
    archive_read_support_filter_lzma(a.get());
    archive_read_support_filter_zstd(a.get());
    archive_read_support_filter_bzip2(a.get());
    if (withTar)
        archive_read_support_format_tar(a.get());
    archive_read_support_format_raw(a.get());
    return a;
}

Status openReader(archive *a, const QString &path)
{
    // libarchive opens the file O_RDONLY.
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK)
        return readError(path, a);
    return success();
}

QStringList filterNames(archive *a)
{
    QStringList names;
    const int n = archive_filter_count(a);
    for (int i = 0; i < n; ++i) {
        if (archive_filter_code(a, i) == ARCHIVE_FILTER_NONE)
            continue;
        names.prepend(QString::fromLatin1(archive_filter_name(a, i))); // index 0 is innermost
    }
    return names;
}

QString normalisedName(const QString &raw)
{
    QString n = raw;
    while (n.startsWith("./"_L1))
        n.remove(0, 2);
    while (n.endsWith(u'/'))
        n.chop(1);
    return n;
}

std::optional<Error> unsafeEntry(const QString &archivePath, archive_entry *e)
{
    const char *p = archive_entry_pathname(e);
    const QString name = p ? QString::fromUtf8(p) : QString();
    // The reasons below complete the sentence "its entry "NAME" ..." in the message.
    const auto refuse = [&](const QString &why) {
        return makeError(ErrorCode::UnsafeArchive,
                         ImageText::tr("%1 is refused: its entry \"%2\" %3. Such archives can overwrite files "
                         "outside the folder they are unpacked into; imageprep does not open them. "
                         "Unpack it yourself after checking where it came from.")
                             .arg(native(archivePath), name, why));
    };
    if (name.isEmpty())
        return refuse(ImageText::tr("has no name"));
    if (archive_entry_hardlink(e))
        return refuse(ImageText::tr("is a hard link"));
    const auto type = archive_entry_filetype(e);
    if (archive_entry_symlink(e) || type == AE_IFLNK)
        return refuse(ImageText::tr("is a symbolic link"));
    if (type == AE_IFCHR || type == AE_IFBLK)
        return refuse(ImageText::tr("is a device node"));
    if (type == AE_IFIFO)
        return refuse(ImageText::tr("is a named pipe (FIFO)"));
    if (type != AE_IFREG && type != AE_IFDIR)
        return refuse(ImageText::tr("is a special file"));
    if (name.startsWith(u'/') || name.startsWith(u'\\')
        || (name.size() >= 2 && name[1] == u':' && name[0].isLetter()))
        return refuse(ImageText::tr("has an absolute path"));
    const QStringList parts = name.split(QRegularExpression(u"[/\\\\]"_s));
    if (parts.contains(u".."_s))
        return refuse(ImageText::tr("contains \"..\""));
    return std::nullopt;
}

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

// Copies the current entry of `a` (raw format or a tar member) into `out`.
// `consumed` reports input progress for the progress callback.
Status copyData(archive *a, const QString &source, SparseOutput &out, qint64 total,
                const std::function<qint64()> &consumed, const ProgressFn &progress,
                const QString &what, const std::atomic_bool *cancel)
{
    qint64 lastReport = -1;
    for (;;) {
        if (isCancelled(cancel))
            return cancelledError();
        const void *buf = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(a, &buf, &size, &offset);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return readError(source, a);
        if (Status s = out.write(offset, static_cast<const char *>(buf), qint64(size)); !s)
            return s;
        const qint64 done = consumed();
        if (progress && (done - lastReport >= (8 << 20) || lastReport < 0)) {
            lastReport = done;
            progress(done, total, what);
        }
    }
    if (progress)
        progress(total >= 0 ? total : consumed(), total, what);
    return success();
}

// Reads the outer tar member for an inner (gunzip) libarchive reader,
// hashing the stored bytes on the way for the manifest.
struct MemberSource {
    archive *outer = nullptr;
    QCryptographicHash *sha1 = nullptr;
    QCryptographicHash *sha256 = nullptr;
    qint64 consumed = 0;
    QString failure;
};

la_ssize_t memberRead(archive *inner, void *ctx, const void **buf)
{
    auto *s = static_cast<MemberSource *>(ctx);
    size_t size = 0;
    la_int64_t offset = 0;
    const int rc = archive_read_data_block(s->outer, buf, &size, &offset);
    if (rc == ARCHIVE_EOF)
        return 0;
    if (rc < ARCHIVE_WARN) {
        s->failure = archiveErrorText(s->outer);
        archive_set_error(inner, EIO, "%s", archive_error_string(s->outer));
        return -1;
    }
    if (offset != s->consumed) {
        s->failure = u"a compressed member stored as a sparse tar entry"_s;
        archive_set_error(inner, EINVAL, "sparse compressed member");
        return -1;
    }
    if (s->sha1) {
        const QByteArrayView v(static_cast<const char *>(*buf), qsizetype(size));
        s->sha1->addData(v);
        s->sha256->addData(v);
    }
    s->consumed += qint64(size);
    return la_ssize_t(size);
}

} // namespace

qint64 ExtractLimits::effectiveMaxOutput() const
{
    if (maxOutputBytes > 0)
        return maxOutputBytes;
    bool ok = false;
    const qint64 env = qEnvironmentVariable("IMAGEPREP_MAX_EXTRACT_BYTES").toLongLong(&ok);
    return ok && env > 0 ? env : kDefaultMaxOutput;
}

namespace {

// True when the decompressed stream starts with a zero block. Such a stream
// is a disk (a whole-disk ext4, an LVM PV, btrfs leave sector 0 empty), never
// a tar: a tar starts with a member's header, yet libarchive's tar reader
// bids on the zero block and takes it for the end of an empty archive.
bool startsWithZeroBlock(const QString &path)
{
    ArchivePtr a = newReader(false);
    archive_entry *e = nullptr;
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK
        || archive_read_next_header(a.get(), &e) < ARCHIVE_WARN)
        return false;
    char block[512];
    qsizetype got = 0;
    while (got < qsizetype(sizeof block)) {
        const la_ssize_t n = archive_read_data(a.get(), block + got, sizeof block - size_t(got));
        if (n <= 0)
            return false;
        got += n;
    }
    return std::all_of(block, block + sizeof block, [](char c) { return c == 0; });
}

} // namespace

Result<ContainerInfo> detectContainer(const QString &path)
{
    ArchivePtr a = newReader(true);
    ContainerInfo info;
    // Nothing libarchive recognises (an empty file, say): not a container;
    // the image probe explains what it is instead.
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK)
        return info;
    archive_entry *e = nullptr;
    const int rc = archive_read_next_header(a.get(), &e);
    info.filters = filterNames(a.get());
    const bool tarBid = (archive_format(a.get()) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_TAR;
    if (!info.filters.isEmpty() && tarBid && startsWithZeroBlock(path)) {
        info.kind = ContainerKind::Compressed;
        return info;
    }
    if (rc == ARCHIVE_EOF || rc < ARCHIVE_WARN) {
        if (info.filters.isEmpty())
            return ContainerInfo{};
        return readError(path, a.get());
    }
    const int format = archive_format(a.get()) & ARCHIVE_FORMAT_BASE_MASK;
    if (format == ARCHIVE_FORMAT_TAR)
        info.kind = ContainerKind::Tar;
    else if (!info.filters.isEmpty())
        info.kind = ContainerKind::Compressed;
    return info;
}

Result<TarListing> scanTar(const QString &archivePath, const std::atomic_bool *cancel)
{
    ArchivePtr a = newReader(true);
    if (Status s = openReader(a.get(), archivePath); !s)
        return s.error();
    TarListing listing;
    archive_entry *e = nullptr;
    for (;;) {
        if (isCancelled(cancel))
            return cancelledError();
        const int rc = archive_read_next_header(a.get(), &e);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return readError(archivePath, a.get());
        if ((archive_format(a.get()) & ARCHIVE_FORMAT_BASE_MASK) != ARCHIVE_FORMAT_TAR)
            return makeError(ErrorCode::ArchiveError,
                             ImageText::tr("%1 is not a tar archive.").arg(native(archivePath)));
        if (auto err = unsafeEntry(archivePath, e))
            return *err;
        if (listing.members.size() >= kMaxMembers)
            return makeError(ErrorCode::UnsafeArchive,
                             ImageText::tr("%1 has more than %2 entries; an OVA or disk archive never needs "
                             "that many. Unpack it yourself after checking it.")
                                 .arg(native(archivePath)).arg(kMaxMembers));
        TarMember m;
        m.name = normalisedName(QString::fromUtf8(archive_entry_pathname(e)));
        m.size = archive_entry_size(e);
        m.regular = archive_entry_filetype(e) == AE_IFREG;
        if (m.regular) {
            const bool dup = std::any_of(listing.members.cbegin(), listing.members.cend(),
                                         [&](const TarMember &o) { return o.regular && o.name == m.name; });
            if (dup)
                return makeError(ErrorCode::UnsafeArchive,
                                 ImageText::tr("%1 is refused: it contains \"%2\" twice, so it is unclear "
                                 "which one is meant.").arg(native(archivePath), m.name));
        }
        QByteArray *target = nullptr;
        if (m.regular && m.size <= kMaxDescriptorBytes) {
            if (listing.ovfName.isEmpty() && m.name.endsWith(".ovf"_L1, Qt::CaseInsensitive)) {
                listing.ovfName = m.name;
                target = &listing.ovf;
            } else if (listing.manifestName.isEmpty() && m.name.endsWith(".mf"_L1, Qt::CaseInsensitive)) {
                listing.manifestName = m.name;
                target = &listing.manifest;
            }
        }
        if (target) {
            char buf[65536];
            for (;;) {
                const la_ssize_t n = archive_read_data(a.get(), buf, sizeof buf);
                if (n == 0)
                    break;
                if (n < 0)
                    return readError(archivePath, a.get());
                if (target->size() + n > kMaxDescriptorBytes)
                    return makeError(ErrorCode::UnsafeArchive,
                                     ImageText::tr("%1 is refused: its descriptor \"%2\" is larger than it "
                                     "declares.").arg(native(archivePath), m.name));
                target->append(buf, qsizetype(n));
            }
        } else if (archive_read_data_skip(a.get()) < ARCHIVE_WARN) {
            return readError(archivePath, a.get());
        }
        listing.members.append(m);
    }
    return listing;
}

Result<Extracted> extractStream(const QString &archivePath, const QString &dest,
                                const ExtractLimits &limits, const ProgressFn &progress,
                                const std::atomic_bool *cancel)
{
    ArchivePtr a = newReader(false);
    if (Status s = openReader(a.get(), archivePath); !s)
        return s.error();
    archive_entry *e = nullptr;
    const int rc = archive_read_next_header(a.get(), &e);
    if (rc < ARCHIVE_WARN || rc == ARCHIVE_EOF)
        return readError(archivePath, a.get());
    if (filterNames(a.get()).isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         ImageText::tr("%1 is not compressed.").arg(native(archivePath)));

    SparseOutput out(dest, archivePath, limits.effectiveMaxOutput(), limits.reserveBytes);
    if (Status s = out.open(); !s)
        return s.error();
    const qint64 total = QFileInfo(archivePath).size();
    archive *raw = a.get();
    const auto consumed = [raw] { return qint64(archive_filter_bytes(raw, -1)); };
    const QString what = u"Decompressing %1"_s.arg(QFileInfo(archivePath).fileName());
    if (Status s = copyData(raw, archivePath, out, total, consumed, progress, what, cancel); !s)
        return s.error();
    if (Status s = out.finish(out.end()); !s)
        return s.error();
    Extracted x;
    x.path = dest;
    x.size = out.end();
    x.allocated = out.allocated();
    return x;
}

Result<Extracted> extractTarMember(const QString &archivePath, const QString &member,
                                   const QString &dest, const MemberOptions &options,
                                   const ExtractLimits &limits, const ProgressFn &progress,
                                   const std::atomic_bool *cancel)
{
    ArchivePtr a = newReader(true);
    if (Status s = openReader(a.get(), archivePath); !s)
        return s.error();
    archive_entry *e = nullptr;
    for (;;) {
        if (isCancelled(cancel))
            return cancelledError();
        const int rc = archive_read_next_header(a.get(), &e);
        if (rc == ARCHIVE_EOF)
            return makeError(ErrorCode::ArchiveError,
                             ImageText::tr("%1 does not contain \"%2\". The archive is incomplete; export or "
                             "download it again.").arg(native(archivePath), member));
        if (rc < ARCHIVE_WARN)
            return readError(archivePath, a.get());
        if (auto err = unsafeEntry(archivePath, e))
            return *err;
        if (archive_entry_filetype(e) == AE_IFREG
            && normalisedName(QString::fromUtf8(archive_entry_pathname(e))) == member)
            break;
        if (archive_read_data_skip(a.get()) < ARCHIVE_WARN)
            return readError(archivePath, a.get());
    }

    const qint64 stored = archive_entry_size(e);
    qint64 maxOut = limits.effectiveMaxOutput();
    if (options.maxOutputBytes > 0)
        maxOut = std::min(maxOut, options.maxOutputBytes);
    if (!options.gunzip && stored > maxOut)
        return makeError(ErrorCode::UnsafeArchive,
                         ImageText::tr("%1 is refused: its member \"%2\" is %3, more than the %4 the disk "
                         "can need. Export or download the appliance again.")
                             .arg(native(archivePath), member, sizeText(stored), sizeText(maxOut)));

    QCryptographicHash sha1(QCryptographicHash::Sha1);
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    SparseOutput out(dest, member, maxOut, limits.reserveBytes);
    if (Status s = out.open(); !s)
        return s.error();
    const QString what = u"Extracting %1"_s.arg(member);

    if (options.gunzip) {
        MemberSource src;
        src.outer = a.get();
        src.sha1 = &sha1;
        src.sha256 = &sha256;
        ArchivePtr inner(archive_read_new());
        archive_read_support_filter_gzip(inner.get());
        archive_read_support_format_raw(inner.get());
        archive_entry *ie = nullptr;
        if (archive_read_open(inner.get(), &src, nullptr, memberRead, nullptr) != ARCHIVE_OK
            || archive_read_next_header(inner.get(), &ie) != ARCHIVE_OK
            || archive_filter_code(inner.get(), 0) != ARCHIVE_FILTER_GZIP) {
            return makeError(ErrorCode::ArchiveError,
                             ImageText::tr("The OVF says \"%1\" is gzip-compressed, but it is not readable as "
                             "gzip. Export or download the appliance again.").arg(member),
                             src.failure.isEmpty() ? archiveErrorText(inner.get()) : src.failure);
        }
        const auto consumed = [&src] { return src.consumed; };
        if (Status s = copyData(inner.get(), member, out, stored, consumed, progress, what, cancel); !s)
            return s.error();
        // Drain what gzip did not need so the digest covers the whole member.
        const void *buf = nullptr;
        for (;;) {
            const la_ssize_t n = memberRead(inner.get(), &src, &buf);
            if (n <= 0)
                break;
        }
    } else {
        archive *raw = a.get();
        qint64 got = 0;
        // Hash what libarchive hands out; holes of a sparse tar entry are
        // zeros in the stored file, so hash them as zeros too.
        const auto hashingRead = [&]() -> Status {
            qint64 lastReport = -1;
            for (;;) {
                if (isCancelled(cancel))
                    return cancelledError();
                const void *buf = nullptr;
                size_t size = 0;
                la_int64_t offset = 0;
                const int rc = archive_read_data_block(raw, &buf, &size, &offset);
                if (rc == ARCHIVE_EOF)
                    break;
                if (rc < ARCHIVE_WARN)
                    return readError(archivePath, raw);
                if (options.computeDigests) {
                    static const QByteArray zeros(1 << 16, '\0');
                    while (got < offset) {
                        const qint64 n = std::min<qint64>(offset - got, zeros.size());
                        sha1.addData(QByteArrayView(zeros.constData(), n));
                        sha256.addData(QByteArrayView(zeros.constData(), n));
                        got += n;
                    }
                    const QByteArrayView v(static_cast<const char *>(buf), qsizetype(size));
                    sha1.addData(v);
                    sha256.addData(v);
                }
                got = offset + qint64(size);
                if (Status s = out.write(offset, static_cast<const char *>(buf), qint64(size)); !s)
                    return s;
                if (progress && (got - lastReport >= (8 << 20) || lastReport < 0)) {
                    lastReport = got;
                    progress(got, stored, what);
                }
            }
            if (options.computeDigests) {
                static const QByteArray zeros(1 << 16, '\0');
                while (got < stored) {
                    const qint64 n = std::min<qint64>(stored - got, zeros.size());
                    sha1.addData(QByteArrayView(zeros.constData(), n));
                    sha256.addData(QByteArrayView(zeros.constData(), n));
                    got += n;
                }
            }
            if (progress)
                progress(stored, stored, what);
            return success();
        };
        if (Status s = hashingRead(); !s)
            return s.error();
    }

    const qint64 logical = options.gunzip ? out.end() : stored;
    if (Status s = out.finish(logical); !s)
        return s.error();
    Extracted x;
    x.path = dest;
    x.size = std::max(out.end(), logical);
    x.allocated = out.allocated();
    if (options.computeDigests || options.gunzip) {
        x.sha1 = sha1.result().toHex();
        x.sha256 = sha256.result().toHex();
    }
    return x;
}

} // namespace imageprep
