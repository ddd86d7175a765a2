#pragma once
// Glance image properties: derived from the inspected facts and the check
// results (every value records which fact decided it), overridden by the
// user, validated against Glance's own metadata definitions and rendered as
// a Glance v2 create body (JSON), YAML or an `openstack image create` script.
// Everything here is pure and cheap; nothing touches a guest or the network.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace imageprep {

struct GuestFacts;
struct CheckRun;
struct CheckResult;
class GuestFiles;

// Translation context of the reasons derivation records (the requirement
// units that decide properties use it too).
class PropertiesText {
    Q_DECLARE_TR_FUNCTIONS(Properties)
};

// The reason of a property a check decided: "<id> check: <status>
// (<summary>)", or that the check did not run (result nullptr).
QString checkReason(const CheckResult *result, const QString &id);

struct ImageProperty {
    enum class Origin { Derived, User };

    QString key;
    QString value;  // as Glance stores it: custom properties are strings
    QString reason; // which fact decided it ("virtio-drivers check passed"), or "set by the user"
    Origin origin = Origin::Derived;

    bool operator==(const ImageProperty &) const = default;
};

// An ordered (by key) set of properties. disk_format, container_format,
// min_disk and min_ram live here too; the renderers put them where Glance
// wants them (top-level fields, integers).
class PropertySet {
public:
    void set(const QString &key, const QString &value, const QString &reason,
             ImageProperty::Origin origin = ImageProperty::Origin::Derived);
    bool remove(const QString &key); // false when absent
    bool contains(const QString &key) const { return m_props.contains(key); }
    QString value(const QString &key) const;
    const ImageProperty *find(const QString &key) const;
    QList<ImageProperty> properties() const { return m_props.values(); }
    QStringList keys() const { return m_props.keys(); }
    int size() const { return int(m_props.size()); }
    bool isEmpty() const { return m_props.isEmpty(); }

    // --property KEY=VALUE and --unset KEY from the command line or the wizard.
    // A malformed assignment (no '=', empty key) is InvalidArgument.
    Status applyOverrides(const QStringList &assignments, const QStringList &unsetKeys);

    bool operator==(const PropertySet &) const = default;

private:
    QMap<QString, ImageProperty> m_props;
};

struct DeriveOptions {
    QString diskFormat = QStringLiteral("qcow2");   // qcow2 or raw: what the exporter writes
    QString containerFormat = QStringLiteral("bare");
    qint64 virtualSize = -1; // bytes; -1: facts.virtualSize
    int minRamMiB = -1;      // -1: a per-family default (512 MiB, 1024 for RHEL-like)
    bool virtioRng = false;  // the guest kernel has virtio-rng (see kernelHasVirtioRng)
    bool preferVirtioScsi = false; // with virtio: hw_disk_bus=scsi + hw_scsi_model=virtio-scsi (discard) instead of virtio-blk
};

// Glance/libosinfo distro name for a libguestfs one: archlinux->arch,
// sles->sled, opensuse-* -> opensuse, alpinelinux->alpine; others unchanged.
QString glanceDistroName(const QString &libguestfsDistro);

// True when every kernel's config or modules.builtin lists virtio-rng
// (CONFIG_HW_RANDOM_VIRTIO=y/m). Reads /boot/config-* through the safe view.
bool kernelHasVirtioRng(const GuestFacts &facts, const GuestFiles &files);

// Pure: the property set the facts and checks justify (the requirements
// that decide properties are asked, Requirement::glanceProperties). checks may lack
// results (not run): derivation then falls back to the safe choice and says so.
PropertySet deriveProperties(const GuestFacts &facts, const CheckRun &checks, const DeriveOptions &options = {});

// ---- Validation against Glance's metadata definitions ----

struct PropertyIssue {
    enum class Level { Warning, Error };
    QString key;
    Level level = Level::Error;
    QString message;
};

// The value sets and types from Glance's metadefs plus the image schema's
// read-only and reserved fields. builtin() loads resources/metadefs/glance-metadefs.json
// (compiled in as :/imageprep/metadefs/glance-metadefs.json).
class Metadefs {
public:
    struct Definition {
        QString type;          // string, integer, number, boolean, array
        QStringList enumValues; // empty: any value of the type
        QString title;
        QString ns;            // metadefs namespace it came from
        std::optional<double> minimum, maximum;
        int maxLength = -1;
    };

    static const Metadefs &builtin();
    static Result<Metadefs> fromJson(const QByteArray &json);

    const Definition *find(const QString &key) const;
    bool isReadOnly(const QString &key) const;   // id, status, checksum, os_hash_value, ...
    bool isReserved(const QString &key) const;   // os_glance_* and friends
    QStringList keys() const { return m_defs.keys(); }

private:
    QMap<QString, Definition> m_defs;
    QStringList m_readOnly;
    QStringList m_reservedPrefixes;
};

// Unknown key: warning. Wrong value or type: error. Read-only, reserved or
// longer than 255 characters: error.
QList<PropertyIssue> validateProperties(const PropertySet &set, const Metadefs &defs = Metadefs::builtin());
bool hasErrors(const QList<PropertyIssue> &issues);

// ---- Renderers ----

// Glance v2 POST /v2/images body: name, disk_format, container_format,
// min_disk/min_ram as integers, every other property as a JSON string.
QByteArray toGlanceCreateJson(const PropertySet &set, const QString &imageName);
// The same content as YAML (a mapping; custom values quoted strings).
QByteArray toYaml(const PropertySet &set, const QString &imageName);
// A POSIX shell script running `openstack image create` with every
// --property, the formats, --min-disk/--min-ram and --file imageFile.
QByteArray toOpenstackScript(const PropertySet &set, const QString &imageName, const QString &imageFile);

} // namespace imageprep
