#pragma once
// A copy-out for readGuestRpmDatabase (and the like) over in-memory guest
// files: writes the guest file to the host path, and records what it copied.
#include "guest/GuestFiles.h"

#include <QFile>
#include <QStringList>

#include <functional>

namespace imageprep::test {

inline std::function<bool(const QString &, const QString &)> copyOutOf(const GuestFiles &files, QStringList *copied = nullptr)
{
    return [&files, copied](const QString &from, const QString &to) {
        if (copied)
            *copied << from;
        QFile out(to);
        return out.open(QIODevice::WriteOnly) && out.write(files.readBytes(from, 1 << 26)) >= 0;
    };
}

} // namespace imageprep::test
