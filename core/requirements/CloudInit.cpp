// The shared cloud-init fix: the choice (recorded once in the plan, under
// the SSH-key requirement the image guide names it with) and its planning.
#include "requirements/CloudInit.h"

#include "checks/CloudInitSwitches.h"
#include "fixes/FirstBoot.h"
#include "fixes/KernelArgs.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <algorithm>

namespace imageprep {

namespace {

// The requirement whose option carries the choice; PlanOptions may also name it "cloud-init".
const QString ChoiceOwner = QStringLiteral("ssh-key-injection");

} // namespace

QString PlanContext::cloudInitChoice()
{
    if (m_cloudInitChoice)
        return *m_cloudInitChoice;
    // The package alternatives, named for cloud-init, and the script instead.
    FixOption o = packageOption(ChoiceOwner);
    for (FixAlternative &a : o.alternatives)
        a.id.replace(QLatin1String("packages-"), QLatin1String("cloud-init-"));
    o.defaultAlternative.replace(QLatin1String("packages-"), QLatin1String("cloud-init-"));
    o.alternatives << FixAlternative{units::FirstBootScript,
                                     PlanText::tr("No cloud-init: a first-boot script fetches the SSH key (and grows an LVM root)"), {}, true};
    QString requested = options.alternatives.value(ChoiceOwner);
    if (requested.isEmpty())
        requested = options.alternatives.value(CloudInitChoiceKey);
    m_cloudInitChoice = choose(o, requested);
    return *m_cloudInitChoice;
}

namespace units {

namespace {

void planDatasourceList(PlanContext &p, Fix &fix)
{
    // cloud-init merges top-level keys file by file, the last one winning: a
    // list without ConfigDrive and OpenStack (as "[ None ]", which keeps
    // cloud-init from fetching anything) is replaced by a file read last.
    const auto block = checks::lastTopLevelBlock(checks::cloudConfigFiles(p.files), QStringLiteral("datasource_list"));
    if (!block)
        return;
    QStringList sources = checks::yamlList(*block);
    const QStringList wanted{QStringLiteral("ConfigDrive"), QStringLiteral("OpenStack")};
    if (std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &w) { return sources.contains(w); }))
        return;
    QStringList list = wanted;
    for (const QString &s : std::as_const(sources)) {
        if (!list.contains(s) && s != QLatin1String("None"))
            list << s;
    }
    list << QStringLiteral("None"); // cloud-init's fallback stays last
    const QString path = QStringLiteral("/etc/cloud/cloud.cfg.d/99_zz_imageprep_datasources.cfg");
    const QByteArray content = QStringLiteral("# Written by imageprep: %1 sets datasource_list without ConfigDrive and OpenStack.\n"
                                              "datasource_list: [ %2 ]\n")
                                   .arg(block->file, list.join(QStringLiteral(", ")))
                                   .toUtf8();
    p.writeFile(fix, EditKind::WriteFile, path, content, 0644,
                PlanText::tr("cloud-init data sources: ConfigDrive and OpenStack first (%1 overrides %2)").arg(path, block->file));
}

void planGrowSettings(PlanContext &p, Fix &fix)
{
    // The settings that stop cloud-init growing root are overridden by a file
    // read last (cloud-init merges top-level keys file by file).
    const QList<checks::CloudConfigFile> cfg = checks::cloudConfigFiles(p.files);
    QByteArray content;
    QStringList from;
    if (const auto block = checks::lastTopLevelBlock(cfg, QStringLiteral("growpart"))) {
        for (const checks::Line &c : block->children) {
            const QString t = c.text.trimmed();
            const QString mode = t.startsWith(QLatin1String("mode:")) ? checks::yamlScalar(t.mid(5)) : QString();
            if (mode == QLatin1String("off") || mode == QLatin1String("false")) {
                content += "growpart:\n  mode: auto\n  devices: ['/']\n";
                from << block->file;
            }
        }
    }
    if (const auto block = checks::lastTopLevelBlock(cfg, QStringLiteral("resize_rootfs"))) {
        if (block->inlineValue == QLatin1String("false") || block->inlineValue == QLatin1String("False")) {
            content += "resize_rootfs: true\n";
            from << block->file;
        }
    }
    if (!content.isEmpty()) {
        const QString path = QStringLiteral("/etc/cloud/cloud.cfg.d/99_zz_imageprep_growpart.cfg");
        from.removeDuplicates();
        p.writeFile(fix, EditKind::WriteFile, path,
                    "# Written by imageprep: " + from.join(QStringLiteral(", ")).toUtf8() + " stops cloud-init growing root.\n" + content,
                    0644, PlanText::tr("cloud-init grows root again (%1 overrides %2)").arg(path, from.join(QStringLiteral(", "))));
    }
    const QString disabled = QStringLiteral("/etc/growroot-disabled");
    if (p.files.lstat(disabled).type != GuestStat::Type::Missing)
        p.removeFile(fix, disabled, PlanText::tr("Remove %1, which stops root from growing").arg(disabled));
}

void planCloudInit(PlanContext &p, Fix &fix, bool local)
{
    const FamilyProfile &profile = profileFor(p.facts.family());
    QStringList pkgs{QStringLiteral("cloud-init")};
    if (!profile.growpartPackages.isEmpty() && checks::installedPackage(p.facts, profile.growpartPackages).isEmpty())
        pkgs << profile.growpartPackages.first();
    if (!p.install(fix, pkgs, local))
        return;
    const bool wasInstalled = p.facts.hasPackage(QStringLiteral("cloud-init"));
    // Switched off: the flag file and masks go.
    const QString flag = QStringLiteral("/etc/cloud/cloud-init.disabled");
    if (p.files.lstat(flag).type != GuestStat::Type::Missing)
        p.removeFile(fix, flag, PlanText::tr("Remove %1, which switches cloud-init off").arg(flag));
    planRemoveKernelArg(p, fix, QStringLiteral("cloud-init=disabled"));
    for (const QString &unit : cloudInitServices().all) {
        const QString mask = QStringLiteral("/etc/systemd/system/%1.service").arg(unit);
        if (checks::isMasked(p.files, unit + QStringLiteral(".service")))
            p.removeFile(fix, mask, PlanText::tr("Unmask %1").arg(unit));
    }
    planDatasourceList(p, fix);
    planGrowSettings(p, fix);
    if (p.facts.init == InitSystem::Systemd) {
        for (const QString &unit : {QStringLiteral("cloud-init-local"), QStringLiteral("cloud-init"), QStringLiteral("cloud-config"),
                                    QStringLiteral("cloud-final")}) {
            if (wasInstalled && p.unitPath(unit + QStringLiteral(".service")).isEmpty())
                continue; // a newer cloud-init without this stage
            if (!checks::findEnabledService(p.facts, p.files, {unit}).enabled)
                p.enableService(fix, unit);
        }
    }
}

void planFirstBoot(PlanContext &p, Fix &fix)
{
    QString rcPath;
    const FirstBootFiles fb = firstBootFiles(p.facts, p.editable(QStringLiteral("/etc/rc.local"), &rcPath));
    for (const FirstBootFile &f : fb.files)
        p.writeFile(fix, f.kind, f.path, f.content, f.mode, f.summary);
    for (const QString &svc : fb.services)
        p.enableService(fix, svc);
}

} // namespace

