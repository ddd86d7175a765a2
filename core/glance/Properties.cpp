#include "glance/Properties.h"

#include "checks/Catalogue.h"

#include "checks/CheckRun.h"
#include "guest/FirmwareFacts.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace imageprep {

namespace {

constexpr qint64 GiB = qint64(1) << 30;

QString architectureName(const QString &arch);

QString evidenceText(const FirmwareInfo &boot)
{
    QStringList parts;
    for (const FirmwareEvidence &e : boot.evidence)
        parts << describe(e);
    return parts.join(QStringLiteral("; "));
}

// hw_firmware_type, hw_machine_type and os_secure_boot from how the guest boots.
void setFirmwareProperties(PropertySet &set, const GuestFacts &facts)
{
    const QString evidence = evidenceText(facts.boot);
    if (facts.firmware != Firmware::Uefi) {
        QString why = facts.boot.hybrid()
            ? PropertiesText::tr("the guest boots with BIOS and UEFI; BIOS is what every cloud offers (%1)").arg(evidence)
            : PropertiesText::tr("inspection found BIOS boot (%1)").arg(evidence.isEmpty() ? PropertiesText::tr("no EFI system partition with a boot loader") : evidence);
        set.set(QStringLiteral("hw_firmware_type"), QStringLiteral("bios"), why);
        return;
    }
    set.set(QStringLiteral("hw_firmware_type"), QStringLiteral("uefi"),
            PropertiesText::tr("the guest boots with UEFI only (%1); with BIOS it would not boot")
                .arg(evidence.isEmpty() ? PropertiesText::tr("inspection found UEFI boot") : evidence));
    // x86 only: ARM's default machine (virt) is UEFI already. i440fx with
    // OVMF works where the compute host's OVMF build supports it, but RHEL-
    // family hosts ship OVMF for q35 only, and Secure Boot needs q35 (SMM).
    const QString arch = architectureName(facts.arch);
    if (arch.isEmpty() || arch == QLatin1String("x86_64") || arch == QLatin1String("i686"))
        set.set(QStringLiteral("hw_machine_type"), QStringLiteral("q35"),
                PropertiesText::tr("UEFI-only guest on x86: q35 is the machine type every OVMF build supports, and the one Secure Boot needs"));
    if (facts.boot.signedChain) {
        // optional, not required: the guest boots on hosts without Secure Boot too.
        set.set(QStringLiteral("os_secure_boot"), QStringLiteral("optional"),
                PropertiesText::tr("the boot chain is signed (shim and a signed GRUB): Secure Boot where the cloud offers it"));
    }
}

} // namespace

// ---- PropertySet ----

void PropertySet::set(const QString &key, const QString &value, const QString &reason, ImageProperty::Origin origin)
{
    m_props.insert(key, ImageProperty{key, value, reason, origin});
}

bool PropertySet::remove(const QString &key)
{
    return m_props.remove(key) > 0;
}

QString PropertySet::value(const QString &key) const
{
    const auto it = m_props.constFind(key);
    return it == m_props.cend() ? QString() : it->value;
}

const ImageProperty *PropertySet::find(const QString &key) const
{
    const auto it = m_props.constFind(key);
    return it == m_props.cend() ? nullptr : &*it;
}

Status PropertySet::applyOverrides(const QStringList &assignments, const QStringList &unsetKeys)
{
    // Check everything before changing anything, so a typo leaves the set as it was.
    QList<QPair<QString, QString>> parsed;
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QString() : a.left(eq).trimmed();
        if (eq < 0 || key.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             PropertiesText::tr("Property \"%1\" is not of the form KEY=VALUE.").arg(a));
        parsed.append({key, a.mid(eq + 1)});
    }
    for (const QString &k : unsetKeys) {
        if (k.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument, PropertiesText::tr("An empty property name cannot be unset."));
    }
    for (const QString &k : unsetKeys)
        remove(k.trimmed());
    for (const auto &[key, value] : parsed)
        set(key, value, PropertiesText::tr("set by the user"), ImageProperty::Origin::User);
    return success();
}

// ---- Derivation ----

QString glanceDistroName(const QString &distro)
{
    // libguestfs names -> the libosinfo-style names Glance documents for os_distro.
    static const QHash<QString, QString> map{
        {QStringLiteral("archlinux"), QStringLiteral("arch")},
        {QStringLiteral("sles"), QStringLiteral("sled")},
        {QStringLiteral("suse"), QStringLiteral("sled")},
        {QStringLiteral("opensuse"), QStringLiteral("opensuse")},
        {QStringLiteral("alpinelinux"), QStringLiteral("alpine")},
        {QStringLiteral("redhat-based"), QStringLiteral("rhel")},
        {QStringLiteral("centos"), QStringLiteral("centos")},
        {QStringLiteral("rocky"), QStringLiteral("rocky")},
        {QStringLiteral("almalinux"), QStringLiteral("almalinux")},
        {QStringLiteral("oraclelinux"), QStringLiteral("oraclelinux")},
        {QStringLiteral("linuxmint"), QStringLiteral("mint")},
        {QStringLiteral("freebsd"), QStringLiteral("freebsd")},
        {QStringLiteral("windows"), QStringLiteral("windows")},
    };
    const QString d = distro.trimmed().toLower();
    if (d.startsWith(QLatin1String("opensuse")))
        return QStringLiteral("opensuse");
    return map.value(d, d);
}

