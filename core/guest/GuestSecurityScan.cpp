// GuestSession's pending-security-update scan: the guest's own package
// manager, run in the guest root with the appliance network, asked what its
// repositories offer as security fixes. It runs once per session (and once
// more after fixes changed packages); the check reads the result from the facts.
#include "guest/GuestSession.h"

#include "guest/GuestfsFiles.h"
#include "guest/GuestfsUtil.h"

#include <QElapsedTimer>
#include <QHash>

namespace imageprep {

SecurityUpdateScan GuestSession::scanSecurityUpdates(const GuestFacts &facts)
{
    SecurityUpdateScan scan;
    scan.manager = facts.packageManager;
    const QString script = securityScanScript(facts.packageManager);
    if (!m_g) {
        scan.reason = tr("No guest is open.");
        return scan;
    }
    if (!m_network) {
        scan.reason = tr("the appliance network is off (repository look-ups need it)");
        return scan;
    }
    if (script.isEmpty()) {
        scan.reason = facts.packageManager.isEmpty() ? tr("the guest's package manager is unknown")
                                                     : tr("imageprep cannot ask %1 for security updates").arg(facts.packageManager);
        return scan;
    }
    // libguestfs runs commands with the network on only after swapping the
    // guest's /etc/resolv.conf for the appliance's (and back): that rename
    // needs the writable mounts a session with network uses for its fixes.
    // The package indexes still go to the appliance's memory, not the disk.
    if (const Status writable = makeWritable(); !writable) {
        scan.state = SecurityUpdateScan::State::Failed;
        scan.reason = writable.error().message;
        return scan;
    }
    log(tr("Asking the guest's repositories for pending security updates (%1)…").arg(facts.packageManager));
    QElapsedTimer timer;
    timer.start();
    const QString wrapped = QStringLiteral("( %1 ); echo IMAGEPREP-SCAN-RC=$?").arg(script);
    char *raw = guestfs_sh(m_g.get(), wrapped.toUtf8().constData());
    scan.elapsedMs = timer.elapsed();
    if (!raw) {
        scan.state = SecurityUpdateScan::State::Failed;
        scan.reason = lastError();
        return scan;
    }
    const QString out = gfs::takeString(raw);
    const bool failed = out.contains(QLatin1String("IMAGEPREP-SCAN-ERROR")) || !out.contains(QLatin1String("IMAGEPREP-SCAN-RC=0"));
    if (failed) {
        scan.state = SecurityUpdateScan::State::Failed;
        QStringList tail = out.trimmed().split(QLatin1Char('\n'));
        tail.removeIf([](const QString &l) { return l.startsWith(QLatin1String("IMAGEPREP-")); });
        scan.reason = tr("the repositories could not be read: %1").arg(tail.mid(qMax<qsizetype>(0, tail.size() - 3)).join(QStringLiteral(" | ")));
        return scan;
    }
    if (out.contains(QLatin1String("IMAGEPREP-SCAN-NO-SECURITY"))) {
        scan.state = SecurityUpdateScan::State::Done;
        scan.noSecuritySource = true;
        scan.reason = tr("the guest's package sources have no -security suite");
        return scan;
    }
    QHash<QString, QString> installed;
    for (const PackageInfo &p : facts.packages)
        installed.insert(p.name, p.version);
    scan.state = SecurityUpdateScan::State::Done;
    scan.updates = parseSecurityUpdates(facts.packageManager, out, installed);
    log(tr("%n pending security update(s) found in %1 s.", nullptr, int(scan.updates.size())).arg(scan.elapsedMs / 1000));
    return scan;
}

} // namespace imageprep
