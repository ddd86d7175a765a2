// serial-console, xen-pv-kernel, virtio-drivers against in-memory guests of every family.
#include "GuestFixtures.h"

#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

class TestBootChecks final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serialConsole_data();
    void serialConsole() { verifyCheck(s("serial-console")); }
    void xenPvKernel_data();
    void xenPvKernel() { verifyCheck(s("xen-pv-kernel")); }
    void virtioDrivers_data();
    void virtioDrivers() { verifyCheck(s("virtio-drivers")); }
};

namespace {

// The family's boot loader defaults, rewritten to one line holding args.
Expected setDefaults(Guest &g, const QString &args)
{
    if (g.facts.init == InitSystem::OpenRC) {
        const QString line = QStringLiteral("default_kernel_opts=\"%1\"").arg(args);
        g.file(s("/etc/update-extlinux.conf"), line.toUtf8() + "\n");
        return Expected{s("/etc/update-extlinux.conf"), 1, line};
    }
    const QString line = QStringLiteral("GRUB_CMDLINE_LINUX=\"%1\"").arg(args);
    g.file(s("/etc/default/grub"), "GRUB_TIMEOUT=5\n" + line.toUtf8() + "\n");
    return Expected{s("/etc/default/grub"), 2, line};
}

QString configPath(const Guest &g)
{
    return s("/boot/config-") + g.facts.kernels.first().version;
}

// Replaces line n (1-based) of the kernel config.
void setConfigLine(Guest &g, int n, const QByteArray &text)
{
    QList<QByteArray> lines = g.files.readBytes(configPath(g), 1 << 20).split('\n');
    lines[n - 1] = text;
    g.file(configPath(g), lines.join('\n'));
}

void useOldKernel(Guest &g, const QString &version, const QByteArray &config)
{
    g.facts.kernels = {KernelInfo{version, s("/boot/vmlinuz-") + version}};
    if (!config.isEmpty())
        g.file(s("/boot/config-") + version, config);
}

} // namespace

