// root-password: root has no usable password (users log in with their key
// pair). The fix locks it (passwd -l); the user may keep it instead.
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

const QString Keep = QStringLiteral("keep");

// A root password hash for "training" (SHA-512 crypt); trainees may log in with it.
const QByteArray TrainingPasswordHash =
    "$6$imagepreplab0$HWQp7xRyKFiudbFUzzuqgXx4yJJfABY/sdese/NrZdeD/h12WXEvoegjP6OS7rK/C4qDvP0vTD2ZMGtVWE0qM.";

void planRootPassword(PlanContext &p, Fix &fix)
{
    const QString shadow = QStringLiteral("/etc/shadow");
    QString real;
    QString problem;
    const auto content = p.files.editableText(shadow, &real, &problem);
    if (!content) {
        p.plan.errors << (problem.isEmpty() ? PlanText::tr("%1 is missing.").arg(shadow) : problem);
        return;
    }
    // The view gets the locked entry ('!' before the hash, so "passwd -u"
    // can unlock it later); the edit is passwd -l inside the guest, so the
    // plan's diff never shows the password hash.
    QList<QByteArray> lines = content->split('\n');
    bool changed = false;
    for (QByteArray &l : lines) {
        if (!l.startsWith("root:"))
            continue;
        const qsizetype colon = l.indexOf(':', 5);
        if (colon < 0 || l.mid(5, 1) == "!" || l.mid(5, 1) == "*")
            continue;
        l.insert(5, '!');
        changed = true;
    }
    if (!changed)
        return;
    fix.edits << makeRunInGuest({QStringLiteral("passwd"), QStringLiteral("-l"), QStringLiteral("root")},
                                PlanText::tr("Lock the root password (passwd -l root: '!' before the hash in %1)").arg(shadow));
    p.files.set(real, lines.join('\n'));
}

void plantRootPassword(PlanContext &p, Fix &fix)
{
    const QString shadow = QStringLiteral("/etc/shadow");
    const bool changed = p.changeFile(fix, EditKind::EditLines, shadow, [](const QByteArray &c) {
        QList<QByteArray> lines = c.split('\n');
        for (QByteArray &l : lines) {
            if (!l.startsWith("root:"))
                continue;
            QList<QByteArray> fields = l.split(':');
            if (fields.size() > 1)
                fields[1] = TrainingPasswordHash;
            l = fields.join(':');
            break;
        }
        return lines.join('\n');
    }, LabDefects::tr("Set a root password in %1").arg(shadow));
    if (!changed && p.failure().isEmpty())
        p.fail(LabDefects::tr("/etc/shadow has no root entry to change."));
}

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

    bool fixable() const override { return true; }

    std::optional<FixOption> fixOption(const PlanContext &) const override
    {
        return FixOption{id(),
                         {FixAlternative{QStringLiteral("lock"), PlanText::tr("Lock the root password ('!' before the hash; passwd -u unlocks it)"), {}, true},
                          FixAlternative{Keep, PlanText::tr("Keep the root password as it is"), {}, true}},
                         QStringLiteral("lock"), {}};
    }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override
    {
        if (fix.alternative == Keep)
            return FixOutcome::unfixed(PlanText::tr("the password is kept, as chosen"));
        planRootPassword(ctx, fix);
        return FixOutcome::planned();
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "root-password": the symbols are the start of the shadow password field.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "The start of root's password field in /etc/shadow: ! or * is locked, empty has no "
                                     "password, $ is a password hash:"),
                   {uR"~(virt-cat -a IMAGE /etc/shadow | awk -F: '$1 == "root" { print ($2 == "" ? "(empty)" : substr($2, 1, 3)) }')~"_s}},
              },
              {
                  //: Lab mode, manual steps for "root-password". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "Lock the root password (users log in with their key pair):"),
                   {u"virt-customize -a COPY --root-password disabled"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "sets a root password in /etc/shadow (the password is \"training\")");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantRootPassword(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(RootPassword)

} // namespace imageprep::units
