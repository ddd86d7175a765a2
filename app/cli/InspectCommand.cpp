// inspect: what the image holds, as text or JSON.
#include "cli/CliSession.h"
#include "cli/Commands.h"
#include "guest/FirmwareFacts.h"
#include "util/TextWidth.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace imageprep::cli {

namespace {

QString humanSize(qint64 bytes)
{
    const double b = double(bytes);
    if (b >= 1024.0 * 1024 * 1024)
        return QStringLiteral("%1 GiB").arg(b / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (b >= 1024.0 * 1024)
        return QStringLiteral("%1 MiB").arg(b / (1024.0 * 1024), 0, 'f', 1);
    return QStringLiteral("%1 KiB").arg(b / 1024.0, 0, 'f', 1);
}

void printFacts(QTextStream &out, const OpenedImage &image, const GuestFacts &f)
{
    auto row = [&out](const QString &label, const QString &value) {
        out << padRight(label, 14) << value << '\n';
    };
    row(CliText::tr("Image:"), CliText::tr("%1 (%2%3, %4 virtual)")
                      .arg(image.originalPath, image.info.format,
                           image.container.isEmpty() ? QString() : CliText::tr(" in %1").arg(image.container),
                           humanSize(image.info.virtualSize)));
    row(CliText::tr("OS:"), QStringLiteral("%1 — %2/%3 %4, %5").arg(f.productName, f.osType, f.distro, f.version(), f.arch));
    row(CliText::tr("Hostname:"), f.hostname);
    row(CliText::tr("Init system:"), toString(f.init));
    const QString firmwareName = f.firmware == Firmware::Uefi ? QStringLiteral("UEFI") : QStringLiteral("BIOS");
    //: %1 the firmware a cloud must give the guest (UEFI, BIOS), %2 what its boot loaders can do.
    const QString firmware = CliText::tr("%1 (boots with %2)").arg(firmwareName, describeBootModes(f.boot));
    row(CliText::tr("Firmware:"), firmware);
    for (const FirmwareEvidence &e : f.boot.evidence)
        row(QString(), QStringLiteral("- ") + describe(e));
    row(CliText::tr("Packages:"), QStringLiteral("%1 (%2, %3)").arg(f.packages.size()).arg(f.packageFormat, f.packageManager));
    QStringList kernels;
    for (const KernelInfo &k : f.kernels)
        kernels << k.version;
    row(CliText::tr("Kernels:"), kernels.isEmpty() ? CliText::tr("none found") : kernels.join(QStringLiteral(", ")));
    row(CliText::tr("Root:"), QStringLiteral("%1 (%2%3)").arg(f.rootDevice, f.rootFsType,
                                                  f.rootOnLvm() ? CliText::tr(", on LVM") : QString()));
    out << CliText::tr("Partitions (%1):").arg(f.partitionTable.isEmpty() ? CliText::tr("none") : f.partitionTable) << '\n';
    for (const PartitionInfo &p : f.partitions) {
        out << "  " << p.device.leftJustified(11) << humanSize(p.size).rightJustified(10) << "  "
            << p.fstype.leftJustified(12) << (p.mountpoint.isEmpty() ? QStringLiteral("-") : p.mountpoint).leftJustified(10) << p.uuid << '\n';
    }
    if (!f.lvm.isEmpty()) {
        out << CliText::tr("LVM:") << '\n';
        for (const LogicalVolume &lv : f.lvm.logicalVolumes) {
            out << "  " << lv.device.leftJustified(16) << humanSize(lv.size).rightJustified(10) << "  "
                << lv.fstype.leftJustified(12) << lv.mountpoint << '\n';
        }
        for (const QString &vg : f.lvm.volumeGroups) {
            if (f.lvm.groupSize.contains(vg))
                out << "  " << CliText::tr("volume group %1: %2, %3 free")
                                   .arg(vg, humanSize(f.lvm.groupSize.value(vg)), humanSize(f.lvm.groupFree.value(vg)))
                    << '\n';
        }
    }
    row(CliText::tr("Network:"), f.networkStacks.isEmpty() ? CliText::tr("none found") : f.networkStacks.join(QStringLiteral(", ")));
    row(CliText::tr("At boot:"), f.enabledServices.join(QStringLiteral(", ")));
}

} // namespace

int runInspect(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Inspect a disk image: operating system, disks, LVM, firmware, kernels, packages and "
        "services. The image is never written."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 CliText::tr("Disk image (qcow2, raw, vmdk, vdi, vhd, vhdx), OVA/tar, or .gz/.xz/.zst/.bz2."));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the facts as JSON."));
    const QCommandLineOption packages(QStringLiteral("packages"), CliText::tr("With --json: include the package list."));
    parser.addOptions({json, packages});
    int code = ExitOk;
    if (!ctx.parse(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(CliText::tr("inspect takes one IMAGE (see inspect --help)"));

    CliSession cli(ctx);
    if (!cli.open(parser.positionalArguments().first()))
        return cli.lastExitCode();
    const Session &s = cli.session();
    if (parser.isSet(json)) {
        QJsonObject doc = s.facts().toJson(parser.isSet(packages) ? GuestFacts::JsonDetail::Full
                                                                  : GuestFacts::JsonDetail::Summary);
        doc.insert(QStringLiteral("image"), QJsonObject{
            {QStringLiteral("path"), s.image().originalPath},
            {QStringLiteral("format"), s.image().info.format},
            {QStringLiteral("virtualSize"), s.image().info.virtualSize},
            {QStringLiteral("container"), s.image().container},
        });
        doc.insert(QStringLiteral("session"), QJsonObject{
            {QStringLiteral("openMs"), s.timings().openMs},
            {QStringLiteral("launchMs"), s.timings().launchMs},
            {QStringLiteral("inspectMs"), s.timings().inspectMs},
            {QStringLiteral("softwareEmulation"), s.timings().softwareEmulation},
        });
        ctx.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        printFacts(ctx.out, s.image(), s.facts());
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace imageprep::cli
