#include "image/Ovf.h"
#include "image/ImageText.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace imageprep {

namespace {

const auto kOvf1 = "http://schemas.dmtf.org/ovf/envelope/1"_L1;
const auto kOvf2 = "http://schemas.dmtf.org/ovf/envelope/2"_L1;
const auto kVmware = "http://www.vmware.com/schema/ovf"_L1;
const auto kVbox = "http://www.virtualbox.org/ovf/machine"_L1;

// OVF attributes are namespace-qualified (ovf:href); a few producers write
// them bare, so fall back to the unqualified name.
QString attr(const QXmlStreamReader &r, QStringView ns, QLatin1String name)
{
    const QXmlStreamAttributes a = r.attributes();
    if (a.hasAttribute(ns.toString(), name))
        return a.value(ns.toString(), name).toString();
    for (const QXmlStreamAttribute &at : a) {
        if (at.name() == name && at.namespaceUri().isEmpty())
            return at.value().toString();
    }
    return {};
}

void mapFormat(OvfDisk &d)
{
    const QString &u = d.formatUri;
    const qsizetype hash = u.indexOf(u'#');
    const QString fragment = hash >= 0 ? u.mid(hash + 1) : QString();
    if (u.contains("vmdk"_L1, Qt::CaseInsensitive)) {
        d.format = u"vmdk"_s;
        d.subformat = fragment;
    } else if (u.contains("LinkId=137171"_L1, Qt::CaseInsensitive)
               || u.endsWith("#vhd"_L1, Qt::CaseInsensitive)) {
        d.format = u"vpc"_s; // Microsoft's VHD specification link, used by VirtualBox
    } else if (u.contains("vhdx"_L1, Qt::CaseInsensitive)) {
        d.format = u"vhdx"_s;
    } else if (u.contains("qcow"_L1, Qt::CaseInsensitive)) {
        d.format = u"qcow2"_s;
    } else if (u.contains("vdi"_L1, Qt::CaseInsensitive)) {
        d.format = u"vdi"_s;
    } else if (u.contains("raw"_L1, Qt::CaseInsensitive)) {
        d.format = u"raw"_s;
    }
}

Error corrupt(const QString &what, const QString &detail = {})
{
    return makeError(ErrorCode::Corrupt,
                     ImageText::tr("The OVF descriptor is invalid: %1. Export the appliance again.").arg(what),
                     detail);
}

} // namespace

qint64 ovfAllocationUnitBytes(const QString &units)
{
    const QString u = units.simplified();
    if (u.isEmpty() || u.compare("byte"_L1, Qt::CaseInsensitive) == 0
        || u.compare("bytes"_L1, Qt::CaseInsensitive) == 0)
        return 1;
    static const QRegularExpression power(u"^byte\\s*\\*\\s*(2|10)\\s*\\^\\s*(\\d{1,2})$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = power.match(u); m.hasMatch()) {
        const int base = m.captured(1).toInt();
        const int exp = m.captured(2).toInt();
        qint64 v = 1;
        for (int i = 0; i < exp; ++i) {
            if (v > (std::numeric_limits<qint64>::max() / base))
                return -1;
            v *= base;
        }
        return v;
    }
    // Older VMware exports spell the unit out.
    static const QHash<QString, qint64> named = {
        {u"kilobytes"_s, 1ll << 10}, {u"megabytes"_s, 1ll << 20}, {u"gigabytes"_s, 1ll << 30},
        {u"terabytes"_s, 1ll << 40}, {u"kb"_s, 1ll << 10}, {u"mb"_s, 1ll << 20},
        {u"gb"_s, 1ll << 30}, {u"tb"_s, 1ll << 40},
    };
    return named.value(u.toLower(), -1);
}

