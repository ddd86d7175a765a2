// machine-id: no machine ID baked into the image (every instance would
// share it). Besides its own fix, it keeps package installs of the plan
// from leaving one behind in an image that had none.
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

// /var/lib/dbus/machine-id becomes a link to /etc/machine-id, as on a
// booted systemd guest; a filled /etc/machine-id is emptied again.
const QString MachineIdReset = QStringLiteral(
    "d=/var/lib/dbus/machine-id; if [ -f \"$d\" ] && [ ! -L \"$d\" ]; then ln -sf /etc/machine-id \"$d\"; fi; "
    "if [ -s /etc/machine-id ]; then : > /etc/machine-id; fi");

void planMachineId(PlanContext &p, const CheckResult &r, Fix &fix)
{
    for (const Evidence &e : r.evidence) {
        if (e.file.isEmpty())
            continue;
        p.changeFile(fix, EditKind::EmptyFile, e.file, [](const QByteArray &) { return QByteArray(); },
                     PlanText::tr("Empty %1 (each instance generates its own)").arg(e.file));
    }
}

void plantMachineId(PlanContext &p, Fix &fix)
{
    p.writeFile(fix, EditKind::WriteFile, QStringLiteral("/etc/machine-id"), (randomHex(16) + QLatin1Char('\n')).toUtf8(), 0444,
                LabDefects::tr("Leave a machine ID in /etc/machine-id"));
}

class MachineId final : public BasicRequirement {
public:
    MachineId()
        : BasicRequirement({"machine-id",
                            //: Title of the OpenStack image requirement "machine-id": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "No machine ID baked into the image"),
                            //: Why OpenStack needs "machine-id"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "Every instance started from an image with a machine ID shares it: DHCP client "
                                              "IDs, journald and monitoring then mix instances up. An empty or missing "
                                              "/etc/machine-id makes each instance generate its own at first boot."),
                            Severity::Recommended, "hygiene"})
    {
    }

    CheckResult evaluate(const GuestFacts &, const GuestFiles &files) const override
    {
        static const QRegularExpression id(QStringLiteral("^[0-9a-f]{32}$"));
        QList<Evidence> bad;
        for (const QString &path : {QStringLiteral("/etc/machine-id"), QStringLiteral("/var/lib/dbus/machine-id")}) {
            // /var/lib/dbus/machine-id is usually a link to /etc/machine-id: judge the file once.
            if (path != QLatin1String("/etc/machine-id") && files.lstat(path).type == GuestStat::Type::Symlink
                && files.resolve(path) == QStringLiteral("/etc/machine-id"))
                continue;
            for (const Line &l : readLines(files, path)) {
                if (id.match(l.text.trimmed()).hasMatch())
                    bad << lineEvidence(path, l);
            }
        }
        if (!bad.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("The image carries a machine ID that every instance would share."), bad);
        return result(CheckStatus::Pass, CheckText::tr("No machine ID in the image; each instance creates its own."));
    }

    bool fixable() const override { return true; }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &r, Fix &fix) const override
    {
        planMachineId(ctx, r, fix);
        return FixOutcome::planned();
    }

    // Package scripts may create machine IDs (dbus-uuidgen --ensure writes
    // /var/lib/dbus/machine-id); an image that had none must not get one.
    void finishPlan(PlanContext &ctx, const CheckResult *r) const override
    {
        Fix *last = ctx.lastInstallFix();
        if (last && r && r->status == CheckStatus::Pass)
            last->edits << makeRunInGuest({QStringLiteral("sh"), QStringLiteral("-c"), MachineIdReset},
                                          PlanText::tr("Keep the image free of machine IDs that package scripts create"));
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "machine-id": 32 hexadecimal digits are a machine ID.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "32 hexadecimal digits here is an ID every instance would share; empty or missing is right "
                                     "(the dbus copy counts unless it is a link):"),
                   {u"virt-cat -a IMAGE /etc/machine-id"_s,
                    u"guestfish --ro -a IMAGE -i -- -readlink /var/lib/dbus/machine-id : -cat /var/lib/dbus/machine-id"_s}},
              },
              {
                  //: Lab mode, manual steps for "machine-id". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Empty the ID (systemd makes a new one at first boot) and drop the dbus copy. Do this "
                                     "last: virt-customize writes a new ID into a guest that has none, so any virt-customize "
                                     "run after this one undoes it."),
                   {u"virt-sysprep -a COPY --operations machine-id"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "leaves a machine ID in /etc/machine-id");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantMachineId(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(MachineId)

} // namespace imageprep::units
