#include "cache/NovaInstances.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace imageprep {

namespace {

// LibvirtConfigGuestMetaNovaInstance's namespace; the version part changed
// over releases (1.0, 1.1), so only the stem is compared.
const QString novaNamespaceStem = QStringLiteral("http://openstack.org/xmlns/libvirt/nova/");

// nova.compute.task_states RESIZE_PREP ... RESIZE_FINISH, which
// ImageCacheManager.__init__ lists as resize_states.
bool isResizeTaskState(const QString &s)
{
    return s == u"resize_prep" || s == u"resize_migrating" || s == u"resize_migrated" || s == u"resize_finish";
}

std::optional<qint64> flavorNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

struct DomainXml {
    QString name;
    QString uuid;
    bool nova = false;
    QString rootType;
    QString rootUuid;
    std::optional<qint64> swap;
    std::optional<qint64> ephemeral;
};

void readNovaMetadata(QXmlStreamReader &xml, DomainXml *d)
{
    d->nova = true;
    QString inFlavor;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"instance")
            return;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"root") {
            d->rootType = xml.attributes().value(QLatin1String("type")).toString();
            d->rootUuid = xml.attributes().value(QLatin1String("uuid")).toString();
        } else if (xml.name() == u"swap") {
            d->swap = flavorNumber(xml.readElementText());
        } else if (xml.name() == u"ephemeral") {
            d->ephemeral = flavorNumber(xml.readElementText());
        }
    }
}

Result<DomainXml> parseDomain(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unreadable, QStringLiteral("cannot read %1").arg(path), f.errorString());
    QXmlStreamReader xml(&f);
    DomainXml d;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            --depth;
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        // <domain><name>, <domain><uuid>: direct children only (devices have names too)
        if (depth == 2 && xml.name() == u"name") {
            d.name = xml.readElementText().trimmed();
            --depth;
        } else if (depth == 2 && xml.name() == u"uuid") {
            d.uuid = xml.readElementText().trimmed();
            --depth;
        } else if (xml.name() == u"instance" && xml.namespaceUri().startsWith(novaNamespaceStem)) {
            readNovaMetadata(xml, &d);
            --depth;
        }
    }
    if (xml.hasError())
        return makeError(ErrorCode::Corrupt, QStringLiteral("%1 is not valid XML").arg(path), xml.errorString());
    if (d.nova && d.uuid.isEmpty())
        return makeError(ErrorCode::Corrupt, QStringLiteral("%1: a Nova domain without <uuid>").arg(path));
    return d;
}

QString imageIdFromJson(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().value(QLatin1String("id")).toString();
    // The bare id in server list's "Image ID", "cirros (4f1c...)" in server
    // show's "image", and "N/A (booted from volume)" or "" for
    // volume-backed servers, whose image_ref Nova stores as "".
    const QString text = v.toString().trimmed();
    if (text.startsWith(QLatin1String("N/A")))
        return {};
    static const QRegularExpression named(QStringLiteral("^.* \\(([^() ]+)\\)$"));
    const QRegularExpressionMatch m = named.match(text);
    return m.hasMatch() ? m.captured(1) : text;
}

QJsonValue field(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const auto it = o.constFind(QLatin1String(k));
        if (it != o.constEnd())
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

Result<NovaInstance> instanceFromJson(const QJsonObject &o, const QString &path, int index)
{
    NovaInstance inst;
    inst.origin = path;
    inst.uuid = field(o, {"ID", "id"}).toString();
    if (inst.uuid.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: server %2 has no \"ID\"").arg(path).arg(index + 1));
    inst.name = field(o, {"OS-EXT-SRV-ATTR:instance_name", "instance_name"}).toString();
    const QJsonValue image = field(o, {"Image ID", "image"});
    inst.imageRef = image.isUndefined() ? std::optional<QString>() : imageIdFromJson(image);
    const QJsonValue kernel = field(o, {"OS-EXT-SRV-ATTR:kernel_id", "kernel_id"});
    const QJsonValue ramdisk = field(o, {"OS-EXT-SRV-ATTR:ramdisk_id", "ramdisk_id"});
    inst.kernelIdsKnown = !kernel.isUndefined() && !ramdisk.isUndefined();
    if (!kernel.isUndefined() && !kernel.isNull())
        inst.kernelId = kernel.toString();
    if (!ramdisk.isUndefined() && !ramdisk.isNull())
        inst.ramdiskId = ramdisk.toString();
    const QString task = field(o, {"Task State", "OS-EXT-STS:task_state"}).toString();
    const QString vmState = field(o, {"OS-EXT-STS:vm_state"}).toString();
    const QString status = field(o, {"Status", "status"}).toString();
    // vm_state "resized" is shown as status VERIFY_RESIZE
    inst.resizing = isResizeTaskState(task) || vmState == u"resized" || status == u"VERIFY_RESIZE";
    const QJsonObject flavor = field(o, {"flavor", "Flavor"}).toObject();
    if (flavor.contains(QLatin1String("swap")))
        inst.swapMb = flavor.value(QLatin1String("swap")).toVariant().toLongLong();
    if (flavor.contains(QLatin1String("ephemeral")))
        inst.ephemeralGb = flavor.value(QLatin1String("ephemeral")).toVariant().toLongLong();
    return inst;
}

} // namespace

