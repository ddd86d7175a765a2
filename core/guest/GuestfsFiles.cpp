#include "guest/GuestfsFiles.h"
#include "guest/GuestfsUtil.h"

#include <sys/stat.h>

#include <vector>

namespace imageprep {

namespace {

GuestStat fromStatns(const struct guestfs_statns &s)
{
    GuestStat st;
    const auto mode = static_cast<mode_t>(s.st_mode);
    if (S_ISREG(mode))
        st.type = GuestStat::Type::Regular;
    else if (S_ISDIR(mode))
        st.type = GuestStat::Type::Directory;
    else if (S_ISLNK(mode))
        st.type = GuestStat::Type::Symlink;
    else
        st.type = GuestStat::Type::Other;
    st.size = s.st_size;
    st.mode = static_cast<uint>(mode & 07777);
    st.uid = static_cast<uint>(s.st_uid);
    st.gid = static_cast<uint>(s.st_gid);
    return st;
}

QString parentOf(const QString &path)
{
    if (path == QLatin1String("/") || path.isEmpty())
        return {};
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

} // namespace

GuestStat GuestfsFiles::lstat(const QString &path) const
{
    const auto cached = m_stats.constFind(path);
    if (cached != m_stats.constEnd())
        return *cached;
    // Answer from the parent's listing when possible: listing a directory
    // costs two round trips and answers every sibling, including the many
    // paths checks probe that do not exist.
    const QString parent = parentOf(path);
    if (!parent.isEmpty()) {
        const GuestStat up = lstat(parent);
        if (up.type != GuestStat::Type::Directory) {
            m_stats.insert(path, GuestStat{});
            return {};
        }
        if (!m_unlistable.contains(parent)) {
            list(parent);
            if (!m_unlistable.contains(parent)) {
                const GuestStat st = m_stats.value(path); // Missing when not listed
                m_stats.insert(path, st);
                return st;
            }
        }
    }
    GuestStat st;
    if (struct guestfs_statns *s = guestfs_lstatns(m_g, gfs::path(path).constData())) {
        st = fromStatns(*s);
        guestfs_free_statns(s);
    }
    m_stats.insert(path, st);
    return st;
}

QString GuestfsFiles::readlink(const QString &path) const
{
    const auto cached = m_links.constFind(path);
    if (cached != m_links.constEnd())
        return *cached;
    const QString target = gfs::takeString(guestfs_readlink(m_g, gfs::path(path).constData()));
    m_links.insert(path, target);
    return target;
}

QStringList GuestfsFiles::list(const QString &dir) const
{
    const auto cached = m_lists.constFind(dir);
    if (cached != m_lists.constEnd())
        return *cached;
    const QByteArray d = gfs::path(dir);
    char **raw = guestfs_ls(m_g, d.constData());
    if (!raw) {
        // Missing, not a directory, or too large for one message.
        m_unlistable.insert(dir);
        m_lists.insert(dir, {});
        return {};
    }
    QStringList names = gfs::takeStrings(raw);
    names.sort();
    m_lists.insert(dir, names);
    if (names.size() > MaxPrefetch)
        return names;
    // Callers walk what they list: fetch every entry's metadata in one call.
    if (!names.isEmpty()) {
        QList<QByteArray> utf8;
        std::vector<char *> argv;
        for (const QString &n : std::as_const(names))
            utf8 << n.toUtf8();
        for (QByteArray &r : utf8)
            argv.push_back(r.data());
        argv.push_back(nullptr);
        if (struct guestfs_statns_list *l = guestfs_lstatnslist(m_g, d.constData(), argv.data())) {
            const QString base = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
            for (uint32_t i = 0; i < l->len && i < uint32_t(names.size()); ++i) {
                // st_ino -1 marks an entry that vanished or could not be read.
                if (l->val[i].st_ino != -1)
                    m_stats.insert(base + names.at(qsizetype(i)), fromStatns(l->val[i]));
            }
            guestfs_free_statns_list(l);
        } else {
            m_unlistable.insert(dir); // stats unknown: lstat() asks one by one
        }
    }
    return names;
}

QByteArray GuestfsFiles::readBytes(const QString &path, qint64 maxBytes) const
{
    const auto cached = m_contents.constFind(path);
    if (cached != m_contents.constEnd() && cached->size() <= maxBytes)
        return *cached;
    // pread in chunks: one libguestfs message carries at most 2 MiB.
    constexpr qint64 Chunk = 1024 * 1024;
    QByteArray out;
    const QByteArray p = gfs::path(path);
    while (out.size() < maxBytes) {
        size_t got = 0;
        const int want = static_cast<int>(std::min<qint64>(Chunk, maxBytes - out.size()));
        char *buf = guestfs_pread(m_g, p.constData(), want, out.size(), &got);
        if (!buf)
            break;
        out.append(buf, static_cast<qsizetype>(got));
        std::free(buf);
        if (got < static_cast<size_t>(want))
            break;
    }
    // Only a whole file is cached: a prefix read (a header sniffed) must not
    // be handed out later as the content of a larger read.
    if (out.size() < maxBytes)
        m_contents.insert(path, out);
    return out;
}

void GuestfsFiles::invalidate()
{
    m_stats.clear();
    m_links.clear();
    m_lists.clear();
    m_contents.clear();
    m_unlistable.clear();
}

} // namespace imageprep
