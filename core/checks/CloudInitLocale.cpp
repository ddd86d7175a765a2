// cloud-init's locale module, as 22.4 (Debian 12) runs it: locale = cloud
// config "locale:" (the last file wins), else LANG from /etc/default/locale,
// else the distro default en_US.UTF-8; C, C.UTF-8 and POSIX need nothing;
// any other runs "locale-gen LOCALE" then "update-locale LANG=LOCALE".
// Debian's locale-gen ignores its argument and builds what /etc/locale.gen
// lists; Ubuntu's builds the named locale when /usr/share/i18n/SUPPORTED has it.
#include "checks/CloudInitLocale.h"

#include "checks/CheckSupport.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QtEndian>

namespace imageprep {

using checks::CheckText;

namespace {

const QString DefaultLocaleFile = QStringLiteral("/etc/default/locale");
const QString LocaleArchive = QStringLiteral("/usr/lib/locale/locale-archive");
// The archive's name tables sit right after its header; the locale data follows.
constexpr qint64 ArchivePrefix = 1024 * 1024;

bool isBuiltIn(const QString &locale)
{
    const QString n = normalizeLocale(locale).toLower();
    return n == QLatin1String("c") || n == QLatin1String("c.utf8") || n == QLatin1String("posix");
}

bool moduleListed(const GuestFiles &files)
{
    const auto cfg = checks::cloudConfigFiles(files);
    bool anyList = false;
    for (const char *key : {"cloud_init_modules", "cloud_config_modules", "cloud_final_modules"}) {
        const auto block = checks::lastTopLevelBlock(cfg, QLatin1String(key));
        if (!block)
            continue;
        anyList = true;
        for (const QString &entry : checks::yamlList(*block)) {
            // "locale", "[locale, always]" or "cc_locale"
            QString name = entry;
            name.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            name = name.section(QLatin1Char(','), 0, 0).trimmed();
            if (name == QLatin1String("locale") || name == QLatin1String("cc_locale"))
                return true;
        }
    }
    return !anyList; // no module lists at all: cloud-init's built-in defaults include it
}

} // namespace

QString normalizeLocale(const QString &name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return name;
    const qsizetype at = name.indexOf(QLatin1Char('@'), dot);
    const QString codeset = name.mid(dot + 1, at < 0 ? -1 : at - dot - 1);
    QString norm;
    bool digitsOnly = true;
    for (const QChar c : codeset) {
        if (c.isLetterOrNumber()) {
            norm += c.toLower();
            digitsOnly = digitsOnly && c.isDigit();
        }
    }
    if (digitsOnly && !norm.isEmpty())
        norm.prepend(QStringLiteral("iso"));
    return name.left(dot + 1) + norm + (at < 0 ? QString() : name.mid(at));
}

QStringList localeArchiveNames(const QByteArray &archive)
{
    QStringList out;
    const auto u32 = [&](qsizetype off) -> std::optional<quint32> {
        if (off < 0 || off + 4 > archive.size())
            return std::nullopt;
        return qFromLittleEndian<quint32>(archive.constData() + off);
    };
    const auto magic = u32(0);
    const auto hashOffset = u32(8);
    const auto hashSize = u32(16);
    if (!magic || *magic != 0xde020109u || !hashOffset || !hashSize)
        return out;
    // namehashent: hashval, name_offset, locrec_offset (12 bytes each).
    for (quint32 i = 0; i < *hashSize && i < 100000; ++i) {
        const qsizetype entry = qsizetype(*hashOffset) + qsizetype(i) * 12;
        const auto nameOffset = u32(entry + 4);
        const auto recOffset = u32(entry + 8);
        if (!nameOffset || !recOffset)
            break;
        if (*nameOffset == 0 || *recOffset == 0 || *nameOffset >= quint32(archive.size()))
            continue;
        const qsizetype end = archive.indexOf('\0', *nameOffset);
        if (end < 0)
            continue;
        out << QString::fromLatin1(archive.mid(*nameOffset, end - *nameOffset));
    }
    out.sort();
    return out;
}

QStringList installedLocales(const GuestFiles &files)
{
    QStringList out{QStringLiteral("C"), QStringLiteral("C.utf8"), QStringLiteral("POSIX")};
    for (const QString &dir : {QStringLiteral("/usr/lib/locale"), QStringLiteral("/usr/lib64/locale")}) {
        for (const QString &name : files.list(dir)) {
            if (files.lstat(dir + QLatin1Char('/') + name).type == GuestStat::Type::Directory)
                out << normalizeLocale(name);
        }
    }
    // Only the archive's first MiB is read: its header and name tables.
    const auto archive = files.resolve(LocaleArchive);
    if (archive && files.lstat(*archive).type == GuestStat::Type::Regular) {
        for (const QString &name : localeArchiveNames(files.readBytes(*archive, ArchivePrefix)))
            out << normalizeLocale(name);
    }
    out.removeDuplicates();
    return out;
}

QList<Evidence> localeGenEntries(const GuestFiles &files)
{
    QList<Evidence> out;
    const QString path = QStringLiteral("/etc/locale.gen");
    for (const checks::Line &l : checks::readLines(files, path)) {
        const QString t = l.text.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
            continue;
        out << Evidence{path, l.number, l.text, t.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty)};
    }
    return out;
}

