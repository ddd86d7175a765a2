// planFixes(): asks each failing requirement's unit for its fix (core/
// requirements), in catalogue order, each reading the check's evidence and
// the guest's files through a view that already shows the edits planned
// before it. Nothing here writes anything.
#include "fixes/FixPlan.h"

#include "checks/Catalogue.h"
#include "fixes/PlanProof.h"
#include "requirements/PlanContext.h"

#include <algorithm>

namespace imageprep {

namespace {

// The fix of one failing result, by its unit: the alternative chosen (when
// it offers any), then its edits.
FixOutcome planOne(PlanContext &ctx, const Requirement &req, const CheckResult &r, Fix &fix)
{
    if (const std::optional<FixOption> o = req.fixOption(ctx))
        fix.alternative = ctx.choose(*o, o->chosen.isEmpty() ? ctx.options.alternatives.value(r.id) : o->chosen);
    return req.planFix(ctx, r, fix);
}

} // namespace

QStringList fixableRequirements()
{
    QStringList out;
    for (const Requirement *req : Catalogue::instance().all()) {
        if (req->fixable())
            out << req->id();
    }
    return out;
}

FixPlan planFixes(const GuestFacts &facts, const GuestFiles &files, const CheckRun &run, const PlanOptions &options)
{
    FixPlan plan;
    const Catalogue &catalogue = Catalogue::instance();
    for (const QString &id : options.only) {
        if (!catalogue.find(id))
            plan.unknownIds << id;
    }
    for (auto it = options.alternatives.cbegin(); it != options.alternatives.cend(); ++it) {
        if (!catalogue.find(it.key()) && it.key() != CloudInitChoiceKey)
            plan.unknownIds << it.key();
    }
    if (!plan.unknownIds.isEmpty())
        return plan;

    PlanContext ctx(facts, files, options, plan);
    // Shared choices first (the cloud-init install): the fixes that follow reuse them.
    for (const CheckResult &r : run.results) {
        const Requirement *req = catalogue.find(r.id);
        if (!req || !ctx.wants(r))
            continue;
        if (req->fixable())
            req->prepareFix(ctx, r);
    }
    for (const CheckResult &r : run.results) {
        const Requirement *req = catalogue.find(r.id);
        if (!ctx.wants(r))
            continue;
        if (!req || !req->fixable()) {
            plan.unfixed << Unfixed{r.id, PlanText::tr("no automatic fix; see the check's evidence")};
            continue;
        }
        Fix fix{r.id, QStringLiteral("default"), req->title(), {}};
        const FixOutcome outcome = planOne(ctx, *req, r, fix);
        if (outcome.kind == FixOutcome::Kind::Unfixed) {
            plan.unfixed << Unfixed{r.id, outcome.reason};
            continue;
        }
        if (outcome.kind == FixOutcome::Kind::Planned && fix.edits.isEmpty()) {
            plan.unfixed << Unfixed{r.id, PlanText::tr("nothing to change was found for the check's evidence")};
            continue;
        }
        plan.fixes << fix;
    }

    // Package installs first: their scripts write files (logs, host keys)
    // that later fixes clean up.
    std::stable_partition(plan.fixes.begin(), plan.fixes.end(), [](const Fix &f) {
        return std::any_of(f.edits.cbegin(), f.edits.cend(), [](const EditPtr &e) { return e->kind() == EditKind::InstallPackages; });
    });

    // Work that needs the whole plan (cleaning up after installs, a relabel),
    // then the package caches go, after every install and cleanup.
    for (const Requirement *req : catalogue.all())
        req->finishPlan(ctx, run.result(req->id()));
    ctx.cleanUpAfterInstalls();
    provePlan(ctx, run);
    return plan;
}

} // namespace imageprep
