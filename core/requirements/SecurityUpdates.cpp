// security-updates (recommended): no security fix the guest's own
// repositories offer is missing from the image. The list comes from the
// session's scan (GuestSession::scanSecurityUpdates, once per session with
// the appliance network, kept in GuestFacts::securityUpdates); the check only
// reads it. Without a scan the verdict is unknown with the reason, never pass.
// The fix upgrades only the pending packages (from the repositories or the
// local package folder) and the caches are cleaned after the installs.
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/SecurityUpdates.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

class SecurityUpdates final : public BasicRequirement {
public:
    SecurityUpdates()
        : BasicRequirement({"security-updates",
                            //: Title of the OpenStack image requirement "security-updates": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No security updates pending from the guest's repositories"),
                            //: Why OpenStack needs "security-updates"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Every instance starts with the packages the image carries: a security fix its "
                                              "own repositories already offer is missing in all of them until each tenant "
                                              "upgrades. imageprep asks the guest's package manager (apt's -security suites, "
                                              "dnf or yum updateinfo, zypper security patches) with the appliance network on."),
                            Severity::Recommended, "hygiene"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &) const override
    {
        const SecurityUpdateScan &scan = facts.securityUpdates;
        if (scan.state != SecurityUpdateScan::State::Done)
            return result(CheckStatus::Unknown, CheckText::tr("Pending security updates could not be listed: %1.").arg(scan.reason),
                          {noteEvidence(scan.reason)});
        if (scan.noSecuritySource)
            return result(CheckStatus::Warning,
                          CheckText::tr("The guest's package sources have no security repository: instances will not get security fixes."),
                          {noteEvidence(scan.reason)});
        if (scan.updates.isEmpty())
            return result(CheckStatus::Pass,
                          CheckText::tr("No security updates are pending (%1 asked in %2 s).").arg(scan.manager).arg(scan.elapsedMs / 1000));
        QList<Evidence> ev;
        int held = 0;
        for (const PendingUpdate &u : scan.updates) {
            held += u.held ? 1 : 0;
            //: Evidence of security-updates: %1 is where the update comes from (e.g. Debian-Security:12/stable-security).
            const QString origin = u.held ? CheckText::tr("%1; held in the image, so no upgrade takes it").arg(u.origin) : u.origin;
            ev << Evidence{{}, 0, QStringLiteral("%1 %2 -> %3").arg(u.name, u.installed.isEmpty() ? QStringLiteral("?") : u.installed, u.available),
                           origin};
        }
        const int free = int(scan.updates.size()) - held;
        // A hold is its owner's decision (a pinned kernel for a driver, say):
        // said plainly, as a warning, but not overridden.
        if (free == 0)
            return result(CheckStatus::Warning,
                          CheckText::tr("%n held package(s) have security updates that the hold keeps out of the image.", nullptr, held), ev);
        return result(CheckStatus::Fail,
                      CheckText::tr("%n package(s) have security updates pending in the guest's repositories.", nullptr, free), ev);
    }

    bool fixable() const override { return true; }

    std::optional<FixOption> fixOption(const PlanContext &ctx) const override { return ctx.packageOption(id()); }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override
    {
        // Which security repository a guest should trust is the operator's
        // choice, not one to guess.
        if (ctx.facts.securityUpdates.noSecuritySource)
            return FixOutcome::unfixed(
                PlanText::tr("the guest's package sources have no security repository: add the distribution's (e.g. bookworm-security) and fix again"));
        QStringList names, held;
        for (const PendingUpdate &u : ctx.facts.securityUpdates.updates)
            (u.held ? held : names) << u.name;
        if (names.isEmpty() && !held.isEmpty())
            //: %1 lists package names; apt-mark unhold and dnf versionlock delete are commands, not translated.
            return FixOutcome::unfixed(PlanText::tr("held in the image (%1): release the hold (apt-mark unhold, dnf versionlock delete) and fix "
                                                    "again to include them")
                                           .arg(held.join(QStringLiteral(", "))));
        const QString manager = ctx.packageManager();
        const bool local = fix.alternative.endsWith(QLatin1String("-local"));
        if (manager == QLatin1String("apt") || local) {
            ctx.upgrade(fix, names, local);
            return FixOutcome::planned();
        }
        // dnf, yum and zypper name security updates themselves (advisories, patches).
        const QString script = securityUpgradeScript(manager, names);
        if (script.isEmpty() || names.isEmpty())
            return FixOutcome::planned();
        fix.edits << makeRunInGuest({QStringLiteral("sh"), QStringLiteral("-c"), script},
                                    PlanText::tr("Apply the security updates only (%1), then clean the caches").arg(manager));
        ctx.upgraded << names;
        return FixOutcome::planned();
    }

    ManualSteps manualSteps() const override
    {
        return steps::render(
            {
                //: Lab mode, manual steps for "security-updates": -security is the name of Debian's and Ubuntu's security suites; /dev/s is memory in the appliance.
                {QT_TRANSLATE_NOOP("ManualSteps",
                                   "On a scratch copy (libguestfs swaps its resolv.conf to give commands the network), list what "
                                   "the repositories offer as security updates; Debian, Ubuntu: the -security suites:"),
                 {u"cp --sparse=always IMAGE /tmp/scan.img"_s,
                  uR"~(guestfish --network -a /tmp/scan.img -i sh 'mkdir -p /dev/s/lists/partial /dev/s/archives/partial; o="-o Dir::State::Lists=/dev/s/lists -o Dir::Cache=/dev/s"; apt-get -q update $o >/dev/null; apt-get -s $o dist-upgrade | grep "^Inst" | grep -- -security')~"_s}},
                //: Lab mode, manual steps for "security-updates". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "RHEL, Rocky, AlmaLinux, Fedora: the security advisories that apply:"),
                 {uR"~(guestfish --network -a /tmp/scan.img -i sh 'mkdir -p /dev/s; dnf -q --setopt=cachedir=/dev/s updateinfo list --security')~"_s,
                  u"rm -f /tmp/scan.img"_s}},
            },
            {
                //: Lab mode, manual steps for "security-updates": only the packages with security updates are upgraded, then the caches are cleaned.
                {QT_TRANSLATE_NOOP("ManualSteps", "Debian, Ubuntu: upgrade only the packages with security updates, then clean the caches:"),
                 {uR"~(virt-customize -a COPY --network --run-command "apt-get -q update && apt-get -s dist-upgrade | awk '/^Inst/ && /-security/ {print \$2}' | xargs -r apt-get -y install --only-upgrade && apt-get clean && rm -rf /var/lib/apt/lists/*")~"_s}},
                //: Lab mode, manual steps for "security-updates". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "RHEL, Rocky, AlmaLinux, Fedora:"),
                 {u"virt-customize -a COPY --network --run-command 'dnf -y upgrade --security && dnf clean all'"_s}},
            });
    }
    // No lab defect: a pending security update needs a real repository.
};

} // namespace

IMAGEPREP_UNIT(SecurityUpdates)

} // namespace imageprep::units
