#include "guest/GuestFiles.h"

#include <QRegularExpression>

#include <algorithm>

namespace imageprep {

namespace {
constexpr int MaxSymlinkHops = 40; // as the Linux kernel's MAXSYMLINKS
}

QString cleanGuestPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &p : parts) {
        if (p != QLatin1String("."))
            kept << p;
    }
    return QLatin1Char('/') + kept.join(QLatin1Char('/'));
}

std::optional<QString> GuestFiles::resolve(const QString &path, GuestRead::Status *why,
                                           QString *message) const
{
    auto fail = [&](GuestRead::Status s, const QString &msg) -> std::optional<QString> {
        noteFailure(path, msg);
        if (why)
            *why = s;
        if (message)
            *message = msg;
        return std::nullopt;
    };

    // Work list of components still to walk; resolved holds the real prefix.
    QStringList pending = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList resolved;
    int hops = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeFirst();
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (resolved.isEmpty())
                return fail(GuestRead::Status::SymlinkEscapes,
                            QStringLiteral("%1 leads above the guest's root directory").arg(path));
            resolved.removeLast();
            continue;
        }
        const QString candidate = QLatin1Char('/') + (resolved + QStringList{part}).join(QLatin1Char('/'));
        const GuestStat st = lstat(candidate);
        if (st.type != GuestStat::Type::Symlink) {
            resolved << part;
            if (st.type == GuestStat::Type::Missing) {
                // Nothing below a missing component exists; keep the rest literal.
                resolved << pending;
                pending.clear();
            }
            continue;
        }
        if (++hops > MaxSymlinkHops)
            return fail(GuestRead::Status::SymlinkLoop,
                        QStringLiteral("%1: too many levels of symbolic links in the guest").arg(path));
        const QString target = readlink(candidate);
        if (target.isEmpty())
            return fail(GuestRead::Status::Error,
                        QStringLiteral("%1: cannot read the guest symlink %2").arg(path, candidate));
        QStringList targetParts = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (target.startsWith(QLatin1Char('/')))
            resolved.clear(); // absolute targets are relative to the guest root
        pending = targetParts + pending;
    }
    return QLatin1Char('/') + resolved.join(QLatin1Char('/'));
}

GuestStat GuestFiles::stat(const QString &path) const
{
    const auto real = resolve(path);
    if (!real)
        return {};
    return lstat(*real);
}

bool GuestFiles::isFile(const QString &path) const
{
    const GuestStat::Type type = stat(path).type;
    if (type == GuestStat::Type::Directory || type == GuestStat::Type::Other)
        noteFailure(path, QStringLiteral("%1 is not a regular file in the guest").arg(path));
    return type == GuestStat::Type::Regular;
}

GuestRead GuestFiles::read(const QString &path, qint64 maxBytes) const
{
    GuestRead r;
    GuestRead::Status why = GuestRead::Status::Error;
    QString message;
    const auto real = resolve(path, &why, &message);
    if (!real) {
        r.status = why;
        r.message = message;
        return r;
    }
    r.resolvedPath = *real;
    const GuestStat st = lstat(*real);
    switch (st.type) {
    case GuestStat::Type::Missing:
        r.status = GuestRead::Status::Missing;
        r.message = QStringLiteral("%1 does not exist in the guest").arg(path);
        return r;
    case GuestStat::Type::Regular:
        break;
    default:
        r.status = GuestRead::Status::NotAFile;
        r.message = QStringLiteral("%1 is not a regular file in the guest").arg(path);
        noteFailure(path, r.message);
        return r;
    }
    if (st.size > maxBytes) {
        r.status = GuestRead::Status::TooLarge;
        r.message = QStringLiteral("%1 is %2 bytes, more than the %3 bytes imageprep reads")
                        .arg(path).arg(st.size).arg(maxBytes);
        noteFailure(path, r.message);
        return r;
    }
    r.content = readBytes(*real, maxBytes);
    // Fewer bytes than the file holds: the guest's disk failed the read.
    if (r.content.size() < st.size) {
        r.status = GuestRead::Status::Error;
        r.message = QStringLiteral("%1: only %2 of its %3 bytes could be read").arg(path).arg(r.content.size()).arg(st.size);
        noteFailure(path, r.message);
        r.content.clear();
        return r;
    }
    r.status = GuestRead::Status::Ok;
    return r;
}

