// cloud-init-user: cloud-init's default user exists so the injected key has
// an account to go to. No automatic fix (the by-hand steps say how).
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

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

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  mountGuest(),
                  //: Lab mode, manual steps for "cloud-init-user": users, default, system_info, default_user and name are cloud-init keys.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "The key goes to the user named in users: (when it lists no \"default\") or else to "
                                     "system_info: default_user: name:, the last file that sets it wins:"),
                   {uR"~(grep -n -A4 -E '^users:|^\s+default_user:' /tmp/guest/etc/cloud/cloud.cfg /tmp/guest/etc/cloud/cloud.cfg.d/*.cfg)~"_s}},
                  unmountGuest(),
              },
              {
                  //: Lab mode, manual steps for "cloud-init-user": the user name in the command is an example (debian, ubuntu, cloud-user…).
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Name a default user (the name users expect: debian, ubuntu, cloud-user, rocky…); cloud-init creates it at first boot:"),
                   {uR"~(virt-customize -a COPY --write $'/etc/cloud/cloud.cfg.d/90-default-user.cfg:system_info:\n  default_user:\n    name: debian\n')~"_s}},
                  //: Lab mode, manual steps for "cloud-init-user": "users:" and "default" are cloud-init syntax.
                  {QT_TRANSLATE_NOOP("ManualSteps", "And make sure a users: list, if there is one, starts with default:"),
                   {uR"~(virt-customize -a COPY --edit '/etc/cloud/cloud.cfg:s/^users:\s*$/users:\n  - default/')~"_s}},
              });
    }
};

} // namespace

IMAGEPREP_UNIT(CloudInitUser)

} // namespace imageprep::units
