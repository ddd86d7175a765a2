// Planners of the requirements fixed by a package and a service (or one
// command): acpi-shutdown, qemu-guest-agent, root-password. Each reads the
// planning view and adds typed edits; nothing here writes the guest.
#include "fixes/PlannerSupport.h"

#include "checks/AcpiCheck.h"

namespace imageprep::planning {

namespace {

// acpid's rule for the power button, for a guest whose acpid has none.
const QByteArray PowerButtonEvent = "# Written by imageprep: shut down cleanly when the ACPI power button is pressed.\n"
                                    "event=button[ /]power\n"
                                    "action=/sbin/poweroff\n";

} // namespace

// /var/lib/dbus/machine-id becomes a link to /etc/machine-id, as on a
// booted systemd guest; a filled /etc/machine-id is emptied again.
const QString MachineIdReset = QStringLiteral(
    "d=/var/lib/dbus/machine-id; if [ -f \"$d\" ] && [ ! -L \"$d\" ]; then ln -sf /etc/machine-id \"$d\"; fi; "
    "if [ -s /etc/machine-id ]; then : > /etc/machine-id; fi");

void planAcpiShutdown(Planner &p, Fix &fix, bool local)
{
    if (p.facts.init == InitSystem::Systemd && !checks::logindBinary(p.files).isEmpty()) {
        // logind handles the button once a system bus runs.
        const QString bus = checks::installedPackage(p.facts, checks::systemBusPackages());
        if (bus.isEmpty()) {
            if (!p.install(fix, {QStringLiteral("dbus")}, local))
                return;
            // dbus links its own socket into sockets.target when installed
            // (Debian: static link; Fedora: preset); the re-check after apply confirms it.
            p.startedByPackages << QStringLiteral("dbus.socket");
            return;
        }
        p.enableService(fix, QStringLiteral("dbus"));
        return;
    }
    if (!p.install(fix, {QStringLiteral("acpid")}, local))
        return;
    if (!checks::findEnabledService(p.facts, p.files, {QStringLiteral("acpid")}).enabled)
        p.enableService(fix, QStringLiteral("acpid"));
    if (checks::acpidState(p.facts, p.files).eventFile.isEmpty()) {
        const QString path = checks::AcpiEventDir + QStringLiteral("/imageprep-powerbutton");
        p.writeFile(fix, EditKind::WriteFile, path, PowerButtonEvent, 0644,
                    PlanText::tr("acpid: power off when the power button is pressed (%1)").arg(path));
    }
}

void planGuestAgent(Planner &p, Fix &fix, bool local)
{
    const FamilyProfile &profile = profileFor(p.facts.family());
    if (profile.qemuGuestAgentPackages.isEmpty()) {
        p.plan.errors << PlanText::tr("No QEMU guest agent package is known for this distribution.");
        return;
    }
    if (!p.install(fix, {profile.qemuGuestAgentPackages.first()}, local))
        return;
    // systemd starts the agent from udev when the port appears; other inits need it enabled.
    if (p.facts.init != InitSystem::Systemd && !profile.qemuGuestAgentServices.isEmpty()
        && !checks::findEnabledService(p.facts, p.files, profile.qemuGuestAgentServices).enabled)
        p.enableService(fix, profile.qemuGuestAgentServices.first());
}

void planRootPassword(Planner &p, Fix &fix)
{
    const QString shadow = QStringLiteral("/etc/shadow");
    QString real;
    QString problem;
    const auto content = p.files.editableText(shadow, &real, &problem);
    if (!content) {
        p.plan.errors << (problem.isEmpty() ? PlanText::tr("%1 is missing.").arg(shadow) : problem);
        return;
    }
    // The view gets the locked entry ('!' before the hash, so "passwd -u"
    // can unlock it later); the edit is passwd -l inside the guest, so the
    // plan's diff never shows the password hash.
    QList<QByteArray> lines = content->split('\n');
    bool changed = false;
    for (QByteArray &l : lines) {
        if (!l.startsWith("root:"))
            continue;
        const qsizetype colon = l.indexOf(':', 5);
        if (colon < 0 || l.mid(5, 1) == "!" || l.mid(5, 1) == "*")
            continue;
        l.insert(5, '!');
        changed = true;
    }
    if (!changed)
        return;
    fix.edits << makeRunInGuest({QStringLiteral("passwd"), QStringLiteral("-l"), QStringLiteral("root")},
                                PlanText::tr("Lock the root password (passwd -l root: '!' before the hash in %1)").arg(shadow));
    p.files.set(real, lines.join('\n'));
}

} // namespace imageprep::planning

namespace imageprep::planning {

void planAfterInstalls(Planner &p, bool machineIdWasClean, bool logsWereClean)
{
    // The last fix that installs gets the cleanup, so it runs after every install.
    Fix *last = p.lastInstallFix();
    if (!last)
        return;
    // Package scripts may create machine IDs (dbus-uuidgen --ensure writes
    // /var/lib/dbus/machine-id); an image that had none must not get one.
    if (machineIdWasClean)
        last->edits << makeRunInGuest({QStringLiteral("sh"), QStringLiteral("-c"), MachineIdReset},
                                      PlanText::tr("Keep the image free of machine IDs that package scripts create"));
    // The installs log to /var/log (apt, dpkg, alternatives); an image that
    // had no logs must not get them.
    if (logsWereClean)
        last->edits << makeClearLogs(QStringLiteral("/var/log"), {});
    p.cleanUpAfterInstalls();
}

} // namespace imageprep::planning