namespace {

// One References/File element; its size, where given, must be a byte count.
Result<OvfFile> readFile(const QXmlStreamReader &r, const QString &ns)
{
    OvfFile f;
    f.id = attr(r, ns, "id"_L1);
    f.href = attr(r, ns, "href"_L1);
    const QString size = attr(r, ns, "size"_L1);
    if (!size.isEmpty()) {
        bool ok = false;
        f.size = size.toLongLong(&ok);
        if (!ok || f.size < 0)
            return corrupt(u"file %1 has the size \"%2\""_s.arg(f.href, size));
    }
    f.compression = attr(r, ns, "compression"_L1).toLower();
    if (f.compression == "identity"_L1)
        f.compression.clear();
    return f;
}

// One DiskSection/Disk element, its capacity in bytes.
Result<OvfDisk> readDisk(const QXmlStreamReader &r, const QString &ns)
{
    OvfDisk disk;
    disk.diskId = attr(r, ns, "diskId"_L1);
    disk.fileRef = attr(r, ns, "fileRef"_L1);
    disk.formatUri = attr(r, ns, "format"_L1);
    mapFormat(disk);
    const QString units = attr(r, ns, "capacityAllocationUnits"_L1);
    const qint64 unit = ovfAllocationUnitBytes(units);
    if (unit < 0)
        return corrupt(u"disk %1 has the unknown capacity unit \"%2\""_s.arg(disk.diskId, units));
    bool ok = false;
    const qint64 cap = attr(r, ns, "capacity"_L1).toLongLong(&ok);
    if (!ok || cap < 0 || (unit > 1 && cap > std::numeric_limits<qint64>::max() / unit))
        return corrupt(u"disk %1 has the capacity \"%2\""_s
                           .arg(disk.diskId, attr(r, ns, "capacity"_L1)));
    disk.capacity = cap * unit;
    const QString populated = attr(r, ns, "populatedSize"_L1);
    if (!populated.isEmpty())
        disk.populatedSize = populated.toLongLong();
    return disk;
}

// VMware and VirtualBox declare their own XML namespaces, which tells who
// wrote the descriptor.
void noteProducer(const QXmlStreamReader &r, bool &sawVmware, bool &sawVbox)
{
    for (const auto &decl : r.namespaceDeclarations()) {
        if (decl.namespaceUri() == kVmware)
            sawVmware = true;
        else if (decl.namespaceUri() == kVbox)
            sawVbox = true;
    }
}

// Copies each disk's file name, size and compression from the file it refers to.
Status linkDisksToFiles(OvfDescriptor &d)
{
    for (OvfDisk &disk : d.disks) {
        if (disk.fileRef.isEmpty())
            continue; // a blank disk created at import time
        const auto it = std::find_if(d.files.cbegin(), d.files.cend(),
                                     [&](const OvfFile &f) { return f.id == disk.fileRef; });
        if (it == d.files.cend())
            return corrupt(u"disk %1 refers to the file id %2, which References does not list"_s
                               .arg(disk.diskId, disk.fileRef));
        disk.href = it->href;
        disk.fileSize = it->size;
        disk.compression = it->compression;
    }
    return success();
}

// The boot disk: the first one the hardware section attaches, else the
// first one with a file.
void chooseBootDisk(OvfDescriptor &d, const QString &bootDiskId)
{
    for (int i = 0; i < d.disks.size(); ++i) {
        if (!bootDiskId.isEmpty() && d.disks[i].diskId == bootDiskId && !d.disks[i].href.isEmpty())
            d.bootDisk = i;
    }
    for (int i = 0; d.bootDisk < 0 && i < d.disks.size(); ++i) {
        if (!d.disks[i].href.isEmpty())
            d.bootDisk = i;
    }
}

} // namespace

