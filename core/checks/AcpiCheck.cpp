// acpi-shutdown: something at boot handles the ACPI power button, so that
// Nova's stop, shelve, resize and soft reboot shut the guest down cleanly
// instead of pulling the plug after shutdown_timeout.
#include "checks/AcpiCheck.h"

#include "checks/CheckSupport.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::checks {

const QStringList &systemBusPackages()
{
    static const QStringList names{QStringLiteral("dbus-broker"), QStringLiteral("dbus-daemon"), QStringLiteral("dbus")};
    return names;
}

namespace {

const QStringList BusUnits{QStringLiteral("dbus.socket"), QStringLiteral("dbus.service"), QStringLiteral("dbus-broker.service"),
                           QStringLiteral("messagebus")};

// Units a package links to start itself ("static" enablement in the vendor
// unit folders, as Debian's dbus.socket in sockets.target.wants), which
// findEnabledService does not look at: it reads what the admin enabled.
ServiceState startedAtBoot(const GuestFacts &facts, const GuestFiles &files, const QStringList &units)
{
    const ServiceState admin = findEnabledService(facts, files, units);
    if (admin.enabled)
        return admin;
    for (const QString &vendor : {QStringLiteral("/usr/lib/systemd/system"), QStringLiteral("/lib/systemd/system")}) {
        for (const QString &dir : files.glob(vendor, QStringLiteral("*.wants"))) {
            for (const QString &unit : units) {
                const QString u = unit.contains(QLatin1Char('.')) ? unit : unit + QStringLiteral(".service");
                const QString link = dir + QLatin1Char('/') + u;
                if (linkPresent(files, link) && !isMasked(files, u))
                    return ServiceState{true, unit, Evidence{link, 0, {}, CheckText::tr("systemd starts %1 at boot").arg(u)}};
            }
        }
    }
    return {};
}

class AcpiShutdown final : public BasicRequirement {
public:
    AcpiShutdown()
        : BasicRequirement({"acpi-shutdown",
                            //: Title of the OpenStack image requirement "acpi-shutdown": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "The guest shuts down when the ACPI power button is pressed"),
                            //: Why OpenStack needs "acpi-shutdown"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Nova's stop, shelve, resize and soft reboot press the virtual power button and "
                                              "pull the plug after shutdown_timeout (60 s) when the guest ignores it: an "
                                              "unclean shutdown every time. systemd-logind handles the button when a system "
                                              "bus (dbus or dbus-broker) runs; without systemd, acpid with a power-button "
                                              "event does."),
                            Severity::Required, "disk-boot"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        if (facts.packages.isEmpty())
            return result(CheckStatus::Unknown, CheckText::tr("Inspection found no package list."));
        QList<Evidence> missing;
        if (facts.init == InitSystem::Systemd) {
            QList<Evidence> ev;
            const QString logind = logindBinary(files);
            if (logind.isEmpty())
                missing << noteEvidence(CheckText::tr("systemd-logind is not in the guest"));
            else if (isMasked(files, QStringLiteral("systemd-logind.service")))
                missing << noteEvidence(CheckText::tr("systemd-logind.service is masked"));
            else
                ev << Evidence{logind, 0, {}, CheckText::tr("systemd-logind handles the power button")};
            const QString bus = installedPackage(facts, systemBusPackages());
            if (bus.isEmpty()) {
                missing << noteEvidence(CheckText::tr("no system bus: package %1 is not installed").arg(QStringLiteral("dbus/dbus-broker")));
            } else {
                const ServiceState started = startedAtBoot(facts, files, BusUnits);
                if (started.enabled)
                    ev << packageEvidence(facts, bus) << started.evidence;
                else
                    missing << packageEvidence(facts, bus) << noteEvidence(CheckText::tr("the system bus does not start at boot"));
            }
            if (missing.isEmpty())
                return result(CheckStatus::Pass, CheckText::tr("systemd-logind with a system bus handles the power button."), ev);
        }
        const AcpidState acpid = acpidState(facts, files);
        if (acpid.handles)
            return result(CheckStatus::Pass, CheckText::tr("acpid handles the power button."), acpid.evidence);
        return result(CheckStatus::Fail, CheckText::tr("Nothing at boot handles the ACPI power button."), missing + acpid.evidence);
    }
};

} // namespace

QString logindBinary(const GuestFiles &files)
{
    for (const QString &p : {QStringLiteral("/usr/lib/systemd/systemd-logind"), QStringLiteral("/lib/systemd/systemd-logind")}) {
        if (files.exists(p))
            return p;
    }
    return {};
}

AcpidState acpidState(const GuestFacts &facts, const GuestFiles &files)
{
    AcpidState s;
    if (!facts.hasPackage(QStringLiteral("acpid"))) {
        s.evidence << noteEvidence(CheckText::tr("package %1 is not installed").arg(QStringLiteral("acpid")));
        return s;
    }
    s.evidence << packageEvidence(facts, QStringLiteral("acpid"));
    const ServiceState svc = startedAtBoot(facts, files, {QStringLiteral("acpid")});
    if (!svc.enabled)
        s.evidence << noteEvidence(CheckText::tr("acpid does not start at boot"));
    else
        s.evidence << svc.evidence;
    for (const QString &event : files.glob(AcpiEventDir, QStringLiteral("*"))) {
        for (const Line &l : readLines(files, event)) {
            const QString t = l.text.trimmed();
            if (t.startsWith(QLatin1String("event")) && t.contains(QLatin1String("power"))) {
                s.eventFile = event;
                s.evidence << lineEvidence(event, l, CheckText::tr("power-button event"));
                break;
            }
        }
        if (!s.eventFile.isEmpty())
            break;
    }
    if (s.eventFile.isEmpty())
        s.evidence << noteEvidence(CheckText::tr("no power-button event in %1").arg(AcpiEventDir));
    s.handles = svc.enabled && !s.eventFile.isEmpty();
    return s;
}

void addAcpiChecks(RequirementList &out)
{
    out.push_back(std::make_unique<AcpiShutdown>());
}

} // namespace imageprep::checks
