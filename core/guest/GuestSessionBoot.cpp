// GuestSession's boot facts: mount points libguestfs left unresolved, and
// the firmware decision, which reads the ESP and the first sector.
#include "guest/GuestSession.h"

#include "guest/FirmwareFacts.h"
#include "guest/GuestfsFiles.h"
#include "guest/GuestfsUtil.h"

#include <algorithm>

namespace imageprep {

using gfs::takeString;
using gfs::takeStrings;

void GuestSession::resolveFstabMounts(GuestFacts &f)
{
    // libguestfs leaves some fstab specs unresolved (PARTUUID=, a vfat UUID
    // it could not find, /dev/vda1 on an sdX appliance): match them here.
    const bool missing = std::any_of(f.partitions.cbegin(), f.partitions.cend(),
                                     [](const PartitionInfo &p) { return p.mountpoint.isEmpty() && !p.fstype.isEmpty(); });
    if (!missing || !m_files)
        return;
    guestfs_h *g = m_g.get();
    const auto entries = parseFstab(m_files->readText(QStringLiteral("/etc/fstab"), 256 * 1024));
    bool resolved = false;
    for (PartitionInfo &p : f.partitions) {
        if (!p.mountpoint.isEmpty())
            continue;
        QString partUuid;
        if (f.partitionTable == QLatin1String("gpt")) {
            const QString disk = takeString(guestfs_part_to_dev(g, p.device.toUtf8().constData()));
            partUuid = takeString(guestfs_part_get_gpt_guid(g, disk.toUtf8().constData(), p.number));
        }
        for (const auto &[spec, mountpoint] : entries) {
            // A mount point libguestfs kept with an unresolved spec (no /dev/ path) is taken over.
            if (fstabSpecMatches(spec, p, partUuid)
                && !f.mountpoints.value(mountpoint).startsWith(QLatin1String("/dev/"))) {
                p.mountpoint = mountpoint;
                f.mountpoints.insert(mountpoint, p.device);
                resolved = true;
                break;
            }
        }
    }
    if (!resolved)
        return;
    // Mount what was found too (read-only, in order), so that inspection and
    // the fixes see the guest's files where the guest sees them.
    m_mountpoints = f.mountpoints;
    m_mountOrder = f.mountpoints.keys();
    std::sort(m_mountOrder.begin(), m_mountOrder.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    if (guestfs_umount_all(g) == -1 || !mountAll(false))
        log(tr("Could not remount the guest's filesystems with the mount points read from its fstab: %1").arg(lastError()));
}

void GuestSession::decideBootFirmware(GuestFacts &f)
{
    const int esp = findEsp(f);
    const QStringList loaders = esp >= 0 && m_files ? findEfiLoaders(*m_files, f.partitions.at(esp).mountpoint) : QStringList();
    // The boot code of the first disk: the one a cloud boots from.
    bool grubInMbr = false;
    const QStringList devices = takeStrings(guestfs_list_devices(m_g.get()));
    if (!devices.isEmpty()) {
        size_t size = 0;
        if (char *sector = guestfs_pread_device(m_g.get(), devices.first().toUtf8().constData(), 512, 0, &size)) {
            grubInMbr = mbrHasGrub(QByteArray(sector, qsizetype(size)));
            std::free(sector);
        }
    }
    f.boot = decideFirmware(f, loaders, grubInMbr);
    f.firmware = f.boot.uefiBoot && !f.boot.biosBoot ? Firmware::Uefi : Firmware::Bios;
}

} // namespace imageprep
