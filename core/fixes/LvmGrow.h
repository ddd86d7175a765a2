#pragma once
// The LVM grow step: the image guide's "LVM grow script" alternative for a
// root on LVM whose cloud-init grows partitions only. At every boot a small
// systemd service runs growpart on the physical volume's partition, then
// pvresize, then `lvextend -r -l +100%FREE` on the root volume (-r grows
// ext4, XFS or btrfs with the volume). Each step is a no-op once the disk
// is full, so it is safe on every boot and after a later disk resize.
// Internal to core/fixes.

#include "fixes/FirstBoot.h"

namespace imageprep {

inline const QString LvmGrowStepScript = QStringLiteral("/usr/local/sbin/imageprep-lvm-growroot");
inline const QString LvmGrowStepUnit = QStringLiteral("imageprep-lvm-growroot.service");

// The script and its unit (pure: contents only).
FirstBootFiles lvmGrowStepFiles();

struct Fix;
class PlanContext;

// Plans the grow step when root is on LVM and lvmRootGrowth() finds no path:
// growpart's package (when missing), the script, its unit, enabled.
// Returns false when nothing was needed.
bool planLvmGrowStep(PlanContext &p, Fix &fix, bool local);

} // namespace imageprep
