// partition-layout, root-resize, fstab-stable-names against in-memory guests of every family.
#include "GuestFixtures.h"

#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

class TestDiskChecks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void partitionLayout_data();
    void partitionLayout() { verifyCheck(s("partition-layout")); }
    void rootResize_data();
    void rootResize() { verifyCheck(s("root-resize")); }
    void fstabStableNames_data();
    void fstabStableNames() { verifyCheck(s("fstab-stable-names")); }
};

namespace {

// Puts a swap partition after root so root is no longer last.
void addSwapAfterRoot(Guest &g)
{
    PartitionInfo *root = nullptr;
    for (PartitionInfo &p : g.facts.partitions) {
        if (p.device == g.facts.rootDevice)
            root = &p;
    }
    Q_ASSERT(root);
    root->isLast = false;
    const QString disk = root->device.left(root->device.size() - 1);
    g.facts.partitions.append(PartitionInfo{disk + QString::number(root->number + 1), root->number + 1,
                                            root->start + root->size, 1073741824, s("swap"), {}, {}, {}, {}, true});
}

// Moves root onto an LVM logical volume inside the root partition.
void putRootOnLvm(Guest &g)
{
    const QString pv = g.facts.rootDevice;
    for (PartitionInfo &p : g.facts.partitions) {
        if (p.device == pv)
            p.fstype = s("LVM2_member");
    }
    g.facts.lvm.physicalVolumes = {pv};
    g.facts.lvm.volumeGroups = {s("vg0")};
    g.facts.lvm.logicalVolumes = {LogicalVolume{s("root"), s("vg0"), s("/dev/vg0/root"), 8589934592, g.facts.rootFsType, s("/")}};
    g.facts.rootDevice = s("/dev/vg0/root");
}

} // namespace

void TestDiskChecks::partitionLayout_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("root is the last partition"), "pass", {Expected{{}, 0, {}, s("root is ")}});

        Guest swap = clean;
        addSwapAfterRoot(swap);
        row(swap, s("swap after root"), "fail", {Expected{{}, 0, {}, s("(swap)")}});

        Guest lvm = clean;
        putRootOnLvm(lvm);
        row(lvm, s("root on LVM with no grow step"), "fail", {Expected{{}, 0, {}, s("root is /dev/vg0/root")}});

        Guest noRoot = clean;
        noRoot.facts.rootDevice.clear();
        row(noRoot, s("root device not found"), "unknown");
    }

    Guest lvmScript = cleanGuest(Family::Debian);
    putRootOnLvm(lvmScript);
    lvmScript.file(s("/etc/rc.local"), "#!/bin/sh\ngrowpart /dev/vda 1 && pvresize /dev/vda1 && lvextend -r -l +100%FREE /dev/vg0/root\nexit 0\n");
    row(lvmScript, s("root on LVM grown by rc.local"), "pass",
        {Expected{s("/etc/rc.local"), 2, s("growpart /dev/vda 1 && pvresize /dev/vda1 && lvextend -r -l +100%FREE /dev/vg0/root")}});

    // Agrees with root-resize: a cloud-init whose growpart module grows LVM.
    Guest lvmCloudInit = cleanGuest(Family::Debian);
    putRootOnLvm(lvmCloudInit);
    lvmCloudInit.file(s("/usr/lib/python3/dist-packages/cloudinit/config/cc_growpart.py"), "subp.subp(['lvextend', '-r', lv])\n");
    row(lvmCloudInit, s("root on LVM grown by cloud-init's growpart"), "pass",
        {Expected{s("/usr/lib/python3/dist-packages/cloudinit/config/cc_growpart.py"), 1, s("subp.subp(['lvextend', '-r', lv])")}});

    Guest lvmRuncmd = cleanGuest(Family::Rocky);
    putRootOnLvm(lvmRuncmd);
    lvmRuncmd.file(s("/etc/cloud/cloud.cfg.d/50-growlvm.cfg"), "runcmd:\n  - [pvresize, /dev/sda2]\n  - [lvextend, -r, -l, +100%FREE, /dev/vg0/root]\n");
    row(lvmRuncmd, s("root on LVM grown by cloud-init runcmd"), "pass",
        {Expected{s("/etc/cloud/cloud.cfg.d/50-growlvm.cfg"), 2, s("  - [pvresize, /dev/sda2]")}});

    Guest pvNotLast = cleanGuest(Family::OpenSuse);
    addSwapAfterRoot(pvNotLast);
    putRootOnLvm(pvNotLast);
    row(pvNotLast, s("LVM physical volume followed by swap"), "fail", {Expected{{}, 0, {}, s("physical volume /dev/sda3")}});

    Guest xfsNoTools = cleanGuest(Family::Rocky);
    xfsNoTools.removePackage(s("xfsprogs"));
    row(xfsNoTools, s("XFS root without xfs_growfs"), "fail", {Expected{{}, 0, {}, s("root is /dev/sda2 (xfs)")}});

    Guest xfsNoGrowpart = cleanGuest(Family::Rocky);
    xfsNoGrowpart.removePackage(s("cloud-utils-growpart"));
    row(xfsNoGrowpart, s("XFS root without growpart"), "fail");

    Guest xfsAlpine = cleanGuest(Family::Alpine);
    xfsAlpine.facts.rootFsType = s("xfs");
    xfsAlpine.facts.partitions[0].fstype = s("xfs");
    xfsAlpine.addPackage(s("xfsprogs-extra"));
    row(xfsAlpine, s("XFS root with growpart and xfsprogs-extra"), "pass", {Expected{{}, 0, {}, s("package xfsprogs-extra")}});

    Guest xfsByFile = cleanGuest(Family::Debian);
    xfsByFile.facts.rootFsType = s("xfs");
    xfsByFile.file(s("/usr/sbin/xfs_growfs"), "#!\n");
    row(xfsByFile, s("XFS root, xfs_growfs found as a file"), "pass", {Expected{s("/usr/sbin/xfs_growfs"), 0, {}, {}}});

    Guest reiser = cleanGuest(Family::OpenSuse);
    reiser.facts.rootFsType = s("reiserfs");
    row(reiser, s("reiserfs root cannot be grown"), "warning");
}

