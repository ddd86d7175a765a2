#pragma once
// Writes the fixed image: converts the session overlay (appliance shut down
// first, so it is consistent) to OUT with qemu-img, under a temporary name in
// OUT's folder, checks it, and renames it to OUT only when complete. On
// failure or cancel nothing is left under either name. Blocking (runs
// qemu-img); the fuller Exporter in core/export can replace this.
//
// The temporary file `OUT.tmp-XXXXXX` is held under an flock() while it is
// written; one that a killed process left behind is unlocked, and the next
// write of OUT removes it (removeAbandonedOutputs), like abandoned workspaces.

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace imageprep {

// format: "qcow2" or "raw". Refuses to overwrite an existing OUT.
Status writeFixedImage(const QString &overlayPath, const QString &outPath, const QString &format,
                       const std::atomic_bool *cancel = nullptr);

// Removes `OUT.tmp-XXXXXX` files next to outPath that no running write holds;
// returns the removed paths.
QStringList removeAbandonedOutputs(const QString &outPath);

} // namespace imageprep
