// Disk and boot-time growth: partition-layout, root-resize, fstab-stable-names.
#include "checks/CheckSupport.h"
#include "checks/CloudInitSwitches.h"
#include "checks/LvmGrowth.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QRegularExpression>

namespace imageprep::checks {

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

// growpart from the family's package, or the tool itself when packages are unlisted.
std::optional<Evidence> growpartTool(const GuestFacts &facts, const GuestFiles &files)
{
    const QString pkg = installedPackage(facts, profileFor(facts.family()).growpartPackages);
    if (!pkg.isEmpty())
        return packageEvidence(facts, pkg);
    for (const QString &p : {QStringLiteral("/usr/bin/growpart"), QStringLiteral("/usr/sbin/growpart")}) {
        if (files.isFile(p))
            return Evidence{p, 0, {}, CheckText::tr("growpart is present")};
    }
    return std::nullopt;
}

std::optional<Evidence> xfsGrowTool(const GuestFacts &facts, const GuestFiles &files)
{
    const QString pkg = installedPackage(facts, profileFor(facts.family()).xfsGrowPackages);
    if (!pkg.isEmpty())
        return packageEvidence(facts, pkg);
    for (const QString &p : {QStringLiteral("/usr/sbin/xfs_growfs"), QStringLiteral("/sbin/xfs_growfs")}) {
        if (files.isFile(p))
            return Evidence{p, 0, {}, CheckText::tr("xfs_growfs is present")};
    }
    return std::nullopt;
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
};

class RootResize final : public BasicRequirement {
public:
    RootResize()
        : BasicRequirement({"root-resize",
                            //: Title of the OpenStack image requirement "root-resize": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "Tools to grow root at first boot are installed"),
                            //: Why OpenStack needs "root-resize"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Without a resize step an instance keeps the image's small root file system "
                                              "whatever disk size the flavor gives it. cloud-init together with growpart, or "
                                              "an initramfs growroot package, resizes the root partition and file system "
                                              "automatically when the instance boots."),
                            Severity::Required, "disk-boot"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        const FamilyProfile &profile = profileFor(facts.family());
        if (facts.packages.isEmpty())
            return result(CheckStatus::Unknown, CheckText::tr("Inspection found no package list."));

        // On LVM the path the guest takes decides (and partition-layout says the same).
        const LvmRootGrowth lvm = lvmRootGrowth(facts, files);
        if (lvm.path == LvmRootGrowth::Path::None)
            return result(CheckStatus::Fail, lvm.summary, lvm.evidence);
        if (lvm.path == LvmRootGrowth::Path::GrowStep)
            return result(CheckStatus::Pass, lvm.summary, lvm.evidence);

        const QString growroot = installedPackage(facts, profile.growrootPackages);
        if (lvm.path == LvmRootGrowth::Path::NotLvm && !growroot.isEmpty())
            return result(CheckStatus::Pass, CheckText::tr("%1 grows root in the initramfs.").arg(growroot),
                          {packageEvidence(facts, growroot)});

        const bool cloudInit = facts.hasPackage(QStringLiteral("cloud-init"));
        const QString agent = installedPackage(facts, profile.metadataAgentPackages);
        const auto growpart = growpartTool(facts, files);
        if ((!cloudInit && agent.isEmpty()) || !growpart) {
            QStringList missing;
            if (!cloudInit && agent.isEmpty())
                missing << QStringLiteral("cloud-init");
            if (!growpart)
                missing << profile.growpartPackages.value(0, QStringLiteral("growpart"));
            QList<Evidence> ev;
            for (const QString &m : std::as_const(missing))
                ev << noteEvidence(CheckText::tr("package %1 is not installed").arg(m));
            return result(CheckStatus::Fail, CheckText::tr("Nothing grows root at first boot: %1 missing.")
                                                 .arg(missing.join(QStringLiteral(", "))),
                          ev);
        }

        QList<Evidence> ev{cloudInit ? packageEvidence(facts, QStringLiteral("cloud-init")) : packageEvidence(facts, agent), *growpart};
        if (cloudInit) {
            const CloudInitSwitches switches = cloudInitSwitches(files);
            if (switches.off())
                return result(CheckStatus::Fail,
                              CheckText::tr("cloud-init is switched off, so growpart never runs: %1.").arg(describeSwitches(switches)),
                              ev + switches.disabledBy);
            const QList<CloudConfigFile> cfg = cloudConfigFiles(files);
            if (const auto block = lastTopLevelBlock(cfg, QStringLiteral("growpart"))) {
                for (const Line &c : block->children) {
                    const QString t = c.text.trimmed();
                    if (t.startsWith(QLatin1String("mode:"))) {
                        const QString mode = yamlScalar(t.mid(5));
                        if (mode == QLatin1String("off") || mode == QLatin1String("false"))
                            return result(CheckStatus::Fail, CheckText::tr("cloud-init's growpart module is turned off."),
                                          {lineEvidence(block->file, c)});
                    }
                }
            }
            if (const auto block = lastTopLevelBlock(cfg, QStringLiteral("resize_rootfs"))) {
                if (block->inlineValue == QLatin1String("false") || block->inlineValue == QLatin1String("False"))
                    return result(CheckStatus::Fail, CheckText::tr("cloud-init is told not to resize the root file system."),
                                  {lineEvidence(block->file, block->keyLine)});
            }
            const QString disabled = QStringLiteral("/etc/growroot-disabled");
            if (files.exists(disabled))
                return result(CheckStatus::Fail, CheckText::tr("%1 stops growpart from growing root.").arg(disabled),
                              {Evidence{disabled, 0, {}, CheckText::tr("file exists")}});
        }
        if (lvm.path == LvmRootGrowth::Path::CloudInit)
            return result(CheckStatus::Pass, lvm.summary, ev + lvm.evidence);
        return result(CheckStatus::Pass, CheckText::tr("growpart grows root at first boot."), ev);
    }
};

class FstabStableNames final : public BasicRequirement {
public:
    FstabStableNames()
        : BasicRequirement({"fstab-stable-names",
                            //: Title of the OpenStack image requirement "fstab-stable-names": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "fstab uses UUID or LABEL, not device names"),
                            //: Why OpenStack needs "fstab-stable-names"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "The disk bus changes between hypervisors (sda on the source, vda with virtio on "
                                              "OpenStack), so a file system named by kernel device is not found and the "
                                              "instance stops in emergency mode. UUID= and LABEL= follow the file system."),
                            Severity::Recommended, "disk-boot"})
    {
    }