FixOutcome planCloudInitShared(PlanContext &ctx, Fix &fix)
{
    fix.alternative = ctx.cloudInitChoice();
    if (!ctx.cloudInitPlanned) {
        if (fix.alternative == FirstBootScript)
            planFirstBoot(ctx, fix);
        else
            planCloudInit(ctx, fix, fix.alternative.endsWith(QLatin1String("-local")));
        ctx.cloudInitPlanned = true;
    }
    return FixOutcome::shared();
}

using namespace checks;
using namespace Qt::StringLiterals;
using steps::Block;
using steps::DebianFamily;
using steps::RedHatFamily;
using steps::mountGuest;

CloudInitState cloudInitState(const GuestFacts &facts, const GuestFiles &files)
{
    CloudInitState s;
    s.installed = facts.hasPackage(QStringLiteral("cloud-init"));
    if (!s.installed)
        return s;
    s.evidence << packageEvidence(facts, QStringLiteral("cloud-init"));

    const CloudInitServices &units = cloudInitServices();
    const ServiceState network = findEnabledService(facts, files, units.networkStage);
    const ServiceState final = findEnabledService(facts, files, units.finalStage);
    if (network.enabled)
        s.evidence << network.evidence;
    else
        s.missingStages << units.networkStage.first();
    if (final.enabled)
        s.evidence << final.evidence;
    else
        s.missingStages << units.finalStage.first();
    s.enabled = network.enabled && final.enabled;

    const CloudInitSwitches switches = cloudInitSwitches(files);
    s.disabledBy = switches.disabledBy;
    s.noCloudSource = switches.noCloudSource;
    s.switches = describeSwitches(switches);
    return s;
}


