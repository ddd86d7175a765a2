// The fallback when no instance list is given: every instance folder's disks
// and their whole backing chains keep cache files in use. Nova counts only
// listed instances and only "<instance>/disk"'s immediate backing file, so
// this is a guess, and a cautious one (it keeps more than Nova).
#include "cache/CacheScan.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

namespace imageprep::cacheuse {

namespace {

using cachescan::canonical;
using cachescan::firstLine;
using cachescan::qemuInfo;

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

// Reads one disk's chain; returns the immediate backing file name.
QString readChain(const QString &qemuImg, InstanceDisk *d)
{
    if (const QString p = cachescan::readProblem(d->path); !p.isEmpty()) {
        d->problem = p;
        return {};
    }
    cachescan::QemuInfo qi = qemuInfo(qemuImg, d->path, true);
    if (!qi.problem.isEmpty()) {
        d->problem = QStringLiteral("broken backing chain: %1").arg(firstLine(qi.problem));
        // the top image alone still names its backing file
        qi = qemuInfo(qemuImg, d->path, false);
        if (!qi.problem.isEmpty()) {
            d->problem = QStringLiteral("qemu-img cannot open it: %1").arg(firstLine(qi.problem));
            return {};
        }
    }
    const QJsonObject top = cachescan::readTopImage(qi, d);
    QString immediate = top.value(QLatin1String("full-backing-filename")).toString();
    if (immediate.isEmpty())
        immediate = top.value(QLatin1String("backing-filename")).toString();
    for (qsizetype i = 1; i < qi.chain.size(); ++i)
        d->chain << canonical(qi.chain.at(i).toObject().value(QLatin1String("filename")).toString());
    if (d->chain.isEmpty() && !immediate.isEmpty())
        d->chain << canonical(immediate);
    return immediate;
}

void markChain(CacheReport *report, const InstanceDisk &d, const QString &immediate,
               const QHash<QString, int> &byPath, const QHash<QString, int> &byName)
{
    const QString rel = QDir(report->instancesDir).relativeFilePath(d.path);
    for (qsizetype i = 0; i < d.chain.size(); ++i) {
        int idx = byPath.value(d.chain.at(i), -1);
        QString how = i == 0 ? QStringLiteral("backing file of %1").arg(rel)
                             : QStringLiteral("in the backing chain of %1").arg(rel);
        if (idx < 0 && i == 0) {
            // nova joins the backing file's name to its own cache folder
            idx = byName.value(QFileInfo(immediate).fileName(), -1);
            how = QStringLiteral("backing file of %1 (matched by name)").arg(rel);
        }
        if (idx < 0)
            continue;
        BaseFileEntry &e = report->files[idx];
        if (!e.usedBy.contains(rel))
            e.usedBy << rel;
        if (e.inUseReason.isEmpty())
            e.inUseReason = how;
    }
}

} // namespace

void markChainUse(CacheReport *report, const QString &qemuImg, const std::atomic<bool> *cancel)
{
    if (qemuImg.isEmpty())
        report->problems << QStringLiteral("qemu-img not found: backing chains and formats are not read "
                                           "(install qemu-utils)");
    QHash<QString, int> byPath;
    QHash<QString, int> byName;
    for (int i = 0; i < report->files.size(); ++i) {
        byPath.insert(canonical(report->files.at(i).path), i);
        byName.insert(report->files.at(i).name, i);
    }
    const QFileInfoList folders = QDir(report->instancesDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &dirInfo : folders) {
        if (dirInfo.fileName() == report->settings.subdirectoryName)
            continue;
        const QFileInfoList diskFiles = QDir(dirInfo.absoluteFilePath()).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &diskInfo : diskFiles) {
            if (!isInstanceDiskName(diskInfo.fileName()))
                continue;
            if (cancel && cancel->load()) {
                report->cancelled = true;
                return;
            }
            InstanceDisk d;
            d.instance = dirInfo.fileName();
            d.path = diskInfo.absoluteFilePath();
            if (qemuImg.isEmpty()) {
                d.problem = QStringLiteral("qemu-img not found");
                report->disks.append(d);
                continue;
            }
            // a raw disk (images_type=raw) simply has no backing file
            const QString immediate = readChain(qemuImg, &d);
            if (report->settings.preallocate == Preallocate::Space && d.virtualSize > 0)
                d.reservedBytes = d.virtualSize;
            markChain(report, d, immediate, byPath, byName);
            report->disks.append(d);
        }
    }
    // _find_base_file groups an image's original, _sm and _<digits> files:
    // one of them in use keeps the others.
    QHash<QString, QString> used;
    for (const BaseFileEntry &e : std::as_const(report->files)) {
        if (!e.usedBy.isEmpty() && !e.fingerprint.isEmpty() && e.kind != BaseFileKind::OtherSuffix)
            used.insert(e.fingerprint, e.name);
    }
    for (BaseFileEntry &e : report->files) {
        const bool grouped = e.kind == BaseFileKind::Original || e.kind == BaseFileKind::Resized
            || e.kind == BaseFileKind::LegacySmall;
        if (e.inUseReason.isEmpty() && grouped && used.contains(e.fingerprint))
            e.inUseReason = QStringLiteral("same image as %1, which is in use").arg(used.value(e.fingerprint));
    }
}

} // namespace imageprep::cacheuse
