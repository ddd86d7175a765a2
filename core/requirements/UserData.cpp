// user-data: cloud-init runs at boot and processes the user data and
// metadata OpenStack passes. Fixed by the shared cloud-init choice; the
// first-boot script does not process user data.
#include "requirements/Unit.h"

#include "requirements/CloudInit.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void plantUserData(PlanContext &p, Fix &fix)
{
    if (!p.needsPackage(QStringLiteral("cloud-init")))
        return;
    p.writeFile(fix, EditKind::WriteFile, QStringLiteral("/etc/cloud/cloud-init.disabled"), "", 0644, LabDefects::tr("Switch cloud-init off with /etc/cloud/cloud-init.disabled"));
}

class UserData final : public BasicRequirement {
public:
    UserData()
        : BasicRequirement({"user-data",
                            //: Title of the OpenStack image requirement "user-data": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "User data and metadata are processed"),
                            //: Why OpenStack needs "user-data"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Besides the key, users pass user data (scripts, cloud-config) and OpenStack "
                                              "passes metadata such as the host name when they launch an instance. cloud-init "
                                              "applies them at boot, so it must be installed, its services enabled and nothing "
                                              "may switch it off."),
                            Severity::Required, "cloud-init"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        const CloudInitState ci = cloudInitState(facts, files);
        if (!ci.installed) {
            if (facts.packages.isEmpty())
                return result(CheckStatus::Unknown, CheckText::tr("Inspection found no package list."));
            return result(CheckStatus::Fail, CheckText::tr("cloud-init is not installed."),
                          {noteEvidence(CheckText::tr("package cloud-init is not installed"))});
        }
        if (!ci.disabledBy.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("cloud-init is installed but switched off: %1.").arg(ci.switches),
                          ci.disabledBy + ci.noCloudSource);
        if (!ci.enabled) {
            QList<Evidence> ev = ci.evidence;
            for (const QString &stage : ci.missingStages)
                ev << noteEvidence(CheckText::tr("service %1 is not enabled").arg(stage));
            return result(CheckStatus::Fail, CheckText::tr("cloud-init's services do not start at boot."), ev);
        }
        if (!ci.noCloudSource.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("cloud-init runs but reads no user data: %1.").arg(ci.switches),
                          ci.evidence + ci.noCloudSource);
        return result(CheckStatus::Pass, CheckText::tr("cloud-init runs at boot and processes user data."), ci.evidence);
    }

    bool fixable() const override { return true; }

    // The cloud-init choice is offered first: the other fixes reuse its install.
    void prepareFix(PlanContext &ctx, const CheckResult &) const override { ctx.cloudInitChoice(); }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override
    {
        if (ctx.cloudInitChoice() == FirstBootScript)
            return FixOutcome::unfixed(PlanText::tr("user data needs cloud-init; the first-boot script only fetches the SSH key"));
        return planCloudInitShared(ctx, fix);
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render(cloudInitStateCheck() << unmountGuest(), cloudInitStateFix());
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "switches cloud-init off with /etc/cloud/cloud-init.disabled");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantUserData(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(UserData)

} // namespace imageprep::units
