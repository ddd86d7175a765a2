#include "fixes/PlannedFiles.h"

namespace imageprep {

GuestStat PlannedFiles::lstat(const QString &path) const
{
    const auto it = m_written.constFind(path);
    if (it == m_written.cend())
        return m_base.lstat(path);
    if (!it->has_value())
        return {};
    GuestStat st = m_base.lstat(path);
    if (st.type != GuestStat::Type::Regular)
        st = GuestStat{GuestStat::Type::Regular, 0, 0644, 0, 0};
    st.size = (*it)->size();
    return st;
}

QString PlannedFiles::readlink(const QString &path) const
{
    return m_written.contains(path) ? QString() : m_base.readlink(path);
}

QStringList PlannedFiles::list(const QString &dir) const
{
    QStringList names = m_base.list(dir);
    const QString prefix = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
    for (auto it = m_written.cbegin(); it != m_written.cend(); ++it) {
        if (!it.key().startsWith(prefix) || it.key().indexOf(QLatin1Char('/'), prefix.size()) >= 0)
            continue;
        const QString name = it.key().mid(prefix.size());
        if (it->has_value() && !names.contains(name))
            names << name;
        else if (!it->has_value())
            names.removeAll(name);
    }
    names.sort();
    return names;
}

QByteArray PlannedFiles::readBytes(const QString &path, qint64 maxBytes) const
{
    const auto it = m_written.constFind(path);
    if (it == m_written.cend())
        return m_base.readBytes(path, maxBytes);
    return it->value_or(QByteArray()).left(maxBytes);
}

} // namespace imageprep
