#pragma once
// What qemu-img and libblkid tell about one disk image file, and the probe
// that finds it out. Probing never opens the file for writing.

#include "util/Result.h"

#include <atomic>

#include <QString>
#include <QStringList>

namespace imageprep {

struct ImageInfo {
    QString path;            // absolute path of the probed file
    QString format;          // qemu format name: qcow2 raw vmdk vdi vpc vhdx
    QString subformat;       // vmdk create-type (e.g. "streamOptimized"), qcow2 compat, ...
    qint64 virtualSize = 0;  // size of the disk the guest sees, in bytes
    qint64 actualSize = 0;   // bytes allocated on the host file system
    qint64 fileSize = 0;     // apparent size of the file
    qint64 clusterSize = 0;  // qcow2/vmdk/vhdx allocation unit, 0 when not applicable
    bool encrypted = false;  // always false on success: encrypted images are refused
    QString backingFile;     // always empty on success: images with a backing file are refused
    QString partitionTable;  // raw only: "dos", "gpt", ... as libblkid names it
    QString contentType;     // raw only, no partition table: signature at offset 0 ("ext4", "LVM2_member", ...)
    QStringList extentFiles; // vmdk only: other files holding the data (always next to the descriptor)
};

// Finds the real format of the file by its content (never by its name) with
// `qemu-img info --output=json -U`, checks qcow2 consistency with
// `qemu-img check`, and for raw files asks libblkid whether it is a disk at
// all. Refuses (with an error a user can act on): missing or unreadable files,
// files that are not disk images, truncated or corrupt qcow2, encrypted
// images (qcow2 encryption, LUKS), images with a backing file or a qcow2
// external data file, and VMDK descriptors whose extents lie outside the
// descriptor's folder (they could make a host file appear as guest disk).
// Blocking: call it from a worker thread.
// `cancel` kills a running qemu-img; each qemu-img run also has a deadline.
Result<ImageInfo> probeImage(const QString &path, const std::atomic_bool *cancel = nullptr);

// Checks the type of an input file without blocking (O_NONBLOCK, fstat):
// a regular file or a block device passes (its size in *size); a folder,
// a FIFO, a socket or a character device is refused with a clear error.
Status checkInputFile(const QString &path, qint64 *size = nullptr);

// The error for a file that could not be opened for reading, from errno.
// Exposed so the mapping can be tested without unreadable files.
Error fileAccessError(const QString &path, int errnoValue);

// Human-readable name of a qemu format name ("vpc" -> "VHD").
QString formatDisplayName(const QString &qemuFormat);

} // namespace imageprep