    CheckResult evaluate(const GuestFacts &, const GuestFiles &files) const override
    {
        const QString path = QStringLiteral("/etc/fstab");
        if (!files.isFile(path))
            return result(CheckStatus::NotApplicable, CheckText::tr("The guest has no /etc/fstab."));
        static const QRegularExpression kernelName(
            QStringLiteral("^/dev/((sd|vd|hd|xvd)[a-z]+[0-9]*|nvme[0-9]+n[0-9]+(p[0-9]+)?|mmcblk[0-9]+(p[0-9]+)?)$"));
        QList<Evidence> bad;
        for (const Line &l : readLines(files, path)) {
            const QString t = l.text.trimmed();
            if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
                continue;
            const QString spec = t.section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
            if (kernelName.match(spec).hasMatch())
                bad << lineEvidence(path, l, CheckText::tr("%1 is a kernel device name").arg(spec));
        }
        if (!bad.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("%n fstab entr(y/ies) name a kernel device.", nullptr, static_cast<int>(bad.size())), bad);
        return result(CheckStatus::Pass, CheckText::tr("fstab names file systems by UUID, LABEL or stable paths."));
    }
};

} // namespace

void addDiskChecks(RequirementList &out)
{
    out.push_back(std::make_unique<PartitionLayout>());
    out.push_back(std::make_unique<RootResize>());
    out.push_back(std::make_unique<FstabStableNames>());
}

} // namespace imageprep::checks