void TestBootChecks::serialConsole_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("tty0 and ttyS0 everywhere"), "pass");

        Guest noSerial = clean;
        const Expected e1 = setDefaults(noSerial, s("console=tty0"));
        row(noSerial, s("defaults without ttyS0"), "fail", {Expected{e1.file, e1.line, e1.text, s("no console=ttyS0,115200n8")}});

        Guest order = clean;
        const Expected e2 = setDefaults(order, s("console=ttyS0,115200n8 console=tty0"));
        row(order, s("ttyS0 not the last console"), "fail", {Expected{e2.file, e2.line, e2.text, s("not the last console")}});

        Guest quiet = clean;
        const Expected e3 = setDefaults(quiet, s("quiet console=tty0 console=ttyS0,115200n8"));
        row(quiet, s("quiet in the defaults"), "warning", {Expected{e3.file, e3.line, e3.text, s("quiet")}});

        Guest nothing = clean;
        for (const char *p : {"/etc/default/grub", "/boot/grub/grub.cfg", "/boot/grub2/grub.cfg", "/boot/grub2/grubenv",
                              "/etc/update-extlinux.conf", "/boot/extlinux.conf"})
            nothing.files.remove(QString::fromLatin1(p));
        for (const QString &e : nothing.files.glob(s("/boot/loader/entries"), s("*")))
            nothing.files.remove(e);
        row(nothing, s("no boot configuration"), "unknown");
    }

    Guest cloudimg = cleanGuest(Family::Ubuntu);
    cloudimg.file(s("/etc/default/grub"), "GRUB_CMDLINE_LINUX_DEFAULT=\"quiet splash\"\nGRUB_CMDLINE_LINUX=\"\"\n");
    cloudimg.file(s("/etc/default/grub.d/50-cloudimg-settings.cfg"),
                  "# Cloud Image specific Grub settings\nGRUB_CMDLINE_LINUX_DEFAULT=\"console=tty1 console=ttyS0\"\n");
    cloudimg.file(s("/boot/grub/grub.cfg"), "\tlinux\t/boot/vmlinuz-5.15.0-86-generic root=LABEL=cloudimg-rootfs ro console=tty1 console=ttyS0\n"
                                            "\tlinux\t/boot/vmlinuz-5.15.0-86-generic root=LABEL=cloudimg-rootfs ro recovery nomodeset\n");
    // grub.d overrides the quiet default; tty1 is a VGA console; recovery entries do not count.
    row(cloudimg, s("Ubuntu cloud image settings in grub.d"), "pass",
        {Expected{s("/etc/default/grub.d/50-cloudimg-settings.cfg"), 2, s("GRUB_CMDLINE_LINUX_DEFAULT=\"console=tty1 console=ttyS0\"")}});

    Guest dropped = cleanGuest(Family::Debian);
    dropped.file(s("/etc/default/grub.d/90-local.cfg"), "GRUB_CMDLINE_LINUX=\"net.ifnames=0\"\n");
    row(dropped, s("grub.d drops the consoles"), "fail",
        {Expected{s("/etc/default/grub.d/90-local.cfg"), 1, s("GRUB_CMDLINE_LINUX=\"net.ifnames=0\""), s("no console=ttyS0")}});

    Guest noVga = cleanGuest(Family::Rocky);
    noVga.file(s("/boot/grub2/grubenv"), "kernelopts=root=UUID=5f2c ro console=ttyS0,115200n8\n");
    row(noVga, s("serial console only"), "warning",
        {Expected{s("/boot/grub2/grubenv"), 1, s("kernelopts=root=UUID=5f2c ro console=ttyS0,115200n8"), s("no console=tty0")}});

    Guest grubCfg = cleanGuest(Family::Debian);
    grubCfg.file(s("/boot/grub/grub.cfg"), "menuentry 'Debian' {\n\tlinux\t/boot/vmlinuz-6.1.0-13-amd64 root=UUID=0b8a3c1e ro quiet\n}\n");
    row(grubCfg, s("grub.cfg not regenerated after the defaults changed"), "fail",
        {Expected{s("/boot/grub/grub.cfg"), 2, s("\tlinux\t/boot/vmlinuz-6.1.0-13-amd64 root=UUID=0b8a3c1e ro quiet"), s("no console=tty0")}});

    Guest split = cleanGuest(Family::Ubuntu);
    split.file(s("/etc/default/grub"), "GRUB_CMDLINE_LINUX_DEFAULT=\"console=tty0\"\nGRUB_CMDLINE_LINUX=\"console=ttyS0,115200n8\"\n");
    // GRUB_CMDLINE_LINUX comes first on the kernel line, so ttyS0 is not last.
    row(split, s("consoles split over both grub variables"), "fail",
        {Expected{s("/etc/default/grub"), 1, s("GRUB_CMDLINE_LINUX_DEFAULT=\"console=tty0\"")},
         Expected{s("/etc/default/grub"), 2, s("GRUB_CMDLINE_LINUX=\"console=ttyS0,115200n8\"")}});

    Guest bls = cleanGuest(Family::Rocky);
    bls.file(s("/boot/grub2/grubenv"), "kernelopts=root=UUID=5f2c ro rhgb quiet\n");
    row(bls, s("BLS entry using grubenv kernelopts without consoles"), "fail",
        {Expected{s("/boot/grub2/grubenv"), 1, s("kernelopts=root=UUID=5f2c ro rhgb quiet")}});

    Guest blsInline = cleanGuest(Family::Rocky);
    blsInline.file(s("/boot/loader/entries/0a1b-5.14.0-284.11.1.el9_2.x86_64.conf"),
                   "title Rocky\noptions root=UUID=5f2c ro console=tty0 console=ttyS0,115200n8\n");
    row(blsInline, s("BLS entry with inline options"), "pass");

    Guest extlinux = cleanGuest(Family::Alpine);
    extlinux.file(s("/boot/extlinux.conf"), "LABEL virt\n  LINUX vmlinuz-virt\n  APPEND root=UUID=c0ffee modules=sd-mod,usb-storage,ext4 quiet rootfstype=ext4\n");
    row(extlinux, s("extlinux.conf APPEND without consoles"), "fail",
        {Expected{s("/boot/extlinux.conf"), 3, s("  APPEND root=UUID=c0ffee modules=sd-mod,usb-storage,ext4 quiet rootfstype=ext4")}});

    Guest efi = cleanGuest(Family::OpenSuse);
    efi.file(s("/boot/efi/EFI/opensuse/grub.cfg"), "linuxefi /vmlinuz root=UUID=a1b2 splash=silent\n");
    row(efi, s("EFI grub.cfg without consoles"), "fail",
        {Expected{s("/boot/efi/EFI/opensuse/grub.cfg"), 1, s("linuxefi /vmlinuz root=UUID=a1b2 splash=silent")}});
}

