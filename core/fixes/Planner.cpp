// planFixes(): one small planning function per requirement, each reading the
// check's evidence and the guest's files through a view that already shows
// the edits planned before it. Nothing here writes anything.
#include "fixes/PlannerSupport.h"

#include "checks/Catalogue.h"
#include "fixes/LvmGrow.h"
#include "fixes/NetplanMac.h"
#include "requirements/CloudInit.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <optional>

namespace imageprep {

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


// After the installs (machine-id, leftover-state) and the SELinux relabel,
// for the requirements not yet moved into units.
void finishLegacy(Planner &p, const CheckRun &run)
{
    const auto passed = [&run](const char *id) {
        const CheckResult *r = run.result(QLatin1String(id));
        return r && r->status == CheckStatus::Pass;
    };
    planAfterInstalls(p, passed("machine-id"), passed("leftover-state"));

    // Files written from outside an SELinux guest need a relabel at next boot.
    if (p.plan.fixes.isEmpty())
        return;
    QString mode;
    const bool selinux = checks::lastAssignment(p.files, QStringLiteral("/etc/selinux/config"), QStringLiteral("SELINUX"), &mode).has_value()
        && mode != QLatin1String("disabled");
    if (selinux && !p.files.exists(QStringLiteral("/.autorelabel"))) {
        Fix fix{QStringLiteral("selinux-relabel"), QStringLiteral("default"),
                Catalogue::instance().find(QStringLiteral("selinux-relabel"))->title(), {}};
        p.writeFile(fix, EditKind::SelinuxRelabel, QStringLiteral("/.autorelabel"), QByteArray(), 0644,
                    PlanText::tr("Relabel SELinux contexts at next boot"));
        p.plan.fixes << fix;
    }
}

// Requirements not yet moved into a unit (core/requirements), planned here.
const QStringList LegacyFixable{QStringLiteral("partition-layout"), QStringLiteral("root-resize"),      QStringLiteral("fstab-stable-names"), QStringLiteral("no-persistent-net-rules"),
                                QStringLiteral("no-hardcoded-mac"), QStringLiteral("firewall-disabled"),  QStringLiteral("ssh-server"),
                                QStringLiteral("ssh-host-keys"),    QStringLiteral("ssh-key-injection"),  QStringLiteral("user-data"),
                                QStringLiteral("machine-id"),       QStringLiteral("leftover-state"),     QStringLiteral("acpi-shutdown"),
                                QStringLiteral("qemu-guest-agent"), QStringLiteral("root-password")};

bool usesCloudInit(const QString &id)
{
    return id == QLatin1String("ssh-key-injection") || id == QLatin1String("user-data") || id == QLatin1String("root-resize");
}

FixOutcome planLegacy(Planner &p, const CheckResult &r, Fix &fix)
{
    if (r.id == QLatin1String("partition-layout")) {
        planLvmGrowStep(p, fix, !p.options.localPackageDir.isEmpty());
    } else if (r.id == QLatin1String("no-persistent-net-rules")) {
        planPersistentNet(p, r, fix);
    } else if (r.id == QLatin1String("no-hardcoded-mac")) {
        planHardcodedMac(p, r, fix);
    } else if (r.id == QLatin1String("firewall-disabled")) {
        planFirewall(p, fix);
    } else if (r.id == QLatin1String("ssh-server")) {
        fix.alternative = p.choose(p.packageOption(r.id), p.options.alternatives.value(r.id));
        planSshServer(p, r, fix, fix.alternative.endsWith(QLatin1String("-local")));
    } else if (r.id == QLatin1String("acpi-shutdown") || r.id == QLatin1String("qemu-guest-agent")) {
        fix.alternative = p.choose(p.packageOption(r.id), p.options.alternatives.value(r.id));
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
        fix.alternative = p.choose(o, p.options.alternatives.value(r.id));
        if (fix.alternative == QLatin1String("keep"))
            return FixOutcome::unfixed(PlanText::tr("the password is kept, as chosen"));
        planRootPassword(p, fix);
    } else if (r.id == QLatin1String("machine-id")) {
        planMachineId(p, r, fix);
    } else if (r.id == QLatin1String("ssh-host-keys")) {
        planHostKeys(p, r, fix);
    } else if (r.id == QLatin1String("leftover-state")) {
        planLeftovers(p, r, fix);
    } else if (r.id == QLatin1String("fstab-stable-names")) {
        planFstab(p, r, fix);
    } else if (usesCloudInit(r.id)) {
        if (p.cloudInitChoice() == units::FirstBootScript) {
            if (r.id == QLatin1String("user-data"))
                return FixOutcome::unfixed(PlanText::tr("user data needs cloud-init; the first-boot script only fetches the SSH key"));
            if (r.id == QLatin1String("root-resize") && !p.facts.rootOnLvm())
                return FixOutcome::unfixed(PlanText::tr("without cloud-init, growing a partition root needs growpart or growroot"));
        }
        const FixOutcome shared = units::planCloudInitShared(p, fix);
        // cloud-init that grows partitions only: the LVM grow step beside it.
        if (r.id == QLatin1String("root-resize") && p.cloudInitChoice() != units::FirstBootScript
            && planLvmGrowStep(p, fix, p.cloudInitChoice().endsWith(QLatin1String("-local"))))
            return FixOutcome::planned();
        return shared;
    }
    return FixOutcome::planned();
}

// The fix of one failing result: by its unit, or (not moved yet) here.
FixOutcome planOne(PlanContext &ctx, const Requirement &req, const CheckResult &r, Fix &fix)
{
    if (!req.fixable())
        return planLegacy(ctx, r, fix);
    if (const std::optional<FixOption> o = req.fixOption(ctx))
        fix.alternative = ctx.choose(*o, o->chosen.isEmpty() ? ctx.options.alternatives.value(r.id) : o->chosen);
    return req.planFix(ctx, r, fix);
}

} // namespace

