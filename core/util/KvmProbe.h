#pragma once
// Remembers, per host kernel, that a KVM-accelerated qemu hung on this host,
// so later launches (libguestfs appliance, boot test) go straight to TCG.
// The marker lives in the user's cache folder; a new host kernel forgets it.

#include <QString>

namespace imageprep {

QString kvmMarkerPath();
// True when the marker names the running host kernel.
bool kvmKnownBroken();
// Writes the marker (host kernel version and time).
void rememberKvmBroken();

} // namespace imageprep
