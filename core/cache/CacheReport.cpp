#include "cache/CacheReport.h"

#include "cache/CacheScan.h"
#include "util/Process.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <QTimeZone>

#include <cmath>

namespace imageprep {

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
    // get_cache_fname: sha1(image_id.encode('utf-8')).hexdigest()
    return QString::fromLatin1(
        QCryptographicHash::hash(imageId.toUtf8(), QCryptographicHash::Sha1).toHex());
}

CacheFate decideFate(BaseFileKind kind, bool inUse, double ageSeconds, const NovaCacheSettings &settings,
                     qint64 *minimumAgeSeconds)
{
    // _remove_swap_file, _remove_ephemeral_file and _remove_base_file for a
    // file in self.originals use the original threshold; other base files
    // (resized, _sm, other suffixes) the resized one.
    const bool original = kind == BaseFileKind::Original || kind == BaseFileKind::Swap
        || kind == BaseFileKind::Ephemeral;
    const qint64 minAge = original ? settings.originalMinimumAgeSeconds : settings.resizedMinimumAgeSeconds;
    if (minimumAgeSeconds)
        *minimumAgeSeconds = kind == BaseFileKind::Unmanaged ? 0 : minAge;
    // A file Nova marks active (a listed disk's backing file) is kept
    // whatever its name; otherwise unmanaged names are never looked at.
    if (inUse)
        return CacheFate::InUse;
    if (kind == BaseFileKind::Unmanaged)
        return CacheFate::NotManaged;
    // remove_unused_base_images=False skips every removal; manager_interval
    // -1 disables the periodic task that runs update().
    if (!settings.removeUnusedBaseImages || settings.managerIntervalSeconds < 0)
        return CacheFate::NeverRemoved;
    // _remove_old_enough_file: "if age < maxage" keeps, age a float
    if (ageSeconds < double(minAge))
        return CacheFate::KeptUntil;
    return CacheFate::RemovableNow;
}

namespace {

// t shown the way the report time was given (UTC, an offset, or local time)
QDateTime inZoneOf(const QDateTime &t, const QDateTime &at)
{
    switch (at.timeSpec()) {
    case Qt::UTC:
        return t.toUTC();
    case Qt::OffsetFromUTC:
        return t.toOffsetFromUtc(at.offsetFromUtc());
    case Qt::TimeZone:
        return t.toTimeZone(at.timeZone());
    case Qt::LocalTime:
        break;
    }
    return t.toLocalTime();
}

void decideFates(CacheReport *report)
{
    for (BaseFileEntry &e : report->files) {
        // _store_image keeps only regular files; a folder or a dangling
        // link with a cache name is never removed (unless a swap or
        // ephemeral name, which os.remove then fails on: same outcome).
        BaseFileKind kind = e.kind;
        if (!e.regularFile)
            kind = BaseFileKind::Unmanaged;
        e.fate = decideFate(kind, !e.inUseReason.isEmpty(), e.age, report->settings, &e.minimumAgeSeconds);
        if (e.fate == CacheFate::KeptUntil) {
            const double from = (e.mtime + double(e.minimumAgeSeconds)) * 1000.0;
            e.removableFrom = inZoneOf(QDateTime::fromMSecsSinceEpoch(qint64(std::ceil(from)), Qt::UTC), report->at);
        }
        // InvalidDiskInfo stops update() before the first removal
        if (report->runFails && e.fate == CacheFate::RemovableNow)
            e.fate = CacheFate::RunFails;
    }
}

} // namespace

CacheReport buildCacheReport(const CacheReportRequest &request)
{
    CacheReport report;
    report.settings = request.settings;
    report.at = request.at.isValid() ? request.at : QDateTime::currentDateTime();
    report.instancesDir = QDir::cleanPath(QFileInfo(request.instancesDir).absoluteFilePath());
    report.baseDir = report.instancesDir + QLatin1Char('/') + request.settings.subdirectoryName;
    report.source = request.instances ? request.instances->source : InstanceSource::DiskChains;
    report.sourceText = instanceSourceText(request.instances.value_or(InstanceView{}));
    if (request.instances)
        report.sourceNotes = request.instances->notes;
    if (request.settings.virtMkfsSet)
        report.sourceNotes << QStringLiteral("virt_mkfs is set: Nova names ephemeral files after the mkfs command "
                                             "of the guest's os_type, which the report does not follow");

    if (!QFileInfo(report.instancesDir).isDir()) {
        report.problems << QStringLiteral("%1 is not a folder").arg(report.instancesDir);
        return report;
    }
    const QString qemuImg = request.qemuImg.isEmpty() ? findTool(QStringLiteral("qemu-img")) : request.qemuImg;
    QHash<QString, QString> imageByFingerprint;
    for (const QString &id : request.imageIds) {
        if (!id.trimmed().isEmpty())
            imageByFingerprint.insert(cacheFingerprint(id.trimmed()), id.trimmed());
    }

    // _get_base: no cache folder, no verification at all
    report.baseDirFound = QFileInfo(report.baseDir).isDir();
    if (!report.baseDirFound)
        report.problems << QStringLiteral("no image cache folder %1 (nova skips verification)").arg(report.baseDir);
    else
        cachescan::scanBaseDir(&report, qemuImg, imageByFingerprint, request.cancel);

    if (!report.cancelled) {
        if (request.instances)
            cacheuse::markNovaUse(&report, *request.instances, qemuImg, request.cancel);
        else
            cacheuse::markChainUse(&report, qemuImg, request.cancel);
    }
    decideFates(&report);
    if (report.cancelled)
        report.problems << QStringLiteral("cancelled: the report is incomplete");
    return report;
}

} // namespace imageprep
