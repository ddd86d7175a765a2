#include "checks/CheckSupport.h"
#include "checks/ExistingFiles.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QRegularExpression>

#include <algorithm>

namespace imageprep::checks {

namespace {
constexpr qint64 ScriptReadLimit = 1024 * 1024;
}

QList<Line> readLines(const GuestFiles &files, const QString &path)
{
    QList<Line> out;
    const GuestRead r = files.read(path);
    if (!r.ok())
        return out;
    const QString text = QString::fromUtf8(r.content);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString l = lines.at(i);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        // A trailing newline makes an empty last element that is not a line.
        if (i == lines.size() - 1 && l.isEmpty())
            break;
        out.append(Line{i + 1, l});
    }
    return out;
}

bool isEffectivelyEmpty(const GuestFiles &files, const QString &path)
{
    for (const Line &l : readLines(files, path)) {
        const QString t = l.text.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            return false;
    }
    return true;
}

Evidence lineEvidence(const QString &file, const Line &line, const QString &note)
{
    return Evidence{file, line.number, line.text, note};
}

Evidence noteEvidence(const QString &note)
{
    return Evidence{{}, 0, {}, note};
}

static QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == QLatin1Char('"') || v.front() == QLatin1Char('\''))
        && v.back() == v.front())
        return v.mid(1, v.size() - 2);
    return v;
}

std::optional<QString> shellAssignment(const QString &line, const QString &key)
{
    QString t = line.trimmed();
    if (t.startsWith(QLatin1String("export ")))
        t = t.mid(7).trimmed();
    if (!t.startsWith(key))
        return std::nullopt;
    const QString rest = t.mid(key.size());
    if (!rest.startsWith(QLatin1Char('=')))
        return std::nullopt;
    QString value = rest.mid(1).trimmed();
    // Drop a trailing comment outside quotes: the common case is "VALUE # note".
    if (!value.startsWith(QLatin1Char('"')) && !value.startsWith(QLatin1Char('\''))) {
        const qsizetype hash = value.indexOf(QLatin1String(" #"));
        if (hash >= 0)
            value = value.left(hash);
    }
    return unquote(value);
}

std::optional<Line> lastAssignment(const GuestFiles &files, const QString &path, const QString &key,
                                   QString *value)
{
    std::optional<Line> found;
    for (const Line &l : readLines(files, path)) {
        if (l.text.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (const auto v = shellAssignment(l.text, key)) {
            found = l;
            if (value)
                *value = *v;
        }
    }
    return found;
}

QStringList existingFiles(const GuestFiles &files, const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        if (files.isFile(p))
            out << p;
    }
    return out;
}

QList<CloudConfigFile> cloudConfigFiles(const GuestFiles &files)
{
    QList<CloudConfigFile> out;
    const QString main = QStringLiteral("/etc/cloud/cloud.cfg");
    if (files.isFile(main))
        out << CloudConfigFile{main, readLines(files, main)};
    for (const QString &p : files.glob(QStringLiteral("/etc/cloud/cloud.cfg.d"), QStringLiteral("*.cfg"))) {
        if (files.isFile(p))
            out << CloudConfigFile{p, readLines(files, p)};
    }
    return out;
}

static bool isIndented(const QString &s)
{
    return !s.isEmpty() && (s.front() == QLatin1Char(' ') || s.front() == QLatin1Char('\t'));
}

QList<YamlBlock> topLevelBlocks(const QList<CloudConfigFile> &cfg, const QString &key)
{
    QList<YamlBlock> found;
    const QString prefix = key + QLatin1Char(':');
    for (const CloudConfigFile &f : cfg) {
        for (qsizetype i = 0; i < f.lines.size(); ++i) {
            const Line &l = f.lines.at(i);
            if (!l.text.startsWith(prefix))
                continue;
            YamlBlock b{f.path, l, yamlScalar(l.text.mid(prefix.size())), {}};
            for (qsizetype j = i + 1; j < f.lines.size(); ++j) {
                const Line &c = f.lines.at(j);
                const QString t = c.text.trimmed();
                if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
                    continue;
                if (!isIndented(c.text) && !t.startsWith(QLatin1Char('-')))
                    break;
                b.children << c;
            }
            found << b;
        }
    }
    return found;
}

