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

} // namespace

Status writeBundle(const QString &archivePath, BundleFormat format, const QStringList &files,
                   const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const QFileInfo target(archivePath);
    const QString tmp = target.dir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".part"));
    std::unique_ptr<archive, ArchiveCloser> a(archive_write_new());
    archive_write_set_format_pax(a.get());
    int rc = ARCHIVE_OK;
    if (format == BundleFormat::TarGz)
        rc = archive_write_add_filter_gzip(a.get());
    else if (format == BundleFormat::TarZst)
        rc = archive_write_add_filter_zstd(a.get());
    if (rc != ARCHIVE_OK)
        return makeError(ErrorCode::ArchiveError, ExporterText::tr("libarchive cannot write %1.").arg(toString(format)),
                         QString::fromLocal8Bit(archive_error_string(a.get())));
    if (archive_write_open_filename(a.get(), QFile::encodeName(tmp).constData()) != ARCHIVE_OK)
        return makeError(ErrorCode::ArchiveError, ExporterText::tr("Cannot create %1.").arg(tmp), QString::fromLocal8Bit(archive_error_string(a.get())));

    auto fail = [&](ErrorCode code, const QString &message, const QString &detail = {}) -> Status {
        a.reset(); // closes the file before it is removed
        QFile::remove(tmp);
        return makeError(code, message, detail);
    };
    auto archiveFail = [&](const QString &message) -> Status {
        const QString detail = QString::fromLocal8Bit(archive_error_string(a.get()));
        const bool full = archive_errno(a.get()) == ENOSPC || detail.contains(QLatin1String("No space"));
        return fail(full ? ErrorCode::NoSpace : ErrorCode::ArchiveError,
                    full ? ExporterText::tr("The disk holding %1 is full; no bundle was written.").arg(target.absolutePath()) : message, detail);
    };

    qint64 totalBytes = 0, doneBytes = 0;
    for (const QString &f : files)
        totalBytes += QFileInfo(f).size();

    static const QByteArray zeros(1024 * 1024, '\0');
    QByteArray buf(4 * 1024 * 1024, Qt::Uninitialized);
    for (const QString &path : files) {
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
        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK) {
            ::close(fd);
            return archiveFail(ExporterText::tr("Cannot add %1 to the bundle.").arg(path));
        }
        // The pax writer takes the logical stream and skips the holes itself, so
        // holes are fed from a zero buffer instead of being read from disk.
        qint64 pos = 0;
        auto writeChunk = [&](const char *data, qint64 n) {
            return archive_write_data(a.get(), data, size_t(n)) >= 0;
        };
        bool ok = true;
        for (const Region &r : regions) {
            for (qint64 hole = r.offset - pos; ok && hole > 0;) {
                const qint64 n = std::min<qint64>(hole, zeros.size());
                ok = writeChunk(zeros.constData(), n);
                hole -= n;
            }
            pos = r.offset;
            ::lseek(fd, r.offset, SEEK_SET);
            qint64 left = r.length;
            while (ok && left > 0) {
                const ssize_t n = ::read(fd, buf.data(), size_t(std::min<qint64>(left, buf.size())));
                if (n <= 0) {
                    ::close(fd);
                    return fail(ErrorCode::Unreadable, ExporterText::tr("Reading %1 failed.").arg(path), QString::fromLocal8Bit(strerror(errno)));
                }
                ok = writeChunk(buf.constData(), n);
                left -= n;
                pos += n;
                doneBytes += n;
                if (progress)
                    progress(doneBytes, totalBytes, ExporterText::tr("Bundling"));
                if (cancel && cancel->load()) {
                    ::close(fd);
                    return fail(ErrorCode::Cancelled, ExporterText::tr("Cancelled."));
                }
            }
        }
        for (qint64 hole = st.st_size - pos; ok && hole > 0;) {
            const qint64 n = std::min<qint64>(hole, zeros.size());
            ok = writeChunk(zeros.constData(), n);
            hole -= n;
        }
        ::close(fd);
        if (!ok)
            return archiveFail(ExporterText::tr("Writing %1 into the bundle failed.").arg(path));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return archiveFail(ExporterText::tr("Finishing the bundle failed."));
    a.reset();
    const int fd = ::open(QFile::encodeName(tmp).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        const int synced = ::fsync(fd);
        ::close(fd);
        if (synced != 0)
            return fail(errno == ENOSPC ? ErrorCode::NoSpace : ErrorCode::ArchiveError, ExporterText::tr("Flushing the bundle failed."),
                        QString::fromLocal8Bit(strerror(errno)));
    }
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(archivePath).constData()) != 0)
        return fail(ErrorCode::Unreadable, ExporterText::tr("Cannot rename the bundle to %1.").arg(archivePath), QString::fromLocal8Bit(strerror(errno)));
    return success();
}

} // namespace imageprep
