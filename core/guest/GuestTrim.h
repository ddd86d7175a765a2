#pragma once
// Compact output: the free blocks of the guest's filesystems are discarded
// before the overlay is written out, so that they read as zeros (qcow2 zero
// clusters over the original) and qemu-img convert writes only used blocks.
#include <QString>
#include <QStringList>

#include <functional>

namespace imageprep {

class GuestSession;

struct TrimResult {
    QStringList trimmed;  // mountpoints whose free space was discarded
    QStringList skipped;  // "mountpoint: why" (filesystem without discard support, ...)
};

// fstrim on every mounted filesystem of the open guest. Modifies the overlay
// (never the original). A filesystem that cannot be trimmed is skipped: the
// image is only larger, not wrong.
TrimResult trimFreeSpace(GuestSession &session);

} // namespace imageprep
