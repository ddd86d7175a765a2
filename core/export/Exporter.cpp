#include "export/Exporter.h"

#include "util/Process.h"
#include "util/VerifiedWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStorageInfo>

#include <fcntl.h>
#include <unistd.h>

namespace imageprep {

namespace {

struct ExporterText {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

Error cancelError()
{
    return makeError(ErrorCode::Cancelled, ExporterText::tr("Cancelled."));
}

// The temporary name sits next to the target (same file system, so the
// final rename is atomic) and is hidden so nobody picks it up half-written.
QString tempPathFor(const QString &target)
{
    const QFileInfo fi(target);
    return fi.dir().filePath(QLatin1Char('.') + fi.fileName() + QStringLiteral(".part"));
}

bool isNoSpace(const QString &text)
{
    return text.contains(QLatin1String("No space left"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("ENOSPC")) || text.contains(QLatin1String("Disk quota exceeded"));
}

Status fsyncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Unreadable, ExporterText::tr("Cannot open %1 to flush it.").arg(path), QString::fromLocal8Bit(strerror(errno)));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL) // directories on some file systems refuse fsync: nothing to flush there
        return makeError(err == ENOSPC ? ErrorCode::NoSpace : ErrorCode::Unreadable,
                         ExporterText::tr("Flushing %1 to disk failed.").arg(path), QString::fromLocal8Bit(strerror(err)));
    return success();
}

// qemu-img with its -p progress on stdout ("    (12.50/100%)\r"), cancelable
// and without a deadline (a large image converts for as long as it takes).
ProcessResult runQemuImgWithProgress(const QStringList &args, const ProgressFn &progress, const QString &what,
                                     const std::atomic_bool *cancel)
{
    static const QRegularExpression percent(QStringLiteral("\\((\\d+(?:\\.\\d+)?)/100%\\)"));
    QByteArray pending;
    const auto reportProgress = [&](const QByteArray &chunk) {
        pending += chunk;
        const qsizetype lastCr = std::max(pending.lastIndexOf('\r'), pending.lastIndexOf('\n'));
        if (lastCr < 0)
            return;
        const QString lines = QString::fromLatin1(pending.left(lastCr));
        pending.remove(0, lastCr + 1);
        auto it = percent.globalMatch(lines);
        double last = -1;
        while (it.hasNext())
            last = it.next().captured(1).toDouble();
        if (last >= 0 && progress)
            progress(qint64(last * 100), 10000, what);
    };
    ProcessResult r = runProcess(QStringLiteral("qemu-img"), args, -1, cancel, reportProgress);
    r.out = pending; // an unfinished last line, for the error details
    return r;
}

Result<QJsonObject> qemuImgInfo(const QString &path, const QString &format)
{
    QStringList args{QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json")};
    if (!format.isEmpty())
        args << QStringLiteral("-f") << format;
    args << path;
    const ProcessResult r = runProcess(QStringLiteral("qemu-img"), args, 120000);
    if (!r.ok())
        return makeError(ErrorCode::Unreadable, ExporterText::tr("qemu-img cannot read %1.").arg(path), r.diagnostics());
    return QJsonDocument::fromJson(r.out).object();
}

// Bytes the converted image needs, from `qemu-img measure` (counts the whole
// backing chain of the overlay); -1 when qemu-img cannot tell.
qint64 measureRequired(const ExportSource &source, ExportImageFormat format, bool compress)
{
    if (compress)
        return -1; // compression makes the required size a guess; the write itself tells
    const ProcessResult r = runProcess(QStringLiteral("qemu-img"),
                                       {QStringLiteral("measure"), QStringLiteral("-U"), QStringLiteral("--output=json"),
                                        QStringLiteral("-f"), source.format, QStringLiteral("-O"), toString(format), source.path},
                                       120000);
    if (!r.ok())
        return -1;
    return QJsonDocument::fromJson(r.out).object().value(QLatin1String("required")).toInteger(-1);
}

} // namespace

QString toString(ExportImageFormat format)
{
    return format == ExportImageFormat::Raw ? QStringLiteral("raw") : QStringLiteral("qcow2");
}

QString toString(BundleFormat format)
{
    switch (format) {
    case BundleFormat::None: return {};
    case BundleFormat::Tar: return QStringLiteral("tar");
    case BundleFormat::TarGz: return QStringLiteral("tar.gz");
    case BundleFormat::TarZst: return QStringLiteral("tar.zst");
    }
    return {};
}

std::optional<ExportImageFormat> parseExportImageFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("qcow2"))
        return ExportImageFormat::Qcow2;
    if (t == QLatin1String("raw"))
        return ExportImageFormat::Raw;
    return std::nullopt;
}