QStringList fixableRequirements()
{
    QStringList out;
    for (const Requirement *req : Catalogue::instance().all()) {
        if (req->fixable() || LegacyFixable.contains(req->id()))
            out << req->id();
    }
    return out;
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
        if (!catalogue.find(it.key()) && it.key() != CloudInitChoiceKey)
            plan.unknownIds << it.key();
    }
    if (!plan.unknownIds.isEmpty())
        return plan;

    PlanContext ctx(facts, files, options, plan);
    // Shared choices first (the cloud-init install): the fixes that follow reuse them.
    for (const CheckResult &r : run.results) {
        const Requirement *req = catalogue.find(r.id);
        if (!req || !ctx.wants(r))
            continue;
        if (req->fixable())
            req->prepareFix(ctx, r);
        else if (usesCloudInit(r.id))
            ctx.cloudInitChoice();
    }
    for (const CheckResult &r : run.results) {
        const Requirement *req = catalogue.find(r.id);
        if (!ctx.wants(r))
            continue;
        if (!req || !(req->fixable() || LegacyFixable.contains(r.id))) {
            plan.unfixed << Unfixed{r.id, PlanText::tr("no automatic fix; see the check's evidence")};
            continue;
        }
        Fix fix{r.id, QStringLiteral("default"), req->title(), {}};
        const FixOutcome outcome = planOne(ctx, *req, r, fix);
        if (outcome.kind == FixOutcome::Kind::Unfixed) {
            plan.unfixed << Unfixed{r.id, outcome.reason};
            continue;
        }
        if (outcome.kind == FixOutcome::Kind::Planned && fix.edits.isEmpty()) {
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

    for (const Requirement *req : catalogue.all())
        req->finishPlan(ctx, run.result(req->id()));
    finishLegacy(ctx, run);
    provePlan(ctx, run);
    return plan;
}

} // namespace imageprep
