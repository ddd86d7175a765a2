#pragma once
// Shared by CheckSupport.cpp and KernelCmdline.cpp; internal to checks/.

#include <QStringList>

namespace imageprep {
class GuestFiles;
}

namespace imageprep::checks {

// The paths that are regular files in the guest, in the order given.
QStringList existingFiles(const GuestFiles &files, const QStringList &paths);

} // namespace imageprep::checks
