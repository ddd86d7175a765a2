#include "guest/GuestFacts.h"

#include "guest/FirmwareFacts.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace imageprep {

QString toString(OsFamily family)
{
    switch (family) {
    case OsFamily::Debian: return QStringLiteral("debian");
    case OsFamily::RedHat: return QStringLiteral("redhat");
    case OsFamily::Suse: return QStringLiteral("suse");
    case OsFamily::Alpine: return QStringLiteral("alpine");
    case OsFamily::Arch: return QStringLiteral("arch");
    case OsFamily::Other: return QStringLiteral("other");
    case OsFamily::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString toString(InitSystem init)
{
    switch (init) {
    case InitSystem::Systemd: return QStringLiteral("systemd");
    case InitSystem::SysV: return QStringLiteral("sysv");
    case InitSystem::OpenRC: return QStringLiteral("openrc");
    case InitSystem::Upstart: return QStringLiteral("upstart");
    case InitSystem::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString toString(Firmware firmware)
{
    return firmware == Firmware::Uefi ? QStringLiteral("uefi") : QStringLiteral("bios");
}

OsFamily familyOfDistro(const QString &distro)
{
    static const QHash<QString, OsFamily> families{
        {QStringLiteral("debian"), OsFamily::Debian},
        {QStringLiteral("ubuntu"), OsFamily::Debian},
        {QStringLiteral("linuxmint"), OsFamily::Debian},
        {QStringLiteral("kalilinux"), OsFamily::Debian},
        {QStringLiteral("rhel"), OsFamily::RedHat},
        {QStringLiteral("centos"), OsFamily::RedHat},
        {QStringLiteral("fedora"), OsFamily::RedHat},
        {QStringLiteral("rocky"), OsFamily::RedHat},
        {QStringLiteral("almalinux"), OsFamily::RedHat},
        {QStringLiteral("oraclelinux"), OsFamily::RedHat},
        {QStringLiteral("scientificlinux"), OsFamily::RedHat},
        {QStringLiteral("circle"), OsFamily::RedHat},
        {QStringLiteral("redhat-based"), OsFamily::RedHat},
        {QStringLiteral("sles"), OsFamily::Suse},
        {QStringLiteral("suse-based"), OsFamily::Suse},
        {QStringLiteral("opensuse"), OsFamily::Suse},
        {QStringLiteral("alpinelinux"), OsFamily::Alpine},
        {QStringLiteral("archlinux"), OsFamily::Arch},
    };
    if (distro.isEmpty() || distro == QLatin1String("unknown"))
        return OsFamily::Unknown;
    return families.value(distro, OsFamily::Other);
}

OsFamily GuestFacts::family() const
{
    return familyOfDistro(distro);
}

QString GuestFacts::version() const
{
    if (majorVersion == 0 && minorVersion == 0)
        return {};
    // Debian names a release by its major number; 12.2 is a point update of 12.
    if (minorVersion == 0 || distro == QLatin1String("debian"))
        return QString::number(majorVersion);
    // Ubuntu releases are written with two digits: 22.04
    if (distro == QLatin1String("ubuntu"))
        return QStringLiteral("%1.%2").arg(majorVersion).arg(minorVersion, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1.%2").arg(majorVersion).arg(minorVersion);
}

bool GuestFacts::hasPackage(const QString &name) const
{
    return std::any_of(packages.cbegin(), packages.cend(),
                       [&](const PackageInfo &p) { return p.name == name; });
}

QString GuestFacts::packageVersion(const QString &name) const
{
    for (const PackageInfo &p : packages) {
        if (p.name == name)
            return p.version;
    }
    return {};
}

bool GuestFacts::isServiceEnabled(const QString &name) const
{
    const QString bare = name.endsWith(QLatin1String(".service")) ? name.chopped(8) : name;
    return enabledServices.contains(bare) || enabledServices.contains(bare + QLatin1String(".service"));
}

bool GuestFacts::rootOnLvm() const
{
    if (rootDevice.isEmpty())
        return false;
    if (rootDevice.startsWith(QLatin1String("/dev/mapper/")))
        return true;
    return std::any_of(lvm.logicalVolumes.cbegin(), lvm.logicalVolumes.cend(),
                       [&](const LogicalVolume &lv) { return lv.device == rootDevice; });
}

namespace {

QJsonArray partitionsJson(const QList<PartitionInfo> &partitions)
{
    QJsonArray parts;
    for (const PartitionInfo &p : partitions) {
        parts.append(QJsonObject{
            {QStringLiteral("device"), p.device},
            {QStringLiteral("number"), p.number},
            {QStringLiteral("start"), p.start},
            {QStringLiteral("size"), p.size},
            {QStringLiteral("fstype"), p.fstype},
            {QStringLiteral("label"), p.label},
            {QStringLiteral("uuid"), p.uuid},
            {QStringLiteral("mountpoint"), p.mountpoint},
            {QStringLiteral("gptType"), p.gptType},
            {QStringLiteral("last"), p.isLast},
        });
    }
    return parts;
}

QJsonObject lvmToJson(const LvmInfo &lvm)
{
    QJsonArray lvs;
    for (const LogicalVolume &lv : lvm.logicalVolumes) {
        lvs.append(QJsonObject{
            {QStringLiteral("name"), lv.name},
            {QStringLiteral("vg"), lv.vg},
            {QStringLiteral("device"), lv.device},
            {QStringLiteral("size"), lv.size},
            {QStringLiteral("fstype"), lv.fstype},
            {QStringLiteral("mountpoint"), lv.mountpoint},
        });
    }
    QJsonArray vgs;
    for (const QString &vg : lvm.volumeGroups)
        vgs.append(QJsonObject{{QStringLiteral("name"), vg},
                               {QStringLiteral("size"), lvm.groupSize.value(vg)},
                               {QStringLiteral("free"), lvm.groupFree.value(vg)}});
    return QJsonObject{
        {QStringLiteral("physicalVolumes"), QJsonArray::fromStringList(lvm.physicalVolumes)},
        {QStringLiteral("volumeGroups"), QJsonArray::fromStringList(lvm.volumeGroups)},
        {QStringLiteral("groups"), vgs},
        {QStringLiteral("logicalVolumes"), lvs},
    };
}

QJsonObject bootToJson(const FirmwareInfo &boot)
{
    QJsonArray evidence;
    for (const FirmwareEvidence &e : boot.evidence)
        evidence.append(describe(e));
    return QJsonObject{
        {QStringLiteral("uefi"), boot.uefiBoot},
        {QStringLiteral("bios"), boot.biosBoot},
        {QStringLiteral("hybrid"), boot.hybrid()},
        {QStringLiteral("signedChain"), boot.signedChain},
        {QStringLiteral("esp"), boot.espDevice.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{
                                    {QStringLiteral("device"), boot.espDevice},
                                    {QStringLiteral("mountpoint"), boot.espMountpoint}})},
        {QStringLiteral("efiLoaders"), QJsonArray::fromStringList(boot.efiLoaders)},
        {QStringLiteral("evidence"), evidence},
    };
}

} // namespace

QJsonObject GuestFacts::toJson(JsonDetail detail) const
{
    QJsonObject os{
        {QStringLiteral("type"), osType},
        {QStringLiteral("distro"), distro},
        {QStringLiteral("family"), toString(family())},
        {QStringLiteral("product"), productName},
        {QStringLiteral("version"), version()},
        {QStringLiteral("major"), majorVersion},
        {QStringLiteral("minor"), minorVersion},
        {QStringLiteral("arch"), arch},
        {QStringLiteral("osinfo"), osinfo},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("packageFormat"), packageFormat},
        {QStringLiteral("packageManager"), packageManager},
        {QStringLiteral("init"), toString(init)},
    };

    QJsonArray kernelsJson;
    for (const KernelInfo &k : kernels)
        kernelsJson.append(QJsonObject{{QStringLiteral("version"), k.version}, {QStringLiteral("path"), k.path}});

    QJsonObject mounts;
    for (auto it = mountpoints.cbegin(); it != mountpoints.cend(); ++it)
        mounts.insert(it.key(), it.value());

    QJsonObject out{
        {QStringLiteral("os"), os},
        {QStringLiteral("firmware"), toString(firmware)},
        {QStringLiteral("boot"), bootToJson(boot)},
        {QStringLiteral("networkStacks"), QJsonArray::fromStringList(networkStacks)},
        {QStringLiteral("root"), QJsonObject{{QStringLiteral("device"), rootDevice},
                                             {QStringLiteral("fstype"), rootFsType},
                                             {QStringLiteral("lvm"), rootOnLvm()}}},
        {QStringLiteral("partitionTable"), partitionTable},
        {QStringLiteral("partitions"), partitionsJson(partitions)},
        {QStringLiteral("lvm"), lvmToJson(lvm)},
        {QStringLiteral("mountpoints"), mounts},
        {QStringLiteral("kernels"), kernelsJson},
        {QStringLiteral("packages"), static_cast<int>(packages.size())},
        {QStringLiteral("services"), QJsonArray::fromStringList(enabledServices)},
        {QStringLiteral("virtualSize"), virtualSize},
    };
    if (detail == JsonDetail::Full) {
        QJsonArray pk;
        for (const PackageInfo &p : packages)
            pk.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("version"), p.version}});
        out.insert(QStringLiteral("packageList"), pk);
    }
    return out;
}

} // namespace imageprep
