#pragma once
// Which locale cloud-init's locale module will apply at first boot, and
// whether the guest has it. On Debian-family guests the module runs
// locale-gen and then update-locale, which exits 255 for a locale that is
// not generated: cloud-init then ends with status "error". Pure functions of
// the facts and a GuestFiles view.

#include "checks/Requirement.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace imageprep {

struct GuestFacts;
class GuestFiles;

struct LocaleTarget {
    QString locale;   // "en_US.UTF-8"
    Evidence source;  // the cloud.cfg or /etc/default/locale line, or a note for cloud-init's default
};

// The locale the module will set; nullopt when the module does not run
// (cloud-init missing, not in cloud_config_modules, or "locale: false").
std::optional<LocaleTarget> cloudInitLocaleTarget(const GuestFacts &facts, const GuestFiles &files);

// glibc's spelling of a locale name: the codeset lower-cased without
// punctuation ("en_US.UTF-8" -> "en_US.utf8"), so names compare as locale -a does.
QString normalizeLocale(const QString &name);
// The locale names in a glibc locale-archive (header, name hash table, string table).
QStringList localeArchiveNames(const QByteArray &archive);
// Locales that exist now: C, C.UTF-8 and POSIX, /usr/lib/locale/<name>/ and the archive (normalised).
QStringList installedLocales(const GuestFiles &files);
// Uncommented entries of /etc/locale.gen ("en_US.UTF-8 UTF-8"), first field only, with their lines.
QList<Evidence> localeGenEntries(const GuestFiles &files);

struct LocaleVerdict {
    bool available = false; // exists, or the module's own locale-gen will make it
    Evidence why;
};
LocaleVerdict localeAvailable(const GuestFacts &facts, const GuestFiles &files, const QString &locale);

} // namespace imageprep
