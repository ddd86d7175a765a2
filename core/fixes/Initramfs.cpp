#include "fixes/Initramfs.h"

namespace imageprep {

namespace {

const QString ToolsModules = QStringLiteral("/etc/initramfs-tools/modules");
const QString DracutConf = QStringLiteral("/etc/dracut.conf.d/90-imageprep-virtio.conf");
const QString MkinitcpioConf = QStringLiteral("/etc/mkinitcpio.conf");
const QString MkinitfsConf = QStringLiteral("/etc/mkinitfs/mkinitfs.conf");

bool hasTool(const PlannedFiles &files, const QString &tool)
{
    for (const QString &dir : {QStringLiteral("/usr/sbin/"), QStringLiteral("/usr/bin/"), QStringLiteral("/sbin/"), QStringLiteral("/bin/")}) {
        if (files.isFile(dir + tool))
            return true;
    }
    return false;
}

QStringList kernelVersions(const GuestFacts &facts)
{
    QStringList out;
    for (const KernelInfo &k : facts.kernels)
        out << k.version;
    return out;
}

} // namespace

InitramfsBuilder initramfsBuilder(const GuestFacts &facts, const PlannedFiles &files)
{
    if (files.isFile(MkinitcpioConf) || hasTool(files, QStringLiteral("mkinitcpio")))
        return InitramfsBuilder::Mkinitcpio;
    if (files.isDir(QStringLiteral("/etc/initramfs-tools")) || hasTool(files, QStringLiteral("update-initramfs")))
        return InitramfsBuilder::InitramfsTools;
    if (files.isFile(QStringLiteral("/etc/dracut.conf")) || files.isDir(QStringLiteral("/etc/dracut.conf.d"))
        || hasTool(files, QStringLiteral("dracut")) || facts.hasPackage(QStringLiteral("dracut")))
        return InitramfsBuilder::Dracut;
    if (files.isFile(MkinitfsConf) || hasTool(files, QStringLiteral("mkinitfs")))
        return InitramfsBuilder::Mkinitfs;
    // Without configuration or program in view, the family's tool.
    switch (profileFor(facts.family()).initramfs) {
    case InitramfsTool::InitramfsTools: return InitramfsBuilder::InitramfsTools;
    case InitramfsTool::Dracut: return InitramfsBuilder::Dracut;
    case InitramfsTool::Mkinitfs: return InitramfsBuilder::Mkinitfs;
    case InitramfsTool::Unknown: break;
    }
    return InitramfsBuilder::None;
}

QByteArray withVirtioModuleList(const QByteArray &modules)
{
    QStringList present;
    for (const QByteArray &l : modules.split('\n'))
        present << QString::fromUtf8(l).trimmed().section(QLatin1Char(' '), 0, 0);
    QByteArray out = modules;
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    for (const QString &m : VirtioModules) {
        if (!present.contains(m))
            out += m.toUtf8() + '\n';
    }
    return out;
}

QByteArray withVirtioMkinitcpio(const QByteArray &conf)
{
    static const QRegularExpression modules(QStringLiteral("^MODULES=\\((.*)\\)\\s*$"));
    QList<QByteArray> lines = conf.split('\n');
    bool found = false;
    for (QByteArray &l : lines) {
        const auto m = modules.match(QString::fromUtf8(l));
        if (!m.hasMatch())
            continue;
        QStringList list = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &v : VirtioModules) {
            if (!list.contains(v))
                list << v;
        }
        l = QStringLiteral("MODULES=(%1)").arg(list.join(QLatin1Char(' '))).toUtf8();
        found = true;
    }
    if (!found) {
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        lines << QStringLiteral("MODULES=(%1)").arg(VirtioModules.join(QLatin1Char(' '))).toUtf8() << QByteArray();
    }
    return lines.join('\n');
}

QByteArray withVirtioMkinitfs(const QByteArray &conf)
{
    QList<QByteArray> lines = conf.split('\n');
    bool found = false;
    for (QByteArray &l : lines) {
        const auto v = checks::shellAssignment(QString::fromUtf8(l), QStringLiteral("features"));
        if (!v || QString::fromUtf8(l).trimmed().startsWith(QLatin1Char('#')))
            continue;
        QStringList features = v->split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!features.contains(QLatin1String("virtio")))
            features << QStringLiteral("virtio");
        l = QStringLiteral("features=\"%1\"").arg(features.join(QLatin1Char(' '))).toUtf8();
        found = true;
    }
    if (!found) {
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        lines << QByteArrayLiteral("features=\"ata base ide scsi usb virtio ext4\"") << QByteArray();
    }
    return lines.join('\n');
}

void planVirtioInitramfs(PlanContext &p, Fix &fix)
{
    const QStringList kernels = kernelVersions(p.facts);
    switch (initramfsBuilder(p.facts, p.files)) {
    case InitramfsBuilder::InitramfsTools: {
        const bool exists = p.files.isFile(ToolsModules);
        if (exists)
            p.changeFile(fix, EditKind::EditLines, ToolsModules, withVirtioModuleList,
                         PlanText::tr("Add the virtio modules to %1").arg(ToolsModules));
        else
            p.writeFile(fix, EditKind::WriteFile, ToolsModules, withVirtioModuleList({}), 0644,
                        PlanText::tr("Add the virtio modules to %1").arg(ToolsModules));
        fix.edits << makeRunInGuest({QStringLiteral("update-initramfs"), QStringLiteral("-u"), QStringLiteral("-k"), QStringLiteral("all")},
                                    PlanText::tr("Rebuild every initramfs (update-initramfs)"));
        return;
    }
    case InitramfsBuilder::Dracut: {
        const QString list = VirtioModules.join(QLatin1Char(' '));
        p.writeFile(fix, EditKind::WriteFile, DracutConf, QStringLiteral("add_drivers+=\" %1 \"\n").arg(list).toUtf8(), 0644,
                    PlanText::tr("Make dracut add the virtio drivers to every initramfs (%1)").arg(DracutConf));
        // Inside the appliance "this host" is the appliance: never host-only.
        fix.edits << makeRunInGuest({QStringLiteral("dracut"), QStringLiteral("-f"), QStringLiteral("--no-hostonly"), QStringLiteral("--add-drivers"),
                                     list, QStringLiteral("--regenerate-all")},
                                    PlanText::tr("Rebuild every initramfs with the virtio drivers (dracut)"));
        return;
    }
    case InitramfsBuilder::Mkinitcpio:
        p.changeFile(fix, EditKind::EditLines, MkinitcpioConf, withVirtioMkinitcpio,
                     PlanText::tr("Add the virtio modules to %1").arg(MkinitcpioConf));
        fix.edits << makeRunInGuest({QStringLiteral("mkinitcpio"), QStringLiteral("-P")},
                                    PlanText::tr("Rebuild every initramfs (mkinitcpio)"));
        return;
    case InitramfsBuilder::Mkinitfs:
        p.changeFile(fix, EditKind::EditLines, MkinitfsConf, withVirtioMkinitfs,
                     PlanText::tr("Turn on the virtio feature in %1").arg(MkinitfsConf));
        for (const QString &k : kernels)
            fix.edits << makeRunInGuest({QStringLiteral("mkinitfs"), k}, PlanText::tr("Rebuild the initramfs of kernel %1 (mkinitfs)").arg(k));
        return;
    case InitramfsBuilder::None:
        return;
    }
}

} // namespace imageprep
