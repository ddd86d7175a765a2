// cloud-init-locale: the locale cloud-init's locale module will set exists
// in the guest, so that the module does not fail and cloud-init finishes
// "done" instead of "error" (Debian-family guests: update-locale exits 255
// for a locale that is not generated). Recommended, not required: the
// instance still boots and takes its key, and the locale is predicted from
// configuration (the boot test reads cloud-init's real status).
#include "checks/CloudInitLocale.h"
#include "checks/PublishChecks.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::checks {

namespace {

class CloudInitLocaleCheck final : public BasicRequirement {
public:
    CloudInitLocaleCheck()
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
};

} // namespace

void addCloudInitLocaleCheck(RequirementList &out)
{
    out.push_back(std::make_unique<CloudInitLocaleCheck>());
}

} // namespace imageprep::checks