void GuestFiles::noteFailure(const QString &path, const QString &message) const
{
    if (m_failures && !m_failures->contains(GuestReadFailure{path, message}))
        m_failures->append(GuestReadFailure{path, message});
}

QString GuestFiles::readText(const QString &path, qint64 maxBytes) const
{
    const GuestRead r = read(path, maxBytes);
    return r.ok() ? QString::fromUtf8(r.content) : QString();
}

QStringList GuestFiles::glob(const QString &dir, const QString &pattern) const
{
    const auto real = resolve(dir);
    if (!real || lstat(*real).type != GuestStat::Type::Directory)
        return {};
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion));
    const QRegularExpression anchored(QRegularExpression::anchoredPattern(re.pattern()));
    QStringList out;
    const QString base = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
    for (const QString &name : list(*real)) {
        if (anchored.match(name).hasMatch())
            out << base + name;
    }
    return out;
}

// ---- MemoryGuestFiles ----

void MemoryGuestFiles::ensureParents(const QString &path)
{
    QString p = path;
    while (true) {
        const int slash = p.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            break;
        p = p.left(slash);
        if (!m_nodes.contains(p))
            m_nodes.insert(p, Node{GuestStat::Type::Directory, {}, 0755, 0});
    }
}

void MemoryGuestFiles::addFile(const QString &path, const QByteArray &content, uint mode)
{
    const QString p = cleanGuestPath(path);
    ensureParents(p);
    m_nodes.insert(p, Node{GuestStat::Type::Regular, content, mode, 0});
}

void MemoryGuestFiles::addUnreadableFile(const QString &path, qint64 size)
{
    const QString p = cleanGuestPath(path);
    ensureParents(p);
    m_nodes.insert(p, Node{GuestStat::Type::Regular, {}, 0644, size});
}

void MemoryGuestFiles::addDir(const QString &path, uint mode)
{
    const QString p = cleanGuestPath(path);
    ensureParents(p);
    m_nodes.insert(p, Node{GuestStat::Type::Directory, {}, mode, 0});
}

void MemoryGuestFiles::addSymlink(const QString &path, const QString &target)
{
    const QString p = cleanGuestPath(path);
    ensureParents(p);
    m_nodes.insert(p, Node{GuestStat::Type::Symlink, target.toUtf8(), 0777, 0});
}

void MemoryGuestFiles::remove(const QString &path)
{
    const QString p = cleanGuestPath(path);
    const QString prefix = p + QLatin1Char('/');
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (it.key() == p || it.key().startsWith(prefix))
            it = m_nodes.erase(it);
        else
            ++it;
    }
}

GuestStat MemoryGuestFiles::lstat(const QString &path) const
{
    const QString p = cleanGuestPath(path);
    if (p == QLatin1String("/"))
        return GuestStat{GuestStat::Type::Directory, 0, 0755, 0, 0};
    const auto it = m_nodes.constFind(p);
    if (it == m_nodes.constEnd())
        return {};
    return GuestStat{it->type, it->type == GuestStat::Type::Regular ? std::max(it->content.size(), it->unreadableSize) : 0,
                     it->mode, 0, 0};
}

QString MemoryGuestFiles::readlink(const QString &path) const
{
    const auto it = m_nodes.constFind(cleanGuestPath(path));
    if (it == m_nodes.constEnd() || it->type != GuestStat::Type::Symlink)
        return {};
    return QString::fromUtf8(it->content);
}

QStringList MemoryGuestFiles::list(const QString &dir) const
{
    const QString d = cleanGuestPath(dir);
    const QString prefix = d == QLatin1String("/") ? d : d + QLatin1Char('/');
    QStringList out;
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it) {
        if (it.key().startsWith(prefix) && it.key().indexOf(QLatin1Char('/'), prefix.size()) < 0
            && it.key().size() > prefix.size())
            out << it.key().mid(prefix.size());
    }
    out.sort();
    return out;
}

QByteArray MemoryGuestFiles::readBytes(const QString &path, qint64 maxBytes) const
{
    const auto it = m_nodes.constFind(cleanGuestPath(path));
    if (it == m_nodes.constEnd() || it->type != GuestStat::Type::Regular)
        return {};
    return it->content.left(maxBytes);
}

} // namespace imageprep
