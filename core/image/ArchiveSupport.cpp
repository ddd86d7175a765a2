#include "image/ArchiveSupport.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace imageprep::unpack {

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

Status copyData(archive *a, const QString &source, SparseOutput &out, qint64 total,
                const std::function<qint64()> &consumed, const ProgressFn &progress,
                const QString &what, const std::atomic_bool *cancel, const BlockHook &onBlock)
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
        if (onBlock)
            onBlock(offset, static_cast<const char *>(buf), qint64(size));
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


} // namespace imageprep::unpack
