// planFixes(): one small planning function per requirement, each reading the
// check's evidence and the guest's files through a view that already shows
// the edits planned before it. Nothing here writes anything.
#include "fixes/FixPlan.h"

#include "checks/Catalogue.h"
#include "checks/CheckSupport.h" // core-internal helpers: services, cmdlines, assignments
#include "fixes/FirstBoot.h"
#include "fixes/PlannedFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <optional>

namespace imageprep {

namespace {

using checks::findEnabledService;

class PlanText {
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};

const QString SerialArgs = QStringLiteral("console=tty0 console=ttyS0,115200n8");

struct Planner {
    const GuestFacts &facts;
    PlannedFiles files;
    const PlanOptions &options;
    FixPlan &plan;

    // ---- file helpers ----

    // Current editable content of path (after guest symlinks), or nullopt with a reason.
    std::optional<QByteArray> editable(const QString &path, QString *resolved)
    {
        QString problem;
        auto content = files.editableText(path, resolved, &problem);
        if (!problem.isEmpty())
            plan.errors << problem;
        return content;
    }

    bool changeFile(Fix &fix, EditKind kind, const QString &path, const std::function<QByteArray(const QByteArray &)> &transform,
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

    // Creates (or replaces) a file; parents are created by apply.
    void writeFile(Fix &fix, EditKind kind, const QString &path, const QByteArray &content, uint mode, const QString &summary)
    {
        QString real = path;
        std::optional<QByteArray> before;
        if (files.lstat(path).type != GuestStat::Type::Missing || files.resolve(path).value_or(path) != path) {
            before = editable(path, &real);
            if (!before && files.lstat(real).type != GuestStat::Type::Missing)
                return; // unreadable, binary or oversized: reported by editable()
            if (before && *before == content)
                return;
        }
        fix.edits << makeFileEdit(kind, real, before, content, summary, mode);
        files.set(real, content);
    }

    void removeFile(Fix &fix, const QString &path, const QString &summary)
    {
        const GuestStat st = files.lstat(path);
        if (st.type == GuestStat::Type::Symlink) {
            fix.edits << makeRemoveLink(path, files.readlink(path), summary);
            files.set(path, std::nullopt);
            return;
        }
        QString real;
        const auto before = editable(path, &real);
        if (!before)
            return;
        fix.edits << makeRemoveFile(real, *before, summary);
        files.set(real, std::nullopt);
    }

    // Removes the given 1-based line numbers (verified against their text).
    QByteArray withoutLines(const QByteArray &content, const QList<Evidence> &lines, const QString &file)
    {
        QList<QByteArray> parts = content.split('\n');
        QSet<int> drop;
        for (const Evidence &e : lines) {
            if (e.file == file && e.line > 0 && e.line <= parts.size() && QString::fromUtf8(parts.at(e.line - 1)) == e.text)
                drop.insert(e.line - 1);
        }
        QList<QByteArray> kept;
        for (int i = 0; i < parts.size(); ++i) {
            if (!drop.contains(i))
                kept << parts.at(i);
        }
        return kept.join('\n');
    }

    // ---- services ----

    QString unitPath(const QString &unit) const
    {
        for (const QString &dir : {QStringLiteral("/etc/systemd/system"), QStringLiteral("/lib/systemd/system"),
                                   QStringLiteral("/usr/lib/systemd/system")}) {
            const QString p = dir + QLatin1Char('/') + unit;
            if (files.lstat(p).type == GuestStat::Type::Regular)
                return p;
        }
        return {};
    }

    static QString unitName(const QString &service)
    {
        return service.contains(QLatin1Char('.')) ? service : service + QStringLiteral(".service");
    }

    // Links that systemctl enable would create, from the unit's [Install] section.
    QList<ServiceLink> systemdEnableLinks(const QString &unit, const QString &path)
    {
        QList<ServiceLink> links;
        QString section;
        QStringList wanted{QStringLiteral("multi-user.target")};
        bool sawInstall = false;
        QStringList aliases;
        for (const checks::Line &l : checks::readLines(files, path)) {
            const QString t = l.text.trimmed();
            if (t.startsWith(QLatin1Char('['))) {
                section = t;
                continue;
            }
            if (section != QLatin1String("[Install]"))
                continue;
            const qsizetype eq = t.indexOf(QLatin1Char('='));
            if (eq < 0)
                continue;
            const QString key = t.left(eq).trimmed();
            const QStringList values = t.mid(eq + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (key == QLatin1String("WantedBy") || key == QLatin1String("RequiredBy")) {
                if (!sawInstall)
                    wanted.clear();
                sawInstall = true;
                const QString suffix = key == QLatin1String("WantedBy") ? QStringLiteral(".wants") : QStringLiteral(".requires");
                for (const QString &v : values)
                    links << ServiceLink{QStringLiteral("/etc/systemd/system/%1%2/%3").arg(v, suffix, unit), path};
            } else if (key == QLatin1String("Alias")) {
                aliases << values;
            }
        }
        if (!sawInstall) {
            for (const QString &w : std::as_const(wanted))
                links << ServiceLink{QStringLiteral("/etc/systemd/system/%1.wants/%2").arg(w, unit), path};
        }
        for (const QString &a : std::as_const(aliases))
            links << ServiceLink{QStringLiteral("/etc/systemd/system/") + a, path};
        return links;
    }

    // Enables service; when its unit/script is not in the guest yet (it comes
    // with a package of this plan) the init system's own tool does it after.
    void enableService(Fix &fix, const QString &service)
    {
        const InitSystem init = facts.init;
        if (init == InitSystem::Systemd || init == InitSystem::Unknown) {
            const QString unit = unitName(service);
            const QString path = unitPath(unit);
            if (path.isEmpty()) {
                fix.edits << makeServiceEdit(EditKind::EnableService, unit, {}, {{QStringLiteral("systemctl"), QStringLiteral("enable"), unit}});
                return;
            }
            QList<ServiceLink> links;
            for (const ServiceLink &l : systemdEnableLinks(unit, path)) {
                if (files.lstat(l.link).type == GuestStat::Type::Missing)
                    links << l;
            }
            if (!links.isEmpty())
                fix.edits << makeServiceEdit(EditKind::EnableService, unit, links);
            return;
        }
        const QString script = QStringLiteral("/etc/init.d/") + service;
        const bool present = files.exists(script);
        if (init == InitSystem::OpenRC) {
            if (!present) {
                fix.edits << makeServiceEdit(EditKind::EnableService, service, {},
                                             {{QStringLiteral("rc-update"), QStringLiteral("add"), service, QStringLiteral("default")}});
                return;
            }
            fix.edits << makeServiceEdit(EditKind::EnableService, service,
                                         {{QStringLiteral("/etc/runlevels/default/") + service, script}});
            return;
        }
        if (!present) {
            fix.edits << makeServiceEdit(EditKind::EnableService, service, {},
                                         {{QStringLiteral("update-rc.d"), service, QStringLiteral("defaults")}});
            return;
        }
        QList<ServiceLink> links;
        for (const QString &rl : {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")})
            links << ServiceLink{QStringLiteral("/etc/rc%1.d/S02%2").arg(rl, service), QStringLiteral("../init.d/") + service};
        fix.edits << makeServiceEdit(EditKind::EnableService, service, links);
    }

    // Removes every start link of service (systemd wants/requires, SysV S-links, OpenRC runlevels).
    void disableService(Fix &fix, const QString &service)
    {
        QList<ServiceLink> links;
        const QString unit = unitName(service);
        const QString etc = QStringLiteral("/etc/systemd/system");
        for (const QString &d : files.list(etc)) {
            if (!d.endsWith(QLatin1String(".wants")) && !d.endsWith(QLatin1String(".requires")))
                continue;
            const QString link = etc + QLatin1Char('/') + d + QLatin1Char('/') + unit;
            if (files.lstat(link).type == GuestStat::Type::Symlink)
                links << ServiceLink{link, files.readlink(link)};
        }
        for (const QString &rl : {QStringLiteral("S"), QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                  QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}) {
            const QString dir = QStringLiteral("/etc/rc%1.d").arg(rl);
            for (const QString &link : files.glob(dir, QStringLiteral("S[0-9][0-9]") + service)) {
                if (files.lstat(link).type == GuestStat::Type::Symlink)
                    links << ServiceLink{link, files.readlink(link)};
            }
        }
        for (const QString &rl : {QStringLiteral("sysinit"), QStringLiteral("boot"), QStringLiteral("default")}) {
            const QString link = QStringLiteral("/etc/runlevels/%1/%2").arg(rl, service);
            if (files.lstat(link).type == GuestStat::Type::Symlink)
                links << ServiceLink{link, files.readlink(link)};
        }
        if (links.isEmpty())
            return;
        fix.edits << makeServiceEdit(EditKind::DisableService, unit, links);
        for (const ServiceLink &l : std::as_const(links))
            files.set(l.link, std::nullopt);
    }

    // ---- packages ----

    // Local package files for names (by file name prefix "name_" / "name-<digit>").
    QStringList localFilesFor(const QStringList &names, QStringList *missing)
    {
        QDir dir(options.localPackageDir);
        const QStringList all = dir.entryList({QStringLiteral("*.deb"), QStringLiteral("*.rpm"), QStringLiteral("*.apk")}, QDir::Files, QDir::Name);
        QStringList out;
        for (const QString &n : names) {
            const QRegularExpression re(QStringLiteral("^%1[_-][0-9]").arg(QRegularExpression::escape(n)));
            QString found;
            for (const QString &f : all) {
                if (re.match(f).hasMatch()) {
                    found = f;
                    break;
                }
            }
            if (found.isEmpty())
                *missing << n;
            else
                out << found;
        }
        return out;
    }

    bool install(Fix &fix, const QStringList &names, bool local)
    {
        QStringList wanted;
        for (const QString &n : names) {
            if (!facts.hasPackage(n) && !wanted.contains(n) && !installed.contains(n))
                wanted << n;
        }
        if (wanted.isEmpty())
            return true;
        PackageInstall in;
        in.manager = facts.packageManager.isEmpty() ? defaultManager() : facts.packageManager;
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
        installed << wanted;
        return true;
    }

    QString defaultManager() const
    {
        switch (facts.family()) {
        case OsFamily::Debian: return QStringLiteral("apt");
        case OsFamily::RedHat: return QStringLiteral("dnf");
        case OsFamily::Suse: return QStringLiteral("zypper");
        case OsFamily::Alpine: return QStringLiteral("apk");
        default: return QString();
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

    QStringList installed; // packages already planned
};

// ---- per-requirement planning ----

bool wants(const CheckResult &r, const PlanOptions &o)
{
    return r.status == CheckStatus::Fail || (o.includeWarnings && r.status == CheckStatus::Warning);
}

void planPersistentNet(Planner &p, const CheckResult &r, Fix &fix)
{
    const QString rules = QStringLiteral("/etc/udev/rules.d/70-persistent-net.rules");
    for (const Evidence &e : r.evidence) {
        if (e.file == rules) {
            // The image guide says empty, not deleted: an absent file is rewritten by the generator.
            p.changeFile(fix, EditKind::EmptyFile, rules, [](const QByteArray &) { return QByteArray(); },
                         PlanText::tr("Empty %1").arg(rules));
        } else if (e.file.endsWith(QLatin1String("75-persistent-net-generator.rules"))) {
            const QString mask = QStringLiteral("/etc/udev/rules.d/75-persistent-net-generator.rules");
            p.writeFile(fix, EditKind::WriteFile, mask, QByteArray(), 0644,
                        PlanText::tr("Mask the persistent-net generator with an empty %1").arg(mask));
        }
    }
}

void planHardcodedMac(Planner &p, const CheckResult &r, Fix &fix)
{
    QStringList filesSeen;
    for (const Evidence &e : r.evidence) {
        if (!e.file.isEmpty() && !filesSeen.contains(e.file))
            filesSeen << e.file;
    }
    for (const QString &f : std::as_const(filesSeen)) {
        const QList<Evidence> ev = r.evidence;
        p.changeFile(fix, EditKind::EditLines, f, [&](const QByteArray &c) { return p.withoutLines(c, ev, f); },
                     PlanText::tr("Remove the MAC address lines from %1").arg(f));
    }
}

void planFirewall(Planner &p, Fix &fix)
{
    const FirewallServices &fw = firewallServices();
    for (const QStringList *names : {&fw.firewalld, &fw.ufw, &fw.iptables, &fw.ip6tables, &fw.netfilterPersistent, &fw.nftables,
                                     &fw.susefirewall}) {
        for (const QString &n : *names) {
            if (findEnabledService(p.facts, p.files, {n}).enabled)
                p.disableService(fix, n);
        }
    }
    const QString ufw = QStringLiteral("/etc/ufw/ufw.conf");
    if (p.files.isFile(ufw)) {
        p.changeFile(fix, EditKind::EditLines, ufw, [](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (QByteArray &l : lines) {
                if (checks::shellAssignment(QString::fromUtf8(l), QStringLiteral("ENABLED")))
                    l = "ENABLED=no";
            }
            return lines.join('\n');
        }, PlanText::tr("Set ENABLED=no in %1").arg(ufw));
    }
}

void planSshServer(Planner &p, const CheckResult &r, Fix &fix, bool local)
{
    const FamilyProfile &profile = profileFor(p.facts.family());
    const bool missingPackage = std::any_of(r.evidence.cbegin(), r.evidence.cend(),
                                            [](const Evidence &e) { return e.note.contains(QLatin1String("not installed")); })
        || (r.evidence.isEmpty() && !p.facts.packages.isEmpty());
    if (missingPackage && !p.install(fix, {profile.sshServerPackages.value(0)}, local))
        return;
    if (!findEnabledService(p.facts, p.files, profile.sshServices).enabled)
        p.enableService(fix, profile.sshServices.value(0));
}

void planSerialConsole(Planner &p, Fix &fix)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const auto rewrite = [&p](const QString &args, bool addConsoles) {
        QStringList kept;
        for (const QString &a : args.split(spaces, Qt::SkipEmptyParts)) {
            if (a.startsWith(QLatin1String("console=")) || (p.options.removeQuiet && a == QLatin1String("quiet")))
                continue;
            kept << a;
        }
        if (addConsoles)
            kept << SerialArgs.split(QLatin1Char(' '));
        return kept.join(QLatin1Char(' '));
    };
    // Defaults: GRUB_CMDLINE_LINUX gets the consoles (it is used for every
    // entry, recovery too); _DEFAULT loses its console= so ttyS0 stays last.
    QStringList defaults{QStringLiteral("/etc/default/grub")};
    defaults << p.files.glob(QStringLiteral("/etc/default/grub.d"), QStringLiteral("*.cfg")); // full paths
    bool haveLinux = false;
    for (const QString &path : std::as_const(defaults)) {
        if (!p.files.isFile(path))
            continue;
        p.changeFile(fix, EditKind::EditLines, path, [&](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (QByteArray &l : lines) {
                const QString text = QString::fromUtf8(l);
                for (const QString &key : {QStringLiteral("GRUB_CMDLINE_LINUX"), QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT")}) {
                    const auto v = checks::shellAssignment(text, key);
                    if (!v || text.trimmed().startsWith(QLatin1Char('#')))
                        continue;
                    const bool isLinux = key == QLatin1String("GRUB_CMDLINE_LINUX");
                    haveLinux = haveLinux || (isLinux && path == defaults.first());
                    l = QStringLiteral("%1=\"%2\"").arg(key, rewrite(*v, isLinux)).toUtf8();
                }
            }
            if (path == defaults.first() && !haveLinux) {
                if (!lines.isEmpty() && lines.last().isEmpty())
                    lines.removeLast();
                lines << QStringLiteral("GRUB_CMDLINE_LINUX=\"%1\"").arg(SerialArgs).toUtf8() << QByteArray();
            }
            return lines.join('\n');
        }, PlanText::tr("Kernel console on tty0 and ttyS0 in %1").arg(path));
    }

    // Regenerate what boots, inside the guest; without the tool, edit it directly.
    const bool hasBls = !p.files.glob(QStringLiteral("/boot/loader/entries"), QStringLiteral("*.conf")).isEmpty();
    if (hasBls && p.guestHas(QStringLiteral("grubby"))) {
        QStringList argv{QStringLiteral("grubby"), QStringLiteral("--update-kernel=ALL"),
                         QStringLiteral("--remove-args=console"), QStringLiteral("--args=") + SerialArgs};
        fix.edits << makeRunInGuest({QStringLiteral("grubby"), QStringLiteral("--update-kernel=ALL"), QStringLiteral("--remove-args=console")},
                                    PlanText::tr("Remove console= from every boot entry (grubby)"));
        fix.edits << makeRunInGuest({QStringLiteral("grubby"), QStringLiteral("--update-kernel=ALL"), QStringLiteral("--args=") + SerialArgs},
                                    PlanText::tr("Add the serial console to every boot entry (grubby)"));
        if (p.options.removeQuiet)
            fix.edits << makeRunInGuest({QStringLiteral("grubby"), QStringLiteral("--update-kernel=ALL"), QStringLiteral("--remove-args=quiet")},
                                        PlanText::tr("Remove quiet from every boot entry (grubby)"));
        return;
    }
    QStringList cfgs;
    for (const QString &c : {QStringLiteral("/boot/grub/grub.cfg"), QStringLiteral("/boot/grub2/grub.cfg")}) {
        if (p.files.isFile(c))
            cfgs << c;
    }
    // In the appliance the guest disk is /dev/sda, but grub-probe may count
    // the appliance's own disk first and write (hd1) into grub.cfg, which
    // the guest's BIOS then cannot find. A device map pins the guest disk to
    // (hd0) while the generator runs; the guest's own map is put back.
    auto withDeviceMap = [](const QString &grubDir, const QString &generator) {
        return QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("m=%1/device.map; s=\"$m.imageprep-saved\"; "
                                          "if [ -e \"$m\" ]; then mv \"$m\" \"$s\"; fi; "
                                          "echo \"(hd0) /dev/sda\" > \"$m\"; %2; rc=$?; rm -f \"$m\"; "
                                          "if [ -e \"$s\" ]; then mv \"$s\" \"$m\"; fi; exit $rc")
                               .arg(grubDir, generator)};
    };
    if (p.guestHas(QStringLiteral("update-grub")) && cfgs.contains(QStringLiteral("/boot/grub/grub.cfg"))) {
        fix.edits << makeRunInGuest(withDeviceMap(QStringLiteral("/boot/grub"), QStringLiteral("update-grub")),
                                    PlanText::tr("Regenerate the boot configuration (update-grub, guest disk as hd0)"));
        return;
    }
    if (p.guestHas(QStringLiteral("grub2-mkconfig")) && !cfgs.isEmpty()) {
        const QString dir = cfgs.last().section(QLatin1Char('/'), 0, -2);
        fix.edits << makeRunInGuest(withDeviceMap(dir, QStringLiteral("grub2-mkconfig -o ") + cfgs.last()),
                                    PlanText::tr("Regenerate the boot configuration (grub2-mkconfig, guest disk as hd0)"));
        return;
    }
    // No generator in the guest: edit the kernel lines of what boots now.
    static const QRegularExpression linuxLine(QStringLiteral("^(\\s*(linux|linux16|linuxefi)\\s+\\S+)(.*)$"));
    for (const QString &cfg : std::as_const(cfgs)) {
        p.changeFile(fix, EditKind::EditLines, cfg, [&](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (QByteArray &l : lines) {
                const auto m = linuxLine.match(QString::fromUtf8(l));
                if (m.hasMatch())
                    l = (m.captured(1) + QLatin1Char(' ') + rewrite(m.captured(3), true)).toUtf8();
            }
            return lines.join('\n');
        }, PlanText::tr("Kernel console on tty0 and ttyS0 in %1 (no grub generator in the guest)").arg(cfg));
    }
    for (const QString &path : p.files.glob(QStringLiteral("/boot/loader/entries"), QStringLiteral("*.conf"))) {
        p.changeFile(fix, EditKind::EditLines, path, [&](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (QByteArray &l : lines) {
                const QString t = QString::fromUtf8(l);
                if (t.startsWith(QLatin1String("options ")) && !t.contains(QLatin1String("$kernelopts")))
                    l = (QStringLiteral("options ") + rewrite(t.mid(8), true)).toUtf8();
            }
            return lines.join('\n');
        }, PlanText::tr("Kernel console on tty0 and ttyS0 in %1").arg(path));
    }
}

void planMachineId(Planner &p, const CheckResult &r, Fix &fix)
{
    for (const Evidence &e : r.evidence) {
        if (e.file.isEmpty())
            continue;
        p.changeFile(fix, EditKind::EmptyFile, e.file, [](const QByteArray &) { return QByteArray(); },
                     PlanText::tr("Empty %1 (each instance generates its own)").arg(e.file));
    }
}

void planHostKeys(Planner &p, const CheckResult &r, Fix &fix)
{
    for (const Evidence &e : r.evidence) {
        if (!e.file.startsWith(QLatin1String("/etc/ssh/ssh_host_")))
            continue;
        p.removeFile(fix, e.file, PlanText::tr("Remove the SSH host key %1").arg(e.file));
        const QString pub = e.file + QStringLiteral(".pub");
        if (p.files.lstat(pub).type != GuestStat::Type::Missing)
            p.removeFile(fix, pub, PlanText::tr("Remove the SSH host key %1").arg(pub));
    }
}

void planLeftovers(Planner &p, const CheckResult &r, Fix &fix)
{
    QStringList logs;
    for (const Evidence &e : r.evidence) {
        if (e.file.isEmpty())
            continue;
        if (e.file.startsWith(QLatin1String("/var/log/")))
            logs << e.file;
        else
            p.removeFile(fix, e.file, PlanText::tr("Remove %1").arg(e.file));
    }
    if (!logs.isEmpty() && p.options.includeWarnings)
        fix.edits << makeClearLogs(QStringLiteral("/var/log"), logs);
}

void planFstab(Planner &p, const CheckResult &r, Fix &fix)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString path = QStringLiteral("/etc/fstab");
    // Kernel name in the guest -> the appliance's name for the same partition.
    const auto uuidFor = [&](const QString &spec, const QString &mountpoint) -> QString {
        QString device = p.facts.mountpoints.value(mountpoint);
        if (device.isEmpty()) {
            static const QRegularExpression disk(QStringLiteral("^/dev/(xvd|vd|hd|sd)([a-z]+[0-9]*)$"));
            const auto m = disk.match(spec);
            device = m.hasMatch() ? QStringLiteral("/dev/sd") + m.captured(2) : spec;
        }
        for (const PartitionInfo &part : p.facts.partitions) {
            if (part.device == device && !part.uuid.isEmpty())
                return part.uuid;
        }
        return {};
    };
    QStringList missing;
    p.changeFile(fix, EditKind::EditLines, path, [&](const QByteArray &c) {
        QList<QByteArray> lines = c.split('\n');
        for (const Evidence &e : r.evidence) {
            if (e.file != path || e.line <= 0 || e.line > lines.size() || QString::fromUtf8(lines.at(e.line - 1)) != e.text)
                continue;
            const QString t = e.text.trimmed();
            const QString spec = t.section(spaces, 0, 0);
            const QString uuid = uuidFor(spec, t.section(spaces, 1, 1));
            if (uuid.isEmpty()) {
                missing << spec;
                continue;
            }
            QString line = e.text;
            line.replace(line.indexOf(spec), spec.size(), QStringLiteral("UUID=") + uuid);
            lines[e.line - 1] = line.toUtf8();
        }
        return lines.join('\n');
    }, PlanText::tr("Name file systems by UUID in %1").arg(path));
    if (!missing.isEmpty())
        p.plan.errors << PlanText::tr("No UUID known for %1 in /etc/fstab.").arg(missing.join(QStringLiteral(", ")));
}

// cloud-init: one decision covers ssh-key-injection, user-data and root-resize.
struct CloudInitChoice {
    QString alternative;
    bool valid = true;
};

void planCloudInit(Planner &p, Fix &fix, bool local)
{
    const FamilyProfile &profile = profileFor(p.facts.family());
    QStringList pkgs{QStringLiteral("cloud-init")};
    if (!profile.growpartPackages.isEmpty() && checks::installedPackage(p.facts, profile.growpartPackages).isEmpty())
        pkgs << profile.growpartPackages.first();
    if (!p.install(fix, pkgs, local))
        return;
    const bool wasInstalled = p.facts.hasPackage(QStringLiteral("cloud-init"));
    // Switched off: the flag file and masks go.
    const QString flag = QStringLiteral("/etc/cloud/cloud-init.disabled");
    if (p.files.lstat(flag).type != GuestStat::Type::Missing)
        p.removeFile(fix, flag, PlanText::tr("Remove %1, which switches cloud-init off").arg(flag));
    for (const QString &unit : cloudInitServices().all) {
        const QString mask = QStringLiteral("/etc/systemd/system/%1.service").arg(unit);
        if (checks::isMasked(p.files, unit + QStringLiteral(".service")))
            p.removeFile(fix, mask, PlanText::tr("Unmask %1").arg(unit));
    }
    if (p.facts.init == InitSystem::Systemd) {
        for (const QString &unit : {QStringLiteral("cloud-init-local"), QStringLiteral("cloud-init"), QStringLiteral("cloud-config"),
                                    QStringLiteral("cloud-final")}) {
            if (wasInstalled && p.unitPath(unit + QStringLiteral(".service")).isEmpty())
                continue; // a newer cloud-init without this stage
            if (!findEnabledService(p.facts, p.files, {unit}).enabled)
                p.enableService(fix, unit);
        }
    }
}

void planFirstBoot(Planner &p, Fix &fix, const QStringList &)
{
    QString rcPath;
    const FirstBootFiles fb = firstBootFiles(p.facts, p.editable(QStringLiteral("/etc/rc.local"), &rcPath));
    for (const FirstBootFile &f : fb.files)
        p.writeFile(fix, f.kind, f.path, f.content, f.mode, f.summary);
    for (const QString &svc : fb.services)
        p.enableService(fix, svc);
}

} // namespace

QStringList fixableRequirements()
{
    return {QStringLiteral("root-resize"),     QStringLiteral("fstab-stable-names"), QStringLiteral("no-persistent-net-rules"),
            QStringLiteral("no-hardcoded-mac"), QStringLiteral("firewall-disabled"), QStringLiteral("ssh-server"),
            QStringLiteral("ssh-host-keys"),    QStringLiteral("ssh-key-injection"),  QStringLiteral("user-data"),
            QStringLiteral("serial-console"),   QStringLiteral("machine-id"),         QStringLiteral("leftover-state")};
}

FixPlan planFixes(const GuestFacts &facts, const GuestFiles &files, const CheckRun &run, const PlanOptions &options)
{
    FixPlan plan;
    const Catalogue &catalogue = Catalogue::instance();
    for (const QString &id : options.only) {
        if (!catalogue.find(id))
            plan.unknownIds << id;
    }
    for (auto it = options.alternatives.cbegin(); it != options.alternatives.cend(); ++it) {
        if (!catalogue.find(it.key()) && it.key() != QLatin1String("cloud-init"))
            plan.unknownIds << it.key();
    }
    if (!plan.unknownIds.isEmpty())
        return plan;

    Planner p{facts, PlannedFiles(files), options, plan, {}};
    const QStringList fixable = fixableRequirements();
    const bool hasLocal = !options.localPackageDir.isEmpty();

    // Package alternatives: from the repositories, or from local files.
    const auto packageOption = [&](const QString &id, bool withFirstBoot) {
        FixOption o;
        o.requirementId = id;
        const QString base = withFirstBoot ? QStringLiteral("cloud-init") : QStringLiteral("packages");
        o.alternatives << FixAlternative{base + QStringLiteral("-repo"),
                                         PlanText::tr("Install from the guest's package repositories (appliance network)"), {}, true};
        o.alternatives << FixAlternative{base + QStringLiteral("-local"), PlanText::tr("Install from local package files"),
                                         hasLocal ? QString() : PlanText::tr("no local package folder given"), hasLocal};
        if (withFirstBoot)
            o.alternatives << FixAlternative{QStringLiteral("firstboot-script"),
                                             PlanText::tr("No cloud-init: a first-boot script fetches the SSH key (and grows an LVM root)"),
                                             {}, true};
        o.defaultAlternative = hasLocal ? base + QStringLiteral("-local") : base + QStringLiteral("-repo");
        QString chosen = options.alternatives.value(id);
        if (chosen.isEmpty() && withFirstBoot)
            chosen = options.alternatives.value(QStringLiteral("cloud-init"));
        if (chosen.isEmpty())
            chosen = o.defaultAlternative;
        const auto known = std::find_if(o.alternatives.cbegin(), o.alternatives.cend(), [&](const FixAlternative &a) { return a.id == chosen; });
        if (known == o.alternatives.cend()) {
            plan.invalidChoices << PlanText::tr("Unknown alternative %1 for %2.").arg(chosen, id);
            chosen = o.defaultAlternative;
        } else if (!known->available) {
            plan.invalidChoices << PlanText::tr("Alternative %1 for %2 is not available: %3").arg(chosen, id, known->note);
            chosen = o.defaultAlternative;
        }
        o.chosen = chosen;
        plan.options << o;
        return chosen;
    };

    const auto failing = [&](const QString &id) -> const CheckResult * {
        const CheckResult *r = run.result(id);
        if (!r || !wants(*r, options))
            return nullptr;
        if (!options.only.isEmpty() && !options.only.contains(id))
            return nullptr;
        return r;
    };

    // The cloud-init decision first: the other package fixes reuse its install.
    QString cloudChoice;
    const CheckResult *keyResult = failing(QStringLiteral("ssh-key-injection"));
    const CheckResult *userData = failing(QStringLiteral("user-data"));
    const CheckResult *resize = failing(QStringLiteral("root-resize"));
    if (keyResult || userData || resize)
        cloudChoice = packageOption(QStringLiteral("ssh-key-injection"), true);

    bool cloudPlanned = false;
    for (const CheckResult &r : run.results) {
        const CheckResult *res = failing(r.id);
        if (!res)
            continue;
        if (!fixable.contains(r.id)) {
            plan.unfixed << Unfixed{r.id, PlanText::tr("no automatic fix; see the check's evidence")};
            continue;
        }
        const Requirement *req = catalogue.find(r.id);
        Fix fix{r.id, QStringLiteral("default"), req ? req->title() : r.id, {}};
        if (r.id == QLatin1String("no-persistent-net-rules")) {
            planPersistentNet(p, r, fix);
        } else if (r.id == QLatin1String("no-hardcoded-mac")) {
            planHardcodedMac(p, r, fix);
        } else if (r.id == QLatin1String("firewall-disabled")) {
            planFirewall(p, fix);
        } else if (r.id == QLatin1String("ssh-server")) {
            const QString choice = packageOption(r.id, false);
            fix.alternative = choice;
            planSshServer(p, r, fix, choice.endsWith(QLatin1String("-local")));
        } else if (r.id == QLatin1String("serial-console")) {
            planSerialConsole(p, fix);
        } else if (r.id == QLatin1String("machine-id")) {
            planMachineId(p, r, fix);
        } else if (r.id == QLatin1String("ssh-host-keys")) {
            planHostKeys(p, r, fix);
        } else if (r.id == QLatin1String("leftover-state")) {
            planLeftovers(p, r, fix);
        } else if (r.id == QLatin1String("fstab-stable-names")) {
            planFstab(p, r, fix);
        } else if (r.id == QLatin1String("ssh-key-injection") || r.id == QLatin1String("user-data")
                   || r.id == QLatin1String("root-resize")) {
            fix.alternative = cloudChoice;
            if (cloudChoice == QLatin1String("firstboot-script")) {
                if (r.id == QLatin1String("user-data")) {
                    plan.unfixed << Unfixed{r.id, PlanText::tr("user data needs cloud-init; the first-boot script only fetches the SSH key")};
                    continue;
                }
                if (r.id == QLatin1String("root-resize") && !facts.rootOnLvm()) {
                    plan.unfixed << Unfixed{r.id, PlanText::tr("without cloud-init, growing a partition root needs growpart or growroot")};
                    continue;
                }
                if (!cloudPlanned)
                    planFirstBoot(p, fix, {});
                cloudPlanned = true;
            } else if (!cloudPlanned) {
                planCloudInit(p, fix, cloudChoice.endsWith(QLatin1String("-local")));
                cloudPlanned = true;
            }
        }
        if (fix.edits.isEmpty() && !(cloudPlanned && fix.alternative == cloudChoice && !cloudChoice.isEmpty())) {
            plan.unfixed << Unfixed{r.id, PlanText::tr("nothing to change was found for the check's evidence")};
            continue;
        }
        plan.fixes << fix;
    }

    // Package installs first: their scripts write files (logs, host keys)
    // that later fixes clean up.
    std::stable_partition(plan.fixes.begin(), plan.fixes.end(), [](const Fix &f) {
        return std::any_of(f.edits.cbegin(), f.edits.cend(), [](const EditPtr &e) { return e->kind() == EditKind::InstallPackages; });
    });

    // Files written from outside an SELinux guest need a relabel at next boot.
    if (!plan.fixes.isEmpty()) {
        QString mode;
        const bool selinux = checks::lastAssignment(p.files, QStringLiteral("/etc/selinux/config"), QStringLiteral("SELINUX"), &mode).has_value()
            && mode != QLatin1String("disabled");
        if (selinux && !p.files.exists(QStringLiteral("/.autorelabel"))) {
            Fix fix{QStringLiteral("selinux-relabel"), QStringLiteral("default"),
                    catalogue.find(QStringLiteral("selinux-relabel"))->title(), {}};
            p.writeFile(fix, EditKind::SelinuxRelabel, QStringLiteral("/.autorelabel"), QByteArray(), 0644,
                        PlanText::tr("Relabel SELinux contexts at next boot"));
            plan.fixes << fix;
        }
    }
    return plan;
}

} // namespace imageprep
