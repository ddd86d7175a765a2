// Metadata and cloud-init: ssh-key-injection, user-data, cloud-init-user.
#include "checks/CheckSupport.h"
#include "checks/CloudInitSwitches.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::checks {

namespace {

// What the checks of this unit share: is cloud-init there, on, and not switched off.
struct CloudInitState {
    bool installed = false;
    bool enabled = false;
    QList<Evidence> evidence;       // package and enabled services
    QList<Evidence> disabledBy;     // cloud-init.disabled, kernel argument, masked units
    QList<Evidence> noCloudSource;  // datasource_list without a cloud data source
    QString switches;               // every switch, named for the summary
    QStringList missingStages;
};

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
};

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
};

class CloudInitUser final : public BasicRequirement {
public:
    CloudInitUser()
        : BasicRequirement({"cloud-init-user",
                            //: Title of the OpenStack image requirement "cloud-init-user": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "cloud-init has a default user for the key"),
                            //: Why OpenStack needs "cloud-init-user"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "cloud-init writes the injected key into its default user's authorized_keys "
                                              "and, by default, refuses root logins. Users need to know that login name to "
                                              "reach the instance."),
                            Severity::Required, "cloud-init"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        if (!facts.hasPackage(QStringLiteral("cloud-init")))
            return result(CheckStatus::NotApplicable, CheckText::tr("cloud-init is not installed."));
        const QList<CloudConfigFile> cfg = cloudConfigFiles(files);

        bool usesDefault = true;
        if (const auto users = lastTopLevelBlock(cfg, QStringLiteral("users"))) {
            const QStringList items = yamlList(*users);
            usesDefault = items.contains(QLatin1String("default"));
            if (!usesDefault) {
                for (const Line &c : users->children) {
                    const QString t = c.text.trimmed();
                    const qsizetype at = t.indexOf(QLatin1String("name:"));
                    if (at >= 0 && (at == 0 || t.startsWith(QLatin1Char('-')))) {
                        const QString name = yamlScalar(t.mid(at + 5));
                        return result(CheckStatus::Pass, CheckText::tr("cloud-init puts the key into user \"%1\".").arg(name),
                                      {lineEvidence(users->file, c)});
                    }
                }
                return result(CheckStatus::Warning, CheckText::tr("cloud-init's users list names no user to receive the key."),
                              {lineEvidence(users->file, users->keyLine)});
            }
        }

        // system_info.default_user.name; the last file that sets it wins.
        std::optional<Evidence> found;
        QString name;
        for (const YamlBlock &info : topLevelBlocks(cfg, QStringLiteral("system_info"))) {
            qsizetype userIndent = -1;
            for (const Line &c : info.children) {
                const QString t = c.text.trimmed();
                const qsizetype ind = indentOf(c.text);
                if (userIndent < 0) {
                    if (t.startsWith(QLatin1String("default_user:")))
                        userIndent = ind;
                    continue;
                }
                if (ind <= userIndent)
                    break;
                if (t.startsWith(QLatin1String("name:"))) {
                    name = yamlScalar(t.mid(5));
                    found = lineEvidence(info.file, c);
                    break;
                }
            }
        }
        if (found && !name.isEmpty())
            return result(CheckStatus::Pass, CheckText::tr("cloud-init puts the key into user \"%1\".").arg(name), {*found});
        return result(CheckStatus::Warning,
                      CheckText::tr("cloud-init has no default user; users will not know which account holds their key."),
                      cfg.isEmpty() ? QList<Evidence>{noteEvidence(CheckText::tr("no /etc/cloud/cloud.cfg"))} : QList<Evidence>{});
    }
};

} // namespace

void addCloudInitChecks(RequirementList &out)
{
    out.push_back(std::make_unique<SshKeyInjection>());
    out.push_back(std::make_unique<UserData>());
    out.push_back(std::make_unique<CloudInitUser>());
}

} // namespace imageprep::checks
