#pragma once
// How a guest boots (BIOS, UEFI or both) and why, decided from the partition
// table, the EFI system partition's boot loaders, the boot-loader packages and
// the MBR's boot code. Pure functions over GuestFacts and GuestFiles, so the
// decision is unit tested on in-memory guests.

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QPair>

namespace imageprep {

// Partition type GUIDs that matter for booting.
inline constexpr QLatin1String EspGptType("C12A7328-F81F-11D2-BA4B-00A0C93EC93B");
inline constexpr QLatin1String BiosBootGptType("21686148-6449-6E6F-744E-656564454649");

// The index of the EFI system partition in facts.partitions, or -1: the
// partition with the ESP type (GPT type, or MBR id 0xef recorded as that
// type), else a vfat partition the guest mounts on /boot/efi or /efi.
int findEsp(const GuestFacts &facts);

// EFI boot loaders on the guest's mounted ESP: every *.efi file (any case)
// one level below <esp>/EFI, as guest paths such as /boot/efi/EFI/debian/grubx64.efi.
QStringList findEfiLoaders(const GuestFiles &files, const QString &espMountpoint);

// Whether a disk's first sector carries GRUB's boot code (boot.img says "GRUB").
bool mbrHasGrub(const QByteArray &firstSector);

// Decides facts.boot from facts.partitions, facts.packages and the two
// observations above (made by the caller, which holds the disk).
FirmwareInfo decideFirmware(const GuestFacts &facts, const QStringList &efiLoaders, bool grubInMbr);

// One sentence, translated at display time.
QString describe(const FirmwareEvidence &evidence);
// "UEFI only", "BIOS only", "BIOS and UEFI (hybrid)", "BIOS (no boot loader found)".
QString describeBootModes(const FirmwareInfo &info);

// Mount points from the text of an fstab: spec (UUID=…, LABEL=…, PARTUUID=…,
// /dev/…) to mount point, for the partitions libguestfs left unresolved.
QList<QPair<QString, QString>> parseFstab(const QString &fstab);
// Whether an fstab spec names this partition (partUuid: its GPT partition GUID).
bool fstabSpecMatches(const QString &spec, const PartitionInfo &p, const QString &partUuid);

} // namespace imageprep
