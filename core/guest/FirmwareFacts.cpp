#include "guest/FirmwareFacts.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace imageprep {

namespace {

struct FirmwareText {
    Q_DECLARE_TR_FUNCTIONS(imageprep::Firmware)
};

using Kind = FirmwareEvidence::Kind;

bool isEfiLoaderPackage(const QString &name)
{
    // grub-efi-amd64(-signed|-bin), grub2-efi-x64, shim-signed, shim-x64, systemd-boot
    return name.startsWith(QLatin1String("grub-efi-")) || name.startsWith(QLatin1String("grub2-efi-"))
        || name == QLatin1String("shim") || name.startsWith(QLatin1String("shim-"))
        || name == QLatin1String("systemd-boot");
}

bool isBiosLoaderPackage(const QString &name)
{
    // grub-pc installs GRUB in the MBR on every upgrade; grub-pc-bin alone
    // only ships the files (Ubuntu puts it on UEFI images too), so it is no evidence.
    return name == QLatin1String("grub-pc") || name == QLatin1String("grub2-pc") || name == QLatin1String("grub2-i386-pc");
}

bool isShim(const QString &loaderOrPackage)
{
    const QString n = loaderOrPackage.section(QLatin1Char('/'), -1).toLower();
    return n.startsWith(QLatin1String("shim"));
}

bool isSignedGrubPackage(const QString &name)
{
    // Debian/Ubuntu ship the signed GRUB apart; RHEL and SUSE sign grub2-efi-* itself.
    return (name.startsWith(QLatin1String("grub-efi-")) && name.endsWith(QLatin1String("-signed")))
        || name.startsWith(QLatin1String("grub2-efi-"));
}

} // namespace