Result<InstanceView> readLibvirtXmlDir(const QString &dir)
{
    const QDir d(dir);
    if (!d.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("no libvirt XML folder %1").arg(dir));
    InstanceView view;
    view.source = InstanceSource::LibvirtXml;
    view.origin = QDir::cleanPath(d.absolutePath());
    const QFileInfoList files = d.entryInfoList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        auto dom = parseDomain(fi.absoluteFilePath());
        if (!dom)
            return dom.error();
        if (!dom->nova)
            continue;
        NovaInstance inst;
        inst.uuid = dom->uuid;
        inst.name = dom->name;
        inst.origin = fi.absoluteFilePath();
        // _get_guest_config_meta writes <root> only for image_ref not in
        // ("", None); Nova stores a volume-backed server's image_ref as "".
        inst.imageRef = dom->rootType == u"image" ? dom->rootUuid : QString();
        inst.swapMb = dom->swap;
        inst.ephemeralGb = dom->ephemeral;
        view.instances.append(inst);
    }
    view.notes << QStringLiteral("libvirt XML lists this node's instances only, not those of other nodes "
                                 "sharing the instances folder, and no resize state");
    return view;
}

Result<InstanceView> readInstanceListJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unreadable, QStringLiteral("cannot read %1").arg(path), f.errorString());
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not JSON").arg(path), err.errorString());
    QJsonArray rows = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    if (!doc.isArray() && !doc.isObject())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: expected a JSON list of servers").arg(path));
    InstanceView view;
    view.source = InstanceSource::InstanceList;
    view.origin = QFileInfo(path).absoluteFilePath();
    bool kernelsUnknown = false;
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: server %2 is not an object").arg(path).arg(i + 1));
        auto inst = instanceFromJson(rows.at(i).toObject(), view.origin, i);
        if (!inst)
            return inst.error();
        kernelsUnknown = kernelsUnknown || !inst->kernelIdsKnown;
        view.instances.append(inst.value());
    }
    if (kernelsUnknown)
        view.notes << QStringLiteral("the list has no kernel and ramdisk ids: an instance's kernel and ramdisk "
                                     "files are matched to cached files by their bytes");
    return view;
}

Result<std::optional<InstanceView>> loadInstanceView(const QString &jsonPath, const QString &xmlDir,
                                                     bool xmlDirGiven)
{
    if (!jsonPath.isEmpty()) {
        auto view = readInstanceListJson(jsonPath);
        if (!view)
            return view.error();
        return std::optional<InstanceView>(view.value());
    }
    if (xmlDir.isEmpty() || (!xmlDirGiven && !QFileInfo(xmlDir).isDir()))
        return std::optional<InstanceView>();
    auto view = readLibvirtXmlDir(xmlDir);
    if (!view)
        return view.error();
    // a workstation's own libvirt holds no Nova domain: not this node's list
    if (view->instances.isEmpty() && !xmlDirGiven)
        return std::optional<InstanceView>();
    return std::optional<InstanceView>(view.value());
}

QString instanceSourceId(InstanceSource source)
{
    switch (source) {
    case InstanceSource::LibvirtXml:
        return QStringLiteral("libvirt-xml");
    case InstanceSource::InstanceList:
        return QStringLiteral("instance-list");
    case InstanceSource::DiskChains:
        return QStringLiteral("disk-chains");
    }
    return {};
}

QString instanceSourceText(const InstanceView &view)
{
    switch (view.source) {
    case InstanceSource::LibvirtXml:
        return QStringLiteral("\"in use\" follows Nova's rules on the %1 instance(s) in the libvirt domain XML of %2")
            .arg(view.instances.size())
            .arg(view.origin);
    case InstanceSource::InstanceList:
        return QStringLiteral("\"in use\" follows Nova's rules on the %1 instance(s) in the instance list %2")
            .arg(view.instances.size())
            .arg(view.origin);
    case InstanceSource::DiskChains:
        return QStringLiteral("\"in use\" is a guess: no instance list (no libvirt domain XML, no --instances-json), "
                              "so every instance folder's disk chains count; Nova counts only listed instances");
    }
    return {};
}

} // namespace imageprep
