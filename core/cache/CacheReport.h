#pragma once
// The compute-node image cache report: what each file in
// $instances_path/<subdirectory_name> is, which instance disks use it, and
// what nova's image cache manager will do with it under given settings at a
// given time. "In use" follows Nova's own rules (nova/virt/imagecache.py,
// nova/virt/libvirt/imagecache.py, Zed) on an instance list: libvirt domain
// XML or an exported server list, else a guess from disk chains. Building a
// report only reads (qemu-img info -U, stat); problems are recorded per file.

#include "cache/NovaConfig.h"
#include "cache/NovaInstances.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace imageprep {

// As _scan_base_images sorts a name (lengths in code points, as Python's).
enum class BaseFileKind {
    Original,    // <sha1 of image id>: the image as downloaded from Glance
    Resized,     // <sha1>_<digits>: a copy resized for a flavor's root disk
    LegacySmall, // <sha1>_sm: pre-Grizzly naming, aged like a resized copy
    OtherSuffix, // <sha1>_<anything else> (also <sha1>_<n>.info): aged like a
                 // resized copy, never grouped with its image
    Swap,        // swap_<digits>: a swap disk template, aged like an original
    Ephemeral,   // ephemeral_<digits>_<7 chars>: aged like an original
    Unmanaged,   // anything else (<sha1>.info, folders): nova leaves it alone
};

enum class CacheFate {
    InUse,        // an instance disk's backing chain reaches it (or its image)
    KeptUntil,    // unused, but younger than its minimum age
    RemovableNow, // unused and old enough: the next manager run removes it
    NeverRemoved, // unused, but remove_unused_base_images=False or the manager is off
    NotManaged,   // the image cache manager never removes this kind of file
    RunFails,     // would be removable, but the run fails first (InvalidDiskInfo)
};

// One disk of one instance and where its backing chain leads.
struct InstanceDisk {
    QString instance;   // folder name, normally the instance uuid
    QString path;       // absolute
    QString format;     // as probed by qemu-img, empty when unreadable
    qint64 virtualSize = -1;
    qint64 actualSize = -1;
    QStringList chain;  // canonical paths of the backing files, nearest first
    QString problem;    // why the chain could not be (fully) followed
    // bytes nova reserves with preallocate_images=space (virtual size), else 0
    qint64 reservedBytes = 0;
};

struct BaseFileEntry {
    QString name;
    QString path;
    BaseFileKind kind = BaseFileKind::Unmanaged;
    qint64 resizedTo = -1;        // bytes, for Resized
    QString fingerprint;          // the 40 hex digits, for Original/Resized/LegacySmall
    QString imageId;              // the Glance image id whose SHA-1 matches, when given
    QString format;               // qemu-img's probe of the file, empty when unreadable
    bool regularFile = false;     // os.path.isfile(): _store_image takes only these
    qint64 size = -1;             // apparent size
    qint64 allocated = -1;        // bytes on disk (st_blocks)
    QDateTime modified;
    double mtime = 0;             // os.path.getmtime(): seconds since the epoch
    double age = 0;               // time.time() - mtime, as nova compares it
    qint64 ageSeconds = 0;        // at the report time; negative when modified later
    qint64 minimumAgeSeconds = 0; // the threshold that applies to this kind
    QStringList usedBy;           // instance disk paths whose chain reaches this file
    QString inUseReason;          // empty when not in use
    CacheFate fate = CacheFate::NotManaged;
    QDateTime removableFrom;      // for KeptUntil: modified + minimum age
    QString problem;              // unreadable file, ...
};

struct CacheReportRequest {
    QString instancesDir;
    NovaCacheSettings settings;
    QDateTime at;                 // report time; invalid means now
    QStringList imageIds;         // Glance image ids to name base files by
    // The instance list; nullopt falls back to disk chains (a guess).
    std::optional<InstanceView> instances;
    QString qemuImg;              // path of qemu-img; empty means look it up on PATH
    const std::atomic<bool> *cancel = nullptr;
};

struct CacheReport {
    QString instancesDir;
    QString baseDir;
    bool baseDirFound = false;
    NovaCacheSettings settings;
    QDateTime at;
    QList<BaseFileEntry> files;
    QList<InstanceDisk> disks;
    QStringList problems;         // report-wide notes: missing _base, no qemu-img, cancelled
    bool cancelled = false;
    InstanceSource source = InstanceSource::DiskChains;
    QString sourceText;           // where "in use" comes from, one sentence
    QStringList sourceNotes;      // what the instance source cannot tell
    // A listed instance's disk that qemu-img cannot read makes Nova's
    // _list_backing_images raise InvalidDiskInfo: the run removes nothing.
    bool runFails = false;
    QString runFailure;

    int countFate(CacheFate fate) const;
    // Bytes on disk that the removable-now files occupy.
    qint64 spaceFreed() const;
    // Bytes instance disks reserve with preallocate_images=space.
    qint64 reservedBytes() const;
    // Something for an operator to act on: files the next run removes, or a
    // run that fails (the CLI exits 1).
    bool needsAction() const { return runFails || countFate(CacheFate::RemovableNow) > 0; }
};

// Classifies a name found in the cache folder the way nova's
// _list_base_images does; fills kind, resizedTo and fingerprint.
void classifyBaseFile(const QString &name, BaseFileEntry *entry);

// The fate of a file under the settings: a pure function of kind, use and age
// (seconds as a float, compared like nova's "age < maxage"). minimumAgeSeconds
// receives the threshold that applies to the kind.
CacheFate decideFate(BaseFileKind kind, bool inUse, double ageSeconds,
                     const NovaCacheSettings &settings, qint64 *minimumAgeSeconds = nullptr);

// SHA-1 hex of a Glance image id: the name nova gives its cached original.
QString cacheFingerprint(const QString &imageId);

// Builds the report. Blocking (runs qemu-img per disk): call it from a worker
// thread. Never writes anything.
CacheReport buildCacheReport(const CacheReportRequest &request);

QString fateLabel(CacheFate fate);
QString fateId(CacheFate fate);   // stable id for JSON: in-use, kept, removable, never-removed, not-managed
QString kindLabel(const BaseFileEntry &entry);
QString kindId(BaseFileKind kind);
QString formatBytes(qint64 bytes);

QJsonObject cacheReportToJson(const CacheReport &report);
QString cacheReportToText(const CacheReport &report);
QString cacheReportToHtml(const CacheReport &report);

} // namespace imageprep
