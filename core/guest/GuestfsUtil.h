#pragma once
// Small helpers around the libguestfs C API, for core/*.cpp only: they take
// ownership of what libguestfs returns and free it with free(), never delete.

#include <guestfs.h>

#include <QString>
#include <QStringList>

#include <cstdlib>

namespace imageprep::gfs {

// Frees a NULL-terminated char** and returns its strings.
inline QStringList takeStrings(char **strs)
{
    QStringList out;
    if (!strs)
        return out;
    for (char **p = strs; *p; ++p) {
        out << QString::fromUtf8(*p);
        std::free(*p);
    }
    std::free(strs);
    return out;
}

// Frees a char* and returns it (empty for NULL).
inline QString takeString(char *s)
{
    if (!s)
        return {};
    QString out = QString::fromUtf8(s);
    std::free(s);
    return out;
}

inline QString lastError(guestfs_h *g)
{
    const char *e = g ? guestfs_last_error(g) : nullptr;
    return e ? QString::fromUtf8(e) : QStringLiteral("unknown libguestfs error");
}

inline QByteArray path(const QString &p) { return p.toUtf8(); }

} // namespace imageprep::gfs
