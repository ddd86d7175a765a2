// Image hygiene: qemu-guest-agent, machine-id, leftover-state, selinux-relabel.
#include "checks/CheckSupport.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QRegularExpression>

namespace imageprep::checks {

namespace {

class QemuGuestAgent final : public BasicRequirement {
public:
    QemuGuestAgent()
        : BasicRequirement({"qemu-guest-agent",
                            //: Title of the OpenStack image requirement "qemu-guest-agent": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "QEMU guest agent installed"),
                            //: Why OpenStack needs "qemu-guest-agent"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "With hw_qemu_guest_agent=yes, Nova talks to the guest agent to freeze file "
                                              "systems for consistent snapshots and to set passwords. It does nothing when the "
                                              "agent is missing."),
                            Severity::Recommended, "hygiene"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        const FamilyProfile &profile = profileFor(facts.family());
        if (facts.packages.isEmpty())
            return result(CheckStatus::Unknown, CheckText::tr("Inspection found no package list."));
        const QString pkg = installedPackage(facts, profile.qemuGuestAgentPackages);
        if (pkg.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("The QEMU guest agent is not installed."),
                          {noteEvidence(CheckText::tr("package %1 is not installed").arg(profile.qemuGuestAgentPackages.value(0)))});
        QList<Evidence> ev{packageEvidence(facts, pkg)};
        // systemd starts the agent from udev when the virtio port appears; other inits need it enabled.
        if (facts.init == InitSystem::Systemd)
            return result(CheckStatus::Pass, CheckText::tr("The QEMU guest agent is installed; systemd starts it when the port appears."), ev);
        const ServiceState svc = findEnabledService(facts, files, profile.qemuGuestAgentServices);
        if (!svc.enabled)
            return result(CheckStatus::Warning, CheckText::tr("The QEMU guest agent is installed but does not start at boot."), ev);
        ev << svc.evidence;
        return result(CheckStatus::Pass, CheckText::tr("The QEMU guest agent starts at boot."), ev);
    }
};

class MachineId final : public BasicRequirement {
public:
    MachineId()
        : BasicRequirement({"machine-id",
                            //: Title of the OpenStack image requirement "machine-id": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No machine ID baked into the image"),
                            //: Why OpenStack needs "machine-id"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Every instance started from an image with a machine ID shares it: DHCP client "
                                              "IDs, journald and monitoring then mix instances up. An empty or missing "
                                              "/etc/machine-id makes each instance generate its own at first boot."),
                            Severity::Recommended, "hygiene"})
    {
    }

