// serial-console: the kernel logs to tty0 and ttyS0 (ttyS0 last), in the
// boot loader defaults and in what boots now. The fix rewrites GRUB's
// defaults and regenerates (or edits) the boot configuration; keep-quiet
// leaves quiet, splash and rhgb. The lab defect takes the consoles away.
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QRegularExpression>

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;
using steps::DebianFamily;
using steps::RedHatFamily;

namespace {

const QString KeepQuiet = QStringLiteral("keep-quiet");
const QString KeepQuietNot = QStringLiteral("remove-quiet");

using Rewrite = std::function<QString(const QString &, bool)>;

// grub.cfg of GRUB 2 on Debian (grub) and Red Hat (grub2) guests, when present.
QStringList grubConfigs(const GuestFiles &files)
{
    QStringList cfgs;
    for (const QString &c : {QStringLiteral("/boot/grub/grub.cfg"), QStringLiteral("/boot/grub2/grub.cfg")}) {
        if (files.isFile(c))
            cfgs << c;
    }
    return cfgs;
}

// line with the arguments of a grub.cfg linux line rewritten; others unchanged.
QString withLinuxArgs(const QString &line, const std::function<QString(const QString &)> &args)
{
    static const QRegularExpression linuxLine(QStringLiteral("^(\\s*(linux|linux16|linuxefi)\\s+\\S+)(.*)$"));
    const auto m = linuxLine.match(line);
    return m.hasMatch() ? m.captured(1) + QLatin1Char(' ') + args(m.captured(3)) : line;
}

QByteArray linuxLinesWith(const QByteArray &content, const std::function<QString(const QString &)> &args)
{
    QList<QByteArray> lines = content.split('\n');
    for (QByteArray &l : lines) {
        const QString before = QString::fromUtf8(l);
        const QString after = withLinuxArgs(before, args);
        if (after != before)
            l = after.toUtf8();
    }
    return lines.join('\n');
}

// What a generator run inside the guest (update-grub, grub2-mkconfig, grubby)
// will write, laid into the planning view only (no edit): the generated
// kernel lines carry the rewritten arguments, so the plan's proof re-checks
// what boots after apply rather than what booted before.
void simulateKernelLines(PlanContext &p, const Rewrite &rewrite, bool grubCfg)
{
    const auto edit = [&](const QString &path, const std::function<QString(const QString &)> &line) {
        QString real;
        QString problem;
        const auto before = p.files.editableText(path, &real, &problem);
        if (!before)
            return;
        QList<QByteArray> lines = before->split('\n');
        for (QByteArray &l : lines)
            l = line(QString::fromUtf8(l)).toUtf8();
        p.files.set(real, lines.join('\n'));
    };
    if (grubCfg) {
        for (const QString &cfg : grubConfigs(p.files))
            edit(cfg, [&](const QString &t) { return withLinuxArgs(t, [&](const QString &args) { return rewrite(args, true); }); });
        return;
    }
    for (const QString &path : p.files.glob(QStringLiteral("/boot/loader/entries"), QStringLiteral("*.conf"))) {
        edit(path, [&](const QString &t) {
            return t.startsWith(QLatin1String("options ")) && !t.contains(QLatin1String("$kernelopts"))
                ? QStringLiteral("options ") + rewrite(t.mid(8), true)
                : t;
        });
    }
}

// Arguments that hide the boot log: the serial-console check warns on them,
// so the default fix removes them wherever they are set.
const QStringList QuietArgs{QStringLiteral("quiet"), QStringLiteral("splash"), QStringLiteral("rhgb")};

// The kernel arguments with every console= (and, unless kept, quiet,
// splash and rhgb) removed; with the serial consoles added at the end.
Rewrite consoleRewrite(bool keepQuiet)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return [keepQuiet](const QString &args, bool addConsoles) {
        QStringList kept;
        for (const QString &a : args.split(spaces, Qt::SkipEmptyParts)) {
            if (a.startsWith(QLatin1String("console=")) || (!keepQuiet && QuietArgs.contains(a)))
                continue;
            kept << a;
        }
        if (addConsoles)
            kept << SerialArgs.split(QLatin1Char(' '));
        return kept.join(QLatin1Char(' '));
    };
}

