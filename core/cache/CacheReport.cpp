#include "cache/CacheReport.h"

#include "util/Process.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <sys/stat.h>

namespace imageprep {

namespace {

constexpr int sha1HexLength = 40;
constexpr int qemuImgTimeoutMs = 60 * 1000;

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// nova's default image_info_filename_pattern puts "<base name>.info" next to
// the base file; is_valid_info_file() excludes those from the resized set.
bool isInfoFileName(const QString &name)
{
    return name.endsWith(QLatin1String(".info"));
}

// Instance folders hold "disk", "disk.local", "disk.swap", "disk.eph0", ...
// disk.info is nova's JSON format record and disk.config the config-drive
// ISO: neither has a backing file.
bool isInstanceDiskName(const QString &name)
{
    if (name == u"disk")
        return true;
    if (!name.startsWith(QLatin1String("disk.")))
        return false;
    return name != u"disk.info" && name != u"disk.config";
}

qint64 allocatedBytes(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.st_blocks) * 512;
}

// Tries to open the file for reading; an empty string when it can be read.
QString readProblem(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable: %1").arg(f.errorString());
    char byte = 0;
    if (f.size() > 0 && f.read(&byte, 1) != 1)
        return QStringLiteral("unreadable: %1").arg(f.errorString());
    return {};
}

struct QemuInfo {
    QJsonArray chain; // one object per image, top first
    QString problem;
};

// qemu-img info, read-only and with -U so that disks of running guests can be
// inspected without taking their locks.
QemuInfo qemuInfo(const QString &qemuImg, const QString &path, bool backingChain)
{
    QemuInfo info;
    QStringList args{QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json")};
    if (backingChain)
        args << QStringLiteral("--backing-chain");
    args << path;
    const ProcessResult r = runProcess(qemuImg, args, qemuImgTimeoutMs);
    if (!r.ok()) {
        info.problem = r.timedOut ? QStringLiteral("qemu-img timed out") : r.diagnostics();
        if (info.problem.isEmpty())
            info.problem = QStringLiteral("qemu-img failed (exit code %1)").arg(r.exitCode);
        return info;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &err);
    if (err.error != QJsonParseError::NoError) {
        info.problem = QStringLiteral("unexpected qemu-img output: %1").arg(err.errorString());
        return info;
    }
    if (doc.isArray())
        info.chain = doc.array();
    else if (doc.isObject())
        info.chain.append(doc.object());
    if (info.chain.isEmpty())
        info.problem = QStringLiteral("qemu-img reported nothing");
    return info;
}

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : c;
}

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return nl < 0 ? text : text.left(nl);
}

} // namespace

int CacheReport::countFate(CacheFate fate) const
{
    int n = 0;
    for (const BaseFileEntry &e : files)
        n += e.fate == fate ? 1 : 0;
    return n;
}

qint64 CacheReport::spaceFreed() const
{
    qint64 total = 0;
    for (const BaseFileEntry &e : files) {
        if (e.fate == CacheFate::RemovableNow)
            total += qMax<qint64>(0, e.allocated >= 0 ? e.allocated : e.size);
    }
    return total;
}

qint64 CacheReport::reservedBytes() const
{
    qint64 total = 0;
    for (const InstanceDisk &d : disks)
        total += d.reservedBytes;
    return total;
}