std::optional<LocaleTarget> cloudInitLocaleTarget(const GuestFacts &facts, const GuestFiles &files)
{
    if (!facts.hasPackage(QStringLiteral("cloud-init")) || !moduleListed(files))
        return std::nullopt;
    const auto block = checks::lastTopLevelBlock(checks::cloudConfigFiles(files), QStringLiteral("locale"));
    if (block) {
        const QString value = checks::yamlScalar(block->inlineValue);
        static const QStringList off{QStringLiteral("false"), QStringLiteral("off"), QStringLiteral("no"), QStringLiteral("0")};
        if (off.contains(value.toLower()))
            return std::nullopt;
        if (!value.isEmpty())
            return LocaleTarget{value, checks::lineEvidence(block->file, block->keyLine, CheckText::tr("cloud-init's locale setting"))};
    }
    QString lang;
    if (const auto line = checks::lastAssignment(files, DefaultLocaleFile, QStringLiteral("LANG"), &lang); line && !lang.isEmpty())
        return LocaleTarget{lang, checks::lineEvidence(DefaultLocaleFile, *line, CheckText::tr("the guest's default locale"))};
    const QString fallback = QStringLiteral("en_US.UTF-8");
    return LocaleTarget{fallback, checks::noteEvidence(CheckText::tr("no locale is configured: cloud-init uses its default %1").arg(fallback))};
}

LocaleVerdict localeAvailable(const GuestFacts &facts, const GuestFiles &files, const QString &locale)
{
    if (isBuiltIn(locale))
        return {true, checks::noteEvidence(CheckText::tr("%1 is built into the C library").arg(locale))};
    const QString want = normalizeLocale(locale);
    if (installedLocales(files).contains(want))
        return {true, checks::noteEvidence(CheckText::tr("locale %1 is generated in the guest").arg(locale))};
    const bool hasLocaleGen = files.exists(QStringLiteral("/usr/sbin/locale-gen"));
    if (hasLocaleGen && facts.distro == QLatin1String("ubuntu")) {
        for (const checks::Line &l : checks::readLines(files, QStringLiteral("/usr/share/i18n/SUPPORTED"))) {
            if (normalizeLocale(l.text.section(QLatin1Char(' '), 0, 0)) == want)
                return {true, checks::lineEvidence(QStringLiteral("/usr/share/i18n/SUPPORTED"), l,
                                                   CheckText::tr("locale-gen builds %1 at first boot").arg(locale))};
        }
    }
    if (hasLocaleGen) {
        for (const Evidence &e : localeGenEntries(files)) {
            if (normalizeLocale(e.note) == want)
                return {true, Evidence{e.file, e.line, e.text, CheckText::tr("locale-gen builds %1 at first boot").arg(locale)}};
        }
    }
    return {false, checks::noteEvidence(hasLocaleGen ? CheckText::tr("locale %1 is neither generated nor listed in /etc/locale.gen").arg(locale)
                                                     : CheckText::tr("locale %1 is not generated and locale-gen is not installed").arg(locale))};
}

} // namespace imageprep
