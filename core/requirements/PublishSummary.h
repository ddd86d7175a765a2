#pragma once
// The HTML report's "Safe to publish" section: security-updates,
// no-baked-credentials and cloud-init-locale in counts and kinds, never a
// key, password or token, fit to attach to an image's release notes.
#include "checks/CheckRun.h"

#include <QString>

namespace imageprep::units {

// Empty when run has none of the three.
QString publishSummaryHtml(const CheckRun &run);

} // namespace imageprep::units