void TestDiskChecks::rootResize_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        const QString growpart = profileFor(clean.facts.family()).growpartPackages.first();
        row(clean, s("cloud-init and growpart installed"), "pass", {Expected{{}, 0, {}, s("package cloud-init")}});

        Guest noGrowpart = clean;
        for (const QString &p : profileFor(clean.facts.family()).growpartPackages)
            noGrowpart.removePackage(p);
        row(noGrowpart, s("growpart package missing"), "fail",
            {Expected{{}, 0, {}, QStringLiteral("package %1 is not installed").arg(growpart)}});

        Guest noCloudInit = clean;
        noCloudInit.removePackage(s("cloud-init"));
        row(noCloudInit, s("cloud-init missing"), "fail", {Expected{{}, 0, {}, s("package cloud-init is not installed")}});

        Guest noPackages = clean;
        noPackages.facts.packages.clear();
        row(noPackages, s("no package list"), "unknown");
    }

    Guest growroot = cleanGuest(Family::Debian);
    growroot.removePackage(s("cloud-init"));
    growroot.removePackage(s("cloud-guest-utils"));
    growroot.addPackage(s("cloud-initramfs-growroot"), s("0.18"));
    row(growroot, s("cloud-initramfs-growroot alone"), "pass", {Expected{{}, 0, {}, s("package cloud-initramfs-growroot 0.18")}});

    Guest modeOff = cleanGuest(Family::Ubuntu);
    modeOff.file(s("/etc/cloud/cloud.cfg.d/99-nogrow.cfg"), "growpart:\n  mode: off\n  devices: ['/']\n");
    row(modeOff, s("growpart mode off in cloud.cfg.d"), "fail", {Expected{s("/etc/cloud/cloud.cfg.d/99-nogrow.cfg"), 2, s("  mode: off")}});

    Guest noResize = cleanGuest(Family::Rocky);
    noResize.file(s("/etc/cloud/cloud.cfg.d/10-noresize.cfg"), "# keep the image size\nresize_rootfs: false\n");
    row(noResize, s("resize_rootfs false"), "fail", {Expected{s("/etc/cloud/cloud.cfg.d/10-noresize.cfg"), 2, s("resize_rootfs: false")}});

    Guest marker = cleanGuest(Family::OpenSuse);
    marker.file(s("/etc/growroot-disabled"), "");
    row(marker, s("growroot-disabled marker"), "fail", {Expected{s("/etc/growroot-disabled"), 0, {}, {}}});

    // Root on LVM: the path the guest takes, read from its own cloud-init.
    const QString debianModule = s("/usr/lib/python3/dist-packages/cloudinit/config/cc_growpart.py");
    Guest lvmPartitionsOnly = cleanGuest(Family::Debian);
    putRootOnLvm(lvmPartitionsOnly);
    lvmPartitionsOnly.file(debianModule, "def resize_devices(resizer, devices):\n    # grows partitions\n    subp.subp([\"growpart\", disk, ptnum])\n");
    row(lvmPartitionsOnly, s("root on LVM, cloud-init grows partitions only"), "fail",
        {Expected{debianModule, 0, {}, s("has no LVM step")}});
    // The same verdict from partition-layout, checked here on the same guest.
    Guest lvmGrowsLvm = lvmPartitionsOnly;
    lvmGrowsLvm.file(debianModule, "def resize_lvm(dev):\n    subp.subp([\"pvresize\", dev])\n");
    row(lvmGrowsLvm, s("root on LVM, cloud-init's growpart runs pvresize"), "pass",
        {Expected{debianModule, 2, s("    subp.subp([\"pvresize\", dev])"), s("grows LVM")}});
    Guest lvmCommentOnly = lvmPartitionsOnly;
    lvmCommentOnly.file(debianModule, "# no \"pvresize\" here\nsubp.subp([\"growpart\", disk, ptnum])\n");
    row(lvmCommentOnly, s("root on LVM, pvresize only in a comment"), "fail", {Expected{debianModule, 0, {}, s("has no LVM step")}});
    Guest lvmStep = lvmPartitionsOnly;
    lvmStep.file(s("/usr/local/sbin/imageprep-lvm-growroot"), "#!/bin/sh\ngrowpart /dev/vda 3\npvresize /dev/vda3\nlvextend -r -l +100%FREE /dev/vg0/root\n");
    row(lvmStep, s("root on LVM, a boot script extends the volume"), "pass",
        {Expected{s("/usr/local/sbin/imageprep-lvm-growroot"), 4, s("lvextend -r -l +100%FREE /dev/vg0/root")}});
    Guest lvmNoModule = cleanGuest(Family::Rocky);
    putRootOnLvm(lvmNoModule);
    row(lvmNoModule, s("root on LVM, no growpart module found"), "fail", {Expected{{}, 0, {}, s("taken to grow partitions only")}});

    Guest switchedOff = cleanGuest(Family::Ubuntu);
    switchedOff.file(s("/etc/cloud/cloud-init.disabled"), "");
    row(switchedOff, s("cloud-init switched off"), "fail", {Expected{s("/etc/cloud/cloud-init.disabled"), 0, {}, s("switches cloud-init off")}});

    Guest growpartFile = cleanGuest(Family::Alpine);
    growpartFile.removePackage(s("cloud-utils-growpart"));
    growpartFile.file(s("/usr/bin/growpart"), "#!/bin/sh\n");
    row(growpartFile, s("growpart found as a file"), "pass", {Expected{s("/usr/bin/growpart"), 0, {}, {}}});
}

