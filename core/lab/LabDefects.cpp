// The lab defect catalogue and planDefects(): every requirement's unit
// describes and plants its own defect (Requirement::labDefect/plantDefect)
// with the same planning helpers its fix uses, against a view of the guest
// that already shows the defects planned before it. Nothing here writes.
#include "lab/LabDefects.h"

#include "checks/Catalogue.h"
#include "requirements/PlanContext.h"

#include <QCoreApplication>

namespace imageprep {

namespace {

// Every requirement's defect, in catalogue order.
QList<LabDefect> collectDefects()
{
    QList<LabDefect> out;
    for (const Requirement *req : Catalogue::instance().all()) {
        if (const char *description = req->labDefect())
            out << LabDefect{req->id(), description};
    }
    return out;
}

} // namespace

QString LabDefect::translatedDescription() const
{
    return QCoreApplication::translate("LabDefects", description);
}

const QList<LabDefect> &labDefects()
{
    static const QList<LabDefect> defects = collectDefects();
    return defects;
}

const LabDefect *findLabDefect(const QString &id)
{
    for (const LabDefect &d : labDefects()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QStringList labDefectIds()
{
    QStringList ids;
    for (const LabDefect &d : labDefects())
        ids << d.id;
    return ids;
}

DefectPlan planDefects(const GuestFacts &facts, const GuestFiles &files, const QStringList &ids)
{
    DefectPlan out;
    for (const QString &id : ids) {
        if (!findLabDefect(id) && !out.unknownIds.contains(id))
            out.unknownIds << id;
    }
    if (!out.unknownIds.isEmpty())
        return out;

    static const PlanOptions noOptions;
    PlanContext ctx(facts, files, noOptions, out.plan, PlanContext::Mode::LabDefect);
    QStringList done;
    for (const QString &id : ids) {
        if (done.contains(id))
            continue;
        done << id;
        Fix fix{id, QStringLiteral("lab-defect"), findLabDefect(id)->translatedDescription(), {}};
        ctx.clearFailure();
        Catalogue::instance().find(id)->plantDefect(ctx, fix);
        if (ctx.failure().isEmpty() && fix.edits.isEmpty())
            ctx.fail(LabDefects::tr("the guest already has this defect; nothing to plant."));
        if (!ctx.failure().isEmpty()) {
            out.errors << QStringLiteral("%1: %2").arg(id, ctx.failure());
            continue;
        }
        out.plan.fixes << fix;
    }
    return out;
}

bool defectShows(const CheckResult &result)
{
    if (result.status == CheckStatus::Fail)
        return true;
    const Requirement *req = Catalogue::instance().find(result.id);
    return result.status == CheckStatus::Warning && req && req->severity() == Severity::Recommended;
}

QStringList defectsNotShown(const QStringList &ids, const CheckRun &run)
{
    QStringList out;
    for (const QString &id : ids) {
        const CheckResult *r = run.result(id);
        if ((!r || !defectShows(*r)) && !out.contains(id))
            out << id;
    }
    return out;
}

} // namespace imageprep
