#pragma once
// Pending security updates: what the guest's own repositories offer as
// security fixes for its installed packages. The list is gathered once per
// session inside the appliance with the network on (GuestSession), kept in
// GuestFacts, and read by the security-updates check; the parsers and the
// command lines here are pure.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace imageprep {

struct PendingUpdate {
    QString name;      // package (or zypper patch) name
    QString installed; // installed version ("" when unknown, "needed" for a patch)
    QString available; // the security version (or the patch summary)
    QString origin;    // "Debian-Security:12/stable-security", "RHSA-2024:1234", ...
    bool held = false; // the image's owner holds it (apt-mark hold, dnf versionlock): no fix overrides that

    bool operator==(const PendingUpdate &) const = default;
};

struct SecurityUpdateScan {
    enum class State { NotRun, Done, Failed };
    State state = State::NotRun;
    QString manager;              // apt, dnf, yum, zypper
    QString reason;               // NotRun or Failed: why (translated when gathered)
    QList<PendingUpdate> updates; // Done: what is pending (may be empty)
    bool noSecuritySource = false; // Done, but the sources name no security repository
    qint64 elapsedMs = 0;         // how long the scan took
};

// `apt-get -s dist-upgrade` lines "Inst NAME [OLD] (NEW ORIGIN, ORIGIN [ARCH])"
// whose origins name a -security suite.
QList<PendingUpdate> parseAptSecurityUpgrades(const QString &simulation);
// `dnf/yum updateinfo list --security` lines "ADVISORY SEVERITY/Sec. NEVRA";
// installed versions come from the package list.
QList<PendingUpdate> parseDnfSecurityUpdates(const QString &list, const QHash<QString, QString> &installed);
// The held packages the scan scripts print ("IMAGEPREP-HELD NAME" from
// apt-mark showhold, "IMAGEPREP-LOCK PATTERN" from dnf/yum versionlock lists:
// [EPOCH:]NAME-[EPOCH:]VERSION-RELEASE[.ARCH|.*]) as package names.
QStringList parseHeldPackages(const QString &output);
// `zypper list-patches --category security` table rows with status needed.
QList<PendingUpdate> parseZypperSecurityPatches(const QString &table);
// Dispatches on manager and marks the held packages; empty for an unknown manager.
QList<PendingUpdate> parseSecurityUpdates(const QString &manager, const QString &output, const QHash<QString, QString> &installed);

// The shell script (run in the guest root with the appliance network) that
// lists pending security updates without changing the guest: apt keeps its
// lists and caches in the appliance's /dev (memory), never on the disk.
// Empty for a manager imageprep cannot ask.
QString securityScanScript(const QString &manager);
// The script that applies only the named security updates, then cleans the caches.
QString securityUpgradeScript(const QString &manager, const QStringList &packages);

} // namespace imageprep
