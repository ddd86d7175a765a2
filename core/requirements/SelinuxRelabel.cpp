// selinux-relabel: an SELinux guest relabels after offline edits. Every
// plan that edits such a guest schedules the relabel (finishPlan); the check
// fails only when the configured policy is missing.
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

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

    // Files written from outside an SELinux guest need a relabel at next boot.
    void finishPlan(PlanContext &ctx, const CheckResult *) const override
    {
        if (ctx.plan.fixes.isEmpty())
            return;
        QString mode;
        const bool selinux = lastAssignment(ctx.files, QStringLiteral("/etc/selinux/config"), QStringLiteral("SELINUX"), &mode).has_value()
            && mode != QLatin1String("disabled");
        if (!selinux || ctx.files.exists(QStringLiteral("/.autorelabel")))
            return;
        Fix fix{id(), QStringLiteral("default"), title(), {}};
        ctx.writeFile(fix, EditKind::SelinuxRelabel, QStringLiteral("/.autorelabel"), QByteArray(), 0644,
                      PlanText::tr("Relabel SELinux contexts at next boot"));
        ctx.plan.fixes << fix;
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "selinux-relabel": SELINUX and SELINUXTYPE are settings; "targeted" is a policy name.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "SELinux mode and policy; the policy's folder must exist (here for targeted), and "
                                     "/.autorelabel schedules a relabel:"),
                   {u"virt-cat -a IMAGE /etc/selinux/config | grep -E '^SELINUX(TYPE)?='"_s,
                    u"guestfish --ro -a IMAGE -i is-dir /etc/selinux/targeted : exists /.autorelabel"_s}},
              },
              {
                  //: Lab mode, manual steps for "selinux-relabel". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "After any change, relabel (or schedule it for the next boot):"),
                   {u"virt-customize -a COPY --selinux-relabel"_s, u"virt-customize -a COPY --touch /.autorelabel"_s}},
                  //: Lab mode, manual steps for "selinux-relabel": the package name is the targeted policy.
                  {QT_TRANSLATE_NOOP("ManualSteps", "The configured policy is missing: install it first:"),
                   {u"virt-customize -a COPY --install selinux-policy-targeted --selinux-relabel"_s}},
              });
    }
};

} // namespace

IMAGEPREP_UNIT(SelinuxRelabel)

} // namespace imageprep::units
