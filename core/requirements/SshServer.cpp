// ssh-server: an SSH server is installed and starts at boot.
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void planSshServer(PlanContext &p, const CheckResult &r, Fix &fix, bool local)
{
    const FamilyProfile &profile = profileFor(p.facts.family());
    const bool missingPackage = std::any_of(r.evidence.cbegin(), r.evidence.cend(),
                                            [](const Evidence &e) { return e.note.contains(QLatin1String("not installed")); })
        || (r.evidence.isEmpty() && !p.facts.packages.isEmpty());
    if (missingPackage && !p.install(fix, {profile.sshServerPackages.value(0)}, local))
        return;
    if (!checks::findEnabledService(p.facts, p.files, profile.sshServices).enabled)
        p.enableService(fix, profile.sshServices.value(0));
}

void plantSshServer(PlanContext &p, Fix &fix)
{
    const FamilyProfile &profile = profileFor(p.facts.family());
    if (checks::installedPackage(p.facts, profile.sshServerPackages).isEmpty()) {
        p.fail(LabDefects::tr("no SSH server package is installed."));
        return;
    }
    bool any = false;
    for (const QString &svc : profile.sshServices)
        any = p.disableService(fix, svc) || any;
    if (!any)
        p.fail(LabDefects::tr("no start link of %1 was found to remove.").arg(profile.sshServices.join(QStringLiteral(", "))));
}

class SshServer final : public PackageRequirement {
public:
    SshServer()
        : PackageRequirement({"ssh-server",
                            //: Title of the OpenStack image requirement "ssh-server": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "SSH server installed and started at boot"),
                            //: Why OpenStack needs "ssh-server"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Users reach Linux instances over SSH. Without an SSH server that starts when "
                                              "the instance boots there is no way to log in, whatever keys OpenStack "
                                              "injects."),
                            Severity::Required, "access"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        const FamilyProfile &profile = profileFor(facts.family());
        QList<Evidence> ev;
        const QString pkg = installedPackage(facts, profile.sshServerPackages);
        if (!pkg.isEmpty()) {
            ev << packageEvidence(facts, pkg);
        } else if (facts.packages.isEmpty() && files.isFile(QStringLiteral("/usr/sbin/sshd"))) {
            ev << Evidence{QStringLiteral("/usr/sbin/sshd"), 0, {}, CheckText::tr("sshd is present (no package list)")};
        } else if (facts.packages.isEmpty()) {
            return result(CheckStatus::Unknown, CheckText::tr("Inspection found no package list and no /usr/sbin/sshd."));
        } else {
            return result(CheckStatus::Fail, CheckText::tr("No SSH server is installed."),
                          {noteEvidence(CheckText::tr("package %1 is not installed").arg(profile.sshServerPackages.join(QLatin1Char('/'))))});
        }

        const ServiceState svc = findEnabledService(facts, files, profile.sshServices);
        if (!svc.enabled) {
            ev << noteEvidence(CheckText::tr("none of %1 is enabled for %2")
                                   .arg(profile.sshServices.join(QStringLiteral(", ")), toString(facts.init)));
            return result(CheckStatus::Fail, CheckText::tr("The SSH server is installed but does not start at boot."), ev);
        }
        ev << svc.evidence;
        return result(CheckStatus::Pass, CheckText::tr("The SSH server starts at boot."), ev);
    }

    void planPackages(PlanContext &ctx, const CheckResult &r, Fix &fix, bool local) const override { planSshServer(ctx, r, fix, local); }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "ssh-server": package names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Is an SSH server installed (openssh-server, or dropbear)?"),
                   {uR"~(virt-inspector -a IMAGE | grep -E '<name>(openssh-server|openssh|dropbear)</name>')~"_s}},
                  //: Lab mode, manual steps for "ssh-server": unit names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Does it start at boot? ssh.service or ssh.socket on Debian and Ubuntu, sshd.service on RHEL, linked in a .wants directory:"),
                   {uR"~(guestfish --ro -a IMAGE -i -- -ls /etc/systemd/system/multi-user.target.wants : -ls /etc/systemd/system/sockets.target.wants | grep -E '^sshd?(\.service|\.socket)$')~"_s}},
              },
              {
                  //: Lab mode, manual steps for "ssh-server". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Install the server (the appliance needs network; nothing happens when it is there) and start it at boot:"),
                   {}},
                  {DebianFamily, {u"virt-customize -a COPY --install openssh-server --run-command 'systemctl enable ssh.service'"_s}},
                  {RedHatFamily,
                   {u"virt-customize -a COPY --install openssh-server --run-command 'systemctl enable sshd.service' --selinux-relabel"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "stops the SSH server from starting at boot (the package stays)");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantSshServer(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(SshServer)

} // namespace imageprep::units
