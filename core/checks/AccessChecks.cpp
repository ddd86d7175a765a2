// Access: ssh-server, ssh-host-keys, root-password.
#include "checks/CheckSupport.h"
#include "checks/CloudInitSwitches.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::checks {

namespace {

class SshServer final : public BasicRequirement {
public:
    SshServer()
        : BasicRequirement({"ssh-server",
                            //: Title of the OpenStack image requirement "ssh-server": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "SSH server installed and started at boot"),
                            //: Why OpenStack needs "ssh-server"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Users reach Linux instances over SSH. Without an SSH server that starts when "
                                              "the instance boots there is no way to log in, whatever keys OpenStack "
                                              "injects."),
                            Severity::Required, "access"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        const FamilyProfile &profile = profileFor(facts.family());
        QList<Evidence> ev;
        const QString pkg = installedPackage(facts, profile.sshServerPackages);
        if (!pkg.isEmpty()) {
            ev << packageEvidence(facts, pkg);
        } else if (facts.packages.isEmpty() && files.isFile(QStringLiteral("/usr/sbin/sshd"))) {
            ev << Evidence{QStringLiteral("/usr/sbin/sshd"), 0, {}, CheckText::tr("sshd is present (no package list)")};
        } else if (facts.packages.isEmpty()) {
            return result(CheckStatus::Unknown, CheckText::tr("Inspection found no package list and no /usr/sbin/sshd."));
        } else {
            return result(CheckStatus::Fail, CheckText::tr("No SSH server is installed."),
                          {noteEvidence(CheckText::tr("package %1 is not installed").arg(profile.sshServerPackages.join(QLatin1Char('/'))))});
        }

        const ServiceState svc = findEnabledService(facts, files, profile.sshServices);
        if (!svc.enabled) {
            ev << noteEvidence(CheckText::tr("none of %1 is enabled for %2")
                                   .arg(profile.sshServices.join(QStringLiteral(", ")), toString(facts.init)));
            return result(CheckStatus::Fail, CheckText::tr("The SSH server is installed but does not start at boot."), ev);
        }
        ev << svc.evidence;
        return result(CheckStatus::Pass, CheckText::tr("The SSH server starts at boot."), ev);
    }
};

class SshHostKeys final : public BasicRequirement {
public:
    SshHostKeys()
        : BasicRequirement({"ssh-host-keys",
                            //: Title of the OpenStack image requirement "ssh-host-keys": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No SSH host keys baked into the image"),
                            //: Why OpenStack needs "ssh-host-keys"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Host keys in an image are shared by every instance started from it, so one "
                                              "instance can impersonate another. Each instance should generate its own keys "
                                              "at first boot (cloud-init or sshd-keygen do)."),
                            Severity::Recommended, "access"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        QList<Evidence> keys;
        for (const QString &k : files.glob(QStringLiteral("/etc/ssh"), QStringLiteral("ssh_host_*_key")))
            keys << Evidence{k, 0, {}, CheckText::tr("private host key")};
        if (keys.isEmpty())
            return result(CheckStatus::Pass, CheckText::tr("No SSH host keys in the image."));

        if (facts.hasPackage(QStringLiteral("cloud-init"))) {
            const CloudInitSwitches switches = cloudInitSwitches(files);
            if (switches.off())
                return result(CheckStatus::Fail,
                              CheckText::tr("%n SSH host key(s) in the image, and cloud-init, which would replace them, is switched off.",
                                            nullptr, static_cast<int>(keys.size())),
                              keys + switches.disabledBy);
            const auto block = lastTopLevelBlock(cloudConfigFiles(files), QStringLiteral("ssh_deletekeys"));
            const bool keeps = block && (block->inlineValue == QLatin1String("false") || block->inlineValue == QLatin1String("False"));
            if (!keeps)
                return result(CheckStatus::Warning,
                              CheckText::tr("%n SSH host key(s) in the image; cloud-init replaces them at first boot.", nullptr,
                                            static_cast<int>(keys.size())),
                              keys);
            keys << lineEvidence(block->file, block->keyLine, CheckText::tr("cloud-init keeps the image's keys"));
        }
        return result(CheckStatus::Fail,
                      CheckText::tr("%n SSH host key(s) in the image that every instance would share.", nullptr,
                                    static_cast<int>(keys.size())),
                      keys);
    }
};

class RootPassword final : public BasicRequirement {
public:
    RootPassword()
        : BasicRequirement({"root-password",
                            //: Title of the OpenStack image requirement "root-password": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "Root password locked"),
                            //: Why OpenStack needs "root-password"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Instances are reached with the key pair OpenStack injects. A root password set "
                                              "in the image is the same on every instance and opens the console to anyone "
                                              "who knows it."),
                            Severity::Recommended, "access"})
    {
    }

    CheckResult evaluate(const GuestFacts &, const GuestFiles &files) const override
    {
        const QString path = QStringLiteral("/etc/shadow");
        for (const Line &l : readLines(files, path)) {
            if (!l.text.startsWith(QLatin1String("root:")))
                continue;
            const QStringList fields = l.text.split(QLatin1Char(':'));
            const QString pw = fields.value(1);
            // Never copy a hash into a report.
            QStringList shown = fields;
            if (shown.size() > 1 && !pw.isEmpty() && !pw.startsWith(QLatin1Char('!')) && !pw.startsWith(QLatin1Char('*')))
                shown[1] = QStringLiteral("<hash>");
            const Evidence ev{path, l.number, shown.join(QLatin1Char(':')), {}};
            if (pw.startsWith(QLatin1Char('!')) || pw.startsWith(QLatin1Char('*')))
                return result(CheckStatus::Pass, CheckText::tr("The root password is locked."), {ev});
            if (pw.isEmpty())
                return result(CheckStatus::Warning,
                              CheckText::tr("root has an empty password: SSH refuses it, but the console lets anyone in."), {ev});
            return result(CheckStatus::Fail, CheckText::tr("root has a password set in the image."), {ev});
        }
        return result(CheckStatus::Unknown, CheckText::tr("No root entry in /etc/shadow."));
    }
};

} // namespace

void addAccessChecks(RequirementList &out)
{
    out.push_back(std::make_unique<SshServer>());
    out.push_back(std::make_unique<SshHostKeys>());
    out.push_back(std::make_unique<RootPassword>());
}

} // namespace imageprep::checks
