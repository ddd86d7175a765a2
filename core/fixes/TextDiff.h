#pragma once
// Unified diff of two texts (line based, 3 lines of context), computed by the
// dtl library. Internal to core/fixes.

#include <QByteArray>
#include <QString>

namespace imageprep {

// "--- fromName\n+++ toName\n@@ ... @@\n..." or an empty string when equal.
// A last line without a newline is marked as diff(1) and patch(1) expect.
QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &fromName,
                    const QString &toName);

} // namespace imageprep
