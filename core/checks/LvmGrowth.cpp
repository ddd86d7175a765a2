#include "checks/LvmGrowth.h"

#include "checks/CheckSupport.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::checks {

namespace {

// Where distributions install cloud-init's modules: Debian's dist-packages,
// RHEL's and SUSE's site-packages under a versioned python3.X.
QStringList growpartModuleCandidates(const GuestFiles &files)
{
    QStringList out;
    QStringList libs{QStringLiteral("/usr/lib/python3")};
    for (const QString &name : files.list(QStringLiteral("/usr/lib"))) {
        if (name.startsWith(QLatin1String("python3.")))
            libs << QStringLiteral("/usr/lib/") + name;
    }
    for (const QString &lib : std::as_const(libs)) {
        for (const QString &pkgs : {QStringLiteral("dist-packages"), QStringLiteral("site-packages")})
            out << QStringLiteral("%1/%2/cloudinit/config/cc_growpart.py").arg(lib, pkgs);
    }
    return out;
}

} // namespace

CloudInitLvmSupport cloudInitLvmSupport(const GuestFacts &facts, const GuestFiles &files)
{
    CloudInitLvmSupport s;
    for (const QString &path : growpartModuleCandidates(files)) {
        if (!files.exists(path) || !files.isFile(path))
            continue;
        s.module = path;
        for (const Line &l : readLines(files, path)) {
            const QString t = l.text.trimmed();
            if (t.startsWith(QLatin1Char('#')))
                continue;
            if (t.contains(QLatin1String("\"pvresize\"")) || t.contains(QLatin1String("'pvresize'"))
                || t.contains(QLatin1String("\"lvextend\"")) || t.contains(QLatin1String("'lvextend'"))) {
                s.handlesLvm = true;
                s.evidence = lineEvidence(path, l, CheckText::tr("cloud-init's growpart module grows LVM"));
                return s;
            }
        }
        const QString version = facts.packageVersion(QStringLiteral("cloud-init"));
        s.evidence = Evidence{path, 0, {},
                              version.isEmpty()
                                  ? CheckText::tr("cloud-init's growpart module has no LVM step (no pvresize or lvextend)")
                                  : CheckText::tr("the growpart module of cloud-init %1 has no LVM step (no pvresize or lvextend)").arg(version)};
        return s;
    }
    return s;
}

LvmRootGrowth lvmRootGrowth(const GuestFacts &facts, const GuestFiles &files)
{
    LvmRootGrowth g;
    if (!facts.rootOnLvm())
        return g;

    // A boot script that extends the volume (the image guide's LVM grow
    // script, imageprep's grow step, or the owner's own) wins over cloud-init.
    QList<Evidence> step;
    for (const QString &tool : {QStringLiteral("lvextend"), QStringLiteral("pvresize"), QStringLiteral("growvols")}) {
        for (const Evidence &e : findInFirstBootScripts(files, {tool})) {
            if (!step.contains(e))
                step << e;
        }
    }
    if (!step.isEmpty()) {
        g.path = LvmRootGrowth::Path::GrowStep;
        g.summary = CheckText::tr("Root is on LVM; a boot script grows the partition, the physical volume and the logical volume.");
        g.evidence = step;
        return g;
    }

    if (facts.hasPackage(QStringLiteral("cloud-init"))) {
        const CloudInitLvmSupport ci = cloudInitLvmSupport(facts, files);
        if (ci.handlesLvm) {
            g.path = LvmRootGrowth::Path::CloudInit;
            g.summary = CheckText::tr("Root is on LVM; the guest's cloud-init grows the partition, the physical volume and the logical volume.");
            g.evidence << ci.evidence;
            return g;
        }
        g.evidence << (ci.module.isEmpty()
                           ? noteEvidence(CheckText::tr("cloud-init's growpart module was not found; cloud-init %1 is taken to grow partitions only")
                                              .arg(facts.packageVersion(QStringLiteral("cloud-init"))))
                           : ci.evidence);
    }
    g.path = LvmRootGrowth::Path::None;
    g.summary = CheckText::tr("Root is on LVM and nothing grows the logical volume at boot: growpart grows the partition only "
                              "(no pvresize/lvextend step in cloud-init or a boot script).");
    return g;
}

} // namespace imageprep::checks
