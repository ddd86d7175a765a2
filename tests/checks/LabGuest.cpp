#include "LabGuest.h"

#include "guest/FileFacts.h"

namespace imageprep::testing {

namespace {

const QString Status = QStringLiteral("/var/lib/dpkg/status");

} // namespace


// What inspection reads again after edits: services from links, packages from dpkg.
void refresh(Guest &g)
{
    g.facts.enabledServices = detectEnabledServices(g.files, g.facts.init);
    g.facts.packages.clear();
    QString name;
    for (const QByteArray &line : g.files.readBytes(Status, 1 << 20).split('\n')) {
        if (line.startsWith("Package: "))
            name = QString::fromUtf8(line.mid(9));
        else if (line == "Status: install ok installed" && !name.isEmpty())
            g.addPackage(name);
        else if (line.isEmpty())
            name.clear();
    }
}

// The clean Debian guest of the check tests, with its services as systemd
// links and its packages in a dpkg status file.
Guest labGuest()
{
    Guest g = cleanGuest(Family::Debian);
    for (const QString &unit : std::as_const(g.facts.enabledServices)) {
        const QString target = unit.startsWith(QLatin1String("cloud-")) && unit != QLatin1String("cloud-init.service")
            ? QStringLiteral("cloud-init.target") : QStringLiteral("multi-user.target");
        const QString path = QStringLiteral("/lib/systemd/system/") + unit;
        g.file(path, QStringLiteral("[Unit]\nDescription=%1\n\n[Service]\nExecStart=/bin/true\n\n[Install]\nWantedBy=%2\n")
                         .arg(unit, target).toUtf8());
        g.files.addSymlink(QStringLiteral("/etc/systemd/system/%1.wants/%2").arg(target, unit), path);
    }
    g.addPackage(QStringLiteral("base-files"));
    QByteArray status;
    for (const PackageInfo &p : std::as_const(g.facts.packages))
        status += "Package: " + p.name.toUtf8() + "\nStatus: install ok installed\nVersion: " + p.version.toUtf8() + "\n\n";
    g.file(Status, status);
    g.file(QStringLiteral("/var/lib/dpkg/info/qemu-guest-agent.list"),
           "/.\n/usr\n/usr/sbin\n/usr/sbin/qemu-ga\n/usr/share/doc/qemu-guest-agent/copyright\n");
    g.file(QStringLiteral("/var/lib/dpkg/info/qemu-guest-agent.md5sums"), "0123  usr/sbin/qemu-ga\n");
    g.file(QStringLiteral("/usr/sbin/qemu-ga"), QByteArray("\x7f" "ELF\0\0binary", 12));
    g.file(QStringLiteral("/usr/share/doc/qemu-guest-agent/copyright"), "Format: https://www.debian.org/doc/packaging-manuals/\n");
    g.file(QStringLiteral("/bin/rm"), QByteArray("\x7f" "ELF\0rm", 7));
    refresh(g);
    return g;
}

void addDpkgRecord(Guest &g, const QString &package)
{
    g.file(Status, g.files.readBytes(Status, 1 << 20) + "Package: " + package.toUtf8()
                       + "\nStatus: install ok installed\nVersion: 1.0\n\n");
}

} // namespace imageprep::testing
