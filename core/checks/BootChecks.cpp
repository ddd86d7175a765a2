// Kernel and boot: xen-pv-kernel, virtio-drivers.
#include "checks/CheckSupport.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QHash>
#include <QRegularExpression>

namespace imageprep::checks {

namespace {

QHash<QString, std::pair<QString, Line>> kernelConfig(const GuestFiles &files, const QString &path)
{
    QHash<QString, std::pair<QString, Line>> out;
    for (const Line &l : readLines(files, path)) {
        const QString t = l.text.trimmed();
        if (t.startsWith(QLatin1String("CONFIG_"))) {
            const qsizetype eq = t.indexOf(QLatin1Char('='));
            if (eq > 0)
                out.insert(t.left(eq), {t.mid(eq + 1), l});
        } else if (t.startsWith(QLatin1String("# CONFIG_")) && t.endsWith(QLatin1String(" is not set"))) {
            out.insert(t.mid(2, t.indexOf(QLatin1Char(' '), 2) - 2), {QStringLiteral("n"), l});
        }
    }
    return out;
}

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
};

struct VirtioDriver {
    const char *module;
    const char *config;
    bool neededForRoot; // must be available before root is mounted
};

constexpr VirtioDriver VirtioDriverTable[] = {
    {"virtio_pci", "CONFIG_VIRTIO_PCI", true},
    {"virtio_blk", "CONFIG_VIRTIO_BLK", true},
    {"virtio_scsi", "CONFIG_SCSI_VIRTIO", true},
    {"virtio_net", "CONFIG_VIRTIO_NET", false},
};

class VirtioDriversCheck final : public BasicRequirement {
public:
    VirtioDriversCheck()
        : BasicRequirement({"virtio-drivers",
                            //: Title of the OpenStack image requirement "virtio-drivers": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "virtio drivers available at boot"),
                            //: Why OpenStack needs "virtio-drivers"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "KVM-based OpenStack clouds attach disks and network cards as virtio devices. "
                                              "Without virtio_blk/virtio_scsi built in or in the initramfs the kernel cannot "
                                              "find its root disk, and without virtio_net the instance has no network."),
                            Severity::Required, "disk-boot"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        if (facts.kernels.isEmpty())
            return result(CheckStatus::Unknown, CheckText::tr("Inspection found no kernel."));

        QList<Evidence> failing, warning, passing;
        int unknownKernels = 0;
        const auto initramfs = initramfsDecision(facts, files);
        for (const KernelInfo &k : facts.kernels) {
            const QString cfgPath = QStringLiteral("/boot/config-") + k.version;
            const auto config = kernelConfig(files, cfgPath);
            QString modDir = QStringLiteral("/lib/modules/") + k.version;
            if (!files.isDir(modDir) && files.isDir(QStringLiteral("/usr/lib/modules/") + k.version))
                modDir = QStringLiteral("/usr/lib/modules/") + k.version;
            const QList<Line> builtin = readLines(files, modDir + QStringLiteral("/modules.builtin"));
            if (config.isEmpty() && builtin.isEmpty()) {
                ++unknownKernels;
                warning << noteEvidence(CheckText::tr("kernel %1: no %2 and no modules.builtin").arg(k.version, cfgPath));
                continue;
            }
            for (const VirtioDriver &d : VirtioDriverTable) {
                const QString module = QLatin1String(d.module);
                const QString ko = QLatin1Char('/') + module + QLatin1String(".ko");
                const auto inBuiltin = std::find_if(builtin.cbegin(), builtin.cend(), [&](const Line &l) { return l.text.endsWith(ko); });
                if (inBuiltin != builtin.cend()) {
                    passing << lineEvidence(modDir + QStringLiteral("/modules.builtin"), *inBuiltin, CheckText::tr("%1 built in").arg(module));
                    continue;
                }
                const auto it = config.constFind(QLatin1String(d.config));
                if (it == config.cend() || it->first == QLatin1String("n")) {
                    failing << (it != config.cend() ? lineEvidence(cfgPath, it->second, CheckText::tr("kernel %1 lacks %2").arg(k.version, module))
                                                    : noteEvidence(CheckText::tr("kernel %1: %2 not in %3").arg(k.version, QLatin1String(d.config), cfgPath)));
                } else if (it->first == QLatin1String("y")) {
                    passing << lineEvidence(cfgPath, it->second, CheckText::tr("%1 built in").arg(module));
                } else if (!d.neededForRoot) {
                    passing << lineEvidence(cfgPath, it->second, CheckText::tr("%1 loads as a module after root is mounted").arg(module));
                } else if (initramfs.status == CheckStatus::Pass) {
                    passing << lineEvidence(cfgPath, it->second, CheckText::tr("%1 is a module; %2").arg(module, initramfs.why));
                } else {
                    warning << lineEvidence(cfgPath, it->second, CheckText::tr("%1 is a module; %2").arg(module, initramfs.why));
                }
            }
        }
        if (!failing.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("A kernel lacks virtio drivers."), failing);
        if (unknownKernels == facts.kernels.size())
            return result(CheckStatus::Unknown, CheckText::tr("No kernel configuration found to decide."), warning);
        if (!warning.isEmpty()) {
            warning << initramfs.evidence;
            return result(CheckStatus::Warning,
                          CheckText::tr("virtio disk drivers are modules and the initramfs may not include them."), warning);
        }
        return result(CheckStatus::Pass, CheckText::tr("virtio drivers are built in or in the initramfs."), passing + initramfs.evidence);
    }

private:
    struct Decision {
        CheckStatus status = CheckStatus::Warning;
        QString why;
        QList<Evidence> evidence;
    };

