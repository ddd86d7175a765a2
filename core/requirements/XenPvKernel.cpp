// xen-pv-kernel: the kernel supports paravirtualised Xen. No automatic fix.
#include "requirements/Unit.h"

#include "requirements/Support.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

class XenPvKernel final : public BasicRequirement {
public:
    XenPvKernel()
        : BasicRequirement({"xen-pv-kernel",
                            //: Title of the OpenStack image requirement "xen-pv-kernel": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "Kernel supports paravirtualised Xen"),
                            //: Why OpenStack needs "xen-pv-kernel"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Clouds that run instances on Xen in paravirtualised mode need a kernel with Xen "
                                              "support. Mainline Linux has it since 3.0; older distributions shipped it as a "
                                              "separate Xen kernel flavour."),
                            Severity::Required, "disk-boot"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        if (facts.kernels.isEmpty())
            return result(CheckStatus::Unknown, CheckText::tr("Inspection found no kernel."));
        QList<Evidence> old, capable;
        for (const KernelInfo &k : facts.kernels) {
            if (compareVersions(k.version, QStringLiteral("3.0")) >= 0)
                continue;
            const QString cfg = QStringLiteral("/boot/config-") + k.version;
            const auto config = kernelConfig(files, cfg);
            if (k.version.contains(QLatin1String("xen"), Qt::CaseInsensitive)) {
                capable << noteEvidence(CheckText::tr("kernel %1 is a Xen flavour").arg(k.version));
            } else if (config.value(QStringLiteral("CONFIG_XEN")).first == QLatin1String("y")) {
                capable << lineEvidence(cfg, config.value(QStringLiteral("CONFIG_XEN")).second);
            } else {
                const auto it = config.constFind(QStringLiteral("CONFIG_XEN"));
                old << (it != config.cend() ? lineEvidence(cfg, it->second, CheckText::tr("kernel %1 has no Xen support").arg(k.version))
                                            : noteEvidence(CheckText::tr("kernel %1 is older than 3.0 and not a Xen flavour").arg(k.version)));
            }
        }
        if (old.isEmpty() && capable.isEmpty())
            return result(CheckStatus::NotApplicable, CheckText::tr("Every kernel is 3.0 or later, which includes Xen PV support."));
        if (!capable.isEmpty())
            return result(CheckStatus::Pass, CheckText::tr("A Xen-capable kernel is installed."), capable);
        return result(CheckStatus::Fail, CheckText::tr("The kernel predates 3.0 and has no Xen support."), old);
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "xen-pv-kernel". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Installed kernel versions; 3.0 and later include Xen PV support:"),
                   {u"virt-ls -a IMAGE /boot | grep -E '^vmlinu[xz]-'"_s}},
                  //: Lab mode, manual steps for "xen-pv-kernel": CONFIG_XEN=y is a kernel configuration line; VERSION is a placeholder to replace.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "An older kernel needs CONFIG_XEN=y or a Xen flavour (a version ending in xen); replace VERSION:"),
                   {u"virt-cat -a IMAGE /boot/config-VERSION | grep '^CONFIG_XEN='"_s}},
              },
              {
                  //: Lab mode, manual steps for "xen-pv-kernel". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Install a current kernel, or the distribution's Xen kernel flavour on old releases:"),
                   {}},
                  {DebianFamily, {u"virt-customize -a COPY --install linux-image-amd64 --run-command update-grub"_s}},
                  {RedHatFamily, {u"virt-customize -a COPY --install kernel-xen --selinux-relabel"_s}},
              });
    }
};

} // namespace

IMAGEPREP_UNIT(XenPvKernel)

} // namespace imageprep::units
