#include "guest/GuestTrim.h"

#include "guest/GuestSession.h"
#include "guest/GuestfsUtil.h"

#include <guestfs.h>

#include <algorithm>

namespace imageprep {

Status GuestSession::sync()
{
    if (!m_g)
        return success();
    if (guestfs_sync(m_g.get()) == -1)
        return guestError(tr("Flushing the guest's writes failed."));
    return success();
}

TrimResult trimFreeSpace(GuestSession &session)
{
    TrimResult out;
    guestfs_h *g = session.handle();
    if (!g)
        return out;
    // guestfs_mountpoints: device, mountpoint, device, mountpoint, ...
    const QStringList pairs = gfs::takeStrings(guestfs_mountpoints(g));
    QStringList mountpoints;
    for (qsizetype i = 1; i < pairs.size(); i += 2)
        mountpoints << pairs.at(i);
    // Deepest first, so a filesystem mounted inside another is trimmed on its own.
    std::sort(mountpoints.begin(), mountpoints.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &mp : std::as_const(mountpoints)) {
        if (session.isCancelled())
            break;
        const QByteArray point = mp.toUtf8();
        if (guestfs_fstrim(g, point.constData(), -1) == -1)
            out.skipped << QStringLiteral("%1: %2").arg(mp, session.lastError());
        else
            out.trimmed << mp;
    }
    return out;
}

} // namespace imageprep
