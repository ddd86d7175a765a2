#pragma once
// Facts that inspection derives from the guest's files alone (init system,
// enabled services, kernels). Pure functions over GuestFiles, so they are
// unit tested on in-memory trees.

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep {

InitSystem detectInitSystem(const GuestFiles &files);

// systemd: units wanted by a target (links in /etc/systemd/system/*.wants or
// *.requires, and the vendor *.wants folders), minus masked units.
// SysV: S-links in /etc/rc{2,3,4,5}.d. OpenRC: /etc/runlevels/{sysinit,boot,default}.
QStringList detectEnabledServices(const GuestFiles &files, InitSystem init);

// PRETTY_NAME from the text of an os-release file, unquoted; empty if absent.
QString prettyNameFromOsRelease(const QString &osRelease);

// Kernels in /boot (vmlinuz-*, vmlinux-*) matched with /lib/modules versions.
QList<KernelInfo> detectKernels(const GuestFiles &files);

} // namespace imageprep