std::optional<YamlBlock> lastTopLevelBlock(const QList<CloudConfigFile> &cfg, const QString &key)
{
    const QList<YamlBlock> all = topLevelBlocks(cfg, key);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

qsizetype indentOf(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && (line.at(n) == QLatin1Char(' ') || line.at(n) == QLatin1Char('\t')))
        ++n;
    return n;
}

QString yamlScalar(QString value)
{
    const qsizetype hash = value.indexOf(QLatin1String(" #"));
    if (hash >= 0)
        value = value.left(hash);
    value = value.trimmed();
    if (value.startsWith(QLatin1Char('#')))
        return {};
    return unquote(value);
}

QStringList yamlList(const YamlBlock &block)
{
    QStringList out;
    if (block.inlineValue.startsWith(QLatin1Char('['))) {
        QString v = block.inlineValue.mid(1);
        const qsizetype end = v.indexOf(QLatin1Char(']'));
        if (end >= 0)
            v = v.left(end);
        for (const QString &item : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString s = yamlScalar(item);
            if (!s.isEmpty())
                out << s;
        }
        return out;
    }
    // Only the outermost "- " items belong to this list.
    qsizetype indent = -1;
    for (const Line &c : block.children) {
        const qsizetype ind = indentOf(c.text);
        const QString t = c.text.trimmed();
        if (!t.startsWith(QLatin1Char('-')))
            continue;
        if (indent < 0)
            indent = ind;
        if (ind != indent)
            continue;
        out << yamlScalar(t.mid(1));
    }
    return out;
}

static Evidence linkEvidence(const QString &path, const QString &note)
{
    return Evidence{path, 0, {}, note};
}

bool isDevNullLink(const GuestFiles &files, const QString &path)
{
    if (files.lstat(path).type != GuestStat::Type::Symlink)
        return false;
    if (files.readlink(path) == QLatin1String("/dev/null"))
        return true;
    // Any other link is followed once, so that a loop is noted, not taken for "not masked".
    files.resolve(path);
    return false;
}

bool linkPresent(const GuestFiles &files, const QString &path)
{
    const GuestStat::Type type = files.lstat(path).type;
    if (type == GuestStat::Type::Symlink)
        files.resolve(path); // a loop is noted; a dangling link still says "enabled"
    return type != GuestStat::Type::Missing;
}

bool isMasked(const GuestFiles &files, const QString &unit, Evidence *evidence)
{
    const QString path = QStringLiteral("/etc/systemd/system/") + unit;
    if (isDevNullLink(files, path)) {
        if (evidence)
            *evidence = linkEvidence(path, CheckText::tr("%1 is masked (linked to /dev/null)").arg(unit));
        return true;
    }
    return false;
}

ServiceState findEnabledService(const GuestFacts &facts, const GuestFiles &files, const QStringList &names)
{
    // Listed at most once per call: against a real guest every lookup is an appliance round trip.
    std::optional<QStringList> wantDirs;
    for (const QString &name : names) {
        const QString unit = name.contains(QLatin1Char('.')) ? name : name + QStringLiteral(".service");
        if (isMasked(files, unit))
            continue;
        if (facts.isServiceEnabled(name))
            return ServiceState{true, name, noteEvidence(CheckText::tr("service %1 is enabled at boot").arg(name))};

        // systemd: a link in a *.wants or *.requires directory.
        if (!wantDirs) {
            wantDirs = files.glob(QStringLiteral("/etc/systemd/system"), QStringLiteral("*.wants"))
                + files.glob(QStringLiteral("/etc/systemd/system"), QStringLiteral("*.requires"));
        }
        for (const QString &dir : std::as_const(*wantDirs)) {
            const QString link = dir + QLatin1Char('/') + unit;
            if (linkPresent(files, link))
                return ServiceState{true, name, linkEvidence(link, CheckText::tr("systemd starts %1 at boot").arg(unit))};
        }
        // SysV: S<nn><name> links in the multi-user runlevels.
        for (const QString &dir : {QStringLiteral("/etc/rc2.d"), QStringLiteral("/etc/rc3.d"), QStringLiteral("/etc/rc5.d"),
                                   QStringLiteral("/etc/rc.d/rc3.d"), QStringLiteral("/etc/rc.d/rc5.d")}) {
            const QStringList links = files.glob(dir, QStringLiteral("S??") + name);
            if (!links.isEmpty())
                return ServiceState{true, name, linkEvidence(links.first(), CheckText::tr("SysV init starts %1 at boot").arg(name))};
        }
        // OpenRC: a link in a runlevel directory.
        for (const QString &level : {QStringLiteral("sysinit"), QStringLiteral("boot"), QStringLiteral("default")}) {
            const QString link = QStringLiteral("/etc/runlevels/%1/%2").arg(level, name);
            if (linkPresent(files, link))
                return ServiceState{true, name, linkEvidence(link, CheckText::tr("OpenRC starts %1 in runlevel %2").arg(name, level))};
        }
    }
    return ServiceState{};
}