// GRUB's defaults (GRUB_CMDLINE_LINUX in /etc/default/grub and grub.d).
void planGrubDefaults(PlanContext &p, Fix &fix, const Rewrite &rewrite)
{
    // Defaults: GRUB_CMDLINE_LINUX gets the consoles (it is used for every
    // entry, recovery too); _DEFAULT loses its console= so ttyS0 stays last.
    QStringList defaults{QStringLiteral("/etc/default/grub")};
    defaults << p.files.glob(QStringLiteral("/etc/default/grub.d"), QStringLiteral("*.cfg")); // full paths
    bool haveLinux = false;
    for (const QString &path : std::as_const(defaults)) {
        if (!p.files.isFile(path))
            continue;
        p.changeFile(fix, EditKind::EditLines, path, [&](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (QByteArray &l : lines) {
                const QString text = QString::fromUtf8(l);
                for (const QString &key : {QStringLiteral("GRUB_CMDLINE_LINUX"), QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT")}) {
                    const auto v = checks::shellAssignment(text, key);
                    if (!v || text.trimmed().startsWith(QLatin1Char('#')))
                        continue;
                    const bool isLinux = key == QLatin1String("GRUB_CMDLINE_LINUX");
                    haveLinux = haveLinux || (isLinux && path == defaults.first());
                    l = QStringLiteral("%1=\"%2\"").arg(key, rewrite(*v, isLinux)).toUtf8();
                }
            }
            if (path == defaults.first() && !haveLinux) {
                if (!lines.isEmpty() && lines.last().isEmpty())
                    lines.removeLast();
                lines << QStringLiteral("GRUB_CMDLINE_LINUX=\"%1\"").arg(SerialArgs).toUtf8() << QByteArray();
            }
            return lines.join('\n');
        }, PlanText::tr("Kernel console on tty0 and ttyS0 in %1").arg(path));
    }
}

// In the appliance the guest disk is /dev/sda, but grub-probe may count
// the appliance's own disk first and write (hd1) into grub.cfg, which
// the guest's BIOS then cannot find. A device map pins the guest disk to
// (hd0) while the generator runs; the guest's own map is put back.
QStringList withDeviceMap(const QString &grubDir, const QString &generator)
{
    return QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("m=%1/device.map; s=\"$m.imageprep-saved\"; "
                                      "if [ -e \"$m\" ]; then mv \"$m\" \"$s\"; fi; "
                                      "echo \"(hd0) /dev/sda\" > \"$m\"; %2; rc=$?; rm -f \"$m\"; "
                                      "if [ -e \"$s\" ]; then mv \"$s\" \"$m\"; fi; exit $rc")
                           .arg(grubDir, generator)};
}

// Regenerates what boots inside the guest (grubby, update-grub,
// grub2-mkconfig); false when the guest has none of them for its files.
bool planRegenerate(PlanContext &p, Fix &fix, const Rewrite &rewrite, bool keepQuiet)
{
    const bool hasBls = !p.files.glob(QStringLiteral("/boot/loader/entries"), QStringLiteral("*.conf")).isEmpty();
    if (hasBls && p.guestHas(QStringLiteral("grubby"))) {
        fix.edits << makeRunInGuest({QStringLiteral("grubby"), QStringLiteral("--update-kernel=ALL"), QStringLiteral("--remove-args=console")},
                                    PlanText::tr("Remove console= from every boot entry (grubby)"));
        fix.edits << makeRunInGuest({QStringLiteral("grubby"), QStringLiteral("--update-kernel=ALL"), QStringLiteral("--args=") + SerialArgs},
                                    PlanText::tr("Add the serial console to every boot entry (grubby)"));
        if (!keepQuiet)
            fix.edits << makeRunInGuest({QStringLiteral("grubby"), QStringLiteral("--update-kernel=ALL"),
                                         QStringLiteral("--remove-args=") + QuietArgs.join(QLatin1Char(' '))},
                                        PlanText::tr("Remove quiet, splash and rhgb from every boot entry (grubby)"));
        // The view shows what grubby will write, so the plan's proof re-checks it.
        simulateKernelLines(p, rewrite, false);
        return true;
    }
    const QStringList cfgs = grubConfigs(p.files);
    if (p.guestHas(QStringLiteral("update-grub")) && cfgs.contains(QStringLiteral("/boot/grub/grub.cfg"))) {
        fix.edits << makeRunInGuest(withDeviceMap(QStringLiteral("/boot/grub"), QStringLiteral("update-grub")),
                                    PlanText::tr("Regenerate the boot configuration (update-grub, guest disk as hd0)"));
        simulateKernelLines(p, rewrite, true);
        return true;
    }
    if (p.guestHas(QStringLiteral("grub2-mkconfig")) && !cfgs.isEmpty()) {
        const QString dir = cfgs.last().section(QLatin1Char('/'), 0, -2);
        fix.edits << makeRunInGuest(withDeviceMap(dir, QStringLiteral("grub2-mkconfig -o ") + cfgs.last()),
                                    PlanText::tr("Regenerate the boot configuration (grub2-mkconfig, guest disk as hd0)"));
        simulateKernelLines(p, rewrite, true);
        return true;
    }
    return false;
}

