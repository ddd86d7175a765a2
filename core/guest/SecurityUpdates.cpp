#include "guest/SecurityUpdates.h"

#include <QRegularExpression>

#include <algorithm>

namespace imageprep {

namespace {

// The appliance's /dev is a memory filesystem: package indexes fetched there
// never reach the guest's disk, and stay for a second scan after the fix.
const QString ScratchDir = QStringLiteral("/dev/imageprep-pkg");

// The guest's resolv.conf may name a resolver that only exists when it runs
// (systemd-resolved, a link into /run). The appliance network's resolver is
// laid over it with a bind mount (or a memory /run), and taken away after.
QString withApplianceDns(const QString &script)
{
    return QStringLiteral("d=%1; mkdir -p $d; r=/etc/resolv.conf; echo 'nameserver 10.0.2.3' > $d/resolv.conf; u=:; "
                          "if [ -f $r ] && mount --bind $d/resolv.conf $r 2>/dev/null; then u=\"umount $r\"; "
                          "elif [ -L $r ]; then t=$(readlink -f $r); case \"$t\" in /run/*) "
                          "if mount -t tmpfs tmpfs /run; then u=\"umount /run\"; mkdir -p \"${t%/*}\" && cp $d/resolv.conf \"$t\"; fi;; esac; fi; "
                          "( %2 ) 2>&1; rc=$?; $u; exit $rc")
        .arg(ScratchDir, script);
}

QString quoted(const QString &word)
{
    QString q = word;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// name-[epoch:]version-release.arch
PendingUpdate splitNevra(const QString &nevra)
{
    PendingUpdate u;
    QString rest = nevra;
    const qsizetype archDot = rest.lastIndexOf(QLatin1Char('.'));
    if (archDot > 0)
        rest = rest.left(archDot);
    const qsizetype relDash = rest.lastIndexOf(QLatin1Char('-'));
    const qsizetype verDash = relDash > 0 ? rest.lastIndexOf(QLatin1Char('-'), relDash - 1) : -1;
    if (verDash <= 0) {
        u.name = rest;
        return u;
    }
    u.name = rest.left(verDash);
    u.available = rest.mid(verDash + 1);
    return u;
}

} // namespace

QList<PendingUpdate> parseAptSecurityUpgrades(const QString &simulation)
{
    // Inst libssl3 [3.0.11-1~deb12u1] (3.0.11-1~deb12u2 Debian-Security:12/stable-security [amd64])
    static const QRegularExpression inst(QStringLiteral("^Inst (\\S+) (?:\\[([^\\]]*)\\] )?\\((\\S+) (.*?)(?: \\[[^\\]]*\\])?\\)"));
    QList<PendingUpdate> out;
    for (const QString &line : simulation.split(QLatin1Char('\n'))) {
        const auto m = inst.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        QStringList security;
        for (const QString &origin : m.captured(4).split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            if (origin.contains(QLatin1String("-security"), Qt::CaseInsensitive) || origin.startsWith(QLatin1String("Debian-Security")))
                security << origin.trimmed();
        }
        // A new package (no installed version) is a dependency, not a pending fix.
        if (security.isEmpty() || m.captured(2).isEmpty())
            continue;
        out << PendingUpdate{m.captured(1), m.captured(2), m.captured(3), security.join(QStringLiteral(", "))};
    }
    return out;
}

QList<PendingUpdate> parseDnfSecurityUpdates(const QString &list, const QHash<QString, QString> &installed)
{
    // RHSA-2024:1234 Important/Sec. openssl-libs-1:3.0.7-25.el9_3.x86_64
    static const QRegularExpression row(QStringLiteral("^(\\S+)\\s+(\\S*/Sec\\.|security|\\S+/Security)\\s+(\\S+)\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<PendingUpdate> out;
    for (const QString &line : list.split(QLatin1Char('\n'))) {
        const auto m = row.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        PendingUpdate u = splitNevra(m.captured(3));
        u.origin = m.captured(1);
        u.installed = installed.value(u.name);
        const auto same = std::find_if(out.begin(), out.end(), [&](const PendingUpdate &o) { return o.name == u.name; });
        if (same != out.end())
            *same = u; // the later (newer) advisory names the version to reach
        else
            out << u;
    }
    return out;
}

QList<PendingUpdate> parseZypperSecurityPatches(const QString &table)
{
    QList<PendingUpdate> out;
    int nameCol = -1, statusCol = -1, summaryCol = -1, categoryCol = -1;
    for (const QString &line : table.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1Char('|')))
            continue;
        QStringList cols = line.split(QLatin1Char('|'));
        for (QString &c : cols)
            c = c.trimmed();
        if (nameCol < 0) {
            nameCol = static_cast<int>(cols.indexOf(QStringLiteral("Name")));
            statusCol = static_cast<int>(cols.indexOf(QStringLiteral("Status")));
            summaryCol = static_cast<int>(cols.indexOf(QStringLiteral("Summary")));
            categoryCol = static_cast<int>(cols.indexOf(QStringLiteral("Category")));
            continue;
        }
        if (nameCol >= cols.size() || statusCol < 0 || statusCol >= cols.size())
            continue;
        if (cols.at(statusCol) != QLatin1String("needed"))
            continue;
        if (categoryCol >= 0 && categoryCol < cols.size() && cols.at(categoryCol) != QLatin1String("security"))
            continue;
        out << PendingUpdate{cols.at(nameCol), cols.at(statusCol), summaryCol >= 0 ? cols.value(summaryCol) : QString(), cols.at(0)};
    }
    return out;
}

QStringList parseHeldPackages(const QString &output)
{
    static const QRegularExpression epochPrefix(QStringLiteral("^\\d+:"));
    QStringList held;
    for (const QString &raw : output.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        QString name;
        if (line.startsWith(QLatin1String("IMAGEPREP-HELD "))) {
            name = line.mid(15).trimmed();
            // apt-mark prints "name:arch" for a foreign-architecture package
            name = name.section(QLatin1Char(':'), 0, 0);
        } else if (line.startsWith(QLatin1String("IMAGEPREP-LOCK "))) {
            QString pattern = line.mid(15).trimmed();
            pattern.remove(epochPrefix); // yum's "0:bash-4.2.46-34.el7.*"
            if (pattern.endsWith(QLatin1String(".*")))
                pattern.chop(2);
            // Only the name counts, and it ends before the last two dashes;
            // splitNevra drops one dot-part as the architecture, so give it one.
            name = splitNevra(pattern + QStringLiteral(".arch")).name;
        }
        if (!name.isEmpty() && !name.contains(QLatin1Char(' ')) && !held.contains(name))
            held << name;
    }
    return held;
}

QList<PendingUpdate> parseSecurityUpdates(const QString &manager, const QString &output, const QHash<QString, QString> &installed)
{
    QList<PendingUpdate> updates;
    if (manager == QLatin1String("apt"))
        updates = parseAptSecurityUpgrades(output);
    else if (manager == QLatin1String("dnf") || manager == QLatin1String("yum"))
        updates = parseDnfSecurityUpdates(output, installed);
    else if (manager == QLatin1String("zypper"))
        return parseZypperSecurityPatches(output);
    const QStringList held = parseHeldPackages(output);
    for (PendingUpdate &u : updates)
        u.held = held.contains(u.name);
    return updates;
}

QString securityScanScript(const QString &manager)
{
    QString body;
    if (manager == QLatin1String("apt")) {
        // Fetch failures print "Err:"/"W:" and still exit 0: they are errors here,
        // or a repository that did not answer would read as "nothing pending".
        // Only the security suites' indexes are fetched (a few hundred KiB
        // instead of the whole archive's): what the simulation then offers
        // above the installed versions is exactly what they fix.
        body = QStringLiteral(
                   "d=%1/apt; mkdir -p $d/lists/partial $d/cache/archives/partial $d/parts; "
                   "grep -hE '^[[:space:]]*deb[[:space:]].*-security' /etc/apt/sources.list /etc/apt/sources.list.d/*.list "
                   "> $d/security.list 2>/dev/null; "
                   "for f in /etc/apt/sources.list.d/*.sources; do [ -f \"$f\" ] && awk -v RS= -v ORS='\\n\\n' '/-security/' \"$f\"; "
                   "done > $d/parts/security.sources 2>/dev/null; "
                   "[ -s $d/security.list ] || [ -s $d/parts/security.sources ] || { echo IMAGEPREP-SCAN-NO-SECURITY; exit 0; }; "
                   "o=\"-o Dir::Etc::SourceList=$d/security.list -o Dir::Etc::SourceParts=$d/parts -o Dir::State::Lists=$d/lists "
                   "-o Dir::Cache=$d/cache -o Acquire::Languages=none -o Acquire::GzipIndexes=true -o Debug::NoLocking=1\"; "
                   "export DEBIAN_FRONTEND=noninteractive; "
                   "apt-get -q update $o > $d/update.log 2>&1 || { echo IMAGEPREP-SCAN-ERROR; tail -n 5 $d/update.log; exit 1; }; "
                   "if grep -qE '^(Err:|W: Failed|E:)' $d/update.log; then echo IMAGEPREP-SCAN-ERROR; "
                   "grep -E '^(Err:|W: Failed|E:)' $d/update.log | head -n 5; exit 1; fi; "
                   // Held packages are listed too (Ignore-Hold), and named, so a
                   // hold that keeps a security fix out is reported, not hidden.
                   "apt-mark showhold 2>/dev/null | sed 's/^/IMAGEPREP-HELD /'; "
                   "apt-get -s -q -o APT::Ignore-Hold=true dist-upgrade $o")
                   .arg(ScratchDir);
    } else if (manager == QLatin1String("dnf") || manager == QLatin1String("yum")) {
        body = QStringLiteral("mkdir -p %1/%2; for f in /etc/dnf/plugins/versionlock.list /etc/yum/pluginconf.d/versionlock.list; do "
                              "[ -f $f ] && sed -n 's/^\\([^#![:space:]].*\\)$/IMAGEPREP-LOCK \\1/p' $f; done; "
                              "%2 -q --setopt=cachedir=%1/%2 updateinfo list --security --available "
                              "|| { echo IMAGEPREP-SCAN-ERROR; exit 1; }")
                   .arg(ScratchDir, manager);
    } else if (manager == QLatin1String("zypper")) {
        body = QStringLiteral("mkdir -p %1/zypp; zypper --non-interactive --cache-dir %1/zypp --gpg-auto-import-keys refresh > /dev/null "
                              "&& zypper --non-interactive --cache-dir %1/zypp list-patches --category security "
                              "|| { echo IMAGEPREP-SCAN-ERROR; exit 1; }")
                   .arg(ScratchDir);
    } else {
        return {};
    }
    return withApplianceDns(body);
}

QString securityUpgradeScript(const QString &manager, const QStringList &packages)
{
    QStringList names;
    for (const QString &p : packages)
        names << quoted(p);
    const QString list = names.join(QLatin1Char(' '));
    QString body;
    if (manager == QLatin1String("apt"))
        body = QStringLiteral("export DEBIAN_FRONTEND=noninteractive; apt-get -q update && "
                              "apt-get -q -y -o Dpkg::Options::=--force-confold install --only-upgrade %1 && apt-get clean && "
                              "rm -rf /var/lib/apt/lists/*")
                   .arg(list);
    else if (manager == QLatin1String("dnf") || manager == QLatin1String("yum"))
        body = QStringLiteral("%1 -y upgrade --security && %1 clean all").arg(manager);
    else if (manager == QLatin1String("zypper"))
        body = QStringLiteral("zypper --non-interactive patch --category security; rc=$?; "
                              "[ $rc -eq 0 ] || [ $rc -eq 102 ] || [ $rc -eq 103 ] || exit $rc; zypper clean --all");
    else
        return {};
    return withApplianceDns(body);
}

} // namespace imageprep
