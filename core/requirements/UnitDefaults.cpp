// The "I have none" defaults of a requirement's unit (checks/Requirement.h).
#include "checks/ManualSteps.h"
#include "checks/Requirement.h"
#include "fixes/FixPlan.h"

namespace imageprep {

std::optional<FixOption> Requirement::fixOption(const PlanContext &) const
{
    return std::nullopt;
}

FixOutcome Requirement::planFix(PlanContext &, const CheckResult &, Fix &) const
{
    return FixOutcome::unfixed(QString()); // not asked: fixable() is false
}

ManualSteps Requirement::manualSteps() const
{
    return {};
}

void Requirement::plantDefect(PlanContext &, Fix &) const
{
}

} // namespace imageprep
