#pragma once
// The practice guest generator (tests/fixtures/make-guests.sh), shared by the
// wizard's sample image and `imageprep-cli lab make` without --base.

#include "util/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace imageprep {

// The generator script: the source tree's copy in a build-tree run,
// share/imageprep/make-guests.sh next to an installed binary. Empty when neither exists.
QString makeGuestsScriptPath();

// Runs the generator for one guest name into outDir (blocking, so run it as
// a Job; one appliance launch, about a minute) and returns outDir/NAME.qcow2.
// Output lines go to log (on the calling thread). Fails when the script is
// missing or fails; cancel stops the script's whole process group (guestfish
// and qemu under it) and returns ErrorCode::Cancelled.
Result<QString> generateSampleGuest(const QString &outDir, const QString &name,
                                    const std::function<void(const QString &)> &log = {},
                                    const std::atomic_bool *cancel = nullptr);

} // namespace imageprep