    // The initramfs is a compressed cpio we do not unpack here; decide from
    // how the family's initramfs tool is configured.
    static Decision initramfsDecision(const GuestFacts &facts, const GuestFiles &files)
    {
        switch (profileFor(facts.family()).initramfs) {
        case InitramfsTool::InitramfsTools: {
            const QString conf = QStringLiteral("/etc/initramfs-tools/initramfs.conf");
            QString value;
            const auto line = lastAssignment(files, conf, QStringLiteral("MODULES"), &value);
            if (!line || value == QLatin1String("most"))
                return {CheckStatus::Pass, CheckText::tr("initramfs-tools MODULES=most includes virtio"),
                        {line ? lineEvidence(conf, *line) : noteEvidence(CheckText::tr("initramfs-tools default MODULES=most"))}};
            const QString list = QStringLiteral("/etc/initramfs-tools/modules");
            for (const Line &l : readLines(files, list)) {
                if (l.text.trimmed() == QLatin1String("virtio_blk"))
                    return {CheckStatus::Pass, CheckText::tr("listed in %1").arg(list), {lineEvidence(list, l)}};
            }
            return {CheckStatus::Warning, CheckText::tr("initramfs-tools MODULES=%1 may leave virtio out").arg(value),
                    {lineEvidence(conf, *line)}};
        }
        case InitramfsTool::Dracut: {
            if (facts.hasPackage(QStringLiteral("dracut-config-generic")))
                return {CheckStatus::Pass, CheckText::tr("dracut-config-generic builds a generic initramfs"),
                        {packageEvidence(facts, QStringLiteral("dracut-config-generic"))}};
            QStringList confs{QStringLiteral("/etc/dracut.conf")};
            confs << files.glob(QStringLiteral("/etc/dracut.conf.d"), QStringLiteral("*.conf"));
            std::optional<Decision> last;
            for (const QString &c : std::as_const(confs)) {
                for (const Line &l : readLines(files, c)) {
                    const QString t = l.text.trimmed();
                    if (t.startsWith(QLatin1Char('#')))
                        continue;
                    if (const auto v = shellAssignment(t, QStringLiteral("hostonly")))
                        last = (*v == QLatin1String("no"))
                            ? Decision{CheckStatus::Pass, CheckText::tr("dracut hostonly=no includes all drivers"), {lineEvidence(c, l)}}
                            : Decision{CheckStatus::Warning, CheckText::tr("dracut hostonly=yes includes only the build host's drivers"), {lineEvidence(c, l)}};
                    if ((t.startsWith(QLatin1String("add_drivers")) || t.startsWith(QLatin1String("force_drivers")))
                        && t.contains(QLatin1String("virtio_blk")))
                        return {CheckStatus::Pass, CheckText::tr("dracut adds virtio drivers"), {lineEvidence(c, l)}};
                }
            }
            if (last)
                return *last;
            return {CheckStatus::Warning, CheckText::tr("dracut builds host-only images by default"),
                    {noteEvidence(CheckText::tr("no hostonly setting in /etc/dracut.conf(.d)"))}};
        }
        case InitramfsTool::Mkinitfs: {
            const QString conf = QStringLiteral("/etc/mkinitfs/mkinitfs.conf");
            QString value;
            const auto line = lastAssignment(files, conf, QStringLiteral("features"), &value);
            if (line && value.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("virtio")))
                return {CheckStatus::Pass, CheckText::tr("mkinitfs feature virtio is on"), {lineEvidence(conf, *line)}};
            return {CheckStatus::Warning, CheckText::tr("mkinitfs features lack virtio"),
                    {line ? lineEvidence(conf, *line) : noteEvidence(CheckText::tr("no %1").arg(conf))}};
        }
        case InitramfsTool::Unknown:
            break;
        }
        return {CheckStatus::Warning, CheckText::tr("the initramfs tool of this family is unknown"), {}};
    }
};

} // namespace

void addBootChecks(RequirementList &out)
{
    out.push_back(std::make_unique<XenPvKernel>());
    out.push_back(std::make_unique<VirtioDriversCheck>());
}

} // namespace imageprep::checks
