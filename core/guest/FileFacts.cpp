#include "guest/FileFacts.h"

#include <QRegularExpression>
#include <QSet>

namespace imageprep {

namespace {

bool pointsToSystemd(const GuestFiles &files, const QString &path)
{
    const auto real = files.resolve(path);
    return real && real->contains(QLatin1String("systemd"));
}

} // namespace

InitSystem detectInitSystem(const GuestFiles &files)
{
    // /sbin/init decides when it is a link; a plain binary is SysV or Upstart.
    const QString init = QStringLiteral("/sbin/init");
    if (files.lstat(init).type == GuestStat::Type::Symlink || files.lstat(QStringLiteral("/sbin")).type == GuestStat::Type::Symlink) {
        if (pointsToSystemd(files, init))
            return InitSystem::Systemd;
        const auto real = files.resolve(init);
        if (real && (real->contains(QLatin1String("openrc")) || real->endsWith(QLatin1String("busybox")))
            && files.exists(QStringLiteral("/etc/runlevels")))
            return InitSystem::OpenRC;
    }
    if (files.exists(QStringLiteral("/sbin/openrc")) || files.exists(QStringLiteral("/sbin/openrc-init"))
        || files.isDir(QStringLiteral("/etc/runlevels")))
        return InitSystem::OpenRC;
    if (files.exists(QStringLiteral("/lib/systemd/systemd")) || files.exists(QStringLiteral("/usr/lib/systemd/systemd"))) {
        // systemd present and /sbin/init missing or a link to it
        if (!files.exists(init) || pointsToSystemd(files, init))
            return InitSystem::Systemd;
    }
    if (files.exists(QStringLiteral("/sbin/initctl")) && files.isDir(QStringLiteral("/etc/init")))
        return InitSystem::Upstart;
    if (files.exists(QStringLiteral("/etc/inittab")) || files.isDir(QStringLiteral("/etc/rc.d"))
        || files.isDir(QStringLiteral("/etc/rc3.d")) || files.isDir(QStringLiteral("/etc/rc2.d")))
        return InitSystem::SysV;
    return InitSystem::Unknown;
}

QStringList detectEnabledServices(const GuestFiles &files, InitSystem init)
{
    QSet<QString> enabled;
    switch (init) {
    case InitSystem::Systemd: {
        const QStringList roots{QStringLiteral("/etc/systemd/system"), QStringLiteral("/lib/systemd/system"),
                                QStringLiteral("/usr/lib/systemd/system")};
        QSet<QString> seenDirs;
        for (const QString &root : roots) {
            const auto real = files.resolve(root);
            if (!real || seenDirs.contains(*real)) // /lib -> /usr/lib on merged-/usr guests
                continue;
            seenDirs.insert(*real);
            for (const QString &name : files.list(*real)) {
                if (!name.endsWith(QLatin1String(".wants")) && !name.endsWith(QLatin1String(".requires")))
                    continue;
                // Only units pulled in by the boot targets count as "starts at boot".
                if (root != roots.first() && !name.startsWith(QLatin1String("multi-user.target"))
                    && !name.startsWith(QLatin1String("sysinit.target"))
                    && !name.startsWith(QLatin1String("basic.target"))
                    && !name.startsWith(QLatin1String("network")))
                    continue;
                for (const QString &unit : files.list(*real + QLatin1Char('/') + name))
                    enabled.insert(unit);
            }
        }
        // Masked units (linked to /dev/null) never start.
        for (const QString &unit : files.list(QStringLiteral("/etc/systemd/system"))) {
            const QString p = QStringLiteral("/etc/systemd/system/") + unit;
            if (files.lstat(p).type == GuestStat::Type::Symlink && files.readlink(p) == QLatin1String("/dev/null"))
                enabled.remove(unit);
        }
        break;
    }
    case InitSystem::OpenRC:
        for (const QString &level : {QStringLiteral("sysinit"), QStringLiteral("boot"), QStringLiteral("default")}) {
            for (const QString &svc : files.list(QStringLiteral("/etc/runlevels/") + level))
                enabled.insert(svc);
        }
        break;
    case InitSystem::SysV:
    case InitSystem::Upstart:
    case InitSystem::Unknown: {
        static const QRegularExpression startLink(QStringLiteral("^S\\d\\d(.+)$"));
        for (const QString &dir : {QStringLiteral("/etc/rc2.d"), QStringLiteral("/etc/rc3.d"),
                                   QStringLiteral("/etc/rc4.d"), QStringLiteral("/etc/rc5.d"),
                                   QStringLiteral("/etc/rc.d/rc3.d"), QStringLiteral("/etc/rc.d/rc5.d")}) {
            for (const QString &name : files.list(dir)) {
                const auto m = startLink.match(name);
                if (m.hasMatch())
                    enabled.insert(m.captured(1));
            }
        }
        if (init == InitSystem::Upstart) {
            // Upstart jobs start unless a .override says "manual".
            for (const QString &job : files.glob(QStringLiteral("/etc/init"), QStringLiteral("*.conf"))) {
                const QString name = job.section(QLatin1Char('/'), -1).chopped(5);
                const QString override = QStringLiteral("/etc/init/%1.override").arg(name);
                if (!files.readText(override).contains(QLatin1String("manual")))
                    enabled.insert(name);
            }
        }
        break;
    }
    }
    QStringList out(enabled.cbegin(), enabled.cend());
    out.sort();
    return out;
}

QString prettyNameFromOsRelease(const QString &osRelease)
{
    for (const QString &raw : osRelease.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1String("PRETTY_NAME=")))
            continue;
        QString value = line.mid(12).trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

QList<KernelInfo> detectKernels(const GuestFiles &files)
{
    QList<KernelInfo> out;
    const QStringList moduleVersions = files.list(QStringLiteral("/lib/modules"));
    static const QRegularExpression image(QStringLiteral("^(vmlinuz|vmlinux|kernel)-(.+)$"));
    QSet<QString> seen;
    for (const QString &name : files.list(QStringLiteral("/boot"))) {
        const auto m = image.match(name);
        if (!m.hasMatch())
            continue;
        QString version = m.captured(2);
        // Alpine names images by flavour (vmlinuz-virt): take the module tree's version.
        if (!version.front().isDigit()) {
            for (const QString &mv : moduleVersions) {
                if (mv.endsWith(QLatin1Char('-') + version))
                    version = mv;
            }
        }
        if (seen.contains(version))
            continue;
        seen.insert(version);
        out.append(KernelInfo{version, QStringLiteral("/boot/") + name});
    }
    // Kernels with modules but no image in /boot (e.g. a separate /boot not mounted).
    for (const QString &mv : moduleVersions) {
        if (!seen.contains(mv) && !mv.isEmpty() && mv.front().isDigit()
            && files.isDir(QStringLiteral("/lib/modules/%1/kernel").arg(mv))) {
            seen.insert(mv);
            out.append(KernelInfo{mv, QString()});
        }
    }
    return out;
}

} // namespace imageprep
