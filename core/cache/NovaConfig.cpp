#include "cache/NovaConfig.h"

#include "cache/OsloInterpolation.h"
#include "cache/PythonText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSysInfo>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

QString NovaCacheSettings::ephemeralFileName(qint64 gigabytes) const
{
    // get_file_extension_for_os_type("default", default_ephemeral_format):
    // no mkfs command, so the extension is the md5 of the format, vfat when
    // unset (_DEFAULT_FS_BY_OSTYPE has no "default" key).
    const QString fs = defaultEphemeralFormat.isEmpty() ? QStringLiteral("vfat") : defaultEphemeralFormat;
    const QByteArray md5 = QCryptographicHash::hash(fs.toUtf8(), QCryptographicHash::Md5).toHex();
    return QStringLiteral("ephemeral_%1_%2").arg(gigabytes).arg(QString::fromLatin1(md5.left(7)));
}

NovaConfDefaults NovaConfDefaults::fromThisMachine()
{
    NovaConfDefaults d;
    d.host = QSysInfo::machineHostName();
    // oslo_utils.netutils.get_my_ipv4: the source address of a UDP socket
    // "connected" to 8.8.8.8:80 (nothing is sent), else 127.0.0.1.
    d.myIp = QStringLiteral("127.0.0.1");
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (fd >= 0) {
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(80);
        ::inet_pton(AF_INET, "8.8.8.8", &to.sin_addr);
        sockaddr_in me{};
        socklen_t len = sizeof(me);
        char buf[INET_ADDRSTRLEN] = {};
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof(to)) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&me), &len) == 0
            && ::inet_ntop(AF_INET, &me.sin_addr, buf, sizeof(buf)))
            d.myIp = QString::fromLatin1(buf);
        ::close(fd);
    }
    return d;
}

namespace {

// Reads the cache options of one nova.conf; one function per option kind so
// each follows its oslo.config type (StrOpt, BoolOpt, IntOpt).
class CacheOptionReader {
public:
    CacheOptionReader(const IniFile &ini, const NovaConfDefaults &defaults, NovaCacheSettings *settings)
        : m_ini(ini)
        , m_interpolation(ini, defaults)
        , m_settings(settings)
    {
    }

    // The interpolated value of the first name set, or nullopt.
    Result<std::optional<Lookup>> text(const QList<OptionName> &names, const QString &group)
    {
        auto v = lookup(m_ini, names);
        if (!v)
            return std::optional<Lookup>();
        auto expanded = m_interpolation.substitute(v->text, group);
        if (!expanded)
            return parseError(v->line, expanded.error().message, v->text);
        v->text = expanded.value();
        m_settings->sources << v->where;
        return std::optional<Lookup>(*v);
    }

    std::optional<Error> integer(const QList<OptionName> &names, qint64 *out, std::optional<qint64> minimum)
    {
        auto v = text(names, imageCacheGroupName());
        if (!v)
            return v.error();
        if (!v.value())
            return std::nullopt;
        const Lookup &l = *v.value();
        // types.Integer: int(value); an empty value is None, which nova's
        // age comparison cannot use.
        const auto n = python::toInt(l.text);
        if (!n)
            return parseError(l.line, QStringLiteral("%1 is not an integer").arg(names.first().key), l.text);
        if (minimum && *n < *minimum)
            return parseError(l.line, QStringLiteral("%1 must be at least %2").arg(names.first().key).arg(*minimum),
                              l.text);
        *out = *n;
        return std::nullopt;
    }

    QStringList notes() const { return m_interpolation.notes(); }

    static QString imageCacheGroupName() { return QStringLiteral("image_cache"); }

private:
    const IniFile &m_ini;
    OsloInterpolation m_interpolation;
    NovaCacheSettings *m_settings;
};

} // namespace

