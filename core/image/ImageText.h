#pragma once
// What every reader of core/image shares, internal to core/image: the one
// translation context ("Image") of its messages and the cancel test.

#include <QCoreApplication>

#include <atomic>

namespace imageprep {

struct ImageText {
    Q_DECLARE_TR_FUNCTIONS(Image)
};

inline bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace imageprep