std::optional<BundleFormat> parseBundleFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("none"))
        return BundleFormat::None;
    if (t == QLatin1String("tar"))
        return BundleFormat::Tar;
    if (t == QLatin1String("tar.gz") || t == QLatin1String("tgz"))
        return BundleFormat::TarGz;
    if (t == QLatin1String("tar.zst") || t == QLatin1String("tzst"))
        return BundleFormat::TarZst;
    return std::nullopt;
}

QString fileStemForName(const QString &imageName)
{
    // A Glance name may hold anything; a file name must not hold '/' or start hidden.
    QString stem = imageName.trimmed();
    stem.replace(QLatin1Char('/'), QLatin1Char('-'));
    while (stem.startsWith(QLatin1Char('.')))
        stem.remove(0, 1);
    return stem.isEmpty() ? QStringLiteral("image") : stem;
}

QString defaultBaseName(const QString &imagePath)
{
    static const QStringList suffixes{
        QStringLiteral(".xz"), QStringLiteral(".gz"), QStringLiteral(".zst"), QStringLiteral(".bz2"),
        QStringLiteral(".tar"), QStringLiteral(".ova"), QStringLiteral(".qcow2"), QStringLiteral(".qcow"),
        QStringLiteral(".raw"), QStringLiteral(".img"), QStringLiteral(".vmdk"), QStringLiteral(".vdi"),
        QStringLiteral(".vhd"), QStringLiteral(".vhdx")};
    QString name = QFileInfo(imagePath).fileName();
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &suffix : suffixes) {
            if (name.size() > suffix.size() && name.endsWith(suffix, Qt::CaseInsensitive)) {
                name.chop(suffix.size());
                stripped = true;
            }
        }
    }
    return name.isEmpty() ? QStringLiteral("image") : name;
}

Status convertImage(const ExportSource &source, const QString &target, ExportImageFormat format, bool compress,
                    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    const QString tmp = tempPathFor(target);
    QFile::remove(tmp); // a leftover of a crashed run
    auto cleanup = [&tmp](Error e) -> Status {
        QFile::remove(tmp);
        return e;
    };

    auto srcInfo = qemuImgInfo(source.path, source.format);
    if (!srcInfo)
        return srcInfo.error();
    const qint64 virtualSize = srcInfo->value(QLatin1String("virtual-size")).toInteger();

    const qint64 required = measureRequired(source, format, compress);
    const qint64 available = QStorageInfo(QFileInfo(target).absolutePath()).bytesAvailable();
    if (required > 0 && available >= 0 && required > available)
        return makeError(ErrorCode::NoSpace,
                         ExporterText::tr("Not enough free space in %1: the image needs %2 MiB, %3 MiB are free.")
                             .arg(QFileInfo(target).absolutePath())
                             .arg(required / (1024 * 1024))
                             .arg(available / (1024 * 1024)));

    // -U: the session's appliance keeps the overlay open (and locked); it was flushed before.
    QStringList args{QStringLiteral("convert"), QStringLiteral("-p"), QStringLiteral("-U"),
                     QStringLiteral("-f"), source.format, QStringLiteral("-O"), toString(format)};
    if (compress && format == ExportImageFormat::Qcow2)
        args << QStringLiteral("-c");
    if (format == ExportImageFormat::Qcow2)
        args << QStringLiteral("-o") << QStringLiteral("compat=1.1");
    args << source.path << tmp;
    const ProcessResult conv = runQemuImgWithProgress(args, progress, ExporterText::tr("Converting"), cancel);
    if (cancelled(cancel))
        return cleanup(cancelError());
    if (!conv.ok()) {
        const QString diag = conv.diagnostics();
        if (isNoSpace(diag))
            return cleanup(makeError(ErrorCode::NoSpace,
                                     ExporterText::tr("The disk holding %1 is full; no image was written.").arg(QFileInfo(target).absolutePath()), diag));
        return cleanup(makeError(ErrorCode::Unreadable, ExporterText::tr("qemu-img could not write the image; no image was written."), diag));
    }

    if (const Status synced = fsyncPath(tmp); !synced)
        return cleanup(synced.error());

    if (progress)
        progress(0, -1, ExporterText::tr("Verifying"));
    if (format == ExportImageFormat::Qcow2) {
        const ProcessResult check = runProcess(QStringLiteral("qemu-img"),
                                               {QStringLiteral("check"), QStringLiteral("-f"), QStringLiteral("qcow2"), tmp});
        // Exit 3 is leaked clusters only: wasted space, not damage.
        if (!check.started || (check.exitCode != 0 && check.exitCode != 3))
            return cleanup(makeError(ErrorCode::Corrupt, ExporterText::tr("The written image failed qemu-img check; it was removed."),
                                     check.diagnostics()));
    }
    auto outInfo = qemuImgInfo(tmp, toString(format));
    if (!outInfo)
        return cleanup(outInfo.error());
    const qint64 outSize = outInfo->value(QLatin1String("virtual-size")).toInteger();
    if (outSize != virtualSize)
        return cleanup(makeError(ErrorCode::Corrupt,
                                 ExporterText::tr("The written image has virtual size %1, the source %2; it was removed.").arg(outSize).arg(virtualSize)));

    // rename() replaces an existing target atomically: no moment without a complete file.
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) != 0)
        return cleanup(makeError(ErrorCode::Unreadable, ExporterText::tr("Cannot rename the image to %1.").arg(target),
                                 QString::fromLocal8Bit(strerror(errno))));
    (void)fsyncPath(QFileInfo(target).absolutePath()); // make the rename itself durable
    return success();
}

