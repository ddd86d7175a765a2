// partition-layout: root (or its LVM physical volume) is the last partition
// of its disk, on a file system that can grow. No automatic fix: moving
// partitions needs a new disk (the by-hand steps say how).
#include "requirements/Unit.h"

#include "requirements/Support.h"
#include "checks/LvmGrowth.h"
#include "fixes/LvmGrow.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

const PartitionInfo *partitionOf(const GuestFacts &facts, const QString &device)
{
    for (const PartitionInfo &p : facts.partitions) {
        if (p.device == device)
            return &p;
    }
    return nullptr;
}
QString diskOf(const QString &partition)
{
    QString d = partition;
    while (!d.isEmpty() && d.back().isDigit())
        d.chop(1);
    // nvme0n1p2 and mmcblk0p1 name the disk without the "p".
    if (d.endsWith(QLatin1Char('p')) && d.size() > 1 && d.at(d.size() - 2).isDigit())
        d.chop(1);
    return d;
}
QString partitionsAfter(const GuestFacts &facts, const PartitionInfo &part)
{
    QStringList after;
    for (const PartitionInfo &p : facts.partitions) {
        if (p.number > part.number && diskOf(p.device) == diskOf(part.device))
            after << (p.fstype.isEmpty() ? p.device : QStringLiteral("%1 (%2)").arg(p.device, p.fstype));
    }
    return after.isEmpty() ? CheckText::tr("another partition") : after.join(QStringLiteral(", "));
}

class PartitionLayout final : public BasicRequirement {
public:
    PartitionLayout()
        : BasicRequirement({"partition-layout",
                            //: Title of the OpenStack image requirement "partition-layout": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "Root file system can grow at boot"),
                            //: Why OpenStack needs "partition-layout"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "A flavor's root disk is usually larger than the image. cloud-init's growpart "
                                              "grows the root partition to fill the disk at first boot, which works only when "
                                              "root is the last partition, on a file system it can resize (ext3, ext4, or XFS "
                                              "with xfs_growfs). A root file system on LVM needs its own grow step for the "
                                              "physical and logical volumes."),
                            Severity::Required, "disk-boot"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        if (facts.rootDevice.isEmpty())
            return result(CheckStatus::Unknown, CheckText::tr("Inspection did not find the root file system."));

        QList<Evidence> ev{noteEvidence(CheckText::tr("root is %1 (%2)").arg(facts.rootDevice, facts.rootFsType))};
        QString passSummary = CheckText::tr("Root can grow to fill the disk at first boot.");
        const QString fs = facts.rootFsType;

        if (facts.rootOnLvm()) {
            for (const QString &pv : facts.lvm.physicalVolumes) {
                const PartitionInfo *p = partitionOf(facts, pv);
                if (p && !p->isLast) {
                    ev << noteEvidence(CheckText::tr("physical volume %1 is followed by %2").arg(pv, partitionsAfter(facts, *p)));
                    return result(CheckStatus::Fail,
                                  CheckText::tr("The LVM physical volume %1 is not the last partition; growpart cannot grow it.").arg(pv),
                                  ev);
                }
            }
            // The same answer as root-resize: both read lvmRootGrowth().
            const LvmRootGrowth grow = lvmRootGrowth(facts, files);
            if (grow.path == LvmRootGrowth::Path::None)
                return result(CheckStatus::Fail, grow.summary, ev + grow.evidence);
            ev << grow.evidence;
            passSummary = grow.summary;
        } else if (const PartitionInfo *part = partitionOf(facts, facts.rootDevice)) {
            if (!part->isLast) {
                ev << noteEvidence(CheckText::tr("%1 is followed by %2").arg(part->device, partitionsAfter(facts, *part)));
                return result(CheckStatus::Fail,
                              CheckText::tr("Root %1 is not the last partition; growpart cannot grow it.").arg(part->device), ev);
            }
        } else if (!facts.partitions.isEmpty()) {
            return result(CheckStatus::Unknown,
                          CheckText::tr("Root %1 is not among the partitions inspection listed.").arg(facts.rootDevice), ev);
        }

        if (fs == QLatin1String("xfs")) {
            const auto gp = growpartTool(facts, files);
            const auto xg = xfsGrowTool(facts, files);
            if (!gp || !xg)
                return result(CheckStatus::Fail,
                              CheckText::tr("Root is XFS but %1 is missing; XFS can only grow online with both growpart and xfs_growfs.")
                                  .arg(!gp ? QStringLiteral("growpart") : QStringLiteral("xfs_growfs")),
                              ev);
            ev << *gp << *xg;
        } else if (fs != QLatin1String("ext3") && fs != QLatin1String("ext4") && fs != QLatin1String("btrfs")) {
            return result(CheckStatus::Warning,
                          CheckText::tr("cloud-init cannot grow a %1 root file system.").arg(fs.isEmpty() ? QStringLiteral("?") : fs), ev);
        }
        return result(CheckStatus::Pass, passSummary, ev);
    }

