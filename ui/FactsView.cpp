#include "FactsView.h"

#include "UiSupport.h"

#include "guest/FirmwareFacts.h"

#include <QHeaderView>

namespace imageprep::ui {

FactsView::FactsView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Property"), tr("Value")});
    setAccessibleName(tr("Inspection results"));
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void FactsView::clearFacts()
{
    clear();
}

void FactsView::setFacts(const GuestFacts &f)
{
    clear();
    auto row = [this](const QString &label, const QString &value) {
        auto *item = new QTreeWidgetItem(this, {label, value});
        item->setToolTip(1, value);
        return item;
    };
    auto child = [](QTreeWidgetItem *parent, const QString &label, const QString &value) {
        auto *item = new QTreeWidgetItem(parent, {label, value});
        item->setToolTip(1, value); // evidence sentences run past the column
        return item;
    };
    const QString none = tr("none");

    row(tr("Operating system"), f.productName.isEmpty() ? f.distro : f.productName);
    row(tr("Distribution"), QStringLiteral("%1 %2").arg(f.distro, f.version()).trimmed());
    row(tr("Architecture"), f.arch);
    const QString firmwareName = f.firmware == Firmware::Uefi ? tr("UEFI") : tr("BIOS");
    //: %1 the firmware a cloud must give the guest (UEFI, BIOS), %2 what its boot loaders can do.
    const QString firmwareText = tr("%1 (boots with %2)").arg(firmwareName, describeBootModes(f.boot));
    auto *firmware = row(tr("Firmware"), firmwareText);
    for (const FirmwareEvidence &e : f.boot.evidence)
        child(firmware, tr("Why"), describe(e));
    row(tr("Init system"), toString(f.init));
    row(tr("Package manager"), QStringLiteral("%1 (%2)").arg(f.packageManager, f.packageFormat));
    row(tr("Hostname"), f.hostname);
    row(tr("Root file system"), QStringLiteral("%1 (%2)").arg(f.rootDevice, f.rootFsType));
    row(tr("Disk size"), formatBytes(f.virtualSize));

    auto *parts = row(tr("Partitions"), QStringLiteral("%1, %2").arg(f.partitionTable.isEmpty() ? none : f.partitionTable)
                                            .arg(tr("%n partition(s)", nullptr, int(f.partitions.size()))));
    for (const PartitionInfo &p : f.partitions) {
        QStringList bits{formatBytes(p.size), p.fstype.isEmpty() ? tr("no file system") : p.fstype};
        if (!p.mountpoint.isEmpty())
            bits << tr("mounted on %1").arg(p.mountpoint);
        if (p.isLast)
            bits << tr("last");
        child(parts, p.device, bits.join(QStringLiteral(", ")));
    }

    auto *lvm = row(tr("LVM"), f.lvm.isEmpty() ? none
                                              : tr("%n logical volume(s)", nullptr, int(f.lvm.logicalVolumes.size())));
    for (const LogicalVolume &lv : f.lvm.logicalVolumes) {
        QStringList bits{formatBytes(lv.size), lv.fstype};
        if (!lv.mountpoint.isEmpty())
            bits << tr("mounted on %1").arg(lv.mountpoint);
        child(lvm, lv.device, bits.join(QStringLiteral(", ")));
    }
    for (const QString &vg : f.lvm.volumeGroups) {
        if (!f.lvm.groupSize.contains(vg))
            continue;
        //: %1 the volume group's size, %2 the space no logical volume uses yet.
        child(lvm, tr("Volume group %1").arg(vg),
              tr("%1, %2 free").arg(formatBytes(f.lvm.groupSize.value(vg)), formatBytes(f.lvm.groupFree.value(vg))));
    }
    if (!f.lvm.physicalVolumes.isEmpty())
        child(lvm, tr("Physical volumes"), f.lvm.physicalVolumes.join(QStringLiteral(", ")));

    auto *kernels = row(tr("Kernels"), f.kernels.isEmpty() ? none : tr("%n kernel(s)", nullptr, int(f.kernels.size())));
    for (const KernelInfo &k : f.kernels)
        child(kernels, k.version, k.path);

    row(tr("Network configuration"), f.networkStacks.isEmpty() ? none : f.networkStacks.join(QStringLiteral(", ")));
    row(tr("Installed packages"), QString::number(f.packages.size()));
    row(tr("Enabled services"), QString::number(f.enabledServices.size()));
    expandAll();
}

QString FactsView::value(const QString &label) const
{
    const QList<QTreeWidgetItem *> found = findItems(label, Qt::MatchExactly, 0);
    return found.isEmpty() ? QString() : found.first()->text(1);
}

} // namespace imageprep::ui