    CheckResult evaluate(const GuestFacts &, const GuestFiles &files) const override
    {
        static const QRegularExpression id(QStringLiteral("^[0-9a-f]{32}$"));
        QList<Evidence> bad;
        for (const QString &path : {QStringLiteral("/etc/machine-id"), QStringLiteral("/var/lib/dbus/machine-id")}) {
            // /var/lib/dbus/machine-id is usually a link to /etc/machine-id: judge the file once.
            if (path != QLatin1String("/etc/machine-id") && files.lstat(path).type == GuestStat::Type::Symlink
                && files.resolve(path) == QStringLiteral("/etc/machine-id"))
                continue;
            for (const Line &l : readLines(files, path)) {
                if (id.match(l.text.trimmed()).hasMatch())
                    bad << lineEvidence(path, l);
            }
        }
        if (!bad.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("The image carries a machine ID that every instance would share."), bad);
        return result(CheckStatus::Pass, CheckText::tr("No machine ID in the image; each instance creates its own."));
    }
};

class LeftoverState final : public BasicRequirement {
public:
    LeftoverState()
        : BasicRequirement({"leftover-state",
                            //: Title of the OpenStack image requirement "leftover-state": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No leftover history, leases or logs"),
                            //: Why OpenStack needs "leftover-state"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Shell history can hold passwords and host names of the machine the image came "
                                              "from; old DHCP leases make instances ask for the source machine's address; "
                                              "logs leak its past and mislead whoever debugs an instance."),
                            Severity::Recommended, "hygiene"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        QList<Evidence> state, logs;
        const auto sized = [&](const QString &path) {
            return Evidence{path, 0, {}, CheckText::tr("%n byte(s)", nullptr, static_cast<int>(files.stat(path).size))};
        };
        const auto addIfNonEmpty = [&](QList<Evidence> &to, const QString &path) {
            if (files.isFile(path) && files.stat(path).size > 0)
                to << sized(path);
        };

        for (const QString &h : {QStringLiteral(".bash_history"), QStringLiteral(".ash_history"), QStringLiteral(".zsh_history"),
                                 QStringLiteral(".python_history"), QStringLiteral(".mysql_history")}) {
            addIfNonEmpty(state, QStringLiteral("/root/") + h);
            for (const QString &home : files.glob(QStringLiteral("/home"), QStringLiteral("*")))
                addIfNonEmpty(state, home + QLatin1Char('/') + h);
        }
        QStringList leaseDirs = profileFor(facts.family()).dhcpLeaseDirs;
        for (const QString &d : {QStringLiteral("/var/lib/dhcp"), QStringLiteral("/var/lib/dhclient"), QStringLiteral("/var/lib/NetworkManager")}) {
            if (!leaseDirs.contains(d))
                leaseDirs << d;
        }
        for (const QString &dir : std::as_const(leaseDirs)) {
            for (const QString &pattern : {QStringLiteral("*.leases"), QStringLiteral("*.lease"), QStringLiteral("dhclient*")}) {
                for (const QString &f : files.glob(dir, pattern)) {
                    if (!std::any_of(state.cbegin(), state.cend(), [&](const Evidence &e) { return e.file == f; }))
                        addIfNonEmpty(state, f);
                }
            }
        }

        // Logs: walk /var/log a few levels deep, bounded so a huge tree stays cheap.
        constexpr int MaxLogs = 200;
        QStringList dirs{QStringLiteral("/var/log")};
        for (int depth = 0; depth < 3 && !dirs.isEmpty() && logs.size() < MaxLogs; ++depth) {
            QStringList next;
            for (const QString &dir : std::as_const(dirs)) {
                // /var/log itself may be a link; a loop is noted by resolve().
                const auto real = files.resolve(dir);
                if (!real)
                    continue;
                for (const QString &name : files.list(*real)) {
                    const QString p = dir + QLatin1Char('/') + name;
                    const GuestStat st = files.lstat(*real + QLatin1Char('/') + name);
                    if (st.type == GuestStat::Type::Directory)
                        next << p;
                    else if (st.type == GuestStat::Type::Regular && st.size > 0 && logs.size() < MaxLogs)
                        logs << sized(p);
                }
            }
            dirs = next;
        }

        if (!state.isEmpty())
            return result(CheckStatus::Fail,
                          CheckText::tr("%n history or lease file(s) left in the image.", nullptr, static_cast<int>(state.size())),
                          state + logs);
        if (!logs.isEmpty())
            return result(CheckStatus::Warning,
                          CheckText::tr("%n non-empty log file(s) left in the image.", nullptr, static_cast<int>(logs.size())), logs);
        return result(CheckStatus::Pass, CheckText::tr("No shell history, DHCP leases or logs left."));
    }
};

// Rule: the relabel is scheduled by the fix plans (they create /.autorelabel
// after editing an SELinux guest), so before any edit an enforcing or
// permissive guest passes. It fails only when a relabel cannot work: the
// configured policy is missing, so the autorelabel boot (and, enforcing,
// any boot) breaks. /.autorelabel present is reported as evidence.
class SelinuxRelabel final : public BasicRequirement {
public:
    SelinuxRelabel()
        : BasicRequirement({"selinux-relabel",
                            //: Title of the OpenStack image requirement "selinux-relabel": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "SELinux relabel scheduled after edits"),
                            //: Why OpenStack needs "selinux-relabel"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Files written from outside the guest carry no SELinux label. On an enforcing "
                                              "guest sshd or cloud-init then cannot read them and the instance is unreachable. "
                                              "A relabel at next boot (/.autorelabel) restores the labels."),
                            Severity::Recommended, "hygiene"})
    {
    }

    CheckResult evaluate(const GuestFacts &, const GuestFiles &files) const override
    {
        const QString conf = QStringLiteral("/etc/selinux/config");
        if (!files.isFile(conf))
            return result(CheckStatus::NotApplicable, CheckText::tr("The guest has no SELinux configuration."));
        QString mode, type;
        const auto modeLine = lastAssignment(files, conf, QStringLiteral("SELINUX"), &mode);
        const auto typeLine = lastAssignment(files, conf, QStringLiteral("SELINUXTYPE"), &type);
        if (!modeLine || mode == QLatin1String("disabled"))
            return result(CheckStatus::NotApplicable, CheckText::tr("SELinux is disabled."),
                          modeLine ? QList<Evidence>{lineEvidence(conf, *modeLine)} : QList<Evidence>{});

        QList<Evidence> ev{lineEvidence(conf, *modeLine)};
        if (typeLine) {
            ev << lineEvidence(conf, *typeLine);
            const QString policyDir = QStringLiteral("/etc/selinux/") + type;
            if (!files.isDir(policyDir))
                return result(CheckStatus::Fail,
                              CheckText::tr("SELinux is %1 with policy %2, but %3 is missing: no relabel can work.").arg(mode, type, policyDir),
                              ev);
        }
        if (files.exists(QStringLiteral("/.autorelabel"))) {
            ev << Evidence{QStringLiteral("/.autorelabel"), 0, {}, CheckText::tr("relabel at next boot")};
            return result(CheckStatus::Pass, CheckText::tr("A relabel is scheduled for the next boot."), ev);
        }
        return result(CheckStatus::Pass,
                      CheckText::tr("SELinux is %1; nothing is edited yet, the fix plans schedule a relabel after edits.").arg(mode), ev);
    }
};

} // namespace

void addHygieneChecks(RequirementList &out)
{
    out.push_back(std::make_unique<QemuGuestAgent>());
    out.push_back(std::make_unique<MachineId>());
    out.push_back(std::make_unique<LeftoverState>());
    out.push_back(std::make_unique<SelinuxRelabel>());
}

} // namespace imageprep::checks
