// acpi-shutdown: something at boot handles the ACPI power button, so that
// Nova's stop, shelve, resize and soft reboot shut the guest down cleanly
// instead of pulling the plug after shutdown_timeout. The fix installs or
// starts a system bus for systemd-logind, or acpid with a power-button event.
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

const QString AcpiEventDir = QStringLiteral("/etc/acpi/events");

// Packages that provide the D-Bus system bus logind needs.
const QStringList &systemBusPackages()
{
    static const QStringList names{QStringLiteral("dbus-broker"), QStringLiteral("dbus-daemon"), QStringLiteral("dbus")};
    return names;
}

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

// The systemd-logind binary in the guest, or empty.
QString logindBinary(const GuestFiles &files)
{
    for (const QString &p : {QStringLiteral("/usr/lib/systemd/systemd-logind"), QStringLiteral("/lib/systemd/systemd-logind")}) {
        if (files.exists(p))
            return p;
    }
    return {};
}

struct AcpidState {
    bool handles = false;  // installed, started at boot, with a power-button event
    QString eventFile;     // the event file naming the power button, if any
    QList<Evidence> evidence;
};

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

// acpid's rule for the power button, for a guest whose acpid has none.
const QByteArray PowerButtonEvent = "# Written by imageprep: shut down cleanly when the ACPI power button is pressed.\n"
                                    "event=button[ /]power\n"
                                    "action=/sbin/poweroff\n";

void planAcpiShutdown(PlanContext &p, Fix &fix, bool local)
{
    if (p.facts.init == InitSystem::Systemd && !logindBinary(p.files).isEmpty()) {
        // logind handles the button once a system bus runs.
        const QString bus = installedPackage(p.facts, systemBusPackages());
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
    if (!findEnabledService(p.facts, p.files, {QStringLiteral("acpid")}).enabled)
        p.enableService(fix, QStringLiteral("acpid"));
    if (acpidState(p.facts, p.files).eventFile.isEmpty()) {
        const QString path = AcpiEventDir + QStringLiteral("/imageprep-powerbutton");
        p.writeFile(fix, EditKind::WriteFile, path, PowerButtonEvent, 0644,
                    PlanText::tr("acpid: power off when the power button is pressed (%1)").arg(path));
    }
}

class AcpiShutdown final : public PackageRequirement {
public:
    AcpiShutdown()
        : PackageRequirement({"acpi-shutdown",
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

    void planPackages(PlanContext &ctx, const CheckResult &, Fix &fix, bool local) const override { planAcpiShutdown(ctx, fix, local); }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "acpi-shutdown": package, service and file names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "With systemd, logind handles the power button when a system bus runs: is dbus (or "
                                     "dbus-broker) installed and its socket linked to start? Without systemd, acpid needs a "
                                     "power-button event:"),
                   {u"virt-inspector -a IMAGE | grep -E '<name>(dbus|dbus-broker|acpid)</name>'"_s,
                    u"guestfish --ro -a IMAGE -i -- -ls /lib/systemd/system/sockets.target.wants : -ls /etc/acpi/events"_s}},
              },
              {
                  //: Lab mode, manual steps for "acpi-shutdown". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Install the system bus (the appliance needs network for this):"), {}},
                  {DebianFamily, {u"virt-customize -a COPY --install dbus"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install dbus --selinux-relabel"_s}},
                  //: Lab mode, manual steps for "acpi-shutdown": Alpine, OpenRC and acpid are names.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Alpine (OpenRC): acpid with a power-button event:"),
                   {uR"~(virt-customize -a COPY --install acpid --run-command 'rc-update add acpid default' --run-command 'mkdir -p /etc/acpi/events; printf "event=button[ /]power\naction=/sbin/poweroff\n" > /etc/acpi/events/imageprep-powerbutton')~"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "removes the dbus package, so systemd-logind cannot handle the ACPI power button");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { ctx.removeDebPackage(fix, QStringLiteral("dbus")); }
};

} // namespace

IMAGEPREP_UNIT(AcpiShutdown)

} // namespace imageprep::units
