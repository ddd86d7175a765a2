#pragma once
// Internal to core/lab: the lab defects of the safe-to-publish requirements
// (no-baked-credentials, cloud-init-locale), planted with the same typed
// edits as every defect. security-updates has none: a pending security
// update needs a real repository, which a lab cannot plant.
#include "fixes/FixPlan.h"
#include "fixes/PlannedFiles.h"
#include "guest/GuestFacts.h"

namespace imageprep::lab {

// Each returns the reason it cannot plant (translated), or empty.
QString plantBakedCredentials(PlannedFiles &files, Fix &fix);
QString plantCloudInitLocale(const GuestFacts &facts, PlannedFiles &files, Fix &fix);

} // namespace imageprep::lab
