// qemu-guest-agent: the QEMU guest agent is installed (and, without systemd,
// started), so Nova can quiesce file systems for snapshots; it decides the
// Glance properties hw_qemu_guest_agent and os_require_quiesce.
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void planGuestAgent(PlanContext &p, Fix &fix, bool local)
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

class QemuGuestAgent final : public PackageRequirement {
public:
    QemuGuestAgent()
        : PackageRequirement({"qemu-guest-agent",
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

    void planPackages(PlanContext &ctx, const CheckResult &, Fix &fix, bool local) const override { planGuestAgent(ctx, fix, local); }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "qemu-guest-agent": package and service names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Is qemu-guest-agent installed? With systemd that is enough (udev starts it); other init "
                                     "systems must start it at boot:"),
                   {u"virt-inspector -a IMAGE | grep '<name>qemu-guest-agent</name>'"_s,
                    u"guestfish --ro -a IMAGE -i -- -ls /etc/runlevels/default : -ls /etc/rc3.d"_s}},
              },
              {
                  //: Lab mode, manual steps for "qemu-guest-agent". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Install it (the appliance needs network for this):"), {}},
                  {DebianFamily, {u"virt-customize -a COPY --install qemu-guest-agent"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install qemu-guest-agent --selinux-relabel"_s}},
                  //: Lab mode, manual steps for "qemu-guest-agent": Alpine and OpenRC are names.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Alpine (OpenRC) also starts it at boot:"),
                   {u"virt-customize -a COPY --install qemu-guest-agent --run-command 'rc-update add qemu-guest-agent default'"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "removes the qemu-guest-agent package (its files and its dpkg record)");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { ctx.removeDebPackage(fix, QStringLiteral("qemu-guest-agent")); }

    void glanceProperties(const GuestFacts &, const CheckResult *r, const DeriveOptions &, PropertySet &set) const override
    {
        if (!r || r->status != CheckStatus::Pass)
            return;
        const QString agent = checkReason(r, id());
        set.set(QStringLiteral("hw_qemu_guest_agent"), QStringLiteral("yes"), agent);
        set.set(QStringLiteral("os_require_quiesce"), QStringLiteral("yes"), agent);
    }
};

} // namespace

IMAGEPREP_UNIT(QemuGuestAgent)

} // namespace imageprep::units