namespace {

// Removes what an export wrote unless it finished: a failed side file must
// not leave the image and half the other files looking like a result.
struct WrittenFiles {
    QStringList paths;
    bool done = false;
    ~WrittenFiles()
    {
        for (const QString &p : std::as_const(paths)) {
            if (!done)
                QFile::remove(p);
        }
    }
};

// The file stem every exported file shares; it names no folder.
Result<QString> exportBaseName(const ExportSource &source, const ExportOptions &options)
{
    QString base = options.baseName;
    if (base.isEmpty())
        base = options.imageName.isEmpty() ? defaultBaseName(source.originalPath.isEmpty() ? source.path : source.originalPath)
                                           : fileStemForName(options.imageName);
    if (base.contains(QLatin1Char('/')))
        return makeError(ErrorCode::InvalidArgument, ExporterText::tr("The file name \"%1\" must not contain '/'.").arg(base));
    return base;
}

Status checkNotThere(const QStringList &files)
{
    for (const QString &f : files) {
        if (QFileInfo::exists(f))
            return makeError(ErrorCode::InvalidArgument, ExporterText::tr("%1 exists; choose another folder or allow overwriting.").arg(f));
    }
    return success();
}

// The properties must describe what is written: the format follows the export.
Result<PropertySet> exportProperties(const ExportOptions &options)
{
    PropertySet props = options.properties;
    props.set(QStringLiteral("disk_format"), toString(options.format), ExporterText::tr("the exported image format"));
    if (!props.contains(QStringLiteral("container_format")))
        props.set(QStringLiteral("container_format"), QStringLiteral("bare"), ExporterText::tr("a plain disk image, no container"));
    const QList<PropertyIssue> issues = validateProperties(props);
    if (hasErrors(issues)) {
        QStringList lines;
        for (const PropertyIssue &i : issues) {
            if (i.level == PropertyIssue::Level::Error)
                lines << i.message;
        }
        return makeError(ErrorCode::InvalidArgument, ExporterText::tr("The image properties are not valid for Glance."), lines.join(QLatin1Char('\n')));
    }
    return props;
}

// Converts the source into res.imagePath and hashes what was written.
Status writeHashedImage(const ExportSource &source, const ExportOptions &options, ExportResult &res,
                        WrittenFiles &written, QElapsedTimer &t, const ProgressFn &progress,
                        const std::atomic_bool *cancel)
{
    if (const Status conv = convertImage(source, res.imagePath, options.format, options.compress, progress, cancel); !conv)
        return conv.error();
    written.paths << res.imagePath;
    res.convertMs = t.restart();
    res.imageBytes = QFileInfo(res.imagePath).size();
    if (auto info = qemuImgInfo(res.imagePath, toString(options.format)))
        res.virtualSize = info->value(QLatin1String("virtual-size")).toInteger();

    auto digests = hashFile(res.imagePath, progress, cancel);
    if (!digests)
        return digests.error();
    res.sha256 = digests->sha256;
    res.sha512 = digests->sha512;
    res.md5 = digests->md5;
    res.hashMs = t.restart();
    return success();
}

// min_disk follows the written image when it was derived, not when the user set it.
void deriveMinDisk(PropertySet &props, qint64 virtualSize)
{
    if (const ImageProperty *p = props.find(QStringLiteral("min_disk")); !p || p->origin == ImageProperty::Origin::Derived) {
        const qint64 gib = (virtualSize + (qint64(1) << 30) - 1) >> 30;
        props.set(QStringLiteral("min_disk"), QString::number(gib), ExporterText::tr("virtual size %1 bytes, rounded up to whole GiB").arg(virtualSize));
    }
}

struct PropertyFileNames {
    const QDir &out;
    const QString &base;
    const QString &imageName;
    const QString &imageFile;
};

Status writePropertyFiles(const PropertyFileNames &n, const PropertySet &props, ExportResult &res, WrittenFiles &written)
{
    const struct {
        QString suffix;
        QByteArray content;
        bool exec;
    } files[] = {
        {QStringLiteral(".properties.json"), toGlanceCreateJson(props, n.imageName), false},
        {QStringLiteral(".properties.yaml"), toYaml(props, n.imageName), false},
        {QStringLiteral(".properties.sh"), toOpenstackScript(props, n.imageName, n.imageFile), true},
    };
    for (const auto &f : files) {
        const QString path = n.out.filePath(n.base + f.suffix);
        if (const Status w = writeFileVerified(path, f.content, f.exec); !w)
            return w.error();
        written.paths << path;
        res.propertyFiles << path;
    }
    return success();
}

// Writes SHA256SUMS (res.sumsPath) and SHA512SUMS; returns the latter's path.
Result<QString> writeChecksums(const QDir &out, const QString &imageFile, ExportResult &res, WrittenFiles &written)
{
    res.sumsPath = out.filePath(QStringLiteral("SHA256SUMS"));
    if (const Status s = writeSums(res.sumsPath, {{res.sha256, imageFile}}); !s)
        return s.error();
    written.paths << res.sumsPath;
    // Glance's os_hash_value is SHA-512; a separate file keeps `sha256sum -c SHA256SUMS` working.
    const QString sha512Path = out.filePath(QStringLiteral("SHA512SUMS"));
    if (const Status s = writeSums(sha512Path, {{res.sha512, imageFile}}); !s)
        return s.error();
    written.paths << sha512Path;
    return sha512Path;
}

} // namespace