QString cacheFingerprint(const QString &imageId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(imageId.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void classifyBaseFile(const QString &name, BaseFileEntry *entry)
{
    entry->kind = BaseFileKind::Unmanaged;
    entry->resizedTo = -1;
    entry->fingerprint.clear();
    // Same length tests as nova's _list_base_images(): it looks at the length
    // and the underscore, not at whether the digits are hex.
    if (name.size() == sha1HexLength) {
        entry->kind = BaseFileKind::Original;
        entry->fingerprint = name;
        return;
    }
    if (name.size() > sha1HexLength + 2 && name.at(sha1HexLength) == QLatin1Char('_')
        && !isInfoFileName(name)) {
        entry->fingerprint = name.left(sha1HexLength);
        const QStringView suffix = QStringView(name).mid(sha1HexLength + 1);
        if (suffix == u"sm") {
            entry->kind = BaseFileKind::LegacySmall;
        } else {
            // nova ages any other "<sha1>_..." name as a resized copy
            entry->kind = BaseFileKind::Resized;
            if (isDigits(suffix))
                entry->resizedTo = suffix.toLongLong();
        }
        return;
    }
    const QStringList parts = name.split(QLatin1Char('_'));
    if (parts.size() == 2 && parts.at(0) == u"swap" && isDigits(parts.at(1)))
        entry->kind = BaseFileKind::Swap;
}

CacheFate decideFate(BaseFileKind kind, bool inUse, qint64 ageMs, const NovaCacheSettings &settings,
                     qint64 *minimumAgeSeconds)
{
    // Originals and swap templates use the original threshold
    // (_remove_swap_file, _remove_base_file); resized and _sm the resized one.
    const qint64 minAge = (kind == BaseFileKind::Original || kind == BaseFileKind::Swap)
        ? settings.originalMinimumAgeSeconds
        : settings.resizedMinimumAgeSeconds;
    if (minimumAgeSeconds)
        *minimumAgeSeconds = kind == BaseFileKind::Unmanaged ? 0 : minAge;
    if (kind == BaseFileKind::Unmanaged)
        return CacheFate::NotManaged;
    if (inUse)
        return CacheFate::InUse;
    if (!settings.removeUnusedBaseImages || settings.managerIntervalSeconds < 0)
        return CacheFate::NeverRemoved;
    // nova: "if age < maxage" keeps the file
    if (ageMs < minAge * 1000)
        return CacheFate::KeptUntil;
    return CacheFate::RemovableNow;
}

CacheReport buildCacheReport(const CacheReportRequest &request)
{
    CacheReport report;
    report.settings = request.settings;
    report.at = request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc();
    report.instancesDir = QDir::cleanPath(QFileInfo(request.instancesDir).absoluteFilePath());
    report.baseDir = report.instancesDir + QLatin1Char('/') + request.settings.subdirectoryName;

    const auto cancelled = [&] {
        if (request.cancel && request.cancel->load()) {
            report.cancelled = true;
            return true;
        }
        return false;
    };

    const QFileInfo instancesInfo(report.instancesDir);
    if (!instancesInfo.isDir()) {
        report.problems << QStringLiteral("%1 is not a folder").arg(report.instancesDir);
        return report;
    }

    const QString qemuImg = request.qemuImg.isEmpty() ? findTool(QStringLiteral("qemu-img")) : request.qemuImg;
    if (qemuImg.isEmpty())
        report.problems << QStringLiteral("qemu-img not found: backing chains and formats are not read "
                                          "(install qemu-utils)");

    QHash<QString, QString> imageByFingerprint;
    for (const QString &id : request.imageIds) {
        if (!id.trimmed().isEmpty())
            imageByFingerprint.insert(cacheFingerprint(id.trimmed()), id.trimmed());
    }

    // 1. The files in the cache folder.
    QHash<QString, int> byCanonicalPath;
    QHash<QString, int> byName;
    const QFileInfo baseInfo(report.baseDir);
    report.baseDirFound = baseInfo.isDir();
    if (!report.baseDirFound) {
        report.problems << QStringLiteral("no image cache folder %1 (nova skips verification)").arg(report.baseDir);
    } else {
        QDir base(report.baseDir);
        const QFileInfoList entries = base.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                             | QDir::NoDotAndDotDot,
                                                         QDir::Name);
        if (entries.isEmpty() && !base.isReadable())
            report.problems << QStringLiteral("cannot list %1").arg(report.baseDir);
        for (const QFileInfo &fi : entries) {
            BaseFileEntry e;
            e.name = fi.fileName();
            e.path = fi.absoluteFilePath();
            classifyBaseFile(e.name, &e);
            if (!fi.isFile()) {
                // nova's _store_image only takes regular files (os.path.isfile)
                e.kind = BaseFileKind::Unmanaged;
                e.problem = fi.isDir() ? QStringLiteral("a folder, not a file")
                                       : QStringLiteral("not a regular file (dangling link?)");
            } else {
                e.size = fi.size();
                e.allocated = allocatedBytes(e.path);
                e.problem = readProblem(e.path);
            }
            e.modified = fi.lastModified().toUTC();
            if (e.modified.isValid())
                e.ageSeconds = e.modified.secsTo(report.at);
            if (!e.fingerprint.isEmpty())
                e.imageId = imageByFingerprint.value(e.fingerprint);
            byCanonicalPath.insert(canonical(e.path), int(report.files.size()));
            byName.insert(e.name, int(report.files.size()));
            report.files.append(e);
        }
        // Probe formats of the files nova manages; it tells raw from qcow2 and
        // catches files qemu cannot open.
        for (BaseFileEntry &e : report.files) {
            if (qemuImg.isEmpty() || !e.problem.isEmpty() || e.kind == BaseFileKind::Unmanaged)
                continue;
            if (cancelled())
                break;
            const QemuInfo qi = qemuInfo(qemuImg, e.path, false);
            if (!qi.problem.isEmpty())
                e.problem = QStringLiteral("qemu-img cannot open it: %1").arg(firstLine(qi.problem));
            else
                e.format = qi.chain.first().toObject().value(QLatin1String("format")).toString();
        }
    }

    // 2. The instance disks and their backing chains.
    const QFileInfoList instanceDirs = QDir(report.instancesDir)
                                           .entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &dirInfo : instanceDirs) {
        if (dirInfo.fileName() == request.settings.subdirectoryName)
            continue;
        const QFileInfoList diskFiles = QDir(dirInfo.absoluteFilePath()).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &diskInfo : diskFiles) {
            if (!isInstanceDiskName(diskInfo.fileName()))
                continue;
            if (cancelled())
                break;
            InstanceDisk d;
            d.instance = dirInfo.fileName();
            d.path = diskInfo.absoluteFilePath();
            if (const QString p = readProblem(d.path); !p.isEmpty()) {
                d.problem = p;
                report.disks.append(d);
                continue;
            }
            if (qemuImg.isEmpty()) {
                d.problem = QStringLiteral("qemu-img not found");
                report.disks.append(d);
                continue;
            }
            QemuInfo qi = qemuInfo(qemuImg, d.path, true);
            QString immediateBacking;
            if (!qi.problem.isEmpty()) {
                d.problem = QStringLiteral("broken backing chain: %1").arg(firstLine(qi.problem));
                // The top image alone still names its backing file, which is
                // all nova's _list_backing_images looks at.
                qi = qemuInfo(qemuImg, d.path, false);
                if (!qi.problem.isEmpty()) {
                    d.problem = QStringLiteral("qemu-img cannot open it: %1").arg(firstLine(qi.problem));
                    report.disks.append(d);
                    continue;
                }
            }
            const QJsonObject top = qi.chain.first().toObject();
            d.format = top.value(QLatin1String("format")).toString();
            d.virtualSize = qint64(top.value(QLatin1String("virtual-size")).toDouble(-1));
            d.actualSize = qint64(top.value(QLatin1String("actual-size")).toDouble(-1));
            immediateBacking = top.value(QLatin1String("full-backing-filename")).toString();
            if (immediateBacking.isEmpty())
                immediateBacking = top.value(QLatin1String("backing-filename")).toString();
            for (qsizetype i = 1; i < qi.chain.size(); ++i)
                d.chain << canonical(qi.chain.at(i).toObject().value(QLatin1String("filename")).toString());
            if (d.chain.isEmpty() && !immediateBacking.isEmpty())
                d.chain << canonical(immediateBacking);
            if (d.format != u"qcow2" && d.problem.isEmpty()) {
                d.problem = immediateBacking.isEmpty()
                    ? QStringLiteral("not qcow2: no backing chain to follow")
                    : QStringLiteral("not qcow2");
            }
            if (request.settings.preallocate == Preallocate::Space && d.virtualSize > 0)
                d.reservedBytes = d.virtualSize; // nova runs fallocate -n -l <virtual size>

            const QString rel = QDir(report.instancesDir).relativeFilePath(d.path);
            for (qsizetype i = 0; i < d.chain.size(); ++i) {
                int idx = byCanonicalPath.value(d.chain.at(i), -1);
                QString how = i == 0 ? QStringLiteral("backing file of %1").arg(rel)
                                     : QStringLiteral("in the backing chain of %1").arg(rel);
                if (idx < 0 && i == 0) {
                    // nova joins the backing file's name to its own cache
                    // folder, so a chain written on another node (another
                    // mount point) still keeps the local copy in use.
                    idx = byName.value(QFileInfo(immediateBacking).fileName(), -1);
                    how = QStringLiteral("backing file of %1 (matched by name)").arg(rel);
                }
                if (idx < 0)
                    continue;
                BaseFileEntry &e = report.files[idx];
                if (!e.usedBy.contains(rel))
                    e.usedBy << rel;
                if (e.inUseReason.isEmpty())
                    e.inUseReason = how;
            }
            report.disks.append(d);
        }
    }

    // 3. nova counts an image as in use, not a file: every cached file of an
    // image (original, _sm, resized copies) is kept while one is used.
    QHash<QString, QString> usedFingerprints;
    for (const BaseFileEntry &e : std::as_const(report.files)) {
        if (!e.usedBy.isEmpty() && !e.fingerprint.isEmpty() && e.kind != BaseFileKind::Unmanaged)
            usedFingerprints.insert(e.fingerprint, e.name);
    }
    for (BaseFileEntry &e : report.files) {
        if (e.inUseReason.isEmpty() && e.kind != BaseFileKind::Unmanaged && usedFingerprints.contains(e.fingerprint))
            e.inUseReason = QStringLiteral("same image as %1, which is in use").arg(usedFingerprints.value(e.fingerprint));
    }

    // 4. Fates.
    for (BaseFileEntry &e : report.files) {
        const qint64 ageMs = e.modified.isValid() ? e.modified.msecsTo(report.at) : 0;
        e.fate = decideFate(e.kind, !e.inUseReason.isEmpty(), ageMs, report.settings, &e.minimumAgeSeconds);
        if (e.fate == CacheFate::KeptUntil)
            e.removableFrom = e.modified.addSecs(e.minimumAgeSeconds);
    }
    if (report.cancelled)
        report.problems << QStringLiteral("cancelled: the report is incomplete");
    return report;
}

} // namespace imageprep
