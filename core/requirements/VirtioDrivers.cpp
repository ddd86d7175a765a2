// virtio-drivers: the initramfs (or the kernel) has the virtio disk and
// network drivers, so the guest boots on virtio; the Glance disk and network
// bus properties follow from this check. Its warning (drivers as modules an
// initramfs may leave out) is fixed with the guest's own initramfs tool.
#include "requirements/Unit.h"

#include "requirements/Support.h"

#include "fixes/Initramfs.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

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

class VirtioDrivers final : public BasicRequirement {
public:
    VirtioDrivers()
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

    // Only the warning has a fix (modules an initramfs may leave out; a
    // kernel built without the drivers needs another kernel), so this is not
    // one of the fail-to-pass fixes a lab defect proves: it is planned once
    // the plan is known, with the guest's own initramfs tool.
    void finishPlan(PlanContext &ctx, const CheckResult *r) const override
    {
        if (!r || r->status != CheckStatus::Warning || !ctx.wants(*r))
            return;
        Fix fix{id(), QStringLiteral("default"), title(), {}};
        planVirtioInitramfs(ctx, fix);
        if (fix.edits.isEmpty())
            return;
        ctx.plan.unfixed.removeIf([&](const Unfixed &u) { return u.requirementId == id(); });
        ctx.plan.fixes << fix;
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

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "virtio-drivers": "y" and "m" are kernel configuration values; VERSION is a placeholder.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "For each kernel (replace VERSION): y is built in, m a module, missing or \"is not set\" means no driver:"),
                   {u"virt-ls -a IMAGE /boot | grep '^config-'"_s,
                    uR"~(virt-cat -a IMAGE /boot/config-VERSION | grep -E 'CONFIG_(VIRTIO_PCI|VIRTIO_BLK|SCSI_VIRTIO|VIRTIO_NET)[= ]')~"_s,
                    u"virt-cat -a IMAGE /lib/modules/VERSION/modules.builtin | grep virtio"_s}},
                  //: Lab mode, manual steps for "virtio-drivers": MODULES=most, hostonly, add_drivers and features are settings of the initramfs tools.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Disk drivers built as modules must be in the initramfs: MODULES=most (initramfs-tools), "
                                     "hostonly=no or add_drivers with virtio_blk (dracut), the virtio feature (Alpine mkinitfs):"),
                   {u"virt-cat -a IMAGE /etc/initramfs-tools/initramfs.conf | grep '^MODULES='"_s,
                    u"virt-cat -a IMAGE /etc/initramfs-tools/modules | grep virtio"_s,
                    uR"~(guestfish --ro -a IMAGE -i -- -cat /etc/dracut.conf : -glob cat '/etc/dracut.conf.d/*.conf' | grep -nE 'hostonly|add_drivers|force_drivers')~"_s,
                    u"virt-cat -a IMAGE /etc/mkinitfs/mkinitfs.conf | grep '^features='"_s}},
              },
              {
                  //: Lab mode, manual steps for "virtio-drivers". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Put the virtio drivers into every initramfs:"), {}},
                  {DebianFamily,
                   {u"virt-customize -a COPY --edit '/etc/initramfs-tools/initramfs.conf:s/^MODULES=.*/MODULES=most/' --run-command 'update-initramfs -u -k all'"_s}},
                  {RedHatFamily,
                   {uR"~(virt-customize -a COPY --write '/etc/dracut.conf.d/90-virtio.conf:add_drivers+=" virtio_pci virtio_blk virtio_scsi virtio_net "' --run-command 'dracut -f --regenerate-all' --selinux-relabel)~"_s}},
                  //: Lab mode, manual steps for "virtio-drivers": Alpine is a distribution name.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Alpine:"),
                   {uR"~(virt-customize -a COPY --edit '/etc/mkinitfs/mkinitfs.conf:s/^features="(.*)"/features="$1 virtio"/' --run-command 'mkinitfs $(ls /lib/modules)')~"_s}},
                  //: Lab mode, manual steps for "virtio-drivers". Shown as a shell comment.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "A kernel built without them (not set) needs the distribution's standard kernel instead, as for xen-pv-kernel."),
                   {}},
              });
    }

    // Disk and network bus: virtio only when the guest can boot from it.
    void glanceProperties(const GuestFacts &facts, const CheckResult *r, const DeriveOptions &options, PropertySet &set) const override
    {
        const QString virtio = checkReason(r, id());
        if (r && r->status == CheckStatus::Pass) {
            if (options.preferVirtioScsi) {
                set.set(QStringLiteral("hw_disk_bus"), QStringLiteral("scsi"), virtio);
                set.set(QStringLiteral("hw_scsi_model"), QStringLiteral("virtio-scsi"), virtio);
            } else {
                set.set(QStringLiteral("hw_disk_bus"), QStringLiteral("virtio"), virtio);
            }
            set.set(QStringLiteral("hw_vif_model"), QStringLiteral("virtio"), virtio);
            return;
        }
        // q35 has no IDE controller; AHCI (sata) is in every distribution initramfs.
        const bool q35 = facts.firmware == Firmware::Uefi;
        set.set(QStringLiteral("hw_disk_bus"), q35 ? QStringLiteral("sata") : QStringLiteral("ide"),
                PropertiesText::tr("%1; without virtio the guest boots from an emulated %2 disk").arg(virtio, q35 ? QStringLiteral("SATA") : QStringLiteral("IDE")));
        set.set(QStringLiteral("hw_vif_model"), QStringLiteral("e1000"),
                PropertiesText::tr("%1; e1000 is emulated and needs no virtio driver").arg(virtio));
    }
};

} // namespace

IMAGEPREP_UNIT(VirtioDrivers)

} // namespace imageprep::units
