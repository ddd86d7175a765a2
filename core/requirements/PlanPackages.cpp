// PlanContext: installing packages (from the repositories or local files),
// cleaning up after installs, and (lab) removing a Debian package.
#include "requirements/PlanContext.h"

#include <QDir>
#include <QRegularExpression>

namespace imageprep {

// Local package files for names (by file name prefix "name_" / "name-<digit>").
QStringList PlanContext::localFilesFor(const QStringList &names, QStringList *missing)
{
    QDir dir(options.localPackageDir);
    const QStringList all = dir.entryList({QStringLiteral("*.deb"), QStringLiteral("*.rpm"), QStringLiteral("*.apk")}, QDir::Files, QDir::Name);
    QStringList out;
    for (const QString &n : names) {
        const QRegularExpression re(QStringLiteral("^%1[_-][0-9]").arg(QRegularExpression::escape(n)));
        const auto found = std::find_if(all.cbegin(), all.cend(), [&](const QString &f) { return re.match(f).hasMatch(); });
        if (found == all.cend())
            *missing << n;
        else
            out << *found;
    }
    return out;
}

bool PlanContext::install(Fix &fix, const QStringList &names, bool local)
{
    QStringList wanted;
    for (const QString &n : names) {
        if (!facts.hasPackage(n) && !wanted.contains(n) && !installed.contains(n))
            wanted << n;
    }
    return addPackages(fix, wanted, local, installed);
}

bool PlanContext::upgrade(Fix &fix, const QStringList &names, bool local)
{
    QStringList wanted;
    for (const QString &n : names) {
        if (!wanted.contains(n) && !upgraded.contains(n))
            wanted << n;
    }
    return addPackages(fix, wanted, local, upgraded);
}

bool PlanContext::addPackages(Fix &fix, const QStringList &wanted, bool local, QStringList &done)
{
    if (wanted.isEmpty())
        return true;
    PackageInstall in;
    in.manager = packageManager();
    in.packages = wanted;
    if (local) {
        QStringList missing;
        in.localDir = options.localPackageDir;
        in.localFiles = localFilesFor(wanted, &missing);
        if (!missing.isEmpty()) {
            plan.errors << PlanText::tr("No package file for %1 in %2.").arg(missing.join(QStringLiteral(", ")), options.localPackageDir);
            return false;
        }
    }
    fix.edits << makeInstallPackages(in);
    done << wanted;
    return true;
}

QString PlanContext::packageManager() const
{
    if (!facts.packageManager.isEmpty())
        return facts.packageManager;
    switch (facts.family()) {
    case OsFamily::Debian: return QStringLiteral("apt");
    case OsFamily::RedHat: return QStringLiteral("dnf");
    case OsFamily::Suse: return QStringLiteral("zypper");
    case OsFamily::Alpine: return QStringLiteral("apk");
    default: return QString();
    }
}

Fix *PlanContext::lastInstallFix()
{
    Fix *last = nullptr;
    for (Fix &f : plan.fixes) {
        if (std::any_of(f.edits.cbegin(), f.edits.cend(), [](const EditPtr &e) { return e->kind() == EditKind::InstallPackages; }))
            last = &f;
    }
    return last;
}

void PlanContext::cleanUpAfterInstalls()
{
    Fix *last = lastInstallFix();
    if (!last || options.keepPackageCaches)
        return;
    const QString manager = packageManager();
    QString script;
    if (manager == QLatin1String("apt"))
        script = QStringLiteral("apt-get clean; rm -rf /var/lib/apt/lists/*");
    else if (manager == QLatin1String("dnf") || manager == QLatin1String("yum"))
        script = manager + QStringLiteral(" clean all");
    else if (manager == QLatin1String("zypper"))
        script = QStringLiteral("zypper --non-interactive clean --all");
    else if (manager == QLatin1String("apk"))
        script = QStringLiteral("rm -rf /var/cache/apk/*");
    else
        return;
    last->edits << makeRunInGuest({QStringLiteral("sh"), QStringLiteral("-c"), script},
                                  PlanText::tr("Remove the package manager's caches left by the installs (%1)").arg(script));
}

bool PlanContext::needsPackage(const QString &name)
{
    if (facts.hasPackage(name))
        return true;
    return fail(LabDefects::tr("package %1 is not installed.").arg(name));
}

namespace {

// The dpkg status without package's stanza (stanzas are separated by blank lines).
QByteArray withoutStanza(const QByteArray &status, const QString &package)
{
    QList<QByteArray> out;
    QList<QByteArray> current;
    bool ours = false;
    const auto flush = [&] {
        if (!ours)
            out << current;
        current.clear();
        ours = false;
    };
    for (const QByteArray &l : status.split('\n')) {
        current << l;
        if (l == "Package: " + package.toUtf8())
            ours = true;
        if (l.isEmpty())
            flush();
    }
    flush();
    return out.join('\n');
}

} // namespace

void PlanContext::removeDebPackage(Fix &fix, const QString &package)
{
    if (facts.packageFormat != QLatin1String("deb")) {
        fail(LabDefects::tr("removing a package is planted on dpkg guests only."));
        return;
    }
    if (!needsPackage(package))
        return;
    const QString status = QStringLiteral("/var/lib/dpkg/status");
    const QString info = QStringLiteral("/var/lib/dpkg/info/");
    constexpr int MaxFiles = 500;
    QStringList binaries; // not editable text: removed by one rm in the guest
    int listed = 0;
    for (const checks::Line &l : checks::readLines(files, info + package + QStringLiteral(".list"))) {
        const QString path = l.text.trimmed();
        if (!path.startsWith(QLatin1Char('/')) || files.lstat(path).type != GuestStat::Type::Regular || ++listed > MaxFiles)
            continue;
        if (files.lstat(path).size > MaxEditableFileSize || files.readBytes(path, MaxEditableFileSize).contains('\0')) {
            binaries << path;
            files.set(path, std::nullopt);
        } else {
            removeFile(fix, path, LabDefects::tr("Remove %1").arg(path));
        }
    }
    if (!binaries.isEmpty()) {
        if (!guestHas(QStringLiteral("rm"))) {
            fail(LabDefects::tr("the guest has no rm to remove the package's programs."));
            return;
        }
        fix.edits << makeRunInGuest(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")} + binaries,
                                    LabDefects::tr("Remove the %n program file(s) of %1", nullptr, static_cast<int>(binaries.size())).arg(package));
    }
    for (const QString &pattern : {package + QStringLiteral(".*"), package + QStringLiteral(":*.*")}) {
        for (const QString &path : files.glob(info, pattern))
            removeFile(fix, path, LabDefects::tr("Remove %1").arg(path));
    }
    disableService(fix, package);
    const bool changed = changeFile(fix, EditKind::EditLines, status, [&package](const QByteArray &c) { return withoutStanza(c, package); },
                                    LabDefects::tr("Remove %1 from the dpkg status").arg(package));
    if (!changed && failure().isEmpty())
        fail(LabDefects::tr("%1 has no record in %2.").arg(package, status));
}

} // namespace imageprep
