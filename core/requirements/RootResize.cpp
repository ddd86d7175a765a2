// root-resize: cloud-init (with growpart) or a first-boot script grows
// root into the instance's disk. Fixed by the shared cloud-init choice; the
// first-boot script grows only an LVM root.
#include "requirements/Unit.h"

#include "requirements/CloudInit.h"
#include "checks/CloudInitSwitches.h"
#include "checks/LvmGrowth.h"
#include "fixes/LvmGrow.h"
#include "requirements/Support.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void plantRootResize(PlanContext &p, Fix &fix)
{
    if (!p.needsPackage(QStringLiteral("cloud-init")))
        return;
    p.writeFile(fix, EditKind::WriteFile, QStringLiteral("/etc/cloud/cloud.cfg.d/99_lab-growpart.cfg"), "# keep the image's disk size\ngrowpart:\n  mode: off\n", 0644,
                LabDefects::tr("Turn cloud-init's growpart module off"));
}

class RootResize final : public BasicRequirement {
public:
    RootResize()
        : BasicRequirement({"root-resize",
                            //: Title of the OpenStack image requirement "root-resize": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "Tools to grow root at first boot are installed"),
                            //: Why OpenStack needs "root-resize"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Without a resize step an instance keeps the image's small root file system "
                                              "whatever disk size the flavor gives it. cloud-init together with growpart, or "
                                              "an initramfs growroot package, resizes the root partition and file system "
                                              "automatically when the instance boots."),
                            Severity::Required, "disk-boot"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        const FamilyProfile &profile = profileFor(facts.family());
        if (facts.packages.isEmpty())
            return result(CheckStatus::Unknown, CheckText::tr("Inspection found no package list."));

        // On LVM the path the guest takes decides (and partition-layout says the same).
        const LvmRootGrowth lvm = lvmRootGrowth(facts, files);
        if (lvm.path == LvmRootGrowth::Path::None)
            return result(CheckStatus::Fail, lvm.summary, lvm.evidence);
        if (lvm.path == LvmRootGrowth::Path::GrowStep)
            return result(CheckStatus::Pass, lvm.summary, lvm.evidence);

        const QString growroot = installedPackage(facts, profile.growrootPackages);
        if (lvm.path == LvmRootGrowth::Path::NotLvm && !growroot.isEmpty())
            return result(CheckStatus::Pass, CheckText::tr("%1 grows root in the initramfs.").arg(growroot),
                          {packageEvidence(facts, growroot)});

        const bool cloudInit = facts.hasPackage(QStringLiteral("cloud-init"));
        const QString agent = installedPackage(facts, profile.metadataAgentPackages);
        const auto growpart = growpartTool(facts, files);
        if ((!cloudInit && agent.isEmpty()) || !growpart) {
            QStringList missing;
            if (!cloudInit && agent.isEmpty())
                missing << QStringLiteral("cloud-init");
            if (!growpart)
                missing << profile.growpartPackages.value(0, QStringLiteral("growpart"));
            QList<Evidence> ev;
            for (const QString &m : std::as_const(missing))
                ev << noteEvidence(CheckText::tr("package %1 is not installed").arg(m));
            return result(CheckStatus::Fail, CheckText::tr("Nothing grows root at first boot: %1 missing.")
                                                 .arg(missing.join(QStringLiteral(", "))),
                          ev);
        }

        QList<Evidence> ev{cloudInit ? packageEvidence(facts, QStringLiteral("cloud-init")) : packageEvidence(facts, agent), *growpart};
        if (cloudInit) {
            const CloudInitSwitches switches = cloudInitSwitches(files);
            if (switches.off())
                return result(CheckStatus::Fail,
                              CheckText::tr("cloud-init is switched off, so growpart never runs: %1.").arg(describeSwitches(switches)),
                              ev + switches.disabledBy);
            const QList<CloudConfigFile> cfg = cloudConfigFiles(files);
            if (const auto block = lastTopLevelBlock(cfg, QStringLiteral("growpart"))) {
                for (const Line &c : block->children) {
                    const QString t = c.text.trimmed();
                    if (t.startsWith(QLatin1String("mode:"))) {
                        const QString mode = yamlScalar(t.mid(5));
                        if (mode == QLatin1String("off") || mode == QLatin1String("false"))
                            return result(CheckStatus::Fail, CheckText::tr("cloud-init's growpart module is turned off."),
                                          {lineEvidence(block->file, c)});
                    }
                }
            }
            if (const auto block = lastTopLevelBlock(cfg, QStringLiteral("resize_rootfs"))) {
                if (block->inlineValue == QLatin1String("false") || block->inlineValue == QLatin1String("False"))
                    return result(CheckStatus::Fail, CheckText::tr("cloud-init is told not to resize the root file system."),
                                  {lineEvidence(block->file, block->keyLine)});
            }
            const QString disabled = QStringLiteral("/etc/growroot-disabled");
            if (files.exists(disabled))
                return result(CheckStatus::Fail, CheckText::tr("%1 stops growpart from growing root.").arg(disabled),
                              {Evidence{disabled, 0, {}, CheckText::tr("file exists")}});
        }
        if (lvm.path == LvmRootGrowth::Path::CloudInit)
            return result(CheckStatus::Pass, lvm.summary, ev + lvm.evidence);
        return result(CheckStatus::Pass, CheckText::tr("growpart grows root at first boot."), ev);
    }

