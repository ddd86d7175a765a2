#include "checks/CheckRun.h"

#include "checks/Catalogue.h"

#include <algorithm>

namespace imageprep {

bool CheckRun::requiredPassed() const
{
    const Catalogue &catalogue = Catalogue::instance();
    return std::all_of(results.cbegin(), results.cend(), [&](const CheckResult &r) {
        const Requirement *req = catalogue.find(r.id);
        if (!req || req->severity() != Severity::Required)
            return true;
        return r.status == CheckStatus::Pass || r.status == CheckStatus::NotApplicable;
    });
}

int CheckRun::count(CheckStatus status) const
{
    return static_cast<int>(std::count_if(results.cbegin(), results.cend(),
                                          [&](const CheckResult &r) { return r.status == status; }));
}

const CheckResult *CheckRun::result(const QString &id) const
{
    for (const CheckResult &r : results) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

CheckRun runChecklist(const GuestFacts &facts, const GuestFiles &files, const QStringList &only,
                      const QStringList &skip)
{
    return runChecklist(Catalogue::instance(), facts, files, only, skip);
}

CheckRun runChecklist(const Catalogue &catalogue, const GuestFacts &facts, const GuestFiles &files,
                      const QStringList &only, const QStringList &skip)
{
    CheckRun run;
    for (const QString &id : only + skip) {
        if (!catalogue.find(id) && !run.unknownIds.contains(id))
            run.unknownIds << id;
    }
    if (!run.unknownIds.isEmpty())
        return run;

    for (const Requirement *req : catalogue.all()) {
        if (!only.isEmpty() && !only.contains(req->id()))
            continue;
        if (skip.contains(req->id()))
            continue;
        CheckResult r = req->check(facts, files);
        r.id = req->id(); // the catalogue's id is authoritative
        run.results << r;
    }
    return run;
}

} // namespace imageprep