void TestBootChecks::xenPvKernel_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("modern kernel"), "not-applicable");

        Guest old = clean;
        useOldKernel(old, s("2.6.32-431.el6.x86_64"), "CONFIG_VIRTIO_BLK=m\n# CONFIG_XEN is not set\n");
        row(old, s("2.6.32 without Xen"), "fail",
            {Expected{s("/boot/config-2.6.32-431.el6.x86_64"), 2, s("# CONFIG_XEN is not set"), s("no Xen support")}});

        Guest oldXen = clean;
        useOldKernel(oldXen, s("2.6.32-5-amd64"), "CONFIG_PARAVIRT=y\nCONFIG_XEN=y\n");
        row(oldXen, s("2.6.32 with CONFIG_XEN"), "pass", {Expected{s("/boot/config-2.6.32-5-amd64"), 2, s("CONFIG_XEN=y")}});

        Guest none = clean;
        none.facts.kernels.clear();
        row(none, s("no kernel found"), "unknown");
    }
    Guest flavour = cleanGuest(Family::Rocky);
    useOldKernel(flavour, s("2.6.18-398.el5xen"), {});
    row(flavour, s("el5xen flavour"), "pass", {Expected{{}, 0, {}, s("2.6.18-398.el5xen is a Xen flavour")}});

    Guest noConfig = cleanGuest(Family::OpenSuse);
    useOldKernel(noConfig, s("2.6.16.60-0.21-default"), {});
    row(noConfig, s("old default flavour, no config"), "fail", {Expected{{}, 0, {}, s("older than 3.0")}});

    Guest three = cleanGuest(Family::Debian);
    useOldKernel(three, s("3.0.0-1-amd64"), {});
    row(three, s("exactly 3.0"), "not-applicable");
}

