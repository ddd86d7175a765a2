#pragma once
// The parts of an OVF descriptor (OVF 1.x from VMware, OVF 2.0 from
// VirtualBox) and of its .mf manifest that opening an OVA needs. Pure
// parsers: no file access, no external entities (a DOCTYPE is refused).

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace imageprep {

struct OvfFile {
    QString id;
    QString href;          // member name inside the OVA
    qint64 size = -1;      // as declared, -1 if absent
    QString compression;   // "" or "gzip"
};

struct OvfDisk {
    QString diskId;
    QString fileRef;
    QString href;          // resolved through References/File, empty if the disk has no file
    qint64 fileSize = -1;  // declared size of that file, -1 if absent
    QString compression;   // "" or "gzip"
    qint64 capacity = 0;   // virtual size in bytes (capacity * capacityAllocationUnits)
    qint64 populatedSize = -1;
    QString formatUri;     // ovf:format as written
    QString format;        // qemu format it maps to: vmdk vpc vhdx qcow2 raw vdi, or ""
    QString subformat;     // e.g. "streamOptimized"
};

struct OvfDescriptor {
    int ovfMajorVersion = 0; // 1 or 2, from the envelope namespace
    QString producer;        // "VMware", "VirtualBox" or "" (from the namespaces used)
    QString virtualSystemName;
    QString osId;            // ovf:id of OperatingSystemSection (CIM OS number)
    QString osDescription;
    QString osType;          // vmw:osType or vbox:OSType when present
    QList<OvfFile> files;
    QList<OvfDisk> disks;
    int bootDisk = -1;       // index into disks: first disk the hardware section attaches
};

// Parses the descriptor; NotAnImage when it is not an OVF envelope,
// Corrupt when the XML is malformed or refers to files it does not declare.
Result<OvfDescriptor> parseOvf(const QByteArray &xml);

// "byte * 2^30" -> 1073741824; -1 when the unit is not understood.
qint64 ovfAllocationUnitBytes(const QString &units);

// Success for an appliance with at most one disk that has a file; else an
// error naming every disk (id, file, size, which one boots): a Glance image
// holds one disk, and exporting only the boot disk would lose the others.
Status singleDiskForGlance(const OvfDescriptor &descriptor);

struct ManifestEntry {
    QString algorithm;   // "SHA1", "SHA256" or "SHA512"
    QString fileName;
    QByteArray digest;   // lower-case hex
};

// Lines like "SHA256(disk1.vmdk)= 3f..." (VMware) or "SHA1 (x.ovf) = ..." (VirtualBox).
Result<QList<ManifestEntry>> parseManifest(const QByteArray &text);

} // namespace imageprep