Result<OvfDescriptor> parseOvf(const QByteArray &xml)
{
    OvfDescriptor d;
    QXmlStreamReader r(xml);
    QString ns;
    QString bootDiskId;
    bool inOsSection = false;
    bool sawVmware = false;
    bool sawVbox = false;

    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::DTD) {
            // No DTD means no entity definitions to expand or resolve.
            return makeError(ErrorCode::UnsafeArchive,
                             ImageText::tr("The OVF descriptor contains a DOCTYPE, which imageprep refuses "
                             "(OVF files never need one). Check where the appliance came from."));
        }
        if (token == QXmlStreamReader::EndElement) {
            if (r.name() == "OperatingSystemSection"_L1)
                inOsSection = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;

        noteProducer(r, sawVmware, sawVbox);
        const QStringView name = r.name();
        if (ns.isEmpty()) {
            const QStringView uri = r.namespaceUri();
            if (name != "Envelope"_L1 || (uri != kOvf1 && uri != kOvf2)) {
                return makeError(ErrorCode::NotAnImage,
                                 ImageText::tr("This is not an OVF descriptor (the root element is not an "
                                 "OVF Envelope). Choose an .ova exported by VMware or VirtualBox."));
            }
            ns = uri.toString();
            d.ovfMajorVersion = uri == kOvf1 ? 1 : 2;
            continue;
        }

        if (name == "File"_L1 && r.namespaceUri() == ns) {
            Result<OvfFile> f = readFile(r, ns);
            if (!f)
                return f.error();
            d.files.append(f.value());
        } else if (name == "Disk"_L1 && r.namespaceUri() == ns) {
            Result<OvfDisk> disk = readDisk(r, ns);
            if (!disk)
                return disk.error();
            d.disks.append(disk.value());
        } else if (name == "VirtualSystem"_L1 && r.namespaceUri() == ns) {
            if (d.virtualSystemName.isEmpty())
                d.virtualSystemName = attr(r, ns, "id"_L1);
        } else if (name == "OperatingSystemSection"_L1) {
            inOsSection = true;
            d.osId = attr(r, ns, "id"_L1);
            const QString vmw = r.attributes().value(QString(kVmware), u"osType"_s).toString();
            if (!vmw.isEmpty())
                d.osType = vmw;
        } else if (inOsSection && name == "Description"_L1) {
            d.osDescription = r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (inOsSection && name == "OSType"_L1 && r.namespaceUri() == kVbox) {
            d.osType = r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        } else if (name == "HostResource"_L1) {
            const QString res = r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            static const QRegularExpression diskRef(u"^(?:ovf:)?/disk/(.+)$"_s);
            if (const auto m = diskRef.match(res); m.hasMatch() && bootDiskId.isEmpty())
                bootDiskId = m.captured(1);
        }
    }
    if (ns.isEmpty())
        return makeError(ErrorCode::NotAnImage,
                         ImageText::tr("The OVF descriptor is empty or not XML. Export the appliance again."),
                         r.errorString());
    if (r.hasError())
        return corrupt(u"line %1: %2"_s.arg(r.lineNumber()).arg(r.errorString()));

    d.producer = sawVmware ? u"VMware"_s : sawVbox ? u"VirtualBox"_s : QString();

    if (Status s = linkDisksToFiles(d); !s)
        return s.error();
    chooseBootDisk(d, bootDiskId);
    return d;
}

Result<QList<ManifestEntry>> parseManifest(const QByteArray &text)
{
    static const QRegularExpression line(
        u"^\\s*(SHA1|SHA256|SHA512)\\s*\\((.+)\\)\\s*=\\s*([0-9A-Fa-f]+)\\s*$"_s);
    QList<ManifestEntry> entries;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString l = QString::fromUtf8(lines[i]).trimmed();
        if (l.isEmpty())
            continue;
        const auto m = line.match(l);
        if (!m.hasMatch())
            return makeError(ErrorCode::Corrupt,
                             ImageText::tr("The OVA manifest (.mf) line %1 is not a digest line. Export the "
                             "appliance again.").arg(i + 1),
                             l);
        ManifestEntry e{m.captured(1), m.captured(2), m.captured(3).toLower().toLatin1()};
        const int expected = e.algorithm == "SHA1"_L1 ? 40 : e.algorithm == "SHA256"_L1 ? 64 : 128;
        if (e.digest.size() != expected)
            return makeError(ErrorCode::Corrupt,
                             ImageText::tr("The OVA manifest (.mf) has a %1 digest of the wrong length for %2.")
                                 .arg(e.algorithm, e.fileName));
        entries.append(e);
    }
    return entries;
}

Status singleDiskForGlance(const OvfDescriptor &descriptor)
{
    QStringList disks;
    for (int i = 0; i < descriptor.disks.size(); ++i) {
        const OvfDisk &d = descriptor.disks.at(i);
        if (d.href.isEmpty())
            continue; // a blank disk: nothing to carry over
        //: %1 is the OVF disk id, %2 its file, %3 its capacity in GiB.
        QString line = ImageText::tr("%1 (%2, %3 GiB)").arg(d.diskId, d.href).arg(double(d.capacity) / (1 << 30), 0, 'f', 1);
        if (i == descriptor.bootDisk)
            line += ImageText::tr(", the boot disk");
        disks << line;
    }
    if (disks.size() <= 1)
        return success();
    return makeError(ErrorCode::InvalidArgument,
                     ImageText::tr("The appliance has %1 disks: %2. A Glance image is one disk, and imageprep exports "
                                   "only the boot disk of single-disk appliances; the guest may keep /var, /home or data "
                                   "on the others. Move everything onto one disk, or export the other disks separately "
                                   "as volumes.")
                         .arg(disks.size()).arg(disks.join(QStringLiteral("; "))));
}

} // namespace imageprep