void TestBootChecks::virtioDrivers_data()
{
    addCheckColumns();
    for (Family fam : allFamilies()) {
        const Guest clean = cleanGuest(fam);
        row(clean, s("virtio_pci built in, disk drivers in the initramfs"), "pass");

        Guest noBlk = clean;
        setConfigLine(noBlk, 6, "# CONFIG_VIRTIO_BLK is not set");
        row(noBlk, s("virtio_blk not configured"), "fail", {Expected{configPath(clean), 6, s("# CONFIG_VIRTIO_BLK is not set"), s("lacks virtio_blk")}});

        Guest noNet = clean;
        setConfigLine(noNet, 8, "# CONFIG_VIRTIO_NET is not set");
        row(noNet, s("virtio_net not configured"), "fail", {Expected{configPath(clean), 8, s("# CONFIG_VIRTIO_NET is not set")}});

        Guest unknown = clean;
        unknown.files.remove(configPath(clean));
        row(unknown, s("no kernel config"), "unknown");

        Guest builtIn = clean;
        builtIn.file(configPath(clean), "CONFIG_VIRTIO_PCI=y\nCONFIG_VIRTIO_BLK=y\nCONFIG_SCSI_VIRTIO=y\nCONFIG_VIRTIO_NET=y\n");
        row(builtIn, s("everything built in"), "pass", {Expected{configPath(clean), 2, s("CONFIG_VIRTIO_BLK=y")}});
    }

    Guest dep = cleanGuest(Family::Debian);
    dep.file(s("/etc/initramfs-tools/initramfs.conf"), "# small initramfs\nMODULES=dep\n");
    row(dep, s("initramfs-tools MODULES=dep"), "warning", {Expected{s("/etc/initramfs-tools/initramfs.conf"), 2, s("MODULES=dep")}});

    Guest depListed = cleanGuest(Family::Ubuntu);
    depListed.file(s("/etc/initramfs-tools/initramfs.conf"), "MODULES=dep\n");
    depListed.file(s("/etc/initramfs-tools/modules"), "# modules\nvirtio_blk\nvirtio_scsi\n");
    row(depListed, s("MODULES=dep with virtio_blk listed"), "pass", {Expected{s("/etc/initramfs-tools/modules"), 2, s("virtio_blk")}});

    Guest hostonly = cleanGuest(Family::Rocky);
    hostonly.removePackage(s("dracut-config-generic"));
    hostonly.file(s("/etc/dracut.conf.d/50-hostonly.conf"), "hostonly=\"yes\"\n");
    row(hostonly, s("dracut hostonly=yes"), "warning", {Expected{s("/etc/dracut.conf.d/50-hostonly.conf"), 1, s("hostonly=\"yes\"")}});

    Guest addDrivers = cleanGuest(Family::Rocky);
    addDrivers.removePackage(s("dracut-config-generic"));
    addDrivers.file(s("/etc/dracut.conf.d/virtio.conf"), "add_drivers+=\" virtio_blk virtio_scsi virtio_pci \"\n");
    row(addDrivers, s("dracut add_drivers virtio"), "pass",
        {Expected{s("/etc/dracut.conf.d/virtio.conf"), 1, s("add_drivers+=\" virtio_blk virtio_scsi virtio_pci \"")}});

    Guest suseDefault = cleanGuest(Family::OpenSuse);
    suseDefault.files.remove(s("/etc/dracut.conf.d/02-generic.conf"));
    row(suseDefault, s("dracut default host-only"), "warning", {Expected{{}, 0, {}, s("no hostonly setting")}});

    Guest mkinitfs = cleanGuest(Family::Alpine);
    mkinitfs.file(s("/etc/mkinitfs/mkinitfs.conf"), "features=\"ata base ide scsi usb ext4\"\n");
    row(mkinitfs, s("mkinitfs without the virtio feature"), "warning",
        {Expected{s("/etc/mkinitfs/mkinitfs.conf"), 1, s("features=\"ata base ide scsi usb ext4\"")}});

    Guest builtinList = cleanGuest(Family::Debian);
    builtinList.files.remove(configPath(builtinList));
    builtinList.file(s("/lib/modules/6.1.0-13-amd64/modules.builtin"),
                     "kernel/drivers/virtio/virtio_pci.ko\nkernel/drivers/block/virtio_blk.ko\n"
                     "kernel/drivers/scsi/virtio_scsi.ko\nkernel/drivers/net/virtio_net.ko\n");
    row(builtinList, s("modules.builtin without a config"), "pass",
        {Expected{s("/lib/modules/6.1.0-13-amd64/modules.builtin"), 2, s("kernel/drivers/block/virtio_blk.ko")}});

    Guest twoKernels = cleanGuest(Family::Ubuntu);
    twoKernels.facts.kernels.append(KernelInfo{s("5.15.0-1-custom"), s("/boot/vmlinuz-5.15.0-1-custom")});
    twoKernels.file(s("/boot/config-5.15.0-1-custom"), "CONFIG_VIRTIO_PCI=y\n# CONFIG_SCSI_VIRTIO is not set\nCONFIG_VIRTIO_BLK=y\nCONFIG_VIRTIO_NET=y\n");
    row(twoKernels, s("a second kernel without virtio_scsi"), "fail",
        {Expected{s("/boot/config-5.15.0-1-custom"), 2, s("# CONFIG_SCSI_VIRTIO is not set")}});
}

QTEST_GUILESS_MAIN(TestBootChecks)
#include "tst_bootchecks.moc"
