// cloud-init-locale (recommended): the locale cloud-init's locale module will
// set exists in the guest, so the module does not fail and cloud-init ends
// "done" instead of "error" (Debian-family guests: update-locale exits 255
// for a locale that is not generated). Recommended, not required: the
// instance still boots and takes its key, and the locale is predicted from
// configuration (the boot test reads cloud-init's real status). The locale
// logic is checks/CloudInitLocale. Fix: generate the locale (locale.gen and
// locale-gen), or have cloud-init set C.UTF-8, which every glibc has; a plan
// that installs cloud-init gets the C.UTF-8 fix too (finishPlan).
#include "requirements/Unit.h"

#include "checks/CloudInitLocale.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

const QString Generate = QStringLiteral("generate");
const QString CUtf8 = QStringLiteral("c-utf8");
const QString LocaleGen = QStringLiteral("/etc/locale.gen");
const QString LabLocale = QStringLiteral("fr_FR.UTF-8");

// Uncomments locale's line in /etc/locale.gen, or adds one ("xx_YY.UTF-8 UTF-8").
QByteArray withLocaleListed(const QByteArray &before, const QString &locale)
{
    const QString want = normalizeLocale(locale);
    QList<QByteArray> lines = before.split('\n');
    for (QByteArray &l : lines) {
        const QString t = QString::fromUtf8(l).trimmed();
        if (!t.startsWith(QLatin1Char('#')))
            continue;
        const QString entry = t.mid(1).trimmed();
        if (entry.contains(QLatin1Char(' ')) && normalizeLocale(entry.section(QLatin1Char(' '), 0, 0)) == want) {
            l = entry.toUtf8();
            return lines.join('\n');
        }
    }
    const QString codeset = locale.contains(QLatin1Char('.')) ? locale.section(QLatin1Char('.'), 1).section(QLatin1Char('@'), 0, 0).toUpper()
                                                              : QStringLiteral("ISO-8859-1");
    QByteArray out = before;
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    return out + QStringLiteral("%1 %2\n").arg(locale, codeset).toUtf8();
}