    // Root on LVM with nothing that grows the volume: the LVM grow step (a
    // partition layout itself is not rewritten).
    bool fixable() const override { return true; }
    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override
    {
        planLvmGrowStep(ctx, fix, !ctx.options.localPackageDir.isEmpty());
        return FixOutcome::planned();
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "partition-layout". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "List partitions, file systems and LVM volumes: root (or, with LVM, its physical volume) "
                                     "must be the last partition of its disk, on ext3, ext4, XFS or Btrfs:"),
                   {u"virt-filesystems -a IMAGE --all --long -h"_s, u"guestfish --ro -a IMAGE -i inspect-get-roots"_s}},
                  //: Lab mode, manual steps for "partition-layout": growpart and xfs_growfs are program names.
                  {QT_TRANSLATE_NOOP("ManualSteps", "XFS root: growpart and xfs_growfs must both be in the guest (true, true):"),
                   {u"guestfish --ro -a IMAGE -i is-file /usr/bin/growpart : is-file /usr/sbin/xfs_growfs"_s}},
                  mountGuest(),
                  //: Lab mode, manual steps for "partition-layout": pvresize, lvextend and growvols are program names.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Root on LVM: cloud-init or a first-boot script must grow the volume (pvresize, lvextend or growvols):"),
                   {uR"~(grep -rnsE 'pvresize|lvextend|growvols' /tmp/guest/etc/cloud /tmp/guest/etc/rc.local /tmp/guest/etc/systemd/system /tmp/guest/usr/local/bin /tmp/guest/var/lib/cloud/scripts)~"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "partition-layout": virt-resize and the device names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "A partition after root (often swap) cannot be moved in place. Copy the disk with virt-resize "
                                     "into a new one without it and with root grown; use the device names virt-filesystems showed:"),
                   {u"qemu-img create -f qcow2 COPY 20G"_s, u"virt-resize --delete /dev/sda2 --expand /dev/sda1 IMAGE COPY"_s}},
                  //: Lab mode, manual steps for "partition-layout": /etc/fstab is a file name.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Then comment out the swap lines in /etc/fstab (the deleted partition's swap is gone):"),
                   {uR"~(virt-customize -a COPY --edit '/etc/fstab:s/^(\S+\s+\S+\s+swap\s)/# $1/')~"_s}},
                  //: Lab mode, manual steps for "partition-layout": the cases below change the image in place. Command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Root already last: the cases below change the image itself, so make a plain copy first:"),
                   {u"cp --sparse=always IMAGE COPY"_s}},
                  //: Lab mode, manual steps for "partition-layout". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "XFS root: install growpart and xfs_growfs."), {}},
                  {DebianFamily, {u"virt-customize -a COPY --install cloud-guest-utils,xfsprogs"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install cloud-utils-growpart,xfsprogs --selinux-relabel"_s}},
                  //: Lab mode, manual steps for "partition-layout": names of volume groups and volumes are examples to adapt.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Root on LVM: grow the partition, the physical volume and the root volume at first boot "
                                     "(adapt the disk, partition and volume names):"),
                   {uR"~(virt-customize -a COPY --write $'/etc/cloud/cloud.cfg.d/90-grow-lvm.cfg:runcmd:\n  - [growpart, /dev/vda, "2"]\n  - [pvresize, /dev/vda2]\n  - [lvextend, -r, -l, +100%FREE, /dev/mapper/rl-root]\n')~"_s}},
              },
              false);
    }
};

} // namespace

IMAGEPREP_UNIT(PartitionLayout)

} // namespace imageprep::units