bool kernelHasVirtioRng(const GuestFacts &facts, const GuestFiles &files)
{
    if (facts.kernels.isEmpty())
        return false;
    static const QRegularExpression configLine(QStringLiteral("^CONFIG_HW_RANDOM_VIRTIO=([ym])$"),
                                               QRegularExpression::MultilineOption);
    for (const KernelInfo &k : facts.kernels) {
        if (configLine.match(files.readText(QStringLiteral("/boot/config-") + k.version)).hasMatch())
            continue;
        bool builtin = false;
        for (const QString &dir : {QStringLiteral("/lib/modules/"), QStringLiteral("/usr/lib/modules/")}) {
            if (files.readText(dir + k.version + QStringLiteral("/modules.builtin")).contains(QLatin1String("/virtio-rng.ko")))
                builtin = true;
        }
        if (!builtin)
            return false;
    }
    return true;
}

namespace {

QString architectureName(const QString &arch)
{
    // libguestfs says i386 for any 32-bit x86; Glance and libosinfo use i686.
    if (arch == QLatin1String("i386") || arch == QLatin1String("i486") || arch == QLatin1String("i586"))
        return QStringLiteral("i686");
    if (arch == QLatin1String("arm64"))
        return QStringLiteral("aarch64");
    return arch;
}

// auto_disk_config: only for one ext3/ext4 partition without LVM, as the
// image guide says; anything else would need a resize Nova cannot do.
QPair<bool, QString> autoDiskConfig(const GuestFacts &facts)
{
    if (!facts.lvm.isEmpty())
        return {false, PropertiesText::tr("the disk uses LVM")};
    if (facts.partitions.size() != 1)
        return {false, PropertiesText::tr("the disk has %1 partitions, not one").arg(facts.partitions.size())};
    const PartitionInfo &p = facts.partitions.first();
    if (p.fstype != QLatin1String("ext3") && p.fstype != QLatin1String("ext4"))
        return {false, PropertiesText::tr("the only partition %1 is %2, not ext3/ext4").arg(p.device, p.fstype.isEmpty() ? PropertiesText::tr("unformatted") : p.fstype)};
    return {true, PropertiesText::tr("one %1 partition (%2) without LVM").arg(p.fstype, p.device)};
}

} // namespace

QString checkReason(const CheckResult *r, const QString &id)
{
    if (!r)
        return PropertiesText::tr("the %1 check did not run").arg(id);
    return PropertiesText::tr("%1 check: %2 (%3)").arg(id, toString(r->status), r->summary);
}

PropertySet deriveProperties(const GuestFacts &facts, const CheckRun &checks, const DeriveOptions &options)
{
    PropertySet set;

    set.set(QStringLiteral("disk_format"), options.diskFormat, PropertiesText::tr("the exported image format"));
    set.set(QStringLiteral("container_format"), options.containerFormat, PropertiesText::tr("a plain disk image, no container"));

    if (!facts.osType.isEmpty())
        set.set(QStringLiteral("os_type"), facts.osType, PropertiesText::tr("inspection found a %1 guest").arg(facts.osType));
    if (!facts.distro.isEmpty() && facts.distro != QLatin1String("unknown")) {
        const QString distro = glanceDistroName(facts.distro);
        set.set(QStringLiteral("os_distro"), distro,
                distro == facts.distro ? PropertiesText::tr("inspection found distro %1").arg(facts.distro)
                                       : PropertiesText::tr("inspection found distro %1 (libguestfs name), %2 in Glance").arg(facts.distro, distro));
    }
    if (facts.majorVersion > 0 || facts.minorVersion > 0)
        set.set(QStringLiteral("os_version"), facts.version(), PropertiesText::tr("inspection found version %1").arg(facts.version()));
    if (!facts.arch.isEmpty())
        set.set(QStringLiteral("architecture"), architectureName(facts.arch), PropertiesText::tr("inspection found architecture %1").arg(facts.arch));

    // Disk and network bus, guest agent: decided by the requirements' checks.
    for (const Requirement *req : Catalogue::instance().all())
        req->glanceProperties(facts, checks.result(req->id()), options, set);

    setFirmwareProperties(set, facts);

    if (options.virtioRng)
        set.set(QStringLiteral("hw_rng_model"), QStringLiteral("virtio"), PropertiesText::tr("the guest kernel has the virtio-rng driver"));

    const qint64 vsize = options.virtualSize >= 0 ? options.virtualSize : facts.virtualSize;
    if (vsize > 0) {
        const qint64 gib = (vsize + GiB - 1) / GiB;
        set.set(QStringLiteral("min_disk"), QString::number(gib),
                PropertiesText::tr("virtual size %1 bytes, rounded up to whole GiB").arg(vsize));
    }
    int minRam = options.minRamMiB;
    QString ramWhy = PropertiesText::tr("given");
    if (minRam < 0) {
        // A modern systemd guest with cloud-init does not boot reliably in less.
        minRam = facts.family() == OsFamily::RedHat ? 1024 : 512;
        ramWhy = PropertiesText::tr("default for the %1 family").arg(toString(facts.family()));
    }
    set.set(QStringLiteral("min_ram"), QString::number(minRam), ramWhy);

    const auto [autoDisk, autoWhy] = autoDiskConfig(facts);
    set.set(QStringLiteral("auto_disk_config"), autoDisk ? QStringLiteral("True") : QStringLiteral("False"), autoWhy);

    const bool cloudInit = facts.hasPackage(QStringLiteral("cloud-init"));
    set.set(QStringLiteral("cloud_init_installed"), cloudInit ? QStringLiteral("True") : QStringLiteral("False"),
            cloudInit ? PropertiesText::tr("package cloud-init %1 is installed").arg(facts.packageVersion(QStringLiteral("cloud-init")))
                      : PropertiesText::tr("package cloud-init is not installed"));
    return set;
}

} // namespace imageprep
