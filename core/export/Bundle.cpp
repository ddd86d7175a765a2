// Bundle archives through libarchive: pax tar (sizes over 8 GiB and sparse
// maps need its extended headers), optionally gzip or zstd.
#include "export/Exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace imageprep {

namespace {

struct ExporterText {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

struct ArchiveCloser {
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryCloser {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

struct Region {
    qint64 offset, length;
};

// Data regions of a file from SEEK_DATA/SEEK_HOLE; one region covering the
// whole file when the file system cannot tell.
QList<Region> dataRegions(int fd, qint64 size)
{
    QList<Region> regions;
    qint64 pos = 0;
    while (pos < size) {
        const off_t data = ::lseek(fd, pos, SEEK_DATA);
        if (data < 0) {
            if (errno == ENXIO) // no data after pos: a trailing hole
                break;
            return {{0, size}};
        }
        off_t hole = ::lseek(fd, data, SEEK_HOLE);
        if (hole < 0)
            hole = size;
        regions.append({qint64(data), qint64(hole - data)});
        pos = hole;
    }
    ::lseek(fd, 0, SEEK_SET);
    return regions;
}

// One bundle written to a hidden .part file beside the target and renamed
// over it when complete; a failure removes the part file.
class BundleWriter {
public:
    BundleWriter(const QString &archivePath, const ProgressFn &progress, const std::atomic_bool *cancel)
        : m_path(archivePath), m_target(archivePath),
          m_tmp(m_target.dir().filePath(QLatin1Char('.') + m_target.fileName() + QStringLiteral(".part"))),
          m_progress(progress), m_cancel(cancel), m_buf(4 * 1024 * 1024, Qt::Uninitialized)
    {
    }

    Status open(BundleFormat format);
    Status addFile(const QString &path);
    Status finish();

    qint64 totalBytes = 0;

private:
    Status fail(ErrorCode code, const QString &message, const QString &detail = {});
    Status archiveFail(const QString &message);
    bool writeChunk(const char *data, qint64 n) { return archive_write_data(m_a.get(), data, size_t(n)) >= 0; }
    bool writeZeros(qint64 n, bool ok);
    Status copyData(int fd, const QString &path, const QList<Region> &regions, qint64 size, bool &ok);

    const QString m_path;
    const QFileInfo m_target;
    const QString m_tmp;
    const ProgressFn &m_progress;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<archive, ArchiveCloser> m_a;
    QByteArray m_buf;
    qint64 m_doneBytes = 0;
};

Status BundleWriter::open(BundleFormat format)
{
    m_a.reset(archive_write_new());
    archive_write_set_format_pax(m_a.get());
    int rc = ARCHIVE_OK;
    if (format == BundleFormat::TarGz)
        rc = archive_write_add_filter_gzip(m_a.get());
    else if (format == BundleFormat::TarZst)
        rc = archive_write_add_filter_zstd(m_a.get());
    if (rc != ARCHIVE_OK)
        return makeError(ErrorCode::ArchiveError, ExporterText::tr("libarchive cannot write %1.").arg(toString(format)),
                         QString::fromLocal8Bit(archive_error_string(m_a.get())));
    if (archive_write_open_filename(m_a.get(), QFile::encodeName(m_tmp).constData()) != ARCHIVE_OK)
        return makeError(ErrorCode::ArchiveError, ExporterText::tr("Cannot create %1.").arg(m_tmp), QString::fromLocal8Bit(archive_error_string(m_a.get())));
    return success();
}

Status BundleWriter::fail(ErrorCode code, const QString &message, const QString &detail)
{
    m_a.reset(); // closes the file before it is removed
    QFile::remove(m_tmp);
    return makeError(code, message, detail);
}

Status BundleWriter::archiveFail(const QString &message)
{
    const QString detail = QString::fromLocal8Bit(archive_error_string(m_a.get()));
    const bool full = archive_errno(m_a.get()) == ENOSPC || detail.contains(QLatin1String("No space"));
    return fail(full ? ErrorCode::NoSpace : ErrorCode::ArchiveError,
                full ? ExporterText::tr("The disk holding %1 is full; no bundle was written.").arg(m_target.absolutePath()) : message, detail);
}

// The pax writer takes the logical stream and skips the holes itself, so
// holes are fed from a zero buffer instead of being read from disk.
bool BundleWriter::writeZeros(qint64 n, bool ok)
{
    static const QByteArray zeros(1024 * 1024, '\0');
    for (qint64 hole = n; ok && hole > 0;) {
        const qint64 chunk = std::min<qint64>(hole, zeros.size());
        ok = writeChunk(zeros.constData(), chunk);
        hole -= chunk;
    }
    return ok;
}

// Streams the file's data regions and the holes between them; closes fd
// when it fails. ok turns false when libarchive refuses a chunk.
Status BundleWriter::copyData(int fd, const QString &path, const QList<Region> &regions, qint64 size, bool &ok)
{
    qint64 pos = 0;
    for (const Region &r : regions) {
        ok = writeZeros(r.offset - pos, ok);
        pos = r.offset;
        ::lseek(fd, r.offset, SEEK_SET);
        qint64 left = r.length;
        while (ok && left > 0) {
            const ssize_t n = ::read(fd, m_buf.data(), size_t(std::min<qint64>(left, m_buf.size())));
            if (n <= 0) {
                ::close(fd);
                return fail(ErrorCode::Unreadable, ExporterText::tr("Reading %1 failed.").arg(path), QString::fromLocal8Bit(strerror(errno)));
            }
            ok = writeChunk(m_buf.constData(), n);
            left -= n;
            pos += n;
            m_doneBytes += n;
            if (m_progress)
                m_progress(m_doneBytes, totalBytes, ExporterText::tr("Bundling"));
            if (m_cancel && m_cancel->load()) {
                ::close(fd);
                return fail(ErrorCode::Cancelled, ExporterText::tr("Cancelled."));
            }
        }
    }
    ok = writeZeros(size - pos, ok);
    return success();
}

Status BundleWriter::addFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Unreadable, ExporterText::tr("Cannot read %1.").arg(path), QString::fromLocal8Bit(strerror(errno)));
    struct stat st {};
    ::fstat(fd, &st);
    std::unique_ptr<archive_entry, EntryCloser> e(archive_entry_new());
    archive_entry_copy_pathname(e.get(), QFile::encodeName(QFileInfo(path).fileName()).constData());
    archive_entry_set_filetype(e.get(), AE_IFREG);
    archive_entry_set_perm(e.get(), st.st_mode & 07777);
    archive_entry_set_size(e.get(), st.st_size);
    archive_entry_set_mtime(e.get(), st.st_mtime, 0);
    const QList<Region> regions = dataRegions(fd, st.st_size);
    const bool sparse = !(regions.size() == 1 && regions.first().offset == 0 && regions.first().length == st.st_size);
    if (sparse) {
        for (const Region &r : regions)
            archive_entry_sparse_add_entry(e.get(), r.offset, r.length);
    }
    if (archive_write_header(m_a.get(), e.get()) != ARCHIVE_OK) {
        ::close(fd);
        return archiveFail(ExporterText::tr("Cannot add %1 to the bundle.").arg(path));
    }
    bool ok = true;
    if (Status copied = copyData(fd, path, regions, st.st_size, ok); !copied)
        return copied;
    ::close(fd);
    if (!ok)
        return archiveFail(ExporterText::tr("Writing %1 into the bundle failed.").arg(path));
    return success();
}

Status BundleWriter::finish()
{
    if (archive_write_close(m_a.get()) != ARCHIVE_OK)
        return archiveFail(ExporterText::tr("Finishing the bundle failed."));
    m_a.reset();
    const int fd = ::open(QFile::encodeName(m_tmp).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        const int synced = ::fsync(fd);
        ::close(fd);
        if (synced != 0)
            return fail(errno == ENOSPC ? ErrorCode::NoSpace : ErrorCode::ArchiveError, ExporterText::tr("Flushing the bundle failed."),
                        QString::fromLocal8Bit(strerror(errno)));
    }
    if (::rename(QFile::encodeName(m_tmp).constData(), QFile::encodeName(m_path).constData()) != 0)
        return fail(ErrorCode::Unreadable, ExporterText::tr("Cannot rename the bundle to %1.").arg(m_path), QString::fromLocal8Bit(strerror(errno)));
    return success();
}

} // namespace

Status writeBundle(const QString &archivePath, BundleFormat format, const QStringList &files,
                   const ProgressFn &progress, const std::atomic_bool *cancel)
{
    BundleWriter writer(archivePath, progress, cancel);
    if (Status opened = writer.open(format); !opened)
        return opened;
    for (const QString &f : files)
        writer.totalBytes += QFileInfo(f).size();
    for (const QString &path : files) {
        if (Status added = writer.addFile(path); !added)
            return added;
    }
    return writer.finish();
}

} // namespace imageprep
