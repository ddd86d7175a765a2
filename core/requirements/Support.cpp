#include "requirements/Support.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep::units {

using namespace checks;

namespace {

bool isComment(const QString &t)
{
    return t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';'));
}

// A tool counts when its package is installed or, for one installed by hand,
// when its program is at one of the usual paths.
std::optional<Evidence> toolEvidence(const GuestFacts &facts, const GuestFiles &files, const QStringList &packages,
                                     const QStringList &paths, const QString &presentNote)
{
    const QString pkg = installedPackage(facts, packages);
    if (!pkg.isEmpty())
        return packageEvidence(facts, pkg);
    for (const QString &p : paths) {
        if (files.isFile(p))
            return Evidence{p, 0, {}, presentNote};
    }
    return std::nullopt;
}

} // namespace

std::optional<Evidence> growpartTool(const GuestFacts &facts, const GuestFiles &files)
{
    return toolEvidence(facts, files, profileFor(facts.family()).growpartPackages,
                        {QStringLiteral("/usr/bin/growpart"), QStringLiteral("/usr/sbin/growpart")},
                        CheckText::tr("growpart is present"));
}

std::optional<Evidence> xfsGrowTool(const GuestFacts &facts, const GuestFiles &files)
{
    return toolEvidence(facts, files, profileFor(facts.family()).xfsGrowPackages,
                        {QStringLiteral("/usr/sbin/xfs_growfs"), QStringLiteral("/sbin/xfs_growfs")},
                        CheckText::tr("xfs_growfs is present"));
}

QList<Evidence> ruleLines(const GuestFiles &files, const QString &path, const std::function<bool(const QString &)> &pred,
                          int limit)
{
    QList<Evidence> out;
    for (const Line &l : readLines(files, path)) {
        const QString t = l.text.trimmed();
        if (isComment(t) || !pred(t))
            continue;
        out << lineEvidence(path, l);
        if (out.size() >= limit)
            break;
    }
    return out;
}

QHash<QString, std::pair<QString, Line>> kernelConfig(const GuestFiles &files, const QString &path)
{
    QHash<QString, std::pair<QString, Line>> out;
    for (const Line &l : readLines(files, path)) {
        const QString t = l.text.trimmed();
        if (t.startsWith(QLatin1String("CONFIG_"))) {
            const qsizetype eq = t.indexOf(QLatin1Char('='));
            if (eq > 0)
                out.insert(t.left(eq), {t.mid(eq + 1), l});
        } else if (t.startsWith(QLatin1String("# CONFIG_")) && t.endsWith(QLatin1String(" is not set"))) {
            out.insert(t.mid(2, t.indexOf(QLatin1Char(' '), 2) - 2), {QStringLiteral("n"), l});
        }
    }
    return out;
}

} // namespace imageprep::units
