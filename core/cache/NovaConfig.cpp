#include "cache/NovaConfig.h"

#include <QCoreApplication>
#include <QFile>

#include <limits>

namespace imageprep {

namespace {
struct NovaText {
    Q_DECLARE_TR_FUNCTIONS(CacheReport)
};
} // namespace

namespace {

const QString defaultSection = QStringLiteral("DEFAULT");

// oslo.config keeps DEFAULT as written and lower-cases every other group.
QString normalizeSection(const QString &name)
{
    return name == defaultSection ? name : name.toLower();
}

Error parseError(int line, const QString &message, const QString &text)
{
    return makeError(ErrorCode::InvalidArgument,
                     NovaText::tr("nova.conf line %1: %2").arg(line).arg(message), text);
}

// One option with its current name and the deprecated (section, key) aliases
// oslo.config falls back to, in order.
struct OptionName {
    QString section;
    QString key;
};

struct Lookup {
    QString text;
    QString where; // "[image_cache] remove_unused_base_images (line 12)"
    int line = 0;
};

std::optional<Lookup> lookup(const IniFile &ini, const QList<OptionName> &names)
{
    for (const OptionName &n : names) {
        if (const auto v = ini.value(n.section, n.key)) {
            const int line = ini.line(n.section, n.key);
            return Lookup{*v, QStringLiteral("[%1] %2 (line %3)").arg(n.section, n.key).arg(line), line};
        }
    }
    return std::nullopt;
}

} // namespace

Result<IniFile> IniFile::parse(const QByteArray &text)
{
    IniFile ini;
    QString section;
    QString key;
    QStringList value;
    int keyLine = 0;
    bool haveSection = false;

    const auto flush = [&]() -> std::optional<Error> {
        if (key.isEmpty())
            return std::nullopt;
        // oslo.config refuses options before the first section header.
        if (!haveSection)
            return parseError(keyLine, QStringLiteral("option '%1' outside a [section]").arg(key), key);
        ini.m_sections[section].insert(key, Entry{value.join(QLatin1Char('\n')), keyLine});
        key.clear();
        value.clear();
        return std::nullopt;
    };

    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = QString::fromUtf8(lines.at(i));
        // rstrip, as oslo.config does (also drops a CR of CRLF files)
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.isEmpty()) {
            if (auto e = flush())
                return *e;
            continue;
        }
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) {
            if (key.isEmpty())
                return parseError(lineNo, QStringLiteral("unexpected continuation line"), line);
            value.append(line.trimmed());
            continue;
        }
        if (auto e = flush())
            return *e;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')))
                return parseError(lineNo, QStringLiteral("section header must end with ]"), line);
            if (line.size() <= 2)
                return parseError(lineNo, QStringLiteral("empty section name"), line);
            section = normalizeSection(line.mid(1, line.size() - 2));
            haveSection = true;
            continue;
        }
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const qsizetype equal = line.indexOf(QLatin1Char('='));
        if (colon < 0 && equal < 0)
            return parseError(lineNo, QStringLiteral("no '=' or ':' in assignment"), line);
        const qsizetype split = (colon < 0 || (equal >= 0 && equal < colon)) ? equal : colon;
        key = line.left(split).trimmed();
        QString v = line.mid(split + 1).trimmed();
        if (v.size() >= 2 && v.front() == v.back()
            && (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\'')))
            v = v.mid(1, v.size() - 2);
        if (key.isEmpty())
            return parseError(lineNo, QStringLiteral("empty option name"), line);
        value = QStringList{v};
        keyLine = lineNo;
    }
    if (auto e = flush())
        return *e;
    return ini;
}

std::optional<QString> IniFile::value(const QString &section, const QString &key) const
{
    const auto s = m_sections.constFind(normalizeSection(section));
    if (s == m_sections.constEnd())
        return std::nullopt;
    const auto e = s->constFind(key);
    if (e == s->constEnd())
        return std::nullopt;
    return e->value;
}

int IniFile::line(const QString &section, const QString &key) const
{
    const auto s = m_sections.constFind(normalizeSection(section));
    if (s == m_sections.constEnd())
        return 0;
    return s->value(key).line;
}

