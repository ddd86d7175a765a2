#pragma once
// The cloud-init decision: one choice covers every requirement that
// cloud-init fixes (SSH keys from the metadata service, user data, growing
// root). Install it from the repositories or local package files, or
// instead a first-boot script that fetches the SSH key (and grows an LVM
// root). The first requirement planned gets the install; the others share it.
#include "requirements/PlanContext.h"

namespace imageprep::units {

// The alternatives: cloud-init-repo, cloud-init-local, firstboot-script.
inline const QString FirstBootScript = QStringLiteral("firstboot-script");

// Plans the shared fix once (fix.alternative = the choice) and returns
// FixOutcome::shared(): later requirements keep their Fix without edits.
FixOutcome planCloudInitShared(PlanContext &ctx, Fix &fix);

} // namespace imageprep::units
