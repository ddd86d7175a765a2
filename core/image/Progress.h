#pragma once
// Progress and cancel plumbing shared by the blocking image operations.

#include <QString>
#include <functional>

namespace imageprep {

// Called from the worker thread that runs the operation; `total` is -1 when unknown.
using ProgressFn = std::function<void(qint64 done, qint64 total, const QString &what)>;

} // namespace imageprep