QString installedPackage(const GuestFacts &facts, const QStringList &names)
{
    for (const QString &n : names) {
        if (facts.hasPackage(n))
            return n;
    }
    return {};
}

Evidence packageEvidence(const GuestFacts &facts, const QString &name)
{
    const QString version = facts.packageVersion(name);
    return noteEvidence(version.isEmpty() ? CheckText::tr("package %1 is installed").arg(name)
                                          : CheckText::tr("package %1 %2 is installed").arg(name, version));
}

static QList<int> versionParts(const QString &v)
{
    QList<int> out;
    for (const QString &part : v.split(QLatin1Char('.'))) {
        qsizetype n = 0;
        while (n < part.size() && part.at(n).isDigit())
            ++n;
        if (n == 0)
            break;
        out << part.left(n).toInt();
        if (n < part.size())
            break; // "32-431" ends the numeric version
    }
    return out;
}

int compareVersions(const QString &a, const QString &b)
{
    const QList<int> pa = versionParts(a), pb = versionParts(b);
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const int x = i < pa.size() ? pa.at(i) : 0;
        const int y = i < pb.size() ? pb.at(i) : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

QStringList firstBootScripts(const GuestFiles &files)
{
    QStringList out = existingFiles(files, {QStringLiteral("/etc/rc.local"), QStringLiteral("/etc/rc.d/rc.local")});
    const QList<std::pair<QString, QString>> dirs{
        {QStringLiteral("/etc/local.d"), QStringLiteral("*.start")},
        {QStringLiteral("/etc/init.d"), QStringLiteral("*")},
        {QStringLiteral("/etc/systemd/system"), QStringLiteral("*.service")},
        {QStringLiteral("/usr/local/bin"), QStringLiteral("*")},
        {QStringLiteral("/usr/local/sbin"), QStringLiteral("*")},
        {QStringLiteral("/var/lib/cloud/scripts/per-once"), QStringLiteral("*")},
        {QStringLiteral("/var/lib/cloud/scripts/per-boot"), QStringLiteral("*")},
        {QStringLiteral("/var/lib/cloud/scripts/per-instance"), QStringLiteral("*")},
    };
    for (const auto &[dir, pattern] : dirs) {
        for (const QString &p : files.glob(dir, pattern)) {
            if (files.isFile(p))
                out << p;
        }
    }
    return out;
}

QList<Evidence> findInFirstBootScripts(const GuestFiles &files, const QStringList &needles)
{
    QList<Evidence> out;
    const auto matches = [&](const QString &text) {
        if (text.trimmed().startsWith(QLatin1Char('#')))
            return false;
        for (const QString &n : needles) {
            if (!text.contains(n))
                return false;
        }
        return true;
    };
    for (const QString &path : firstBootScripts(files)) {
        if (files.stat(path).size > ScriptReadLimit)
            continue;
        for (const Line &l : readLines(files, path)) {
            if (matches(l.text))
                out << lineEvidence(path, l);
        }
    }
    for (const CloudConfigFile &f : cloudConfigFiles(files)) {
        for (const Line &l : f.lines) {
            if (matches(l.text))
                out << lineEvidence(f.path, l);
        }
    }
    return out;
}

} // namespace imageprep::checks
