// The lab defect catalogue and planDefects(): one small planting function per
// defect, each recording typed edits (core/fixes) against a view of the guest
// that already shows the defects planned before it. Nothing here writes.
#include "lab/LabDefects.h"

#include "checks/Catalogue.h"
#include "checks/CheckSupport.h" // core-internal helpers: services, assignments
#include "checks/FamilyProfile.h"
#include "fixes/PlannedFiles.h"
#include "requirements/PlanContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace imageprep {

namespace {

// Defects of the requirements not yet moved into units (core/requirements).
const QList<LabDefect> LegacyDefects{
    {QStringLiteral("root-resize"),
     QT_TRANSLATE_NOOP("LabDefects", "turns cloud-init's growpart module off in /etc/cloud/cloud.cfg.d")},
    {QStringLiteral("fstab-stable-names"),
     QT_TRANSLATE_NOOP("LabDefects", "names the file systems in /etc/fstab by kernel device (/dev/sda1) instead of UUID")},
    {QStringLiteral("no-persistent-net-rules"),
     QT_TRANSLATE_NOOP("LabDefects", "leaves a udev 70-persistent-net.rules that pins eth0 to a MAC address")},
    {QStringLiteral("no-hardcoded-mac"),
     QT_TRANSLATE_NOOP("LabDefects", "writes a MAC address into the network configuration (/etc/network/interfaces or systemd-networkd)")},
    {QStringLiteral("firewall-disabled"),
     QT_TRANSLATE_NOOP("LabDefects", "enables a guest firewall at boot (ufw, nftables or a hand-made iptables unit) that drops traffic")},
    {QStringLiteral("ssh-server"), QT_TRANSLATE_NOOP("LabDefects", "stops the SSH server from starting at boot (the package stays)")},
    {QStringLiteral("ssh-host-keys"), QT_TRANSLATE_NOOP("LabDefects", "leaves an SSH host key pair in /etc/ssh")},
    {QStringLiteral("root-password"), QT_TRANSLATE_NOOP("LabDefects", "sets a root password in /etc/shadow (the password is \"training\")")},
    {QStringLiteral("ssh-key-injection"),
     QT_TRANSLATE_NOOP("LabDefects", "limits cloud-init's data sources to NoCloud, so it never asks OpenStack for the key")},
    {QStringLiteral("user-data"), QT_TRANSLATE_NOOP("LabDefects", "switches cloud-init off with /etc/cloud/cloud-init.disabled")},
    {QStringLiteral("qemu-guest-agent"),
     QT_TRANSLATE_NOOP("LabDefects", "removes the qemu-guest-agent package (its files and its dpkg record)")},
    {QStringLiteral("acpi-shutdown"),
     QT_TRANSLATE_NOOP("LabDefects", "removes the dbus package, so systemd-logind cannot handle the ACPI power button")},
    {QStringLiteral("machine-id"), QT_TRANSLATE_NOOP("LabDefects", "leaves a machine ID in /etc/machine-id")},
    {QStringLiteral("leftover-state"),
     QT_TRANSLATE_NOOP("LabDefects", "leaves root's shell history and an old DHCP lease in the image")},
};

// A root password hash for "training" (SHA-512 crypt); trainees may log in with it.
const QByteArray TrainingPasswordHash =
    "$6$imagepreplab0$HWQp7xRyKFiudbFUzzuqgXx4yJJfABY/sdese/NrZdeD/h12WXEvoegjP6OS7rK/C4qDvP0vTD2ZMGtVWE0qM.";

// One defect being planted: its Fix, the shared view and the reason it failed.
struct Planter {
    const GuestFacts &facts;
    PlannedFiles &files;
    Fix &fix;
    QString error; // set: the defect cannot be planted on this guest

    bool fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
        return false;
    }

    // Current content of an editable text file, or nullopt (error set when it exists but cannot be edited).
    std::optional<QByteArray> editable(const QString &path, QString *resolved)
    {
        QString problem;
        auto content = files.editableText(path, resolved, &problem);
        if (!problem.isEmpty())
            fail(problem);
        return content;
    }

