#include "GuestFixtures.h"

#include "checks/CheckRun.h"

namespace imageprep::testing {

namespace {

void systemdServices(Guest &g, const QStringList &names)
{
    for (const QString &n : names)
        g.facts.enabledServices << n;
}

const QStringList CloudInitUnits{QStringLiteral("cloud-init-local.service"), QStringLiteral("cloud-init.service"),
                                 QStringLiteral("cloud-config.service"), QStringLiteral("cloud-final.service")};

// systemd-logind and a D-Bus system bus, as the package links it (acpi-shutdown).
void systemBus(Guest &g)
{
    g.addPackage(s("dbus"));
    g.file(s("/lib/systemd/systemd-logind"), "\x7f" "ELF");
    g.file(s("/lib/systemd/system/dbus.socket"), "[Socket]\nListenStream=/run/dbus/system_bus_socket\n");
    g.files.addSymlink(s("/lib/systemd/system/sockets.target.wants/dbus.socket"), s("../dbus.socket"));
}

QByteArray kernelConfig(const char *pciBlkScsiNet)
{
    // "ymmm": VIRTIO_PCI, VIRTIO_BLK, SCSI_VIRTIO, VIRTIO_NET
    const QByteArray v(pciBlkScsiNet);
    return QByteArray("#\n# Automatically generated file; DO NOT EDIT.\n#\nCONFIG_XEN=y\n")
        + "CONFIG_VIRTIO_PCI=" + v.at(0) + "\n"
        + "CONFIG_VIRTIO_BLK=" + v.at(1) + "\n"
        + "CONFIG_SCSI_VIRTIO=" + v.at(2) + "\n"
        + "CONFIG_VIRTIO_NET=" + v.at(3) + "\n";
}

Guest debianLike(bool ubuntu)
{
    Guest g;
    g.label = ubuntu ? s("ubuntu") : s("debian");
    GuestFacts &f = g.facts;
    f.osType = s("linux");
    f.distro = ubuntu ? s("ubuntu") : s("debian");
    f.majorVersion = ubuntu ? 22 : 12;
    f.minorVersion = ubuntu ? 4 : 0;
    f.arch = s("x86_64");
    f.packageFormat = s("deb");
    f.packageManager = s("apt");
    f.init = InitSystem::Systemd;
    f.rootDevice = s("/dev/sda1");
    f.rootFsType = s("ext4");
    f.partitionTable = s("msdos");
    f.partitions = {PartitionInfo{s("/dev/sda1"), 1, 1048576, 2147483648, s("ext4"), {}, s("0b8a3c1e"), s("/"), {}, true}};
    const QString kver = ubuntu ? s("5.15.0-86-generic") : s("6.1.0-13-amd64");
    f.kernels = {KernelInfo{kver, s("/boot/vmlinuz-") + kver}};
    for (const char *p : {"openssh-server", "cloud-init", "cloud-guest-utils", "qemu-guest-agent", "systemd"})
        g.addPackage(QString::fromLatin1(p));
    systemdServices(g, {s("ssh.service")});
    systemdServices(g, CloudInitUnits);
    systemBus(g);

    g.file(s("/etc/default/grub"),
           "GRUB_DEFAULT=0\n"
           "GRUB_TIMEOUT=5\n"
           "GRUB_CMDLINE_LINUX_DEFAULT=\"\"\n"
           "GRUB_CMDLINE_LINUX=\"console=tty0 console=ttyS0,115200n8\"\n");
    g.file(s("/boot/grub/grub.cfg"),
           "menuentry 'Debian GNU/Linux' {\n"
           "\tlinux\t/boot/vmlinuz-" + kver.toUtf8() + " root=UUID=0b8a3c1e ro console=tty0 console=ttyS0,115200n8\n"
           "\tinitrd\t/boot/initrd.img-" + kver.toUtf8() + "\n"
           "}\n");
    g.file(s("/boot/config-") + kver, kernelConfig("ymmm"));
    g.file(s("/etc/initramfs-tools/initramfs.conf"), "# initramfs.conf\nMODULES=most\nBUSYBOX=auto\n");
    g.file(s("/etc/cloud/cloud.cfg"),
           "users:\n"
           "   - default\n"
           "disable_root: true\n"
           "system_info:\n"
           "   distro: " + g.label.toUtf8() + "\n"
           "   default_user:\n"
           "     name: " + g.label.toUtf8() + "\n"
           "     lock_passwd: True\n"
           "   paths:\n"
           "      cloud_dir: /var/lib/cloud/\n");
    g.file(s("/etc/fstab"), "# <file system> <mount point> <type> <options> <dump> <pass>\nUUID=0b8a3c1e / ext4 errors=remount-ro 0 1\n");
    g.file(s("/etc/shadow"), "root:*:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n");
    g.file(s("/etc/machine-id"), "");
    // cloud-init's locale module sets LANG; C.UTF-8 is built into glibc.
    g.file(s("/etc/default/locale"), "LANG=C.UTF-8\n");
    if (ubuntu)
        g.file(s("/etc/netplan/50-cloud-init.yaml"), "network:\n    version: 2\n    ethernets:\n        eth0:\n            dhcp4: true\n");
    else
        g.file(s("/etc/network/interfaces"), "auto lo\niface lo inet loopback\n\nauto eth0\niface eth0 inet dhcp\n");
    g.files.addDir(s("/etc/ssh"));
    g.files.addDir(s("/var/log"));
    return g;
}

Guest rocky()
{
    Guest g;
    g.label = s("rocky");
    GuestFacts &f = g.facts;
    f.osType = s("linux");
    f.distro = s("rocky");
    f.majorVersion = 9;
    f.minorVersion = 2;
    f.arch = s("x86_64");
    f.packageFormat = s("rpm");
    f.packageManager = s("dnf");
    f.init = InitSystem::Systemd;
    f.rootDevice = s("/dev/sda2");
    f.rootFsType = s("xfs");
    f.partitionTable = s("gpt");
    f.partitions = {PartitionInfo{s("/dev/sda1"), 1, 1048576, 104857600, s("vfat"), {}, s("7B77-95E7"), s("/boot/efi"), {}, false},
                    PartitionInfo{s("/dev/sda2"), 2, 105906176, 10737418240, s("xfs"), {}, s("5f2c"), s("/"), {}, true}};
    const QString kver = s("5.14.0-284.11.1.el9_2.x86_64");
    f.kernels = {KernelInfo{kver, s("/boot/vmlinuz-") + kver}};
    for (const char *p : {"openssh-server", "cloud-init", "cloud-utils-growpart", "xfsprogs", "qemu-guest-agent",
                          "dracut-config-generic", "kernel"})
        g.addPackage(QString::fromLatin1(p));
    systemdServices(g, {s("sshd.service")});
    systemdServices(g, CloudInitUnits);
    systemBus(g);

    g.file(s("/etc/default/grub"),
           "GRUB_TIMEOUT=1\n"
           "GRUB_CMDLINE_LINUX=\"console=tty0 console=ttyS0,115200n8 no_timer_check net.ifnames=0\"\n"
           "GRUB_ENABLE_BLSCFG=true\n");
    g.file(s("/boot/grub2/grubenv"), "# GRUB Environment Block\nkernelopts=root=UUID=5f2c ro console=tty0 console=ttyS0,115200n8\n");
    g.file(s("/boot/loader/entries/0a1b-") + kver + s(".conf"),
           "title Rocky Linux (" + kver.toUtf8() + ") 9.2\n"
           "version " + kver.toUtf8() + "\n"
           "linux /boot/vmlinuz-" + kver.toUtf8() + "\n"
           "options $kernelopts\n");
    g.file(s("/boot/config-") + kver, kernelConfig("ymmm"));
    g.file(s("/etc/cloud/cloud.cfg"),
           "users:\n"
           " - default\n"
           "\n"
           "system_info:\n"
           "  default_user:\n"
           "    name: rocky\n"
           "    lock_passwd: true\n"
           "  distro: rhel\n");
    g.file(s("/etc/fstab"), "UUID=5f2c / xfs defaults 0 0\nUUID=7B77-95E7 /boot/efi vfat umask=0077 0 2\n");
    g.file(s("/etc/shadow"), "root:!!:19000:0:99999:7:::\n");
    g.file(s("/etc/sysconfig/network-scripts/ifcfg-eth0"), "DEVICE=eth0\nBOOTPROTO=dhcp\nONBOOT=yes\nTYPE=Ethernet\n");
    g.file(s("/etc/selinux/config"), "SELINUX=enforcing\nSELINUXTYPE=targeted\n");
    g.files.addDir(s("/etc/selinux/targeted"));
    g.files.addDir(s("/etc/ssh"));
    g.files.addDir(s("/var/log"));
    return g;
}

Guest opensuse()
{
    Guest g;
    g.label = s("opensuse");
    GuestFacts &f = g.facts;
    f.osType = s("linux");
    f.distro = s("opensuse");
    f.majorVersion = 15;
    f.minorVersion = 5;
    f.arch = s("x86_64");
    f.packageFormat = s("rpm");
    f.packageManager = s("zypper");
    f.init = InitSystem::Systemd;
    f.rootDevice = s("/dev/sda3");
    f.rootFsType = s("ext4");
    f.partitionTable = s("gpt");
    f.partitions = {PartitionInfo{s("/dev/sda1"), 1, 1048576, 2097152, {}, {}, {}, {}, {}, false},
                    PartitionInfo{s("/dev/sda2"), 2, 3145728, 33554432, s("vfat"), {}, {}, s("/boot/efi"), {}, false},
                    PartitionInfo{s("/dev/sda3"), 3, 36700160, 10737418240, s("ext4"), {}, s("a1b2"), s("/"), {}, true}};
    const QString kver = s("5.14.21-150500.55.19-default");
    f.kernels = {KernelInfo{kver, s("/boot/vmlinuz-") + kver}};
    for (const char *p : {"openssh", "openssh-server", "cloud-init", "growpart", "qemu-guest-agent", "kernel-default"})
        g.addPackage(QString::fromLatin1(p));
    systemdServices(g, {s("sshd.service")});
    systemdServices(g, CloudInitUnits);
    systemBus(g);

    g.file(s("/etc/default/grub"),
           "GRUB_DISTRIBUTOR=\"openSUSE Leap 15.5\"\n"
           "GRUB_CMDLINE_LINUX_DEFAULT=\"console=tty0 console=ttyS0,115200n8 showopts\"\n"
           "GRUB_CMDLINE_LINUX=\"\"\n");
    g.file(s("/boot/grub2/grub.cfg"),
           "menuentry 'openSUSE Leap 15.5' {\n"
           "\tlinuxefi /boot/vmlinuz-" + kver.toUtf8() + " root=UUID=a1b2 console=tty0 console=ttyS0,115200n8 showopts\n"
           "}\n");
    g.file(s("/boot/config-") + kver, kernelConfig("ymmm"));
    g.file(s("/etc/dracut.conf.d/02-generic.conf"), "hostonly=\"no\"\n");
    g.file(s("/etc/cloud/cloud.cfg"),
           "users:\n"
           "  - default\n"
           "system_info:\n"
           "  default_user:\n"
           "    name: opensuse\n"
           "  distro: opensuse\n");
    g.file(s("/etc/fstab"), "UUID=a1b2 / ext4 defaults 0 1\nLABEL=EFI /boot/efi vfat defaults 0 2\n");
    g.file(s("/etc/shadow"), "root:!:19000::::::\n");
    g.file(s("/etc/sysconfig/network/ifcfg-eth0"), "BOOTPROTO='dhcp'\nSTARTMODE='auto'\n");
    g.files.addDir(s("/etc/ssh"));
    g.files.addDir(s("/var/log"));
    return g;
}

Guest alpine()
{
    Guest g;
    g.label = s("alpine");
    GuestFacts &f = g.facts;
    f.osType = s("linux");
    f.distro = s("alpinelinux");
    f.majorVersion = 3;
    f.minorVersion = 18;
    f.arch = s("x86_64");
    f.packageFormat = s("apk");
    f.packageManager = s("apk");
    f.init = InitSystem::OpenRC;
    f.rootDevice = s("/dev/sda1");
    f.rootFsType = s("ext4");
    f.partitionTable = s("msdos");
    f.partitions = {PartitionInfo{s("/dev/sda1"), 1, 1048576, 1073741824, s("ext4"), {}, s("c0ffee"), s("/"), {}, true}};
    const QString kver = s("6.1.55-0-virt");
    f.kernels = {KernelInfo{kver, s("/boot/vmlinuz-virt")}};
    for (const char *p : {"openssh-server", "cloud-init", "cloud-utils-growpart", "qemu-guest-agent", "linux-virt", "mkinitfs"})
        g.addPackage(QString::fromLatin1(p));
    // OpenRC: inspection lists nothing; the runlevel links decide.
    for (const char *svc : {"sshd", "cloud-init", "cloud-config", "cloud-final", "qemu-guest-agent"})
        g.files.addSymlink(s("/etc/runlevels/default/") + QString::fromLatin1(svc), s("/etc/init.d/") + QString::fromLatin1(svc));
    g.files.addSymlink(s("/etc/runlevels/boot/cloud-init-local"), s("/etc/init.d/cloud-init-local"));
    g.addPackage(s("acpid"));
    g.files.addSymlink(s("/etc/runlevels/default/acpid"), s("/etc/init.d/acpid"));
    g.file(s("/etc/acpi/events/powerbtn"), "event=button/power.*\naction=/sbin/poweroff\n");

    g.file(s("/etc/update-extlinux.conf"),
           "overwrite=1\n"
           "default_kernel_opts=\"console=tty0 console=ttyS0,115200n8 rootfstype=ext4\"\n"
           "timeout=3\n");
    g.file(s("/boot/extlinux.conf"),
           "DEFAULT menu.c32\n"
           "LABEL virt\n"
           "  MENU LABEL Linux virt\n"
           "  LINUX vmlinuz-virt\n"
           "  INITRD initramfs-virt\n"
           "  APPEND root=UUID=c0ffee modules=sd-mod,usb-storage,ext4 console=tty0 console=ttyS0,115200n8 rootfstype=ext4\n");
    g.file(s("/boot/config-") + kver, kernelConfig("ymmm"));
    g.file(s("/etc/mkinitfs/mkinitfs.conf"), "features=\"ata base ide scsi usb virtio ext4\"\n");
    g.file(s("/etc/cloud/cloud.cfg"),
           "users:\n"
           "- default\n"
           "system_info:\n"
           "  distro: alpine\n"
           "  default_user:\n"
           "    name: alpine\n");
    g.file(s("/etc/fstab"), "UUID=c0ffee\t/\text4\trw,relatime 0 1\n");
    g.file(s("/etc/shadow"), "root:*::0:::::\n");
    g.file(s("/etc/network/interfaces"), "auto eth0\niface eth0 inet dhcp\n");
    g.files.addDir(s("/etc/ssh"));
    g.files.addDir(s("/var/log"));
    return g;
}

} // namespace

Guest familyGuest(Family family)
{
    switch (family) {
    case Family::Debian: return debianLike(false);
    case Family::Ubuntu: return debianLike(true);
    case Family::Rocky: return rocky();
    case Family::OpenSuse: return opensuse();
    case Family::Alpine: break;
    }
    return alpine();
}

Guest cleanGuest(Family family)
{
    Guest g = familyGuest(family);
    // The session's repository scan found nothing pending.
    g.facts.securityUpdates.state = SecurityUpdateScan::State::Done;
    g.facts.securityUpdates.manager = g.facts.packageManager;
    return g;
}

QList<Family> allFamilies()
{
    return {Family::Debian, Family::Ubuntu, Family::Rocky, Family::OpenSuse, Family::Alpine};
}

void addCheckColumns()
{
    QTest::addColumn<Guest>("guest");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QList<Expected>>("evidence");
}

void verifyCheck(const QString &id)
{
    QFETCH(Guest, guest);
    QFETCH(QString, status);
    QFETCH(QList<Expected>, evidence);

    const Requirement *req = Catalogue::instance().find(id);
    QVERIFY2(req, qPrintable(id));
    const CheckResult r = req->check(guest.facts, guest.files);
    QString got;
    for (const Evidence &e : r.evidence)
        got += QStringLiteral("\n  %1:%2: %3 (%4)").arg(e.file).arg(e.line).arg(e.text, e.note);
    const QString context = QStringLiteral("summary: %1; evidence:%2").arg(r.summary, got);
    QCOMPARE(r.id, id);
    QVERIFY2(toString(r.status) == status,
             qPrintable(QStringLiteral("expected %1, got %2; %3").arg(status, toString(r.status), context)));
    QVERIFY2(!r.summary.isEmpty(), "every result explains itself");
    for (const Expected &x : evidence) {
        const bool found = std::any_of(r.evidence.cbegin(), r.evidence.cend(), [&](const Evidence &e) {
            return e.file == x.file && e.line == x.line && e.text == x.text && e.note.contains(x.note);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("missing evidence %1:%2: %3 (%4); %5")
                                       .arg(x.file).arg(x.line).arg(x.text, x.note, context)));
    }
}

} // namespace imageprep::testing
