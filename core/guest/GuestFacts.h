#pragma once
// GuestFacts: everything inspection found about one guest, as a plain value.
// Checks and plans are pure functions of these facts plus a GuestFiles view.

#include "guest/SecurityUpdates.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace imageprep {

enum class OsFamily { Unknown, Debian, RedHat, Suse, Alpine, Arch, Other };
enum class InitSystem { Unknown, Systemd, SysV, OpenRC, Upstart };
enum class Firmware { Bios, Uefi };

QString toString(OsFamily family);
QString toString(InitSystem init);
QString toString(Firmware firmware);

struct PartitionInfo {
    QString device;      // /dev/sda1 as the appliance names it
    int number = 0;
    qint64 start = 0;    // bytes
    qint64 size = 0;     // bytes
    QString fstype;      // ext4, xfs, vfat, swap, LVM2_member, luks, ...
    QString label;
    QString uuid;
    QString mountpoint;  // from the guest's fstab, empty when not mounted
    QString gptType;     // partition type GUID on GPT disks
    bool isLast = false; // last partition on its disk
};

struct LogicalVolume {
    QString name;       // lv name
    QString vg;         // volume group
    QString device;     // /dev/vg/lv
    qint64 size = 0;
    QString fstype;
    QString mountpoint;
};

struct LvmInfo {
    QStringList physicalVolumes; // /dev/sda2
    QStringList volumeGroups;
    QList<LogicalVolume> logicalVolumes;
    QMap<QString, qint64> groupSize; // volume group -> bytes
    QMap<QString, qint64> groupFree; // volume group -> unallocated bytes
    bool isEmpty() const { return physicalVolumes.isEmpty() && logicalVolumes.isEmpty(); }
};

struct KernelInfo {
    QString version; // 6.1.0-13-amd64
    QString path;    // /boot/vmlinuz-6.1.0-13-amd64
};

struct PackageInfo {
    QString name;
    QString version; // [epoch:]version[-release]
};

// One observation behind the firmware decision.
struct FirmwareEvidence {
    enum class Kind {
        EspPartition,      // detail: device
        EfiLoader,         // detail: guest path of the .efi file
        EfiPackage,        // detail: package name
        EspWithoutLoader,  // detail: device
        NoRemovableLoader, // detail: device; no \\EFI\\BOOT\\BOOT<arch>.EFI
        BiosBootPartition, // detail: device
        BiosPackage,       // detail: package name
        GrubInMbr,         // detail: disk
        MbrWithoutEsp,     // detail: partition table
        SignedChain,       // detail: shim and signed GRUB, as found
    };
    Kind kind = Kind::EspPartition;
    QString detail;
};

// How the guest boots. firmware (in GuestFacts) is what a cloud must give it:
// UEFI only when the guest cannot boot with BIOS.
struct FirmwareInfo {
    bool uefiBoot = false;    // an ESP with an EFI boot loader (or its package)
    bool biosBoot = false;    // a BIOS boot loader: grub-pc, BIOS boot partition, GRUB in the MBR
    bool signedChain = false; // shim and a signed GRUB: Secure Boot can verify it
    QString espDevice;        // empty without an ESP
    QString espMountpoint;
    QStringList efiLoaders;   // guest paths
    QList<FirmwareEvidence> evidence;
    bool hybrid() const { return uefiBoot && biosBoot; }
};

struct GuestFacts {
    QString osType;        // linux, windows, ...
    QString distro;        // libguestfs name: debian, ubuntu, rhel, alpinelinux, ...
    QString productName;
    int majorVersion = 0;
    int minorVersion = 0;
    QString arch;          // x86_64, aarch64, ...
    QString packageFormat; // deb, rpm, apk, pacman
    QString packageManager;// apt, dnf, yum, zypper, apk, ...
    QString osinfo;        // debian12, rhel9.2, ...
    QString hostname;
    InitSystem init = InitSystem::Unknown;

    QString rootDevice;    // device holding /
    QString rootFsType;
    QString partitionTable; // msdos or gpt (of the disk holding root)
    QList<PartitionInfo> partitions;
    LvmInfo lvm;
    Firmware firmware = Firmware::Bios; // what the cloud must boot it with
    FirmwareInfo boot;                  // why, and what else it could boot with
    QMap<QString, QString> mountpoints; // mountpoint -> device, from fstab

    QList<KernelInfo> kernels;
    QList<PackageInfo> packages;
    QStringList enabledServices; // unit or script names: sshd.service, ssh, ...
    QStringList networkStacks;   // ifupdown, netplan, NetworkManager, systemd-networkd, wicked, network-scripts
    qint64 virtualSize = 0;      // bytes, of the disk image
    bool kernelVirtioRng = false; // every kernel has virtio-rng (the session reads it: kernelHasVirtioRng)
    SecurityUpdateScan securityUpdates; // gathered once per session with the network on (GuestSecurityScan.cpp)

    OsFamily family() const;
    QString version() const;            // "12", "9.2"
    bool hasPackage(const QString &name) const;
    QString packageVersion(const QString &name) const;
    bool isServiceEnabled(const QString &name) const; // accepts "ssh" or "ssh.service"
    bool rootOnLvm() const;

    // JSON for `inspect --json` and reports. Full adds the package list.
    enum class JsonDetail { Summary, Full };
    QJsonObject toJson(JsonDetail detail = JsonDetail::Summary) const;
};

OsFamily familyOfDistro(const QString &distro);

} // namespace imageprep