std::optional<bool> parseOsloBool(const QString &text)
{
    const QString s = text.toLower();
    if (s == u"true" || s == u"1" || s == u"on" || s == u"yes")
        return true;
    if (s == u"false" || s == u"0" || s == u"off" || s == u"no")
        return false;
    return std::nullopt;
}

Result<NovaCacheSettings> parseNovaConf(const QByteArray &text)
{
    auto parsed = IniFile::parse(text);
    if (!parsed)
        return parsed.error();
    const IniFile &ini = parsed.value();
    NovaCacheSettings s;

    const QString ic = QStringLiteral("image_cache");
    const QString def = defaultSection;
    const QString libvirt = QStringLiteral("libvirt");

    const auto intOption = [&](const QList<OptionName> &names, qint64 *out, qint64 minimum) -> std::optional<Error> {
        const auto v = lookup(ini, names);
        if (!v)
            return std::nullopt;
        bool ok = false;
        const qint64 n = v->text.trimmed().toLongLong(&ok);
        if (!ok)
            return parseError(v->line, QStringLiteral("%1 is not an integer").arg(names.first().key), v->text);
        if (n < minimum)
            return parseError(v->line, QStringLiteral("%1 must be at least %2").arg(names.first().key).arg(minimum),
                              v->text);
        *out = n;
        s.sources << v->where;
        return std::nullopt;
    };

    // Names and deprecated aliases as registered in nova/conf/imagecache.py.
    if (const auto v = lookup(ini, {{ic, QStringLiteral("subdirectory_name")},
                                    {def, QStringLiteral("image_cache_subdirectory_name")}})) {
        if (v->text.isEmpty() || v->text.contains(QLatin1Char('/')) || v->text == u".." || v->text == u".")
            return parseError(v->line, QStringLiteral("subdirectory_name must be a folder name"), v->text);
        s.subdirectoryName = v->text;
        s.sources << v->where;
    }
    if (const auto v = lookup(ini, {{ic, QStringLiteral("remove_unused_base_images")},
                                    {def, QStringLiteral("remove_unused_base_images")}})) {
        const auto b = parseOsloBool(v->text);
        if (!b)
            return parseError(v->line, QStringLiteral("remove_unused_base_images is not a boolean"), v->text);
        s.removeUnusedBaseImages = *b;
        s.sources << v->where;
    }
    const qint64 noMinimum = std::numeric_limits<qint64>::min();
    if (auto e = intOption({{ic, QStringLiteral("remove_unused_original_minimum_age_seconds")},
                            {def, QStringLiteral("remove_unused_original_minimum_age_seconds")}},
                           &s.originalMinimumAgeSeconds, noMinimum))
        return *e;
    if (auto e = intOption({{ic, QStringLiteral("remove_unused_resized_minimum_age_seconds")},
                            {libvirt, QStringLiteral("remove_unused_resized_minimum_age_seconds")}},
                           &s.resizedMinimumAgeSeconds, noMinimum))
        return *e;
    if (auto e = intOption({{ic, QStringLiteral("manager_interval")},
                            {def, QStringLiteral("image_cache_manager_interval")}},
                           &s.managerIntervalSeconds, -1))
        return *e;
    if (const auto v = lookup(ini, {{def, QStringLiteral("preallocate_images")}})) {
        // a StrOpt with choices: compared case-sensitively by oslo.config
        if (v->text == u"none")
            s.preallocate = Preallocate::None;
        else if (v->text == u"space")
            s.preallocate = Preallocate::Space;
        else
            return parseError(v->line, QStringLiteral("preallocate_images must be 'none' or 'space'"), v->text);
        s.sources << v->where;
    }
    return s;
}

Result<NovaCacheSettings> readNovaConf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unreadable, NovaText::tr("cannot read %1").arg(path), f.errorString());
    // nova.conf is small; a bound keeps a wrong path (a disk image) from filling memory
    const qint64 limit = 16 * 1024 * 1024;
    const QByteArray text = f.read(limit);
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Unreadable, NovaText::tr("cannot read %1").arg(path), f.errorString());
    auto r = parseNovaConf(text);
    if (!r)
        return makeError(r.error().code, QStringLiteral("%1: %2").arg(path, r.error().message), r.error().detail);
    r->sourceFile = path;
    return r;
}

} // namespace imageprep
