// PlanContext: files, services and choices. Packages are in PlanPackages.cpp.
#include "requirements/PlanContext.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace imageprep {

PlanContext::PlanContext(const GuestFacts &facts, const GuestFiles &files, const PlanOptions &options, FixPlan &plan, Mode mode)
    : facts(facts), files(files), options(options), plan(plan), m_mode(mode)
{
}

bool PlanContext::wants(const CheckResult &r) const
{
    if (r.status != CheckStatus::Fail && !(options.includeWarnings && r.status == CheckStatus::Warning))
        return false;
    return options.only.isEmpty() || options.only.contains(r.id);
}

// ---- problems ----

void PlanContext::problem(const QString &why)
{
    if (m_mode == Mode::LabDefect)
        fail(why);
    else
        plan.errors << why;
}

bool PlanContext::fail(const QString &why)
{
    if (m_failure.isEmpty())
        m_failure = why;
    return false;
}

// ---- choices ----

QString PlanContext::choose(FixOption o, const QString &requested)
{
    const QString id = o.requirementId;
    QString chosen = requested.isEmpty() ? o.defaultAlternative : requested;
    const auto known = std::find_if(o.alternatives.cbegin(), o.alternatives.cend(), [&](const FixAlternative &a) { return a.id == chosen; });
    if (known == o.alternatives.cend()) {
        plan.invalidChoices << PlanText::tr("Unknown alternative %1 for %2.").arg(chosen, id);
        chosen = o.defaultAlternative;
    } else if (!known->available) {
        plan.invalidChoices << PlanText::tr("Alternative %1 for %2 is not available: %3").arg(chosen, id, known->note);
        chosen = o.defaultAlternative;
    }
    o.chosen = chosen;
    plan.options << o;
    return chosen;
}

FixOption PlanContext::packageOption(const QString &requirementId) const
{
    const bool hasLocal = !options.localPackageDir.isEmpty();
    FixOption o;
    o.requirementId = requirementId;
    o.alternatives << FixAlternative{QStringLiteral("packages-repo"),
                                     PlanText::tr("Install from the guest's package repositories (appliance network)"), {}, true};
    o.alternatives << FixAlternative{QStringLiteral("packages-local"), PlanText::tr("Install from local package files"),
                                     hasLocal ? QString() : PlanText::tr("no local package folder given"), hasLocal};
    o.defaultAlternative = hasLocal ? QStringLiteral("packages-local") : QStringLiteral("packages-repo");
    return o;
}

// ---- files ----

std::optional<QByteArray> PlanContext::editable(const QString &path, QString *resolved)
{
    QString why;
    auto content = files.editableText(path, resolved, &why);
    if (!why.isEmpty())
        problem(why);
    return content;
}

bool PlanContext::changeFile(Fix &fix, EditKind kind, const QString &path,
                             const std::function<QByteArray(const QByteArray &)> &transform, const QString &summary)
{
    QString real;
    const auto before = editable(path, &real);
    if (!before)
        return false;
    const QByteArray after = transform(*before);
    if (after == *before)
        return false;
    fix.edits << makeFileEdit(kind, real, before, after, summary);
    files.set(real, after);
    return true;
}

bool PlanContext::writeFile(Fix &fix, EditKind kind, const QString &path, const QByteArray &content, uint mode, const QString &summary)
{
    QString real = path;
    std::optional<QByteArray> before;
    if (files.lstat(path).type != GuestStat::Type::Missing || files.resolve(path).value_or(path) != path) {
        before = editable(path, &real);
        if (!before && (m_mode == Mode::LabDefect || files.lstat(real).type != GuestStat::Type::Missing)) {
            // Unreadable, binary or oversized: editable() said why (a fix plan
            // lists it); a defect that cannot be planted says so.
            if (m_mode == Mode::LabDefect)
                fail(LabDefects::tr("%1 cannot be written.").arg(path));
            return false;
        }
        if (before && *before == content)
            return false;
    }
    fix.edits << makeFileEdit(kind, real, before, content, summary, mode);
    files.set(real, content);
    return true;
}

void PlanContext::removeFile(Fix &fix, const QString &path, const QString &summary)
{
    if (files.lstat(path).type == GuestStat::Type::Symlink) {
        fix.edits << makeRemoveLink(path, files.readlink(path), summary);
        files.set(path, std::nullopt);
        return;
    }
    QString real;
    const auto before = editable(path, &real);
    if (!before)
        return;
    fix.edits << makeRemoveFile(real, *before, summary);
    files.set(real, std::nullopt);
}

QByteArray PlanContext::withoutLines(const QByteArray &content, const QList<Evidence> &lines, const QString &file)
{
    QList<QByteArray> parts = content.split('\n');
    QSet<int> drop;
    for (const Evidence &e : lines) {
        if (e.file == file && e.line > 0 && e.line <= parts.size() && QString::fromUtf8(parts.at(e.line - 1)) == e.text)
            drop.insert(e.line - 1);
    }
    QList<QByteArray> kept;
    for (int i = 0; i < parts.size(); ++i) {
        if (!drop.contains(i))
            kept << parts.at(i);
    }
    return kept.join('\n');
}

bool PlanContext::guestHas(const QString &tool) const
{
    for (const QString &dir : {QStringLiteral("/usr/sbin/"), QStringLiteral("/usr/bin/"), QStringLiteral("/sbin/"), QStringLiteral("/bin/")}) {
        if (files.isFile(dir + tool))
            return true;
    }
    return false;
}

// ---- lab randomness ----

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

// A locally administered-looking QEMU MAC, different in every lab image.
QString randomMac()
{
    const QString h = randomHex(3);
    return QStringLiteral("52:54:00:%1:%2:%3").arg(h.mid(0, 2), h.mid(2, 2), h.mid(4, 2));
}

} // namespace imageprep