int findEsp(const GuestFacts &facts)
{
    for (qsizetype i = 0; i < facts.partitions.size(); ++i) {
        if (facts.partitions.at(i).gptType.compare(EspGptType, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    for (qsizetype i = 0; i < facts.partitions.size(); ++i) {
        const PartitionInfo &p = facts.partitions.at(i);
        if (p.fstype == QLatin1String("vfat")
            && (p.mountpoint == QLatin1String("/boot/efi") || p.mountpoint == QLatin1String("/efi")))
            return int(i);
    }
    return -1;
}

QStringList findEfiLoaders(const GuestFiles &files, const QString &espMountpoint)
{
    QStringList out;
    if (espMountpoint.isEmpty())
        return out;
    // FAT is case-insensitive and firmware writes "EFI" or "efi" alike.
    for (const QString &efi : files.list(espMountpoint)) {
        if (efi.compare(QLatin1String("EFI"), Qt::CaseInsensitive) != 0)
            continue;
        const QString efiDir = espMountpoint + QLatin1Char('/') + efi;
        for (const QString &vendor : files.list(efiDir)) {
            const QString vendorDir = efiDir + QLatin1Char('/') + vendor;
            if (!files.isDir(vendorDir))
                continue;
            for (const QString &name : files.list(vendorDir)) {
                if (name.endsWith(QLatin1String(".efi"), Qt::CaseInsensitive) && files.isFile(vendorDir + QLatin1Char('/') + name))
                    out << vendorDir + QLatin1Char('/') + name;
            }
        }
    }
    return out;
}

bool mbrHasGrub(const QByteArray &firstSector)
{
    // GRUB's boot.img carries the string "GRUB " in its 440 bytes of code.
    return firstSector.left(440).contains("GRUB ");
}

FirmwareInfo decideFirmware(const GuestFacts &facts, const QStringList &efiLoaders, bool grubInMbr)
{
    FirmwareInfo info;
    const int esp = findEsp(facts);
    QStringList efiPackages;
    QStringList biosPackages;
    bool shim = false;
    bool signedGrub = false;
    for (const PackageInfo &p : facts.packages) {
        if (isEfiLoaderPackage(p.name))
            efiPackages << p.name;
        if (isBiosLoaderPackage(p.name))
            biosPackages << p.name;
        shim = shim || (isEfiLoaderPackage(p.name) && isShim(p.name));
        signedGrub = signedGrub || isSignedGrubPackage(p.name);
    }

    if (esp >= 0) {
        const PartitionInfo &p = facts.partitions.at(esp);
        info.espDevice = p.device;
        info.espMountpoint = p.mountpoint;
        info.evidence << FirmwareEvidence{Kind::EspPartition, p.device};
        info.efiLoaders = efiLoaders;
        for (const QString &l : efiLoaders) {
            info.evidence << FirmwareEvidence{Kind::EfiLoader, l};
            shim = shim || isShim(l);
        }
        for (const QString &name : std::as_const(efiPackages))
            info.evidence << FirmwareEvidence{Kind::EfiPackage, name};
        info.uefiBoot = !efiLoaders.isEmpty() || !efiPackages.isEmpty();
        if (!info.uefiBoot)
            info.evidence << FirmwareEvidence{Kind::EspWithoutLoader, p.device};
        // A cloud starts the guest with an empty NVRAM: the firmware then
        // boots only the removable-media path, \EFI\BOOT\BOOTX64.EFI.
        const bool removable = std::any_of(efiLoaders.cbegin(), efiLoaders.cend(), [](const QString &l) {
            return l.section(QLatin1Char('/'), -2, -2).compare(QLatin1String("BOOT"), Qt::CaseInsensitive) == 0
                && l.section(QLatin1Char('/'), -1).startsWith(QLatin1String("BOOT"), Qt::CaseInsensitive);
        });
        if (info.uefiBoot && !efiLoaders.isEmpty() && !removable)
            info.evidence << FirmwareEvidence{Kind::NoRemovableLoader, p.device};
    }

    for (const PartitionInfo &p : facts.partitions) {
        if (p.gptType.compare(BiosBootGptType, Qt::CaseInsensitive) == 0) {
            info.biosBoot = true;
            info.evidence << FirmwareEvidence{Kind::BiosBootPartition, p.device};
        }
    }
    for (const QString &name : std::as_const(biosPackages)) {
        info.biosBoot = true;
        info.evidence << FirmwareEvidence{Kind::BiosPackage, name};
    }
    if (grubInMbr) {
        info.biosBoot = true;
        info.evidence << FirmwareEvidence{Kind::GrubInMbr, facts.partitionTable};
    }
    // An MBR disk without an ESP has only ever booted with BIOS, whatever
    // boot loader packages say.
    if (!info.uefiBoot && !info.biosBoot && facts.partitionTable == QLatin1String("msdos") && esp < 0) {
        info.biosBoot = true;
        info.evidence << FirmwareEvidence{Kind::MbrWithoutEsp, facts.partitionTable};
    }
    info.signedChain = info.uefiBoot && shim && signedGrub;
    if (info.signedChain)
        info.evidence << FirmwareEvidence{Kind::SignedChain, QString()};
    return info;
}

QString describe(const FirmwareEvidence &e)
{
    switch (e.kind) {
    case Kind::EspPartition:
        return FirmwareText::tr("EFI system partition %1").arg(e.detail);
    case Kind::EfiLoader:
        return FirmwareText::tr("EFI boot loader %1").arg(e.detail);
    case Kind::EfiPackage:
        return FirmwareText::tr("UEFI boot package %1 installed").arg(e.detail);
    case Kind::EspWithoutLoader:
        return FirmwareText::tr("EFI system partition %1 holds no EFI boot loader").arg(e.detail);
    case Kind::NoRemovableLoader:
        return FirmwareText::tr("no removable-media loader \\EFI\\BOOT\\BOOTX64.EFI on %1: with the empty NVRAM a cloud starts with, "
                                "the firmware may find no boot loader").arg(e.detail);
    case Kind::BiosBootPartition:
        return FirmwareText::tr("BIOS boot partition %1").arg(e.detail);
    case Kind::BiosPackage:
        return FirmwareText::tr("BIOS boot package %1 installed").arg(e.detail);
    case Kind::GrubInMbr:
        return FirmwareText::tr("GRUB boot code in the master boot record");
    case Kind::MbrWithoutEsp:
        return FirmwareText::tr("MBR partition table without an EFI system partition");
    case Kind::SignedChain:
        return FirmwareText::tr("shim and a signed GRUB: the boot chain is signed for Secure Boot");
    }
    return {};
}

QString describeBootModes(const FirmwareInfo &info)
{
    if (info.hybrid())
        return FirmwareText::tr("BIOS and UEFI (hybrid)");
    if (info.uefiBoot)
        return FirmwareText::tr("UEFI only");
    if (info.biosBoot)
        return FirmwareText::tr("BIOS only");
    return FirmwareText::tr("BIOS (no boot loader found)");
}

QList<QPair<QString, QString>> parseFstab(const QString &fstab)
{
    QList<QPair<QString, QString>> out;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &raw : fstab.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(space, Qt::SkipEmptyParts);
        if (fields.size() < 2 || !fields.at(1).startsWith(QLatin1Char('/')))
            continue; // swap, none
        out << qMakePair(fields.at(0), fields.at(1));
    }
    return out;
}

bool fstabSpecMatches(const QString &spec, const PartitionInfo &p, const QString &partUuid)
{
    const auto value = [&spec](QLatin1String key, QLatin1String byDir) -> QString {
        if (spec.startsWith(key))
            return spec.mid(key.size()).remove(QLatin1Char('"'));
        if (spec.startsWith(byDir))
            return spec.mid(byDir.size());
        return {};
    };
    const QString uuid = value(QLatin1String("UUID="), QLatin1String("/dev/disk/by-uuid/"));
    if (!uuid.isEmpty())
        return !p.uuid.isEmpty() && uuid.compare(p.uuid, Qt::CaseInsensitive) == 0;
    const QString label = value(QLatin1String("LABEL="), QLatin1String("/dev/disk/by-label/"));
    if (!label.isEmpty())
        return !p.label.isEmpty() && label == p.label;
    const QString partuuid = value(QLatin1String("PARTUUID="), QLatin1String("/dev/disk/by-partuuid/"));
    if (!partuuid.isEmpty())
        return !partUuid.isEmpty() && partuuid.compare(partUuid, Qt::CaseInsensitive) == 0;
    // /dev/vda1, /dev/sda1, /dev/hda1: the same partition under another bus.
    static const QRegularExpression dev(QStringLiteral("^/dev/(?:[shv]d|xvd)([a-z])(\\d+)$"));
    const QRegularExpressionMatch a = dev.match(spec);
    const QRegularExpressionMatch b = dev.match(p.device);
    return a.hasMatch() && b.hasMatch() && a.captured(1) == b.captured(1) && a.captured(2) == b.captured(2);
}

} // namespace imageprep