void TestDiskChecks::fstabStableNames_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("UUID and LABEL entries"), "pass");

        Guest swap = clean;
        QByteArray fstab = swap.files.readBytes(s("/etc/fstab"), 4096);
        const int line = static_cast<int>(fstab.count('\n')) + 1;
        fstab += "/dev/sdb1\tnone\tswap\tsw\t0\t0\n";
        swap.file(s("/etc/fstab"), fstab);
        row(swap, s("swap named /dev/sdb1"), "fail", {Expected{s("/etc/fstab"), line, s("/dev/sdb1\tnone\tswap\tsw\t0\t0")}});

        Guest none = clean;
        none.files.remove(s("/etc/fstab"));
        row(none, s("no fstab"), "not-applicable");
    }
    Guest vd = cleanGuest(Family::Debian);
    vd.file(s("/etc/fstab"), "/dev/vda1 / ext4 defaults 0 1\nproc /proc proc defaults 0 0\n");
    row(vd, s("root named /dev/vda1"), "fail", {Expected{s("/etc/fstab"), 1, s("/dev/vda1 / ext4 defaults 0 1"), s("/dev/vda1")}});

    Guest nvme = cleanGuest(Family::Ubuntu);
    nvme.file(s("/etc/fstab"), "# comment\n/dev/nvme0n1p2 / ext4 defaults 0 1\n");
    row(nvme, s("root named /dev/nvme0n1p2"), "fail", {Expected{s("/etc/fstab"), 2, s("/dev/nvme0n1p2 / ext4 defaults 0 1")}});

    Guest stable = cleanGuest(Family::Rocky);
    stable.file(s("/etc/fstab"), "/dev/mapper/rl-root / xfs defaults 0 0\nPARTUUID=1234 /boot xfs defaults 0 0\n"
                                 "/dev/disk/by-uuid/5f2c /srv xfs defaults 0 0\ntmpfs /tmp tmpfs defaults 0 0\n");
    row(stable, s("mapper, PARTUUID, by-uuid and tmpfs"), "pass");
}

QTEST_GUILESS_MAIN(TestDiskChecks)
#include "tst_diskchecks.moc"
