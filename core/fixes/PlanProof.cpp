// A plan is proven before it is shown: the checks of every planned
// requirement run again on the planning view (the guest's files as the
// planned edits leave them, generated boot configuration included), with the
// planned packages counted as installed and the planned services as enabled.
// What would still not pass is said before anything is applied.
#include "fixes/PlanProof.h"

#include "checks/Catalogue.h"
#include "requirements/PlanContext.h"

namespace imageprep {

namespace {

GuestFacts simulatedFacts(const PlanContext &p)
{
    GuestFacts sim = p.facts;
    for (const QString &name : p.installed) {
        if (!sim.hasPackage(name))
            sim.packages << PackageInfo{name, QStringLiteral("planned")};
    }
    sim.securityUpdates.updates.removeIf([&p](const PendingUpdate &u) { return p.upgraded.contains(u.name); });
    for (const QString &s : p.disabled)
        sim.enabledServices.removeAll(s);
    for (const QStringList *services : {&p.enabled, &p.startedByPackages}) {
        for (const QString &s : *services) {
            if (!sim.enabledServices.contains(s))
                sim.enabledServices << s;
        }
    }
    return sim;
}

QString reasonOf(const CheckResult &r)
{
    QStringList notes;
    for (const Evidence &e : r.evidence) {
        const QString where = e.file.isEmpty() ? QString() : (e.line > 0 ? QStringLiteral("%1:%2").arg(e.file).arg(e.line) : e.file);
        const QString note = e.note.isEmpty() ? e.text : e.note;
        if (!where.isEmpty() || !note.isEmpty())
            notes << (where.isEmpty() ? note : note.isEmpty() ? where : QStringLiteral("%1 (%2)").arg(note, where));
    }
    if (notes.isEmpty())
        return r.summary;
    return QStringLiteral("%1 %2").arg(r.summary, notes.join(QStringLiteral("; ")));
}

} // namespace

void provePlan(PlanContext &p, const CheckRun &run)
{
    if (p.plan.fixes.isEmpty())
        return;
    const GuestFacts sim = simulatedFacts(p);
    const Catalogue &catalogue = Catalogue::instance();
    for (const Fix &fix : std::as_const(p.plan.fixes)) {
        const Requirement *req = catalogue.find(fix.requirementId);
        const CheckResult *before = run.result(fix.requirementId);
        if (!req || !before)
            continue;
        const CheckResult after = req->check(sim, p.files);
        if (after.status == CheckStatus::Pass || after.status == CheckStatus::NotApplicable)
            continue;
        //: A planned fix that the simulated re-check does not pass; %1 is the check's summary and evidence.
        p.plan.unproven << Unfixed{fix.requirementId, PlanText::tr("this plan does not fix it, because: %1").arg(reasonOf(after))};
    }
}

} // namespace imageprep
