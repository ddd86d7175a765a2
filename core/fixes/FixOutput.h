#pragma once
// Writes the fixed image: converts the session overlay (appliance shut down
// first, so it is consistent) to OUT with qemu-img, under a temporary name in
// OUT's folder, checks it, and renames it to OUT only when complete. On
// failure or cancel nothing is left under either name. Blocking (runs
// qemu-img); the fuller Exporter in core/export can replace this.

#include "util/Result.h"

#include <QString>

#include <atomic>

namespace imageprep {

// format: "qcow2" or "raw". Refuses to overwrite an existing OUT.
Status writeFixedImage(const QString &overlayPath, const QString &outPath, const QString &format,
                       const std::atomic_bool *cancel = nullptr);

} // namespace imageprep
