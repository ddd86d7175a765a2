#include "guest/RpmDatabase.h"

#include "guest/RpmNdb.h"
#include "util/Process.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace imageprep {

namespace {

class RpmText {
    Q_DECLARE_TR_FUNCTIONS(RpmText)
};

} // namespace

QStringList rpmDatabaseDirs()
{
    return {QStringLiteral("/var/lib/rpm"), QStringLiteral("/usr/lib/sysimage/rpm")};
}

QString rpmQueryFormat()
{
    return QStringLiteral("%{NAME}\\t%{EPOCHNUM}\\t%{VERSION}\\t%{RELEASE}\\n");
}

QList<PackageInfo> parseRpmQuery(const QByteArray &out)
{
    QList<PackageInfo> packages;
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 4 || f.at(0).isEmpty())
            continue;
        // As libguestfs writes it: [epoch:]version-release, epoch only when not 0.
        QString version = QString::fromUtf8(f.at(2));
        if (!f.at(3).isEmpty())
            version += QLatin1Char('-') + QString::fromUtf8(f.at(3));
        if (f.at(1) != "0")
            version = QString::fromUtf8(f.at(1)) + QLatin1Char(':') + version;
        packages.append(PackageInfo{QString::fromUtf8(f.at(0)), version});
    }
    return packages;
}

Result<QList<PackageInfo>> queryRpmDatabase(const QString &dbDir)
{
    const QString rpm = findTool(QStringLiteral("rpm"));
    if (rpm.isEmpty())
        return makeError(ErrorCode::ToolMissing, RpmText::tr("rpm is not installed on this computer; the guest's RPM packages cannot be listed."));
    const ProcessResult r = runProcess(rpm, {QStringLiteral("--dbpath"), dbDir, QStringLiteral("-qa"), QStringLiteral("--qf"), rpmQueryFormat()},
                                       2 * 60 * 1000);
    if (!r.ok())
        return makeError(ErrorCode::GuestError, RpmText::tr("rpm could not read the guest's package database."), r.diagnostics());
    QList<PackageInfo> packages = parseRpmQuery(r.out);
    // An rpm without the guest's backend makes an empty database of its own
    // beside the guest's files and lists nothing, successfully. An installed
    // system always has packages, so none at all means rpm did not read it.
    if (packages.isEmpty())
        return makeError(ErrorCode::GuestError,
                         RpmText::tr("rpm found no packages in the guest's package database; this computer's rpm may not read its format."),
                         r.diagnostics());
    return packages;
}

namespace {

// rpm's ndb backend (SUSE): read here, since Debian's rpm has none.
Result<QList<PackageInfo>> readGuestNdb(const QString &path, const std::function<bool(const QString &, const QString &)> &copyOut)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return makeError(ErrorCode::Internal, RpmText::tr("Could not create a temporary folder."));
    const QString copy = tmp.filePath(QStringLiteral("Packages.db"));
    if (!copyOut(path, copy))
        return makeError(ErrorCode::GuestError, RpmText::tr("Could not copy %1 out of the guest.").arg(path));
    const auto rpms = readNdbPackagesFile(copy);
    if (!rpms)
        return rpms.error();
    QList<PackageInfo> packages;
    packages.reserve(rpms->size());
    for (const RpmPackage &p : rpms.value())
        packages.append(p.toPackageInfo());
    return packages;
}

} // namespace

Result<QList<PackageInfo>> readGuestRpmDatabase(const GuestFiles &files,
                                                const std::function<bool(const QString &, const QString &)> &copyOut)
{
    for (const QString &dir : rpmDatabaseDirs()) {
        const auto real = files.resolve(dir);
        if (!real || !files.isDir(*real))
            continue;
        const QStringList names = files.list(*real);
        // The format is told by the files, not by the distribution. Where
        // both are present (one converted, the other left behind), sqlite wins.
        const QString ndb = *real + QStringLiteral("/Packages.db");
        if (!names.contains(QStringLiteral("rpmdb.sqlite")) && names.contains(QStringLiteral("Packages.db"))
            && files.isFile(ndb) && isNdbPackagesFile(files.readBytes(ndb, 4)))
            return readGuestNdb(ndb, copyOut);
        QTemporaryDir tmp;
        if (!tmp.isValid())
            return makeError(ErrorCode::Internal, RpmText::tr("Could not create a temporary folder."));
        int copied = 0;
        for (const QString &name : names) {
            const QString path = *real + QLatin1Char('/') + name;
            // Database files only: no lock, no sqlite journals of a crashed rpm.
            if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1String("-shm")) || !files.isFile(path))
                continue;
            if (!copyOut(path, tmp.filePath(name)))
                return makeError(ErrorCode::GuestError, RpmText::tr("Could not copy %1 out of the guest.").arg(path));
            ++copied;
        }
        if (copied > 0)
            return queryRpmDatabase(tmp.path());
    }
    return makeError(ErrorCode::NotFound, RpmText::tr("The guest has no RPM database."));
}

} // namespace imageprep
