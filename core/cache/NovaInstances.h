#pragma once
// The instance list Nova's image cache manager works from. nova-compute reads
// it from its database; on the node itself the same facts are in libvirt's
// domain XML (<nova:instance> metadata), and an operator can export them with
// `openstack server list --host H --long -f json`. Only reads.

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imageprep {

// One instance as _list_running_instances sees it.
struct NovaInstance {
    QString uuid;
    QString name;                     // libvirt domain name (instance-0000000a), may be empty
    // image_ref, kernel_id, ramdisk_id: nullopt is None (not counted), ""
    // is counted as Nova counts it (the SHA-1 of an empty id).
    std::optional<QString> imageRef;
    std::optional<QString> kernelId;
    std::optional<QString> ramdiskId;
    // false when the source does not carry kernel and ramdisk ids (libvirt
    // metadata, server list): the report then recognises an instance's
    // kernel and ramdisk files by their bytes.
    bool kernelIdsKnown = false;
    // task_state resize_* or vm_state resized: "<uuid>_resize" counts too
    bool resizing = false;
    // the flavor's swap (MiB) and ephemeral (GiB) sizes; nullopt when the
    // source does not say (then read from the instance's disk.swap/disk.local)
    std::optional<qint64> swapMb;
    std::optional<qint64> ephemeralGb;
    QString origin;                   // the file it was read from
};

enum class InstanceSource {
    LibvirtXml,   // domain XML of this node
    InstanceList, // an exported server list
    DiskChains,   // neither: every instance folder's disks count (a guess)
};

struct InstanceView {
    InstanceSource source = InstanceSource::DiskChains;
    QString origin;               // the folder or file read
    QList<NovaInstance> instances;
    QStringList notes;            // what the source cannot tell
};

// Reads every *.xml in dir that holds Nova metadata (libvirt keeps one file
// per defined domain in /etc/libvirt/qemu). Domains without <nova:instance>
// are skipped. An unreadable file or a malformed Nova domain is an error:
// a missing instance would turn its images into "removable".
Result<InstanceView> readLibvirtXmlDir(const QString &dir);

// Reads a JSON array of servers: `openstack server list --long -f json`
// rows ("ID", "Image ID", "Task State", "Status") or `openstack server show
// -f json` objects ("id", "image", "OS-EXT-SRV-ATTR:kernel_id",
// "OS-EXT-SRV-ATTR:ramdisk_id", "OS-EXT-SRV-ATTR:instance_name",
// "OS-EXT-STS:task_state", "OS-EXT-STS:vm_state", "flavor").
Result<InstanceView> readInstanceListJson(const QString &path);

// The instance list the CLI and the window use: jsonPath when given, else
// the libvirt XML in xmlDir (when xmlDirGiven is false, only if that folder
// holds a Nova domain), else nullopt: the report falls back to disk chains.
Result<std::optional<InstanceView>> loadInstanceView(const QString &jsonPath, const QString &xmlDir,
                                                     bool xmlDirGiven);
inline QString defaultLibvirtXmlDir() { return QStringLiteral("/etc/libvirt/qemu"); }

// One sentence: where "in use" comes from, for the report's heading.
QString instanceSourceText(const InstanceView &view);
QString instanceSourceId(InstanceSource source); // libvirt-xml, instance-list, disk-chains

} // namespace imageprep