    // Changes an existing file; false (nothing recorded) when it is missing or unchanged.
    bool change(EditKind kind, const QString &path, const std::function<QByteArray(const QByteArray &)> &transform,
                const QString &summary)
    {
        QString real;
        const auto before = editable(path, &real);
        if (!before)
            return false;
        const QByteArray after = transform(*before);
        if (after == *before)
            return false;
        fix.edits << makeFileEdit(kind, real, before, after, summary);
        files.set(real, after);
        return true;
    }

    // Creates or replaces a file (parents are created when the edit applies).
    bool write(const QString &path, const QByteArray &content, uint mode, const QString &summary)
    {
        QString real = path;
        std::optional<QByteArray> before;
        if (files.lstat(path).type != GuestStat::Type::Missing || files.resolve(path).value_or(path) != path) {
            before = editable(path, &real);
            if (!before)
                return fail(error.isEmpty() ? LabDefects::tr("%1 cannot be written.").arg(path) : error);
            if (*before == content)
                return false;
        }
        fix.edits << makeFileEdit(EditKind::WriteFile, real, before, content, summary, mode);
        files.set(real, content);
        return true;
    }

    void remove(const QString &path, const QString &summary)
    {
        const GuestStat st = files.lstat(path);
        if (st.type == GuestStat::Type::Symlink) {
            fix.edits << makeRemoveLink(path, files.readlink(path), summary);
            files.set(path, std::nullopt);
            return;
        }
        QString real;
        if (const auto before = editable(path, &real)) {
            fix.edits << makeRemoveFile(real, *before, summary);
            files.set(real, std::nullopt);
        }
    }

    bool guestHas(const QString &tool) const
    {
        for (const QString &dir : {QStringLiteral("/usr/sbin/"), QStringLiteral("/usr/bin/"), QStringLiteral("/sbin/"), QStringLiteral("/bin/")}) {
            if (files.isFile(dir + tool))
                return true;
        }
        return false;
    }

    QString unitPath(const QString &unit) const
    {
        for (const QString &dir : {QStringLiteral("/etc/systemd/system"), QStringLiteral("/lib/systemd/system"),
                                   QStringLiteral("/usr/lib/systemd/system")}) {
            const QString p = dir + QLatin1Char('/') + unit;
            if (files.isFile(p))
                return p;
        }
        return {};
    }

