#pragma once
// The nova.conf options that decide the fate of a compute node's image cache,
// read the way oslo.config reads them (new [image_cache] names first, then
// their deprecated aliases, defaults when absent). Reading never writes.

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imageprep {

// An INI file parsed with oslo.config's rules: '#' and ';' comment lines,
// "key = value" or "key: value", indented continuation lines, one pair of
// matching quotes stripped, section names lower-cased except DEFAULT,
// the last assignment of a key wins.
class IniFile {
public:
    static Result<IniFile> parse(const QByteArray &text);

    // The value of key in section, or nullopt when it is not set.
    std::optional<QString> value(const QString &section, const QString &key) const;
    // The 1-based line of the assignment that set key (0 when not set).
    int line(const QString &section, const QString &key) const;
    bool has(const QString &section, const QString &key) const { return line(section, key) > 0; }

private:
    struct Entry {
        QString value;
        int line = 0;
    };
    QHash<QString, QHash<QString, Entry>> m_sections;
};

enum class Preallocate { None, Space };

struct NovaCacheSettings {
    QString subdirectoryName = QStringLiteral("_base");
    bool removeUnusedBaseImages = true;
    qint64 originalMinimumAgeSeconds = 24 * 3600;
    qint64 resizedMinimumAgeSeconds = 3600;
    // -1 disables the image cache manager: nothing is ever removed.
    qint64 managerIntervalSeconds = 2400;
    Preallocate preallocate = Preallocate::None;
    // [DEFAULT] default_ephemeral_format: names the ephemeral cache files
    // Nova counts as in use (see ephemeralFileName).
    QString defaultEphemeralFormat;
    // [DEFAULT] virt_mkfs is set: Nova then names ephemeral files after the
    // mkfs command for the guest's os_type, which the report cannot see.
    bool virtMkfsSet = false;
    // Where the file is and which option came from which [section] key.
    QString sourceFile;
    QStringList sources;
    // Values taken from this machine because nova.conf leaves them to their
    // defaults and an option refers to them ("$my_ip is this machine's ...").
    QStringList notes;

    // "ephemeral_<gb>_<7 hex>": the name _list_running_instances gives an
    // instance's ephemeral cache file (nova.privsep.fs.
    // get_file_extension_for_os_type with os_type "default").
    QString ephemeralFileName(qint64 gigabytes) const;
};

// The machine values oslo.config falls back to when nova.conf does not set
// them; tests pass fixed ones.
struct NovaConfDefaults {
    QString host;          // socket.gethostname()
    QString myIp;          // oslo_utils.netutils.get_my_ipv4()
    QString pybasedir = QStringLiteral("/usr/lib/python3/dist-packages");
    // the instances folder given to the report, when nova.conf names none
    QString instancesPath;

    static NovaConfDefaults fromThisMachine();
};

// oslo.config's boolean spellings (case-insensitive true/1/on/yes, false/0/off/no).
std::optional<bool> parseOsloBool(const QString &text);

// Reads the cache options from nova.conf text, with oslo.config's "$option"
// and "${group.option}" interpolation. Errors (code InvalidArgument) name the
// option and line of an unparsable value, as nova-compute would refuse to
// start with it.
Result<NovaCacheSettings> parseNovaConf(const QByteArray &text,
                                        const NovaConfDefaults &defaults = NovaConfDefaults::fromThisMachine());
// Same from a file; Unreadable when the file cannot be read.
Result<NovaCacheSettings> readNovaConf(const QString &path,
                                       const NovaConfDefaults &defaults = NovaConfDefaults::fromThisMachine());

} // namespace imageprep
