// ssh-host-keys: no SSH host keys baked into the image (every instance
// would share them).
#include "requirements/Unit.h"

#include "checks/CloudInitSwitches.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void planHostKeys(PlanContext &p, const CheckResult &r, Fix &fix)
{
    for (const Evidence &e : r.evidence) {
        if (!e.file.startsWith(QLatin1String("/etc/ssh/ssh_host_")))
            continue;
        p.removeFile(fix, e.file, PlanText::tr("Remove the SSH host key %1").arg(e.file));
        const QString pub = e.file + QStringLiteral(".pub");
        if (p.files.lstat(pub).type != GuestStat::Type::Missing)
            p.removeFile(fix, pub, PlanText::tr("Remove the SSH host key %1").arg(pub));
    }
}

void plantHostKeys(PlanContext &p, Fix &fix)
{
    if (!p.files.isDir(QStringLiteral("/etc/ssh"))) {
        p.fail(LabDefects::tr("the guest has no /etc/ssh."));
        return;
    }
    // Not a usable key: the check and the trainee judge by the file names.
    const QString body = QString::fromLatin1(QByteArray::fromHex(randomHex(96).toLatin1()).toBase64());
    const QString key = QStringLiteral("/etc/ssh/ssh_host_ed25519_key");
    p.writeFile(fix, EditKind::WriteFile, key, QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n%1\n-----END OPENSSH PRIVATE KEY-----\n").arg(body).toUtf8(), 0600,
                LabDefects::tr("Leave the SSH host key %1").arg(key));
    p.writeFile(fix, EditKind::WriteFile, key + QStringLiteral(".pub"), QStringLiteral("ssh-ed25519 %1 root@build-host\n").arg(body.left(68)).toUtf8(), 0644,
                LabDefects::tr("Leave the SSH host key %1").arg(key + QStringLiteral(".pub")));
}

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

    bool fixable() const override { return true; }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &r, Fix &fix) const override
    {
        planHostKeys(ctx, r, fix);
        return FixOutcome::planned();
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "ssh-host-keys": file names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Private host keys in the image (ssh_host_*_key):"),
                   {uR"~(virt-ls -a IMAGE /etc/ssh | grep -E '^ssh_host_.*_key$')~"_s}},
                  //: Lab mode, manual steps for "ssh-host-keys": ssh_deletekeys is a cloud-init key.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "With cloud-init installed they are replaced at first boot, unless ssh_deletekeys: false keeps them:"),
                   {u"virt-cat -a IMAGE /etc/cloud/cloud.cfg | grep -n ssh_deletekeys"_s}},
              },
              {
                  //: Lab mode, manual steps for "ssh-host-keys": ssh-keygen -A is a command.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Remove the keys. cloud-init or RHEL's sshd-keygen make new ones at first boot; without "
                                     "them, let a first-boot command do it (ssh-keygen -A):"),
                   {uR"~(virt-sysprep -a COPY --operations ssh-hostkeys,customize --firstboot-command 'ssh-keygen -A && systemctl restart ssh.service')~"_s}},
                  //: Lab mode, manual steps for "ssh-host-keys": ssh_deletekeys is a cloud-init key.
                  {QT_TRANSLATE_NOOP("ManualSteps", "When cloud-init is installed, let it replace them too:"),
                   {uR"~(virt-customize -a COPY --edit '/etc/cloud/cloud.cfg:s/^ssh_deletekeys:.*/ssh_deletekeys: true/')~"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "leaves an SSH host key pair in /etc/ssh");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantHostKeys(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(SshHostKeys)

} // namespace imageprep::units
