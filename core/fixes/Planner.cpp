// planFixes(): one small planning function per requirement, each reading the
// check's evidence and the guest's files through a view that already shows
// the edits planned before it. Nothing here writes anything.
#include "fixes/PlannerSupport.h"

#include "checks/Catalogue.h"
#include "fixes/FirstBoot.h"
#include "fixes/LvmGrow.h"
#include "fixes/NetplanMac.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <optional>

namespace imageprep {

bool planning::wants(const CheckResult &r, const PlanOptions &o)
{
    return r.status == CheckStatus::Fail || (o.includeWarnings && r.status == CheckStatus::Warning);
}

namespace {

using namespace planning;

// ---- per-requirement planning ----

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
        if (f.startsWith(QLatin1String("/etc/netplan/"))) {
            planNetplanMac(p, fix, f);
            continue;
        }
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

// What a generator run inside the guest (update-grub, grub2-mkconfig, grubby)
// will write, laid into the planning view only (no edit): the generated
// kernel lines carry the rewritten arguments, so the plan's proof re-checks
// what boots after apply rather than what booted before.
void simulateKernelLines(Planner &p, const std::function<QString(const QString &, bool)> &rewrite, bool grubCfg)
{
    static const QRegularExpression linuxLine(QStringLiteral("^(\\s*(linux|linux16|linuxefi)\\s+\\S+)(.*)$"));
    const auto edit = [&](const QString &path, const std::function<QString(const QString &)> &line) {
        QString real;
        QString problem;
        const auto before = p.files.editableText(path, &real, &problem);
        if (!before)
            return;
        QList<QByteArray> lines = before->split('\n');
        for (QByteArray &l : lines)
            l = line(QString::fromUtf8(l)).toUtf8();
        p.files.set(real, lines.join('\n'));
    };
    if (grubCfg) {
        for (const QString &cfg : {QStringLiteral("/boot/grub/grub.cfg"), QStringLiteral("/boot/grub2/grub.cfg")}) {
            if (!p.files.isFile(cfg))
                continue;
            edit(cfg, [&](const QString &t) {
                const auto m = linuxLine.match(t);
                return m.hasMatch() ? m.captured(1) + QLatin1Char(' ') + rewrite(m.captured(3), true) : t;
            });
        }
        return;
    }
    for (const QString &path : p.files.glob(QStringLiteral("/boot/loader/entries"), QStringLiteral("*.conf"))) {
        edit(path, [&](const QString &t) {
            return t.startsWith(QLatin1String("options ")) && !t.contains(QLatin1String("$kernelopts"))
                ? QStringLiteral("options ") + rewrite(t.mid(8), true)
                : t;
        });
    }
}

// Arguments that hide the boot log: the serial-console check warns on them,
// so the default fix removes them wherever they are set.
const QStringList QuietArgs{QStringLiteral("quiet"), QStringLiteral("splash"), QStringLiteral("rhgb")};

void planSerialConsole(Planner &p, Fix &fix, bool keepQuiet)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const auto rewrite = [keepQuiet](const QString &args, bool addConsoles) {
        QStringList kept;
        for (const QString &a : args.split(spaces, Qt::SkipEmptyParts)) {
            if (a.startsWith(QLatin1String("console=")) || (!keepQuiet && QuietArgs.contains(a)))
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
        if (!keepQuiet)
            fix.edits << makeRunInGuest({QStringLiteral("grubby"), QStringLiteral("--update-kernel=ALL"),
                                         QStringLiteral("--remove-args=") + QuietArgs.join(QLatin1Char(' '))},
                                        PlanText::tr("Remove quiet, splash and rhgb from every boot entry (grubby)"));
        // The view shows what grubby will write, so the plan's proof re-checks it.
        simulateKernelLines(p, rewrite, false);
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
        simulateKernelLines(p, rewrite, true);
        return;
    }
    if (p.guestHas(QStringLiteral("grub2-mkconfig")) && !cfgs.isEmpty()) {
        const QString dir = cfgs.last().section(QLatin1Char('/'), 0, -2);
        fix.edits << makeRunInGuest(withDeviceMap(dir, QStringLiteral("grub2-mkconfig -o ") + cfgs.last()),
                                    PlanText::tr("Regenerate the boot configuration (grub2-mkconfig, guest disk as hd0)"));
        simulateKernelLines(p, rewrite, true);
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
    if (!logs.isEmpty() && p.options.includeWarnings) {
        fix.edits << makeClearLogs(QStringLiteral("/var/log"), logs);
        for (const QString &log : std::as_const(logs))
            p.files.set(log, QByteArray()); // emptied, as the edit leaves them
    }
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
    planDatasourceList(p, fix);
    planGrowSettings(p, fix);
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
    return {QStringLiteral("partition-layout"), QStringLiteral("root-resize"), QStringLiteral("fstab-stable-names"), QStringLiteral("no-persistent-net-rules"),
            QStringLiteral("no-hardcoded-mac"), QStringLiteral("firewall-disabled"), QStringLiteral("ssh-server"),
            QStringLiteral("ssh-host-keys"),    QStringLiteral("ssh-key-injection"),  QStringLiteral("user-data"),
            QStringLiteral("serial-console"),   QStringLiteral("machine-id"),         QStringLiteral("leftover-state"),
            QStringLiteral("acpi-shutdown"),    QStringLiteral("qemu-guest-agent"),   QStringLiteral("root-password")};
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

    Planner p{facts, PlannedFiles(files), options, plan, {}, {}, {}, {}};
    const QStringList fixable = fixableRequirements();
    const bool hasLocal = !options.localPackageDir.isEmpty();

    // Records the option and returns the chosen alternative (requested, or the default).
    const auto choose = [&](FixOption &o, QString chosen) {
        const QString id = o.requirementId;
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
        return choose(o, chosen);
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
        if (r.id == QLatin1String("partition-layout")) {
            planLvmGrowStep(p, fix, hasLocal);
        } else if (r.id == QLatin1String("no-persistent-net-rules")) {
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
            FixOption o{r.id,
                        {FixAlternative{QStringLiteral("remove-quiet"), PlanText::tr("Remove quiet, splash and rhgb: the whole boot log on the console"), {}, true},
                         FixAlternative{QStringLiteral("keep-quiet"), PlanText::tr("Keep quiet, splash and rhgb (the check stays a warning)"), {}, true}},
                        QStringLiteral("remove-quiet"), {}};
            fix.alternative = choose(o, options.keepQuiet ? QStringLiteral("keep-quiet") : options.alternatives.value(r.id));
            planSerialConsole(p, fix, fix.alternative == QLatin1String("keep-quiet"));
        } else if (r.id == QLatin1String("acpi-shutdown") || r.id == QLatin1String("qemu-guest-agent")) {
            fix.alternative = packageOption(r.id, false);
            const bool local = fix.alternative.endsWith(QLatin1String("-local"));
            if (r.id == QLatin1String("acpi-shutdown"))
                planAcpiShutdown(p, fix, local);
            else
                planGuestAgent(p, fix, local);
        } else if (r.id == QLatin1String("root-password")) {
            FixOption o{r.id,
                        {FixAlternative{QStringLiteral("lock"), PlanText::tr("Lock the root password ('!' before the hash; passwd -u unlocks it)"), {}, true},
                         FixAlternative{QStringLiteral("keep"), PlanText::tr("Keep the root password as it is"), {}, true}},
                        QStringLiteral("lock"), {}};
            fix.alternative = choose(o, options.alternatives.value(r.id));
            if (fix.alternative == QLatin1String("keep")) {
                plan.unfixed << Unfixed{r.id, PlanText::tr("the password is kept, as chosen")};
                continue;
            }
            planRootPassword(p, fix);
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
            } else {
                if (!cloudPlanned)
                    planCloudInit(p, fix, cloudChoice.endsWith(QLatin1String("-local")));
                cloudPlanned = true;
                // cloud-init that grows partitions only: the LVM grow step beside it.
                if (r.id == QLatin1String("root-resize"))
                    planLvmGrowStep(p, fix, cloudChoice.endsWith(QLatin1String("-local")));
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

    const auto passed = [&run](const char *id) {
        const CheckResult *r = run.result(QLatin1String(id));
        return r && r->status == CheckStatus::Pass;
    };
    planAfterInstalls(p, passed("machine-id"), passed("leftover-state"));

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
    provePlan(p, run);
    return plan;
}

} // namespace imageprep
