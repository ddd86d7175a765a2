#include "fixes/Edit.h"
#include "fixes/GuestEditor.h"

namespace imageprep {

Status MemoryGuestEditor::writeFile(const QString &path, const QByteArray &content, uint newMode)
{
    const GuestStat st = m_files.lstat(path);
    if (st.type != GuestStat::Type::Missing && st.type != GuestStat::Type::Regular)
        return makeError(ErrorCode::GuestError, QStringLiteral("%1 is not a regular file").arg(path));
    m_files.addFile(path, content, st.type == GuestStat::Type::Regular ? st.mode : newMode);
    return success();
}

Status MemoryGuestEditor::removeFile(const QString &path)
{
    if (m_files.lstat(path).type == GuestStat::Type::Missing)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(path));
    m_files.remove(path);
    return success();
}

Status MemoryGuestEditor::makeDirs(const QString &path)
{
    const GuestStat st = m_files.lstat(path);
    if (st.type == GuestStat::Type::Directory)
        return success();
    if (st.type != GuestStat::Type::Missing)
        return makeError(ErrorCode::GuestError, QStringLiteral("%1 is not a directory").arg(path));
    m_files.addDir(path);
    return success();
}

Status MemoryGuestEditor::symlink(const QString &target, const QString &link)
{
    if (m_files.lstat(link).type != GuestStat::Type::Missing)
        return makeError(ErrorCode::GuestError, QStringLiteral("%1 exists").arg(link));
    m_files.addSymlink(link, target);
    return success();
}

Result<QString> MemoryGuestEditor::run(const QStringList &argv)
{
    commands << argv;
    if (failCommands)
        return makeError(ErrorCode::GuestError, QStringLiteral("%1 failed").arg(argv.join(QLatin1Char(' '))));
    if (onRun)
        onRun(argv);
    return QString();
}

Result<QString> MemoryGuestEditor::installPackages(const PackageInstall &install)
{
    if (failCommands)
        return makeError(ErrorCode::GuestError, QStringLiteral("package installation failed"));
    installed << (install.localDir.isEmpty() ? install.packages : install.localFiles);
    if (onInstall)
        onInstall(install);
    return QString();
}

} // namespace imageprep