Result<NovaCacheSettings> parseNovaConf(const QByteArray &text, const NovaConfDefaults &defaults)
{
    auto parsed = IniFile::parse(text);
    if (!parsed)
        return parsed.error();
    const IniFile &ini = parsed.value();
    NovaCacheSettings s;
    CacheOptionReader reader(ini, defaults, &s);

    const QString ic = CacheOptionReader::imageCacheGroupName();
    const QString def = defaultSection;
    const QString libvirt = QStringLiteral("libvirt");

    // Names and deprecated aliases as registered in nova/conf/imagecache.py.
    auto sub = reader.text({{ic, QStringLiteral("subdirectory_name")},
                            {def, QStringLiteral("image_cache_subdirectory_name")}}, ic);
    if (!sub)
        return sub.error();
    if (const auto &v = sub.value()) {
        if (v->text.isEmpty() || v->text.contains(QLatin1Char('/')) || v->text == u".." || v->text == u".")
            return parseError(v->line, QStringLiteral("subdirectory_name must be a folder name"), v->text);
        s.subdirectoryName = v->text;
    }
    auto remove = reader.text({{ic, QStringLiteral("remove_unused_base_images")},
                               {def, QStringLiteral("remove_unused_base_images")}}, ic);
    if (!remove)
        return remove.error();
    if (const auto &v = remove.value()) {
        const auto b = parseOsloBool(v->text);
        if (!b)
            return parseError(v->line, QStringLiteral("remove_unused_base_images is not a boolean"), v->text);
        s.removeUnusedBaseImages = *b;
    }
    if (auto e = reader.integer({{ic, QStringLiteral("remove_unused_original_minimum_age_seconds")},
                                 {def, QStringLiteral("remove_unused_original_minimum_age_seconds")}},
                                &s.originalMinimumAgeSeconds, std::nullopt))
        return *e;
    if (auto e = reader.integer({{ic, QStringLiteral("remove_unused_resized_minimum_age_seconds")},
                                 {libvirt, QStringLiteral("remove_unused_resized_minimum_age_seconds")}},
                                &s.resizedMinimumAgeSeconds, std::nullopt))
        return *e;
    if (auto e = reader.integer({{ic, QStringLiteral("manager_interval")},
                                 {def, QStringLiteral("image_cache_manager_interval")}},
                                &s.managerIntervalSeconds, -1))
        return *e;
    auto prealloc = reader.text({{def, QStringLiteral("preallocate_images")}}, def);
    if (!prealloc)
        return prealloc.error();
    if (const auto &v = prealloc.value()) {
        // a StrOpt with choices: compared case-sensitively by oslo.config
        if (v->text == u"none")
            s.preallocate = Preallocate::None;
        else if (v->text == u"space")
            s.preallocate = Preallocate::Space;
        else
            return parseError(v->line, QStringLiteral("preallocate_images must be 'none' or 'space'"), v->text);
    }
    auto ephemeral = reader.text({{def, QStringLiteral("default_ephemeral_format")}}, def);
    if (!ephemeral)
        return ephemeral.error();
    if (const auto &v = ephemeral.value())
        s.defaultEphemeralFormat = v->text;
    s.virtMkfsSet = ini.has(def, QStringLiteral("virt_mkfs"));
    s.notes = reader.notes();
    s.notes.removeDuplicates();
    return s;
}

Result<NovaCacheSettings> readNovaConf(const QString &path, const NovaConfDefaults &defaults)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unreadable, NovaText::tr("cannot read %1").arg(path), f.errorString());
    // nova.conf is small; a bound keeps a wrong path (a disk image) from filling memory
    const qint64 limit = 16 * 1024 * 1024;
    const QByteArray text = f.read(limit);
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Unreadable, NovaText::tr("cannot read %1").arg(path), f.errorString());
    auto r = parseNovaConf(text, defaults);
    if (!r)
        return makeError(r.error().code, QStringLiteral("%1: %2").arg(path, r.error().message), r.error().detail);
    r->sourceFile = path;
    return r;
}

} // namespace imageprep
