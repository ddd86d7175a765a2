#pragma once
// The reading half of the cache report: the files of the cache folder as
// Nova's _scan_base_images sorts them, and qemu-img's view of a disk.
// Internal to core/cache.

#include "cache/CacheReport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace imageprep::cachescan {

struct QemuInfo {
    QJsonArray chain; // one object per image, top first
    QString problem;
};

// qemu-img info -U --output=json, with --backing-chain when asked; -U
// (--force-share) as Nova runs it, so disks of running guests can be read.
QemuInfo qemuInfo(const QString &qemuImg, const QString &path, bool backingChain);
// Sets disk's format and sizes from the top image of a chain read without a
// problem, and returns that image's object (for its backing file names).
QJsonObject readTopImage(const QemuInfo &info, InstanceDisk *disk);

// The entries of baseDir with stat data and qemu-img's format probe.
// Fills report->files; stops early when cancel is set.
void scanBaseDir(CacheReport *report, const QString &qemuImg, const QHash<QString, QString> &imageByFingerprint,
                 const std::atomic<bool> *cancel);

// Tries to open the file for reading; an empty string when it can be read.
QString readProblem(const QString &path);
QString canonical(const QString &path);
QString firstLine(const QString &text);
// SHA-256 of a file's bytes, empty when unreadable.
QByteArray contentHash(const QString &path);

} // namespace imageprep::cachescan

namespace imageprep::cacheuse {

// Nova's rules on a listed instance set (_list_running_instances,
// _find_base_file, _list_backing_images, the swap and ephemeral stages):
// sets inUseReason/usedBy, report->disks, and runFails.
void markNovaUse(CacheReport *report, const InstanceView &view, const QString &qemuImg,
                 const std::atomic<bool> *cancel);

// The guess without an instance list: every instance folder's disks and
// their whole backing chains.
void markChainUse(CacheReport *report, const QString &qemuImg, const std::atomic<bool> *cancel);

} // namespace imageprep::cacheuse
