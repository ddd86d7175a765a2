// "In use" as Nova's libvirt ImageCacheManager decides it on a listed
// instance set (nova/virt/imagecache.py and nova/virt/libvirt/imagecache.py,
// Zed). Each step names the Nova function it follows.
#include "cache/CacheScan.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace imageprep::cacheuse {

namespace {

using cachescan::firstLine;
using cachescan::qemuInfo;

// Marks a cache file as in use once; the first reason is shown.
void mark(BaseFileEntry &e, const QString &reason, const QString &user = {})
{
    if (e.inUseReason.isEmpty())
        e.inUseReason = reason;
    if (!user.isEmpty() && !e.usedBy.contains(user))
        e.usedBy << user;
}

BaseFileEntry *entryNamed(CacheReport *report, const QString &name)
{
    for (BaseFileEntry &e : report->files) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

// basename(backing-filename) of one disk, as get_disk_backing_file returns
// it; problem set when qemu-img cannot read the disk.
QString backingName(const QString &qemuImg, InstanceDisk *disk)
{
    const cachescan::QemuInfo qi = qemuInfo(qemuImg, disk->path, false);
    if (!qi.problem.isEmpty()) {
        disk->problem = QStringLiteral("qemu-img cannot read it: %1").arg(firstLine(qi.problem));
        return {};
    }
    const QJsonObject top = cachescan::readTopImage(qi, disk);
    const QString backing = top.value(QLatin1String("backing-filename")).toString();
    if (!backing.isEmpty())
        disk->chain << backing;
    // os.path.basename: everything after the last "/"
    return backing.mid(backing.lastIndexOf(QLatin1Char('/')) + 1);
}

// _list_running_instances: the folder names an instance may use.
QSet<QString> instanceNames(const InstanceView &view)
{
    QSet<QString> names;
    for (const NovaInstance &inst : view.instances) {
        for (const QString &n : {inst.name, inst.uuid}) {
            if (n.isEmpty())
                continue;
            names.insert(n);
            if (inst.resizing)
                names.insert(n + QStringLiteral("_resize"));
        }
    }
    return names;
}

// _find_base_file + _mark_in_use for one image's fingerprint: the
// original, "_sm" and "_<digits>" files.
void markFingerprint(CacheReport *report, const QString &fp, const QString &why)
{
    for (BaseFileEntry &e : report->files) {
        // the original and _sm are found by os.path.exists (any entry), the
        // resized copies among the regular files _store_image kept
        const bool byName = e.name == fp || e.name == fp + QStringLiteral("_sm");
        const bool resized = e.kind == BaseFileKind::Resized && e.regularFile && e.fingerprint == fp;
        if (byName || resized)
            mark(e, why);
    }
}

// The libvirt metadata and server lists carry no kernel or ramdisk ids:
// nova copies the cached kernel byte for byte into <instance>/kernel, so a
// cached original with the same bytes is that kernel's image.
void markKernelsByContent(CacheReport *report, const QString &folder, const QString &rel)
{
    for (const QString &file : {QStringLiteral("kernel"), QStringLiteral("ramdisk")}) {
        const QFileInfo fi(folder + QLatin1Char('/') + file);
        if (!fi.isFile())
            continue;
        QByteArray hash;
        for (BaseFileEntry &e : report->files) {
            if (e.kind != BaseFileKind::Original || !e.regularFile || e.size != fi.size())
                continue;
            if (hash.isEmpty())
                hash = cachescan::contentHash(fi.absoluteFilePath());
            if (!hash.isEmpty() && cachescan::contentHash(e.path) == hash)
                markFingerprint(report, e.fingerprint,
                                       QStringLiteral("%1 of %2 (same bytes; the instance list names no %1 id)")
                                           .arg(file, rel));
        }
    }
}

// The swap and ephemeral names an instance uses. _list_running_instances
// takes them from the block device mappings: "swap_<MiB>" and
// "ephemeral_<GiB>_<extension>". Without flavor sizes in the source, the
// sizes are read from the instance's disk.swap / disk.local backing files.
void localDiskNames(const CacheReport &report, const NovaInstance &inst, const QString &folder,
                    const QString &qemuImg, QSet<QString> *swap, QSet<QString> *ephemeral)
{
    const auto inferred = [&](const QString &file, const QString &prefix) -> std::optional<qint64> {
        if (folder.isEmpty() || qemuImg.isEmpty() || !QFileInfo::exists(folder + QLatin1Char('/') + file))
            return std::nullopt;
        InstanceDisk d;
        d.path = folder + QLatin1Char('/') + file;
        const QStringList parts = backingName(qemuImg, &d).split(QLatin1Char('_'));
        if (parts.size() < 2 || parts.at(0) != prefix)
            return std::nullopt;
        bool ok = false;
        const qint64 n = parts.at(1).toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    };
    const std::optional<qint64> swapMb = inst.swapMb ? inst.swapMb : inferred(QStringLiteral("disk.swap"), QStringLiteral("swap"));
    std::optional<qint64> ephGb = inst.ephemeralGb;
    if (!ephGb)
        ephGb = inferred(QStringLiteral("disk.eph0"), QStringLiteral("ephemeral"));
    if (!ephGb)
        ephGb = inferred(QStringLiteral("disk.local"), QStringLiteral("ephemeral"));
    if (swapMb && *swapMb > 0)
        swap->insert(QStringLiteral("swap_") + QString::number(*swapMb));
    if (ephGb && *ephGb > 0)
        ephemeral->insert(report.settings.ephemeralFileName(*ephGb));
}

// _list_backing_images: the immediate backing file of "<name>/disk" for
// every folder named after a listed instance. qemu-img failing on one raises
// InvalidDiskInfo, which nothing catches: the whole run stops.
void markBackingFiles(CacheReport *report, const QSet<QString> &names, const QString &qemuImg,
                      const std::atomic<bool> *cancel)
{
    const QStringList entries = QDir(report->instancesDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                                          | QDir::NoDotAndDotDot,
                                                                      QDir::Name);
    for (const QString &ent : entries) {
        if (!names.contains(ent))
            continue;
        InstanceDisk d;
        d.instance = ent;
        d.path = report->instancesDir + QLatin1Char('/') + ent + QStringLiteral("/disk");
        if (!QFileInfo::exists(d.path))
            continue;
        if (cancel && cancel->load()) {
            report->cancelled = true;
            return;
        }
        const QString rel = ent + QStringLiteral("/disk");
        const QString backing = backingName(qemuImg, &d);
        if (!d.problem.isEmpty() && !report->runFails) {
            report->runFails = true;
            report->runFailure = QStringLiteral("qemu-img cannot read %1, a listed instance's disk: Nova's run "
                                                "stops with InvalidDiskInfo and removes nothing (%2)")
                                     .arg(rel, d.problem);
        }
        if (report->settings.preallocate == Preallocate::Space && d.virtualSize > 0)
            d.reservedBytes = d.virtualSize; // nova runs fallocate -n -l <virtual size>
        if (BaseFileEntry *e = backing.isEmpty() ? nullptr : entryNamed(report, backing)) {
            // the swap and ephemeral stages ignore this list
            if (e->kind != BaseFileKind::Swap && e->kind != BaseFileKind::Ephemeral)
                mark(*e, QStringLiteral("backing file of %1").arg(rel), rel);
        }
        report->disks.append(d);
    }
}

} // namespace

void markNovaUse(CacheReport *report, const InstanceView &view, const QString &qemuImg,
                 const std::atomic<bool> *cancel)
{
    QSet<QString> usedSwap;
    QSet<QString> usedEphemeral;
    for (const NovaInstance &inst : view.instances) {
        const QString who = QStringLiteral("instance %1").arg(inst.uuid);
        // _list_running_instances: image_ref, kernel_id and ramdisk_id
        // (None skipped, "" counted) -> _age_and_verify_cached_images
        const std::pair<const std::optional<QString> *, QString> refs[] = {
            {&inst.imageRef, QStringLiteral("image")},
            {&inst.kernelId, QStringLiteral("kernel")},
            {&inst.ramdiskId, QStringLiteral("ramdisk")}};
        for (const auto &[ref, what] : refs) {
            if (*ref)
                markFingerprint(report, cacheFingerprint(**ref),
                                QStringLiteral("%1 %2 of %3").arg(what, **ref, who));
        }
        QString folder;
        for (const QString &n : {inst.uuid, inst.name}) {
            if (!n.isEmpty() && folder.isEmpty() && QFileInfo(report->instancesDir + QLatin1Char('/') + n).isDir())
                folder = report->instancesDir + QLatin1Char('/') + n;
        }
        if (!inst.kernelIdsKnown && !folder.isEmpty())
            markKernelsByContent(report, folder, QFileInfo(folder).fileName());
        localDiskNames(*report, inst, folder, qemuImg, &usedSwap, &usedEphemeral);
    }
    if (qemuImg.isEmpty())
        report->problems << QStringLiteral("qemu-img not found: the backing files of listed instances are not read");
    else
        markBackingFiles(report, instanceNames(view), qemuImg, cancel);
    // _age_and_verify_swap_images / _age_and_verify_ephemeral_images
    for (BaseFileEntry &e : report->files) {
        if (e.kind == BaseFileKind::Swap && usedSwap.contains(e.name))
            mark(e, QStringLiteral("swap of a listed instance"));
        if (e.kind == BaseFileKind::Ephemeral && usedEphemeral.contains(e.name))
            mark(e, QStringLiteral("ephemeral disk of a listed instance"));
    }
}

} // namespace imageprep::cacheuse