class CloudInitLocale final : public BasicRequirement {
public:
    CloudInitLocale()
        : BasicRequirement({"cloud-init-locale",
                            //: Title of the OpenStack image requirement "cloud-init-locale": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "The locale cloud-init sets exists in the guest"),
                            //: Why OpenStack needs "cloud-init-locale"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "At first boot cloud-init's locale module sets the configured locale (cloud.cfg "
                                              "locale:, else LANG in /etc/default/locale, else en_US.UTF-8). On Debian and "
                                              "Ubuntu it runs update-locale, which fails for a locale that is not generated: "
                                              "cloud-init then ends with status error, and tools that wait for it report a "
                                              "failed instance."),
                            Severity::Recommended, "cloud-init"})
    {
    }

    CheckResult evaluate(const GuestFacts &facts, const GuestFiles &files) const override
    {
        if (facts.family() != OsFamily::Debian)
            return result(CheckStatus::NotApplicable,
                          CheckText::tr("Only Debian-family guests run update-locale from cloud-init's locale module."));
        const auto target = cloudInitLocaleTarget(facts, files);
        if (!target)
            return result(CheckStatus::NotApplicable, CheckText::tr("cloud-init's locale module does not run in this guest."));
        const LocaleVerdict v = localeAvailable(facts, files, target->locale);
        if (v.available)
            return result(CheckStatus::Pass, CheckText::tr("cloud-init sets locale %1, which the guest has.").arg(target->locale),
                          {target->source, v.why});
        return result(CheckStatus::Fail,
                      CheckText::tr("cloud-init sets locale %1, which the guest does not have: its locale module fails.").arg(target->locale),
                      {target->source, v.why});
    }

    bool fixable() const override { return true; }

    std::optional<FixOption> fixOption(const PlanContext &ctx) const override
    {
        const bool canGenerate = ctx.guestHas(QStringLiteral("locale-gen"));
        return FixOption{id(),
                         {FixAlternative{Generate, PlanText::tr("Generate the locale in the guest (/etc/locale.gen and locale-gen)"),
                                         canGenerate ? QString() : PlanText::tr("locale-gen is not in the guest"), canGenerate},
                          FixAlternative{CUtf8, PlanText::tr("Have cloud-init set C.UTF-8, which every guest has"), {}, true}},
                         canGenerate ? Generate : CUtf8, {}};
    }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &, Fix &fix) const override
    {
        plan(ctx, ctx.facts, fix, fix.alternative == Generate);
        return FixOutcome::planned();
    }

    // cloud-init that this plan installs runs its locale module at first boot:
    // on the planning view it must find a locale it can set. Debian's
    // cloud-init brings locale-gen (package locales) only with the install,
    // so cloud-init is told to set C.UTF-8.
    void finishPlan(PlanContext &ctx, const CheckResult *before) const override
    {
        if (!before || ctx.mode() != PlanContext::Mode::Fix || ctx.plan.fix(id()) || !ctx.installed.contains(QStringLiteral("cloud-init"))
            || (!ctx.options.only.isEmpty() && !ctx.options.only.contains(id())))
            return;
        GuestFacts planned = ctx.facts;
        planned.packages << PackageInfo{QStringLiteral("cloud-init"), QStringLiteral("planned")};
        if (check(planned, ctx.files).status != CheckStatus::Fail)
            return;
        Fix fix{id(), ctx.choose(FixOption{id(), {FixAlternative{CUtf8, PlanText::tr("Have cloud-init set C.UTF-8, which every guest has"), {}, true}},
                                           CUtf8, {}},
                                 CUtf8),
                title(), {}};
        plan(ctx, planned, fix, false);
        if (!fix.edits.isEmpty())
            ctx.plan.fixes << fix;
    }

    ManualSteps manualSteps() const override
    {
        return steps::render(
            {
                //: Lab mode, manual steps for "cloud-init-locale": locale: is a cloud-init key, LANG a variable.
                {QT_TRANSLATE_NOOP("ManualSteps",
                                   "The locale cloud-init sets: locale: in its configuration, else LANG in /etc/default/locale, "
                                   "else en_US.UTF-8:"),
                 {uR"~(guestfish --ro -a IMAGE -i sh 'grep -Hn "^locale:" /etc/cloud/cloud.cfg /etc/cloud/cloud.cfg.d/*.cfg; grep -Hn LANG /etc/default/locale')~"_s}},
                //: Lab mode, manual steps for "cloud-init-locale". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "The locales the guest has, and those locale-gen builds (C, C.UTF-8 and POSIX always exist):"),
                 {uR"~(guestfish --ro -a IMAGE -i sh 'localedef --list-archive; ls /usr/lib/locale; grep -v "^#" /etc/locale.gen')~"_s}},
            },
            {
                //: Lab mode, manual steps for "cloud-init-locale": put the locale the check found in place of fr_FR.UTF-8.
                {QT_TRANSLATE_NOOP("ManualSteps", "Generate the locale (fr_FR.UTF-8 here: use the one found above):"),
                 {uR"~(virt-customize -a COPY --run-command "sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen && (grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen || echo 'fr_FR.UTF-8 UTF-8' >> /etc/locale.gen) && locale-gen")~"_s}},
                //: Lab mode, manual steps for "cloud-init-locale". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "Or have cloud-init set C.UTF-8, which every guest has:"),
                 {u"virt-customize -a COPY --write '/etc/cloud/cloud.cfg.d/99-locale.cfg:locale: C.UTF-8'"_s}},
            });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "has cloud-init set locale fr_FR.UTF-8, which the guest does not have");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override
    {
        if (!ctx.needsPackage(QStringLiteral("cloud-init")))
            return;
        if (localeAvailable(ctx.facts, ctx.files, LabLocale).available) {
            ctx.fail(LabDefects::tr("the guest already has locale %1.").arg(LabLocale));
            return;
        }
        ctx.writeFile(fix, EditKind::WriteFile, QStringLiteral("/etc/cloud/cloud.cfg.d/90_lab-locale.cfg"),
                      "# the builder's own locale\nlocale: fr_FR.UTF-8\n", 0644,
                      LabDefects::tr("Have cloud-init set locale %1, which the guest does not have").arg(LabLocale));
    }

private:
    static void plan(PlanContext &ctx, const GuestFacts &facts, Fix &fix, bool generate)
    {
        const auto target = cloudInitLocaleTarget(facts, ctx.files);
        if (!target)
            return;
        if (!generate) {
            ctx.writeFile(fix, EditKind::WriteFile, QStringLiteral("/etc/cloud/cloud.cfg.d/99-imageprep-locale.cfg"),
                          "# imageprep: a locale every glibc has, so cloud-init's locale module cannot fail\nlocale: C.UTF-8\n", 0644,
                          PlanText::tr("Have cloud-init set locale C.UTF-8 (instead of %1)").arg(target->locale));
            return;
        }
        const QString summary = PlanText::tr("Generate locale %1 (/etc/locale.gen)").arg(target->locale);
        const auto listed = [&](const QByteArray &before) { return withLocaleListed(before, target->locale); };
        if (ctx.files.exists(LocaleGen))
            ctx.changeFile(fix, EditKind::EditLines, LocaleGen, listed, summary);
        else
            ctx.writeFile(fix, EditKind::WriteFile, LocaleGen, listed({}), 0644, summary);
        fix.edits << makeRunInGuest({QStringLiteral("locale-gen")}, PlanText::tr("Build the locales /etc/locale.gen lists (locale-gen)"));
    }
};

} // namespace

IMAGEPREP_UNIT(CloudInitLocale)

} // namespace imageprep::units