    // Enables a systemd unit whose file exists: the links its [Install] section asks for.
    bool enableUnit(const QString &unit, const QString &unitFile)
    {
        if (facts.init != InitSystem::Systemd)
            return fail(LabDefects::tr("the guest does not boot with systemd."));
        QStringList targets;
        for (const checks::Line &l : checks::readLines(files, unitFile)) {
            const QString t = l.text.trimmed();
            if (t.startsWith(QLatin1String("WantedBy=")))
                targets << t.mid(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        if (targets.isEmpty())
            targets << QStringLiteral("multi-user.target");
        QList<ServiceLink> links;
        for (const QString &t : std::as_const(targets)) {
            const QString link = QStringLiteral("/etc/systemd/system/%1.wants/%2").arg(t, unit);
            if (files.lstat(link).type == GuestStat::Type::Missing)
                links << ServiceLink{link, unitFile};
        }
        if (!links.isEmpty())
            fix.edits << makeServiceEdit(EditKind::EnableService, unit, links);
        for (const ServiceLink &l : std::as_const(links))
            files.set(l.link, QByteArray()); // seen as present by later defects
        return true;
    }

    // Removes every start link of service; false when there was none.
    bool disableService(const QString &service)
    {
        const QString unit = service.contains(QLatin1Char('.')) ? service : service + QStringLiteral(".service");
        QList<ServiceLink> links;
        const QString etc = QStringLiteral("/etc/systemd/system");
        for (const QString &d : files.list(etc)) {
            if (!d.endsWith(QLatin1String(".wants")) && !d.endsWith(QLatin1String(".requires")))
                continue;
            const QString link = etc + QLatin1Char('/') + d + QLatin1Char('/') + unit;
            if (files.lstat(link).type == GuestStat::Type::Symlink)
                links << ServiceLink{link, files.readlink(link)};
        }
        for (const QString &rl : {QStringLiteral("S"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}) {
            const QString dir = QStringLiteral("/etc/rc%1.d").arg(rl);
            for (const QString &link : files.glob(dir, QStringLiteral("S[0-9][0-9]") + service)) {
                if (files.lstat(link).type == GuestStat::Type::Symlink)
                    links << ServiceLink{link, files.readlink(link)};
            }
        }
        if (links.isEmpty())
            return false;
        fix.edits << makeServiceEdit(EditKind::DisableService, unit, links);
        for (const ServiceLink &l : std::as_const(links))
            files.set(l.link, std::nullopt);
        return true;
    }

    bool needsPackage(const QString &name)
    {
        if (facts.hasPackage(name))
            return true;
        return fail(LabDefects::tr("package %1 is not installed.").arg(name));
    }
};

// ---- one function per defect ----

void plantRootResize(Planter &p)
{
    if (!p.needsPackage(QStringLiteral("cloud-init")))
        return;
    p.write(QStringLiteral("/etc/cloud/cloud.cfg.d/99_lab-growpart.cfg"), "# keep the image's disk size\ngrowpart:\n  mode: off\n", 0644,
            LabDefects::tr("Turn cloud-init's growpart module off"));
}

void plantFstab(Planter &p)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString path = QStringLiteral("/etc/fstab");
    const auto deviceFor = [&p](const QString &spec) -> QString {
        for (const PartitionInfo &part : p.facts.partitions) {
            if ((spec.startsWith(QLatin1String("UUID=")) && !part.uuid.isEmpty()
                 && spec.mid(5).compare(part.uuid, Qt::CaseInsensitive) == 0)
                || (spec.startsWith(QLatin1String("LABEL=")) && !part.label.isEmpty() && spec.mid(6) == part.label))
                return part.device;
        }
        return {};
    };
    const bool changed = p.change(EditKind::EditLines, path, [&](const QByteArray &c) {
        QList<QByteArray> lines = c.split('\n');
        for (QByteArray &l : lines) {
            const QString text = QString::fromUtf8(l);
            const QString t = text.trimmed();
            if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
                continue;
            const QString spec = t.section(spaces, 0, 0);
            const QString device = deviceFor(spec);
            if (device.isEmpty())
                continue;
            QString line = text;
            line.replace(line.indexOf(spec), spec.size(), device);
            l = line.toUtf8();
        }
        return lines.join('\n');
    }, LabDefects::tr("Name file systems by kernel device in %1").arg(path));
    if (!changed)
        p.fail(LabDefects::tr("no UUID= or LABEL= entry of /etc/fstab matches a partition of the image."));
}

void plantPersistentNet(Planter &p)
{
    const QString rules = QStringLiteral("/etc/udev/rules.d/70-persistent-net.rules");
    const QByteArray content = QStringLiteral(
        "# This file was automatically generated by the /lib/udev/write_net_rules\n"
        "# program, run by the persistent-net-generator.rules rules file.\n"
        "\n"
        "# PCI device 0x1af4:0x1000 (virtio-pci)\n"
        "SUBSYSTEM==\"net\", ACTION==\"add\", DRIVERS==\"?*\", ATTR{address}==\"%1\", ATTR{dev_id}==\"0x0\", "
        "ATTR{type}==\"1\", KERNEL==\"eth*\", NAME=\"eth0\"\n").arg(randomMac()).toUtf8();
    p.write(rules, content, 0644, LabDefects::tr("Pin eth0 to a MAC address in %1").arg(rules));
}

void plantHardcodedMac(Planter &p)
{
    const QString mac = randomMac();
    const QString interfaces = QStringLiteral("/etc/network/interfaces");
    static const QRegularExpression iface(QStringLiteral("^\\s*iface\\s+(\\S+)\\s+inet6?\\s"));
    if (p.files.isFile(interfaces)) {
        const bool changed = p.change(EditKind::EditLines, interfaces, [&](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const auto m = iface.match(QString::fromUtf8(lines.at(i)));
                if (m.hasMatch() && m.captured(1) != QLatin1String("lo")) {
                    lines.insert(i + 1, QStringLiteral("    hwaddress ether %1").arg(mac).toUtf8());
                    break;
                }
            }
            return lines.join('\n');
        }, LabDefects::tr("Pin the first interface of %1 to a MAC address").arg(interfaces));
        if (changed || !p.error.isEmpty())
            return;
    }
    if (p.facts.init != InitSystem::Systemd) {
        p.fail(LabDefects::tr("no interface in /etc/network/interfaces and the guest does not boot with systemd."));
        return;
    }
    const QString network = QStringLiteral("/etc/systemd/network/50-eth0.network");
    p.write(network, QStringLiteral("[Match]\nMACAddress=%1\n\n[Network]\nDHCP=yes\n").arg(mac).toUtf8(), 0644,
            LabDefects::tr("Configure eth0 by its MAC address in %1").arg(network));
}

void plantFirewall(Planter &p)
{
    const QString ufwConf = QStringLiteral("/etc/ufw/ufw.conf");
    const QString ufwUnit = p.unitPath(QStringLiteral("ufw.service"));
    if (p.facts.hasPackage(QStringLiteral("ufw")) && p.files.isFile(ufwConf) && !ufwUnit.isEmpty()) {
        const bool changed = p.change(EditKind::EditLines, ufwConf, [](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            bool set = false;
            for (QByteArray &l : lines) {
                if (checks::shellAssignment(QString::fromUtf8(l), QStringLiteral("ENABLED"))) {
                    l = "ENABLED=yes";
                    set = true;
                }
            }
            if (!set) {
                if (!lines.isEmpty() && lines.last().isEmpty())
                    lines.removeLast();
                lines << "ENABLED=yes" << QByteArray();
            }
            return lines.join('\n');
        }, LabDefects::tr("Set ENABLED=yes in %1").arg(ufwConf));
        if (changed || p.error.isEmpty())
            p.enableUnit(QStringLiteral("ufw.service"), ufwUnit);
        return;
    }
    const QString nftUnit = p.unitPath(QStringLiteral("nftables.service"));
    if (!nftUnit.isEmpty()) {
        p.write(QStringLiteral("/etc/nftables.conf"),
                "#!/usr/sbin/nft -f\n\nflush ruleset\n\ntable inet filter {\n"
                "\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n"
                "\t\tct state established,related accept\n\t\tiif lo accept\n\t\ttcp dport 22 accept\n\t}\n}\n",
                0755, LabDefects::tr("Write an nftables ruleset that drops incoming traffic"));
        p.enableUnit(QStringLiteral("nftables.service"), nftUnit);
        return;
    }
    // No firewall package: the kind of hand-made iptables unit admins leave behind.
    if (p.facts.init != InitSystem::Systemd) {
        p.fail(LabDefects::tr("no ufw or nftables in the guest and it does not boot with systemd."));
        return;
    }
    const QString rules = QStringLiteral("/etc/iptables/iptables.rules");
    const QString unit = QStringLiteral("/etc/systemd/system/iptables.service");
    p.write(rules,
            "*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n"
            "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -i lo -j ACCEPT\n"
            "-A INPUT -p tcp --dport 22 -s 192.168.10.0/24 -j ACCEPT\nCOMMIT\n",
            0644, LabDefects::tr("Write iptables rules that drop incoming traffic to %1").arg(rules));
    p.write(unit,
            "[Unit]\nDescription=Packet filtering rules\nBefore=network-pre.target\nWants=network-pre.target\n\n"
            "[Service]\nType=oneshot\nExecStart=/usr/sbin/iptables-restore /etc/iptables/iptables.rules\nRemainAfterExit=yes\n\n"
            "[Install]\nWantedBy=multi-user.target\n",
            0644, LabDefects::tr("Add a unit that loads them at boot: %1").arg(unit));
    if (p.error.isEmpty())
        p.enableUnit(QStringLiteral("iptables.service"), unit);
}

void plantSshServer(Planter &p)
{
    const FamilyProfile &profile = profileFor(p.facts.family());
    if (checks::installedPackage(p.facts, profile.sshServerPackages).isEmpty()) {
        p.fail(LabDefects::tr("no SSH server package is installed."));
        return;
    }
    bool any = false;
    for (const QString &svc : profile.sshServices)
        any = p.disableService(svc) || any;
    if (!any)
        p.fail(LabDefects::tr("no start link of %1 was found to remove.").arg(profile.sshServices.join(QStringLiteral(", "))));
}

void plantHostKeys(Planter &p)
{
    if (!p.files.isDir(QStringLiteral("/etc/ssh"))) {
        p.fail(LabDefects::tr("the guest has no /etc/ssh."));
        return;
    }
    // Not a usable key: the check and the trainee judge by the file names.
    const QString body = QString::fromLatin1(QByteArray::fromHex(randomHex(96).toLatin1()).toBase64());
    const QString key = QStringLiteral("/etc/ssh/ssh_host_ed25519_key");
    p.write(key, QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n%1\n-----END OPENSSH PRIVATE KEY-----\n").arg(body).toUtf8(), 0600,
            LabDefects::tr("Leave the SSH host key %1").arg(key));
    p.write(key + QStringLiteral(".pub"), QStringLiteral("ssh-ed25519 %1 root@build-host\n").arg(body.left(68)).toUtf8(), 0644,
            LabDefects::tr("Leave the SSH host key %1").arg(key + QStringLiteral(".pub")));
}

void plantRootPassword(Planter &p)
{
    const QString shadow = QStringLiteral("/etc/shadow");
    const bool changed = p.change(EditKind::EditLines, shadow, [](const QByteArray &c) {
        QList<QByteArray> lines = c.split('\n');
        for (QByteArray &l : lines) {
            if (!l.startsWith("root:"))
                continue;
            QList<QByteArray> fields = l.split(':');
            if (fields.size() > 1)
                fields[1] = TrainingPasswordHash;
            l = fields.join(':');
            break;
        }
        return lines.join('\n');
    }, LabDefects::tr("Set a root password in %1").arg(shadow));
    if (!changed && p.error.isEmpty())
        p.fail(LabDefects::tr("/etc/shadow has no root entry to change."));
}

void plantKeyInjection(Planter &p)
{
    if (!p.needsPackage(QStringLiteral("cloud-init")))
        return;
    p.write(QStringLiteral("/etc/cloud/cloud.cfg.d/99_lab-datasource.cfg"), "# built and tested with a local seed\ndatasource_list: [ NoCloud, None ]\n",
            0644, LabDefects::tr("Limit cloud-init's data sources to NoCloud"));
}

void plantUserData(Planter &p)
{
    if (!p.needsPackage(QStringLiteral("cloud-init")))
        return;
    p.write(QStringLiteral("/etc/cloud/cloud-init.disabled"), "", 0644, LabDefects::tr("Switch cloud-init off with /etc/cloud/cloud-init.disabled"));
}

// What dpkg --purge leaves behind, without running maintainer scripts: the
// package's files (from its .list), its info files and its status record.
void plantRemovePackage(Planter &p, const QString &package)
{
    if (p.facts.packageFormat != QLatin1String("deb")) {
        p.fail(LabDefects::tr("removing a package is planted on dpkg guests only."));
        return;
    }
    if (!p.needsPackage(package))
        return;
    const QString status = QStringLiteral("/var/lib/dpkg/status");
    const QString info = QStringLiteral("/var/lib/dpkg/info/");
    constexpr int MaxFiles = 500;
    QStringList binaries; // not editable text: removed by one rm in the guest
    int listed = 0;
    for (const checks::Line &l : checks::readLines(p.files, info + package + QStringLiteral(".list"))) {
        const QString path = l.text.trimmed();
        if (!path.startsWith(QLatin1Char('/')) || p.files.lstat(path).type != GuestStat::Type::Regular || ++listed > MaxFiles)
            continue;
        if (p.files.lstat(path).size > MaxEditableFileSize || p.files.readBytes(path, MaxEditableFileSize).contains('\0')) {
            binaries << path;
            p.files.set(path, std::nullopt);
        } else {
            p.remove(path, LabDefects::tr("Remove %1").arg(path));
        }
    }
    if (!binaries.isEmpty()) {
        if (!p.guestHas(QStringLiteral("rm"))) {
            p.fail(LabDefects::tr("the guest has no rm to remove the package's programs."));
            return;
        }
        p.fix.edits << makeRunInGuest(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")} + binaries,
                                      LabDefects::tr("Remove the %n program file(s) of %1", nullptr, static_cast<int>(binaries.size())).arg(package));
    }
    for (const QString &pattern : {package + QStringLiteral(".*"), package + QStringLiteral(":*.*")}) {
        for (const QString &path : p.files.glob(info, pattern))
            p.remove(path, LabDefects::tr("Remove %1").arg(path));
    }
    p.disableService(package);
    const bool changed = p.change(EditKind::EditLines, status, [&package](const QByteArray &c) {
        // Stanzas are separated by blank lines; drop the one whose Package: is ours.
        QList<QByteArray> stanzas = c.split('\n');
        QList<QByteArray> out;
        QList<QByteArray> current;
        bool ours = false;
        const auto flush = [&] {
            if (!ours)
                out << current;
            current.clear();
            ours = false;
        };
        for (const QByteArray &l : std::as_const(stanzas)) {
            current << l;
            if (l == "Package: " + package.toUtf8())
                ours = true;
            if (l.isEmpty())
                flush();
        }
        flush();
        return out.join('\n');
    }, LabDefects::tr("Remove %1 from the dpkg status").arg(package));
    if (!changed && p.error.isEmpty())
        p.fail(LabDefects::tr("%1 has no record in %2.").arg(package, status));
}

void plantMachineId(Planter &p)
{
    p.write(QStringLiteral("/etc/machine-id"), (randomHex(16) + QLatin1Char('\n')).toUtf8(), 0444,
            LabDefects::tr("Leave a machine ID in /etc/machine-id"));
}

void plantLeftovers(Planter &p)
{
    p.write(QStringLiteral("/root/.bash_history"),
            "apt-get update\napt-get -y dist-upgrade\nmysql -u admin -pS3cret-build\nssh admin@10.20.0.5\n"
            "vi /etc/network/interfaces\npoweroff\n",
            0600, LabDefects::tr("Leave root's shell history"));
    p.write(QStringLiteral("/var/lib/dhcp/dhclient.eth0.leases"),
            "lease {\n  interface \"eth0\";\n  fixed-address 10.20.0.17;\n  option subnet-mask 255.255.255.0;\n"
            "  option routers 10.20.0.1;\n  renew 3 2024/05/15 10:02:11;\n}\n",
            0644, LabDefects::tr("Leave an old DHCP lease"));
}

} // namespace