    bool fixable() const override { return true; }

    // The cloud-init choice is offered first: the other fixes reuse its install.
    void prepareFix(PlanContext &ctx, const CheckResult &) const override { ctx.cloudInitChoice(); }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override
    {
        if (ctx.cloudInitChoice() == FirstBootScript && !ctx.facts.rootOnLvm())
            return FixOutcome::unfixed(PlanText::tr("without cloud-init, growing a partition root needs growpart or growroot"));
        const FixOutcome shared = planCloudInitShared(ctx, fix);
        // cloud-init that grows partitions only: the LVM grow step beside it.
        if (ctx.cloudInitChoice() != FirstBootScript && planLvmGrowStep(ctx, fix, ctx.cloudInitChoice().endsWith(QLatin1String("-local"))))
            return FixOutcome::planned();
        return shared;
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "root-resize": package names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Installed packages: cloud-init with growpart (cloud-guest-utils on Debian and Ubuntu, "
                                     "cloud-utils-growpart on RHEL), or an initramfs growroot package:"),
                   {uR"~(virt-inspector -a IMAGE | grep -E '<name>(cloud-init|cloud-guest-utils|cloud-utils|cloud-utils-growpart|growpart|cloud-initramfs-growroot|dracut-modules-growroot)</name>')~"_s}},
                  mountGuest(),
                  //: Lab mode, manual steps for "root-resize": the cloud-init keys and the file name stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "cloud-init must not turn growpart off (mode: off) nor set resize_rootfs: false, and "
                                     "/etc/growroot-disabled must not exist:"),
                   {uR"~(grep -nE -A3 '^(growpart|resize_rootfs):' /tmp/guest/etc/cloud/cloud.cfg /tmp/guest/etc/cloud/cloud.cfg.d/*.cfg)~"_s,
                    u"ls -l /tmp/guest/etc/growroot-disabled"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "root-resize". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Install cloud-init and growpart (the appliance needs network for this)."), {}},
                  {DebianFamily, {u"virt-customize -a COPY --install cloud-init,cloud-guest-utils"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install cloud-init,cloud-utils-growpart --selinux-relabel"_s}},
                  //: Lab mode, manual steps for "root-resize": the cloud-init keys and the file name stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Turn growing back on where cloud-init's configuration or a flag file stops it:"),
                   {uR"~(virt-customize -a COPY --edit '/etc/cloud/cloud.cfg:s/^resize_rootfs:\s*[Ff]alse/resize_rootfs: true/; s/^(\s+mode:\s*)(off|false)\b/${1}auto/' --delete /etc/growroot-disabled)~"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "turns cloud-init's growpart module off in /etc/cloud/cloud.cfg.d");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantRootResize(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(RootResize)

} // namespace imageprep::units
