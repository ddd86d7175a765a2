#include "fixes/PlannedFiles.h"

#include "fixes/Edit.h"

#include <QCoreApplication>

namespace imageprep {

namespace {
// The planner's context: these messages were its own before both planners shared them.
struct PlanText {
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};
} // namespace

std::optional<QByteArray> PlannedFiles::editableText(const QString &path, QString *resolved, QString *problem) const
{
    problem->clear();
    QString message;
    const auto real = resolve(path, nullptr, &message);
    if (!real) {
        *problem = PlanText::tr("%1: %2").arg(path, message);
        return std::nullopt;
    }
    *resolved = *real;
    const GuestStat st = lstat(*real);
    if (st.type == GuestStat::Type::Missing)
        return std::nullopt;
    if (st.type != GuestStat::Type::Regular) {
        *problem = PlanText::tr("%1 is not a regular file; not edited.").arg(path);
        return std::nullopt;
    }
    if (st.size > MaxEditableFileSize) {
        *problem = PlanText::tr("%1 is larger than %2 bytes; not edited.").arg(path).arg(MaxEditableFileSize);
        return std::nullopt;
    }
    const QByteArray content = readBytes(*real, MaxEditableFileSize + 1);
    if (content.contains('\0')) {
        *problem = PlanText::tr("%1 is a binary file; not edited.").arg(path);
        return std::nullopt;
    }
    return content;
}

GuestStat PlannedFiles::lstat(const QString &path) const
{
    const auto it = m_written.constFind(path);
    if (it == m_written.cend()) {
        GuestStat st = m_base.lstat(path);
        if (st.type != GuestStat::Type::Missing)
            return st;
        // A folder that a planned file creates (apply makes the parents).
        const QString prefix = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
        for (auto w = m_written.cbegin(); w != m_written.cend(); ++w) {
            if (w->has_value() && w.key().startsWith(prefix))
                return GuestStat{GuestStat::Type::Directory, 0, 0755, 0, 0};
        }
        return st;
    }
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