// No generator in the guest: the kernel lines of what boots now, edited.
void planKernelLines(PlanContext &p, Fix &fix, const Rewrite &rewrite)
{
    for (const QString &cfg : grubConfigs(p.files)) {
        p.changeFile(fix, EditKind::EditLines, cfg, [&](const QByteArray &c) {
            return linuxLinesWith(c, [&](const QString &args) { return rewrite(args, true); });
        }, PlanText::tr("Kernel console on tty0 and ttyS0 in %1 (no grub generator in the guest)").arg(cfg));
    }
    for (const QString &path : p.files.glob(QStringLiteral("/boot/loader/entries"), QStringLiteral("*.conf"))) {
        p.changeFile(fix, EditKind::EditLines, path, [&](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (QByteArray &l : lines) {
                const QString t = QString::fromUtf8(l);
                if (t.startsWith(QLatin1String("options ")) && !t.contains(QLatin1String("$kernelopts")))
                    l = (QStringLiteral("options ") + rewrite(t.mid(8), true)).toUtf8();
            }
            return lines.join('\n');
        }, PlanText::tr("Kernel console on tty0 and ttyS0 in %1").arg(path));
    }
}

void planSerialConsole(PlanContext &p, Fix &fix, bool keepQuiet)
{
    const Rewrite rewrite = consoleRewrite(keepQuiet);
    planGrubDefaults(p, fix, rewrite);
    if (!planRegenerate(p, fix, rewrite, keepQuiet))
        planKernelLines(p, fix, rewrite);
}

// Kernel arguments without console=, with quiet.
QString quietNoConsole(const QString &args)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList kept;
    for (const QString &a : args.split(spaces, Qt::SkipEmptyParts)) {
        if (!a.startsWith(QLatin1String("console=")))
            kept << a;
    }
    return kept.join(QLatin1Char(' '));
}

