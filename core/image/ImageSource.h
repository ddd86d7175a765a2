#pragma once
// Opens any supported input (disk image, OVA/tar, compressed image) for a
// session without touching it: extracts into the workspace when needed,
// probes the real format and puts a qcow2 overlay on top.

#include "image/Archive.h"
#include "image/ImageInfo.h"
#include "image/Ovf.h"
#include "image/Progress.h"
#include "image/Workspace.h"
#include "util/Result.h"

#include <QString>
#include <atomic>
#include <optional>

namespace imageprep {

struct OpenedImage {
    QString originalPath;  // what the user chose, absolute
    QString diskPath;      // what the overlay is backed by: the original, or a disk extracted into the workspace
    ImageInfo info;        // probe of diskPath
    QString overlayPath;   // the only file the session writes to
    QString container;     // "" | "ova" | "tar" | "gzip" | "xz" | "zstd" | "bzip2"
    QStringList filters;   // compression around a tar/ova, outermost first (e.g. {"gzip"})
    std::optional<OvfDisk> ovf;               // the disk chosen from the OVF
    std::optional<OvfDescriptor> descriptor;  // the whole OVF, for the OS and the other disks
    QStringList notes;     // things the user should know (other disks ignored, no manifest, ...)
};

// Blocking: run it on a worker thread. Cancel -> ErrorCode::Cancelled, with
// nothing left behind outside the workspace.
Result<OpenedImage> openImage(const QString &path, Workspace &ws, const ProgressFn &progress = {},
                              const std::atomic_bool *cancel = nullptr,
                              const ExtractLimits &limits = {});

} // namespace imageprep
