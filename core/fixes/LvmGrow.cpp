#include "fixes/LvmGrow.h"

#include "checks/LvmGrowth.h"
#include "requirements/PlanContext.h"

#include "checks/CheckSupport.h"

namespace imageprep {

namespace {

class LvmGrowText {
    Q_DECLARE_TR_FUNCTIONS(LvmGrowText)
};

// growpart answers 1 with "NOCHANGE" when the partition already fills the
// disk; pvresize is idempotent; lvextend runs only while the group has free
// extents, so a full disk costs three quick commands per boot.
const char Script[] = R"SH(#!/bin/sh
# Written by imageprep: grows the LVM root into the disk's free space at boot
# (the OpenStack image guide's LVM grow step): growpart on the physical
# volume's partition, pvresize, then lvextend -r, which grows the file system
# (ext4, XFS or btrfs) with the logical volume.
set -u
root=$(findmnt -no SOURCE /)
lvs "$root" >/dev/null 2>&1 || exit 0
vg=$(lvs --noheadings -o vg_name "$root" | tr -d ' ')
for pv in $(pvs --noheadings -o pv_name -S vg_name="$vg" | tr -d ' '); do
    part=$(basename "$(readlink -f "$pv")")
    [ -r "/sys/class/block/$part/partition" ] || continue
    num=$(cat "/sys/class/block/$part/partition")
    # The disk from sysfs: lsblk's pkname also lists the partition's
    # holders (the volume itself), whose parent is the partition.
    disk=$(basename "$(dirname "$(readlink -f "/sys/class/block/$part")")")
    [ -b "/dev/$disk" ] || continue
    echo "imageprep-lvm-growroot: growpart /dev/$disk $num"
    growpart "/dev/$disk" "$num" 2>&1 || true
    pvresize "$pv" 2>&1
done
free=$(vgs --noheadings -o vg_free_count "$vg" | tr -d ' ')
echo "imageprep-lvm-growroot: $vg has ${free:-0} free extents"
[ "${free:-0}" -gt 0 ] || exit 0
lvextend -r -l +100%FREE "$root" 2>&1
)SH";

// No Before= on cloud-init: its main stage runs before sysinit.target, so
// ordering this (default-dependency) service before it would be a cycle;
// cloud-init's resizefs finds nothing to do, lvextend -r grows the file system.
const char Unit[] = R"SH([Unit]
Description=imageprep: grow the LVM root into the disk's free space
After=local-fs.target

[Service]
Type=oneshot
ExecStart=/usr/local/sbin/imageprep-lvm-growroot
RemainAfterExit=yes
StandardOutput=journal+console

[Install]
WantedBy=multi-user.target
)SH";

} // namespace

FirstBootFiles lvmGrowStepFiles()
{
    FirstBootFiles out;
    out.files << FirstBootFile{LvmGrowStepScript, QByteArray(Script), 0755, EditKind::FirstBootScript,
                               LvmGrowText::tr("Boot script that grows the LVM root: growpart, pvresize, lvextend -r (%1)")
                                   .arg(LvmGrowStepScript)};
    out.files << FirstBootFile{QStringLiteral("/etc/systemd/system/") + LvmGrowStepUnit, QByteArray(Unit), 0644,
                               EditKind::FirstBootScript, LvmGrowText::tr("systemd unit that runs the LVM grow step at boot")};
    out.services << LvmGrowStepUnit;
    return out;
}

bool planLvmGrowStep(PlanContext &p, Fix &fix, bool local)
{
    // Judged on the planning view: a step planned by an earlier fix counts.
    if (checks::lvmRootGrowth(p.facts, p.files).path != checks::LvmRootGrowth::Path::None)
        return false;
    if (p.facts.init != InitSystem::Systemd) {
        p.plan.errors << LvmGrowText::tr("The LVM grow step is a systemd service; this guest does not boot with systemd.");
        return false;
    }
    const FamilyProfile &profile = profileFor(p.facts.family());
    if (!profile.growpartPackages.isEmpty() && checks::installedPackage(p.facts, profile.growpartPackages).isEmpty()
        && !p.install(fix, {profile.growpartPackages.first()}, local))
        return false;
    const FirstBootFiles files = lvmGrowStepFiles();
    for (const FirstBootFile &f : files.files)
        p.writeFile(fix, f.kind, f.path, f.content, f.mode, f.summary);
    for (const QString &svc : files.services)
        p.enableService(fix, svc);
    return true;
}

} // namespace imageprep
