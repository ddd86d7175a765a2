#pragma once
// One way to write a small file the product hands to a user (properties,
// sums, reports): it is complete under its final name or not there at all.
// QSaveFile is not enough: Qt 6.4's commit() returns true after a buffered
// write failed (a full disk leaves an empty file under the final name).

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace imageprep {

// Writes `content` to a hidden temporary file next to `path` (same file
// system), checking every write(), then fsync, fstat (size must match),
// close, rename over `path` and fsync of the folder. On any failure the
// temporary file is removed, `path` is left as it was, and the error is
// NoSpace for a full disk or quota, Unreadable otherwise, with the system's
// reason as detail. Mode 0644, or 0755 when `executable`.
Status writeFileVerified(const QString &path, const QByteArray &content, bool executable = false);

} // namespace imageprep
