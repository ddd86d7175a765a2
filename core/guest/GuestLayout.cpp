// GuestSession::readDiskLayout: partitions (with what fstab mounts on
// them), the partition table and LVM, read during inspection.
#include "guest/GuestSession.h"

#include "guest/FirmwareFacts.h"
#include "guest/GuestfsUtil.h"

#include <QMap>

namespace imageprep {

using gfs::takeString;
using gfs::takeStrings;

namespace {

// The EFI system partition's GPT type and MBR id.
const QLatin1String EspGuid = EspGptType;
constexpr int EspMbrId = 0xef;

QMap<QString, QString> blkid(guestfs_h *g, const QString &device)
{
    const QStringList flat = takeStrings(guestfs_blkid(g, device.toUtf8().constData()));
    QMap<QString, QString> out;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
        out.insert(flat.at(i), flat.at(i + 1));
    return out;
}

// The partitions of one disk; the partition table's type, empty when none.
QString readPartitions(guestfs_h *g, const QString &disk, const QStringList &partitions,
                       const QMap<QString, QString> &deviceToMount, QList<PartitionInfo> &out)
{
    const QByteArray d = disk.toUtf8();
    const QString table = takeString(guestfs_part_get_parttype(g, d.constData()));
    if (table.isEmpty())
        return {};
    struct guestfs_partition_list *list = guestfs_part_list(g, d.constData());
    if (!list)
        return {};
    int lastNum = 0;
    uint64_t lastStart = 0;
    for (uint32_t i = 0; i < list->len; ++i) {
        if (list->val[i].part_start >= lastStart) {
            lastStart = list->val[i].part_start;
            lastNum = list->val[i].part_num;
        }
    }
    for (uint32_t i = 0; i < list->len; ++i) {
        const struct guestfs_partition &gp = list->val[i];
        PartitionInfo info;
        info.number = gp.part_num;
        info.device = disk + QString::number(gp.part_num);
        if (!partitions.contains(info.device))
            continue; // e.g. an extended partition's container
        info.start = static_cast<qint64>(gp.part_start);
        info.size = static_cast<qint64>(gp.part_size);
        info.isLast = gp.part_num == lastNum;
        const QMap<QString, QString> id = blkid(g, info.device);
        info.fstype = id.value(QStringLiteral("TYPE"));
        info.label = id.value(QStringLiteral("LABEL"));
        info.uuid = id.value(QStringLiteral("UUID"));
        info.mountpoint = deviceToMount.value(info.device);
        if (table == QLatin1String("gpt")) {
            info.gptType = takeString(guestfs_part_get_gpt_type(g, d.constData(), info.number));
        } else if (table == QLatin1String("msdos") && info.number <= 4) {
            if (guestfs_part_get_mbr_id(g, d.constData(), info.number) == EspMbrId)
                info.gptType = EspGuid; // record the ESP the same way on MBR disks
        }
        out.append(info);
    }
    guestfs_free_partition_list(list);
    return table;
}

} // namespace

void GuestSession::readDiskLayout(GuestFacts &f)
{
    guestfs_h *g = m_g.get();
    QMap<QString, QString> deviceToMount;
    for (auto it = f.mountpoints.cbegin(); it != f.mountpoints.cend(); ++it)
        deviceToMount.insert(it.value(), it.key());
    // One partition-table read per disk, one blkid per partition: every call
    // is a round trip to the appliance.
    const QStringList devices = takeStrings(guestfs_list_devices(g));
    const QStringList partitions = takeStrings(guestfs_list_partitions(g));
    for (const QString &disk : devices) {
        const QString table = readPartitions(g, disk, partitions, deviceToMount, f.partitions);
        if (!table.isEmpty() && (f.partitionTable.isEmpty() || f.rootDevice.startsWith(disk)))
            f.partitionTable = table;
    }

    f.lvm.physicalVolumes = takeStrings(guestfs_pvs(g));
    f.lvm.volumeGroups = takeStrings(guestfs_vgs(g));
    if (guestfs_lvm_vg_list *vgs = guestfs_vgs_full(g)) {
        for (uint32_t i = 0; i < vgs->len; ++i) {
            const QString name = QString::fromUtf8(vgs->val[i].vg_name);
            f.lvm.groupSize.insert(name, vgs->val[i].vg_size);
            f.lvm.groupFree.insert(name, vgs->val[i].vg_free);
        }
        guestfs_free_lvm_vg_list(vgs);
    }
    for (const QString &lv : takeStrings(guestfs_lvs(g))) {
        const QByteArray l = lv.toUtf8();
        LogicalVolume v;
        v.device = lv;
        v.vg = lv.section(QLatin1Char('/'), 2, 2);
        v.name = lv.section(QLatin1Char('/'), 3, 3);
        v.size = guestfs_blockdev_getsize64(g, l.constData());
        v.fstype = takeString(guestfs_vfs_type(g, l.constData()));
        v.mountpoint = deviceToMount.value(lv);
        f.lvm.logicalVolumes.append(v);
    }
    // A root on LVM: the partition table is the one holding its PV.
    if (f.rootOnLvm() && !f.lvm.physicalVolumes.isEmpty()) {
        const QByteArray pv = f.lvm.physicalVolumes.first().toUtf8();
        const QString disk = takeString(guestfs_part_to_dev(g, pv.constData()));
        if (!disk.isEmpty())
            f.partitionTable = takeString(guestfs_part_get_parttype(g, disk.toUtf8().constData()));
    }
    if (!devices.isEmpty())
        f.virtualSize = guestfs_blockdev_getsize64(g, devices.first().toUtf8().constData());
}

} // namespace imageprep