void plantSerialConsole(PlanContext &p, Fix &fix)
{
    bool changed = false;
    QStringList defaults{QStringLiteral("/etc/default/grub")};
    defaults << p.files.glob(QStringLiteral("/etc/default/grub.d"), QStringLiteral("*.cfg")); // full paths
    for (const QString &path : std::as_const(defaults)) {
        if (!p.files.isFile(path))
            continue;
        changed = p.changeFile(fix, EditKind::EditLines, path, [](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (QByteArray &l : lines) {
                const QString text = QString::fromUtf8(l);
                if (text.trimmed().startsWith(QLatin1Char('#')))
                    continue;
                if (const auto v = checks::shellAssignment(text, QStringLiteral("GRUB_CMDLINE_LINUX")))
                    l = QStringLiteral("GRUB_CMDLINE_LINUX=\"%1\"").arg(quietNoConsole(*v)).toUtf8();
                else if (const auto d = checks::shellAssignment(text, QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT"))) {
                    QString args = quietNoConsole(*d);
                    if (!checks::kernelArgs(args).contains(QLatin1String("quiet")))
                        args = (args + QStringLiteral(" quiet")).trimmed();
                    l = QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT=\"%1\"").arg(args).toUtf8();
                }
            }
            return lines.join('\n');
        }, LabDefects::tr("Remove the serial console from %1").arg(path)) || changed;
    }
    if (changed && p.guestHas(QStringLiteral("update-grub")) && p.files.isFile(QStringLiteral("/boot/grub/grub.cfg"))) {
        // As the fix does: pin the guest disk to (hd0) while the generator runs.
        fix.edits << makeRunInGuest(withDeviceMap(QStringLiteral("/boot/grub"), QStringLiteral("update-grub")),
                                    LabDefects::tr("Regenerate the boot configuration (update-grub, guest disk as hd0)"));
        return;
    }
    // No generator in the guest: edit what boots now directly.
    for (const QString &c : grubConfigs(p.files)) {
        changed = p.changeFile(fix, EditKind::EditLines, c, [](const QByteArray &content) {
            return linuxLinesWith(content, [](const QString &args) {
                QString kept = quietNoConsole(args);
                if (!checks::kernelArgs(kept).contains(QLatin1String("quiet")))
                    kept += QStringLiteral(" quiet");
                return kept.trimmed();
            });
        }, LabDefects::tr("Remove the serial console from the kernel lines of %1").arg(c)) || changed;
    }
    if (!changed && p.failure().isEmpty())
        p.fail(LabDefects::tr("no GRUB configuration (/etc/default/grub, grub.cfg) to change."));
}

