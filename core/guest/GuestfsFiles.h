#pragma once
// GuestFiles over a live libguestfs handle with the guest mounted at /.
// Caches metadata and reads; call invalidate() after changing the guest.

#include "guest/GuestFiles.h"

#include <QHash>
#include <QSet>

struct guestfs_h;

namespace imageprep {

class GuestfsFiles final : public GuestFiles {
public:
    explicit GuestfsFiles(guestfs_h *g) : m_g(g) {}

    GuestStat lstat(const QString &path) const override;
    QString readlink(const QString &path) const override;
    QStringList list(const QString &dir) const override;
    QByteArray readBytes(const QString &path, qint64 maxBytes) const override;

    void invalidate();

private:
    static constexpr qsizetype MaxPrefetch = 20000; // entries stat'ed in one call

    guestfs_h *m_g;
    mutable QSet<QString> m_unlistable;
    mutable QHash<QString, GuestStat> m_stats;
    mutable QHash<QString, QString> m_links;
    mutable QHash<QString, QStringList> m_lists;
    mutable QHash<QString, QByteArray> m_contents;
};

} // namespace imageprep
