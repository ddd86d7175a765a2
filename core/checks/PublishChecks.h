#pragma once
// Internal to core: the "safe to publish" requirements (security-updates,
// no-baked-credentials, cloud-init-locale) and the summary of them that the
// HTML report carries for an image's release notes.
#include "checks/CheckRun.h"
#include "checks/CheckSupport.h"

#include <QString>

namespace imageprep::checks {

void addPublishChecks(RequirementList &out);
void addCloudInitLocaleCheck(RequirementList &out);

// An HTML section (no secrets: counts and kinds only) for the three checks in
// run; empty when run has none of them.
QString publishSummaryHtml(const CheckRun &run);

} // namespace imageprep::checks