namespace {

bool plantLegacy(Planter &p, const QString &id);

} // namespace

QString LabDefect::translatedDescription() const
{
    return QCoreApplication::translate("LabDefects", description);
}

namespace {

// Every requirement's defect, in catalogue order: its unit's, or a legacy one.
QList<LabDefect> collectDefects()
{
    QList<LabDefect> out;
    for (const Requirement *req : Catalogue::instance().all()) {
        if (const char *description = req->labDefect()) {
            out << LabDefect{req->id(), description};
            continue;
        }
        for (const LabDefect &d : LegacyDefects) {
            if (d.id == req->id())
                out << d;
        }
    }
    return out;
}

} // namespace

const QList<LabDefect> &labDefects()
{
    static const QList<LabDefect> defects = collectDefects();
    return defects;
}

const LabDefect *findLabDefect(const QString &id)
{
    for (const LabDefect &d : labDefects()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QStringList labDefectIds()
{
    QStringList ids;
    for (const LabDefect &d : labDefects())
        ids << d.id;
    return ids;
}

DefectPlan planDefects(const GuestFacts &facts, const GuestFiles &files, const QStringList &ids)
{
    DefectPlan out;
    for (const QString &id : ids) {
        if (!findLabDefect(id) && !out.unknownIds.contains(id))
            out.unknownIds << id;
    }
    if (!out.unknownIds.isEmpty())
        return out;

    static const PlanOptions noOptions;
    PlanContext ctx(facts, files, noOptions, out.plan, PlanContext::Mode::LabDefect);
    QStringList done;
    for (const QString &id : ids) {
        if (done.contains(id))
            continue;
        done << id;
        Fix fix{id, QStringLiteral("lab-defect"), findLabDefect(id)->translatedDescription(), {}};
        ctx.clearFailure();
        const Requirement *req = Catalogue::instance().find(id);
        if (req && req->labDefect()) {
            req->plantDefect(ctx, fix);
        } else {
            Planter p{facts, ctx.files, fix, {}};
            plantLegacy(p, id);
            if (!p.error.isEmpty())
                ctx.fail(p.error);
        }
        if (ctx.failure().isEmpty() && fix.edits.isEmpty())
            ctx.fail(LabDefects::tr("the guest already has this defect; nothing to plant."));
        if (!ctx.failure().isEmpty()) {
            out.errors << QStringLiteral("%1: %2").arg(id, ctx.failure());
            continue;
        }
        out.plan.fixes << fix;
    }
    return out;
}

namespace {

bool plantLegacy(Planter &p, const QString &id)
{
    if (id == QLatin1String("root-resize"))
        plantRootResize(p);
    else if (id == QLatin1String("fstab-stable-names"))
        plantFstab(p);
    else if (id == QLatin1String("no-persistent-net-rules"))
        plantPersistentNet(p);
    else if (id == QLatin1String("no-hardcoded-mac"))
        plantHardcodedMac(p);
    else if (id == QLatin1String("firewall-disabled"))
        plantFirewall(p);
    else if (id == QLatin1String("ssh-server"))
        plantSshServer(p);
    else if (id == QLatin1String("ssh-host-keys"))
        plantHostKeys(p);
    else if (id == QLatin1String("root-password"))
        plantRootPassword(p);
    else if (id == QLatin1String("ssh-key-injection"))
        plantKeyInjection(p);
    else if (id == QLatin1String("user-data"))
        plantUserData(p);
    else if (id == QLatin1String("qemu-guest-agent"))
        plantRemovePackage(p, QStringLiteral("qemu-guest-agent"));
    else if (id == QLatin1String("acpi-shutdown"))
        plantRemovePackage(p, QStringLiteral("dbus"));
    else if (id == QLatin1String("machine-id"))
        plantMachineId(p);
    else if (id == QLatin1String("leftover-state"))
        plantLeftovers(p);
    else
        return false;
    return true;
}

} // namespace

bool defectShows(const CheckResult &result)
{
    if (result.status == CheckStatus::Fail)
        return true;
    const Requirement *req = Catalogue::instance().find(result.id);
    return result.status == CheckStatus::Warning && req && req->severity() == Severity::Recommended;
}

QStringList defectsNotShown(const QStringList &ids, const CheckRun &run)
{
    QStringList out;
    for (const QString &id : ids) {
        const CheckResult *r = run.result(id);
        if ((!r || !defectShows(*r)) && !out.contains(id))
            out << id;
    }
    return out;
}

} // namespace imageprep