Result<ExportResult> exportImage(const ExportSource &source, const ExportOptions &options, const ProgressFn &progress,
                                 const std::atomic_bool *cancel)
{
    if (options.outputDir.isEmpty())
        return makeError(ErrorCode::InvalidArgument, ExporterText::tr("No output folder given."));
    if (!QDir().mkpath(options.outputDir))
        return makeError(ErrorCode::Unreadable, ExporterText::tr("Cannot create the output folder %1.").arg(options.outputDir));
    const QDir out(options.outputDir);
    const Result<QString> baseName = exportBaseName(source, options);
    if (!baseName)
        return baseName.error();
    const QString base = baseName.value();
    const QString imageName = options.imageName.isEmpty() ? base : options.imageName;
    const QString ext = options.format == ExportImageFormat::Raw ? QStringLiteral(".raw") : QStringLiteral(".qcow2");
    const QString imageFile = base + ext;

    ExportResult res;
    WrittenFiles written;
    res.imagePath = out.filePath(imageFile);
    const QStringList finalFiles{res.imagePath, out.filePath(base + QStringLiteral(".properties.json")),
                                 out.filePath(base + QStringLiteral(".properties.yaml")),
                                 out.filePath(base + QStringLiteral(".properties.sh")), out.filePath(QStringLiteral("SHA256SUMS"))};
    if (!options.overwrite) {
        if (const Status free = checkNotThere(finalFiles); !free)
            return free.error();
    }

    Result<PropertySet> validProps = exportProperties(options);
    if (!validProps)
        return validProps.error();
    PropertySet props = std::move(validProps).value();

    // Credentials, endpoint and a free name are checked before minutes of conversion.
    UploadOptions upload = options.uploadOptions;
    if (options.upload && !upload.target) {
        auto target = prepareUpload(upload, imageName, cancel);
        if (!target)
            return target.error();
        upload.target = target.value();
    }

    QElapsedTimer t;
    t.start();
    if (const Status image = writeHashedImage(source, options, res, written, t, progress, cancel); !image)
        return image.error();

    deriveMinDisk(props, res.virtualSize);

    QStringList bundleFiles{res.imagePath};
    if (options.writePropertyFiles) {
        const PropertyFileNames names{out, base, imageName, imageFile};
        if (const Status w = writePropertyFiles(names, props, res, written); !w)
            return w.error();
        bundleFiles << res.propertyFiles;
    }
    const Result<QString> sha512Path = writeChecksums(out, imageFile, res, written);
    if (!sha512Path)
        return sha512Path.error();
    bundleFiles << res.sumsPath << sha512Path.value();

    if (options.bundle != BundleFormat::None) {
        res.bundlePath = out.filePath(base + QLatin1Char('.') + toString(options.bundle));
        if (const Status b = writeBundle(res.bundlePath, options.bundle, bundleFiles, progress, cancel); !b)
            return b.error();
        written.paths << res.bundlePath;
        res.bundleMs = t.restart();
    }

    written.done = true; // complete: a failed upload can be retried from these files
    if (options.upload) {
        t.restart();
        auto up = uploadImage(upload, props, imageName, res.imagePath, res.md5, res.sha512, progress, cancel);
        if (!up)
            return up.error();
        res.upload = up.value();
        res.uploadMs = t.elapsed();
    }
    return res;
}

} // namespace imageprep