class SerialConsole final : public BasicRequirement {
public:
    SerialConsole()
        : BasicRequirement({"serial-console",
                            //: Title of the OpenStack image requirement "serial-console": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "Boot log goes to the serial console"),
                            //: Why OpenStack needs "serial-console"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "OpenStack collects an instance's console log from its first serial port; it is "
                                              "what users see with \"openstack console log show\" and often the only way to "
                                              "find out why an instance does not come up. The kernel must be started with "
                                              "console=tty0 console=ttyS0,115200n8, ttyS0 last so that it also becomes "
                                              "/dev/console, both in the boot loader defaults and in what boots now."),
                            Severity::Required, "disk-boot"})
    {
    }

    CheckResult evaluate(const GuestFacts &, const GuestFiles &files) const override
    {
        const QList<CmdlineSource> sources = kernelCommandLines(files);
        if (sources.isEmpty())
            return result(CheckStatus::Unknown, CheckText::tr("No boot loader configuration found (grub, BLS, extlinux)."));

        // Rule: ttyS0 must be the last console= (it then also becomes /dev/console,
        // which is what OpenStack's console log captures): otherwise fail. A
        // missing VGA console (tty0, or ttyN as Ubuntu's tty1) or "quiet" is a
        // warning. The speed is not enforced: a virtual serial port ignores it.
        QList<Evidence> bad, warn, good;
        static const QRegularExpression vt(QStringLiteral("^tty[0-9]+$"));
        for (const CmdlineSource &src : sources) {
            const QStringList args = kernelArgs(src.cmdline);
            QStringList consoles;
            for (const QString &a : args) {
                if (a.startsWith(QLatin1String("console=")))
                    consoles << a.mid(8);
            }
            const auto isSerial = [](const QString &c) { return c == QLatin1String("ttyS0") || c.startsWith(QLatin1String("ttyS0,")); };
            QStringList problems, warnings;
            if (std::none_of(consoles.cbegin(), consoles.cend(), isSerial))
                problems << CheckText::tr("no console=ttyS0,115200n8");
            else if (!isSerial(consoles.last()))
                problems << CheckText::tr("console=ttyS0,115200n8 is not the last console");
            if (std::none_of(consoles.cbegin(), consoles.cend(), [](const QString &c) { return vt.match(c).hasMatch(); }))
                warnings << CheckText::tr("no console=tty0, the graphical console shows no kernel messages");
            if (args.contains(QLatin1String("quiet")))
                warnings << CheckText::tr("quiet hides kernel messages");
            for (const SourceLine &l : src.lines) {
                if (!problems.isEmpty())
                    bad << lineEvidence(l.file, l.line, (problems + warnings).join(QStringLiteral("; ")));
                else if (!warnings.isEmpty())
                    warn << lineEvidence(l.file, l.line, warnings.join(QStringLiteral("; ")));
                else if (src.isDefault || good.isEmpty())
                    good << lineEvidence(l.file, l.line);
            }
        }
        if (!bad.isEmpty())
            return result(CheckStatus::Fail,
                          CheckText::tr("%n kernel command line(s) do not log to the serial console.", nullptr, static_cast<int>(bad.size())),
                          bad);
        if (!warn.isEmpty())
            return result(CheckStatus::Warning,
                          CheckText::tr("The kernel logs to ttyS0, but part of the boot log is hidden or missing on a console."), warn);
        return result(CheckStatus::Pass, CheckText::tr("The kernel logs to tty0 and ttyS0."), good);
    }

    bool fixable() const override { return true; }

    std::optional<FixOption> fixOption(const PlanContext &ctx) const override
    {
        FixOption o{id(),
                    {FixAlternative{KeepQuietNot, PlanText::tr("Remove quiet, splash and rhgb: the whole boot log on the console"), {}, true},
                     FixAlternative{KeepQuiet, PlanText::tr("Keep quiet, splash and rhgb (the check stays a warning)"), {}, true}},
                    KeepQuietNot, {}};
        if (ctx.options.keepQuiet)
            o.chosen = KeepQuiet; // PlanOptions::keepQuiet asks for the same as alternative keep-quiet
        return o;
    }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override
    {
        planSerialConsole(ctx, fix, fix.alternative == KeepQuiet);
        return FixOutcome::planned();
    }

    ManualSteps manualSteps() const override
    {
        return steps::render({
                  //: Lab mode, manual steps for "serial-console": console=ttyS0,115200n8 and the variable names stay as they are.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "The boot loader defaults: console=ttyS0,115200n8 must be the last console= (console=tty0 "
                                     "before it; no quiet):"),
                   {u"virt-cat -a IMAGE /etc/default/grub | grep -n '^GRUB_CMDLINE_LINUX'"_s,
                    u"guestfish --ro -a IMAGE -i -- -ls /etc/default/grub.d"_s}},
                  //: Lab mode, manual steps for "serial-console": grub.cfg, BLS and grubenv are names of boot files.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "What boots now: the linux lines of grub.cfg (Debian, Ubuntu), or the BLS entries and grubenv (RHEL 8 and later):"),
                   {uR"~(virt-cat -a IMAGE /boot/grub/grub.cfg | grep -nE '^\s*linux')~"_s,
                    u"guestfish --ro -a IMAGE -i -- -cat /boot/grub2/grubenv : -glob cat '/boot/loader/entries/*.conf'"_s}},
              },
              {
                  //: Lab mode, manual steps for "serial-console": the commands replace console= arguments and put ttyS0 last.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Put the consoles at the end of the defaults (ttyS0 last) and drop quiet, then write the "
                                     "boot menu again."),
                   {}},
                  {DebianFamily,
                   {uR"~(virt-customize -a COPY --edit '/etc/default/grub:if (/^GRUB_CMDLINE_LINUX=/) { s/\s*console=[^\s"]+//g; s/"$/ console=tty0 console=ttyS0,115200n8"/ } s/\bquiet\b\s*// if /^GRUB_CMDLINE_LINUX/' --run-command 'echo "(hd0) /dev/sda" > /boot/grub/device.map && update-grub; rm -f /boot/grub/device.map')~"_s}},
                  {RedHatFamily,
                   {uR"~(virt-customize -a COPY --edit '/etc/default/grub:if (/^GRUB_CMDLINE_LINUX=/) { s/\s*console=[^\s"]+//g; s/"$/ console=tty0 console=ttyS0,115200n8"/ } s/\bquiet\b\s*// if /^GRUB_CMDLINE_LINUX/' --run-command 'grubby --update-kernel=ALL --remove-args="quiet console" --args="console=tty0 console=ttyS0,115200n8"' --selinux-relabel)~"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects",
                                 "removes the serial console from the kernel command line (GRUB defaults and grub.cfg) and adds quiet");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantSerialConsole(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(SerialConsole)

} // namespace imageprep::units
