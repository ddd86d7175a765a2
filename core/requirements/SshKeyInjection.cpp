// ssh-key-injection: the instance fetches the user's key pair at boot,
// through cloud-init's OpenStack data sources or a first-boot script. Its
// fix is the shared cloud-init choice (requirements/CloudInit.h), which the
// plan offers under this requirement.
#include "requirements/Unit.h"

#include "requirements/CloudInit.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void plantKeyInjection(PlanContext &p, Fix &fix)
{
    if (!p.needsPackage(QStringLiteral("cloud-init")))
        return;
    p.writeFile(fix, EditKind::WriteFile, QStringLiteral("/etc/cloud/cloud.cfg.d/99_lab-datasource.cfg"), "# built and tested with a local seed\ndatasource_list: [ NoCloud, None ]\n",
                0644, LabDefects::tr("Limit cloud-init's data sources to NoCloud"));
}

class SshKeyInjection final : public BasicRequirement {
public:
    SshKeyInjection()
        : BasicRequirement({"ssh-key-injection",
                            //: Title of the OpenStack image requirement "ssh-key-injection": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "SSH keys come from the metadata service"),
                            //: Why OpenStack needs "ssh-key-injection"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "OpenStack does not write the user's key pair into the disk; the instance must "
                                              "fetch the public key at boot from the metadata service "
                                              "(http://169.254.169.254/) or the config drive. cloud-init does this when its "
                                              "data sources include OpenStack, ConfigDrive or Ec2; otherwise a first-boot "
                                              "script has to."),
                            Severity::Required, "access"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        const CloudInitState ci = cloudInitState(facts, files);
        if (ci.installed && ci.disabledBy.isEmpty() && ci.enabled) {
            QList<Evidence> ev = ci.evidence;
            const auto block = lastTopLevelBlock(cloudConfigFiles(files), QStringLiteral("datasource_list"));
            if (!block)
                return result(CheckStatus::Pass, CheckText::tr("cloud-init uses its default data sources, which include OpenStack."), ev);
            const QStringList sources = yamlList(*block);
            ev << lineEvidence(block->file, block->keyLine);
            for (const QString &wanted : {QStringLiteral("OpenStack"), QStringLiteral("ConfigDrive"), QStringLiteral("Ec2")}) {
                if (sources.contains(wanted))
                    return result(CheckStatus::Pass, CheckText::tr("cloud-init reads keys from the %1 data source.").arg(wanted), ev);
            }
            return result(CheckStatus::Fail,
                          CheckText::tr("cloud-init's data sources (%1) do not include OpenStack, ConfigDrive or Ec2.")
                              .arg(sources.join(QStringLiteral(", "))),
                          ev);
        }

        // Without a working cloud-init, a hand-made first-boot script may fetch the keys.
        const QList<Evidence> script = findInFirstBootScripts(files, {QStringLiteral("169.254.169.254"), QStringLiteral("public-keys")});
        if (!script.isEmpty())
            return result(CheckStatus::Pass, CheckText::tr("A first-boot script fetches the key from the metadata service."), script);

        const QString agent = installedPackage(facts, profileFor(facts.family()).metadataAgentPackages);
        if (!agent.isEmpty())
            return result(CheckStatus::Warning,
                          CheckText::tr("%1 is installed; make sure it is configured for OpenStack.").arg(agent),
                          {packageEvidence(facts, agent)});

        if (!ci.installed) {
            if (facts.packages.isEmpty())
                return result(CheckStatus::Unknown, CheckText::tr("Inspection found no package list."));
            return result(CheckStatus::Fail, CheckText::tr("Nothing fetches SSH keys: cloud-init is not installed and no first-boot script does."),
                          {noteEvidence(CheckText::tr("package cloud-init is not installed"))});
        }
        if (!ci.disabledBy.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("cloud-init is installed but switched off: %1.").arg(ci.switches),
                          ci.evidence + ci.disabledBy + ci.noCloudSource);
        QList<Evidence> ev = ci.evidence;
        for (const QString &stage : ci.missingStages)
            ev << noteEvidence(CheckText::tr("service %1 is not enabled").arg(stage));
        return result(CheckStatus::Fail, CheckText::tr("cloud-init is installed but does not start at boot."), ev);
    }

    bool fixable() const override { return true; }

    // The cloud-init choice is offered first: the other fixes reuse its install.
    void prepareFix(PlanContext &ctx, const CheckResult &) const override { ctx.cloudInitChoice(); }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override { return planCloudInitShared(ctx, fix); }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        QList<Block> check = cloudInitStateCheck();
        QList<Block> fix = cloudInitStateFix();
    check << Block{
                      //: Lab mode, manual steps for "ssh-key-injection": data source names stay as they are.
                      QT_TRANSLATE_NOOP("ManualSteps",
                                              "Its data sources must include OpenStack, ConfigDrive or Ec2 (no datasource_list means the defaults, which do):"),
                            {uR"~(grep -n -A3 '^datasource_list' /tmp/guest/etc/cloud/cloud.cfg /tmp/guest/etc/cloud/cloud.cfg.d/*.cfg)~"_s}};
    check << Block{
        //: Lab mode, manual steps for "ssh-key-injection": 169.254.169.254 is the metadata service address.
        QT_TRANSLATE_NOOP("ManualSteps", "Without cloud-init, a first-boot script must fetch the key from 169.254.169.254:"),
        {uR"~(grep -rns '169.254.169.254.*public-keys' /tmp/guest/etc/rc.local /tmp/guest/etc/local.d /tmp/guest/etc/init.d /tmp/guest/etc/systemd/system /tmp/guest/usr/local/bin /tmp/guest/usr/local/sbin /tmp/guest/var/lib/cloud/scripts)~"_s}};
    check << unmountGuest();
    fix << Block{
        //: Lab mode, manual steps for "ssh-key-injection": data source names stay as they are.
        QT_TRANSLATE_NOOP("ManualSteps", "A datasource_list without OpenStack: a later file that names it wins:"),
        {u"virt-customize -a COPY --write '/etc/cloud/cloud.cfg.d/99-openstack.cfg:datasource_list: [ ConfigDrive, OpenStack, None ]'"_s}};
    fix << Block{
        //: Lab mode, manual steps for "ssh-key-injection": a systemd unit that fetches the key when cloud-init is not wanted.
        QT_TRANSLATE_NOOP("ManualSteps", "Or, without cloud-init, a unit that fetches the key at first boot:"),
        {uR"~(virt-customize -a COPY --write $'/etc/systemd/system/openstack-ssh-key.service:[Unit]\nDescription=SSH key from the OpenStack metadata service\nWants=network-online.target\nAfter=network-online.target\nConditionPathExists=!/root/.ssh/authorized_keys\n\n[Service]\nType=oneshot\nExecStart=/bin/sh -c \'mkdir -p -m 700 /root/.ssh && curl -sf http://169.254.169.254/latest/meta-data/public-keys/0/openssh-key > /root/.ssh/authorized_keys\'\n\n[Install]\nWantedBy=multi-user.target\n' --run-command 'systemctl enable openstack-ssh-key.service')~"_s}};
        return render(check, fix);
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "limits cloud-init's data sources to NoCloud, so it never asks OpenStack for the key");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantKeyInjection(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(SshKeyInjection)

} // namespace imageprep::units