// As cloudInitState() decides.
QList<Block> cloudInitStateCheck()
{
    return {
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data". Shown as a shell comment; command lines stay untranslated.
        {QT_TRANSLATE_NOOP("ManualSteps", "Is the cloud-init package installed?"),
         {uR"~(virt-inspector -a IMAGE | grep '<name>cloud-init</name>')~"_s}},
        mountGuest(),
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data": systemd unit names stay as they are.
        {QT_TRANSLATE_NOOP("ManualSteps",
                           "Its services must start at boot: cloud-init.service (cloud-init-network.service from 24.3) and "
                           "cloud-final.service linked in a .wants directory:"),
         {uR"~(ls /tmp/guest/etc/systemd/system/cloud-init.target.wants /tmp/guest/etc/systemd/system/multi-user.target.wants | grep -E '^cloud-(init|init-network|init-main|final)\.service$')~"_s}},
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data": file names and the kernel argument stay as they are.
        {QT_TRANSLATE_NOOP("ManualSteps",
                           "Nothing may switch it off: no /etc/cloud/cloud-init.disabled, no cloud-init=disabled on the kernel "
                           "command line, no unit masked (linked to /dev/null):"),
         {uR"~(ls -l /tmp/guest/etc/cloud/cloud-init.disabled)~"_s,
          uR"~(grep -rns 'cloud-init=disabled' /tmp/guest/etc/default/grub /tmp/guest/boot/grub/grub.cfg /tmp/guest/boot/grub2/grub.cfg /tmp/guest/boot/loader/entries)~"_s,
          uR"~(ls -l /tmp/guest/etc/systemd/system/ | grep -E 'cloud-.*\.service -> /dev/null')~"_s}},
    };
}

QList<Block> cloudInitStateFix()
{
    return {
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data". Shown as a shell comment; command lines stay untranslated.
        {QT_TRANSLATE_NOOP("ManualSteps", "Install cloud-init (the appliance needs network for this); Debian's package enables its services:"),
         {}},
        {DebianFamily, {uR"~(virt-customize -a COPY --install cloud-init)~"_s}},
        {RedHatFamily,
         {uR"~(virt-customize -a COPY --install cloud-init --run-command 'systemctl enable cloud-init-local.service cloud-init.service cloud-config.service cloud-final.service' --selinux-relabel)~"_s}},
        //: Lab mode, manual steps for "ssh-key-injection" and "user-data". Shown as a shell comment; command lines stay untranslated.
        {QT_TRANSLATE_NOOP("ManualSteps", "Switched off: remove the flag file and unmask the units (and drop cloud-init=disabled from /etc/default/grub):"),
         {uR"~(virt-customize -a COPY --delete /etc/cloud/cloud-init.disabled --run-command 'systemctl unmask cloud-init-local.service cloud-init.service cloud-config.service cloud-final.service')~"_s}},
    };
}

} // namespace units

} // namespace imageprep
