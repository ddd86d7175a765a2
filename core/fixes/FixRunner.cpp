#include "fixes/FixRunner.h"

#include "fixes/GuestEditor.h"

#include <QCoreApplication>

namespace imageprep {

namespace {
class RunnerText {
    Q_DECLARE_TR_FUNCTIONS(RunnerText)
};
} // namespace

QString toString(FixReport::Outcome outcome)
{
    switch (outcome) {
    case FixReport::Outcome::Finished: return QStringLiteral("finished");
    case FixReport::Outcome::Failed: return QStringLiteral("failed");
    case FixReport::Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

int FixReport::doneCount() const
{
    return int(std::count_if(edits.cbegin(), edits.cend(), [](const EditRecord &r) { return r.done; }));
}

QString FixReport::toText() const
{
    QString out;
    for (const EditRecord &r : edits) {
        out += QStringLiteral("%1 [%2] %3\n").arg(r.done ? QStringLiteral("done  ") : QStringLiteral("FAILED"), r.requirementId, r.summary);
        if (!r.message.isEmpty())
            out += QStringLiteral("       %1\n").arg(r.message);
    }
    switch (outcome) {
    case Outcome::Finished:
        out += RunnerText::tr("Applied %n edit(s).", nullptr, doneCount()) + QLatin1Char('\n');
        break;
    case Outcome::Failed:
        out += RunnerText::tr("Failed after %n edit(s): %1", nullptr, doneCount()).arg(error.message) + QLatin1Char('\n');
        break;
    case Outcome::Cancelled:
        out += RunnerText::tr("Cancelled after %n edit(s).", nullptr, doneCount()) + QLatin1Char('\n');
        break;
    }
    if (rechecked) {
        if (notFixed.isEmpty()) {
            out += RunnerText::tr("Re-check: every fixed check passes.") + QLatin1Char('\n');
        } else {
            for (const NotFixed &n : notFixed)
                out += RunnerText::tr("Re-check: %1 is %2, not pass: %3").arg(n.requirementId, toString(n.status), n.why)
                    + QLatin1Char('\n');
        }
    }
    return out;
}

FixRunner::FixRunner(GuestEditor &editor, const std::atomic_bool *cancel) : m_editor(editor), m_cancel(cancel) {}

FixReport FixRunner::run(const FixPlan &plan, const FixProgressFn &progress)
{
    FixReport report;
    const int total = plan.editCount();
    int done = 0;
    const auto cancelled = [this] { return (m_cancel && m_cancel->load()) || m_editor.isCancelled(); };
    for (const Fix &fix : plan.fixes) {
        for (const EditPtr &edit : fix.edits) {
            if (progress)
                progress(done, total, edit->summary());
            if (cancelled()) {
                report.outcome = FixReport::Outcome::Cancelled;
                report.error = makeError(ErrorCode::Cancelled, RunnerText::tr("Cancelled."));
                return report;
            }
            EditRecord rec{fix.requirementId, edit->summary(), edit->path(), edit->kind(), false, {}};
            const Status s = edit->apply(m_editor);
            if (!s) {
                rec.message = s.error().detail.isEmpty() ? s.error().message
                                                         : s.error().message + QLatin1Char(' ') + s.error().detail;
                report.edits << rec;
                const bool wasCancel = s.error().code == ErrorCode::Cancelled || cancelled();
                report.outcome = wasCancel ? FixReport::Outcome::Cancelled : FixReport::Outcome::Failed;
                report.error = s.error();
                return report;
            }
            rec.done = true;
            report.edits << rec;
            ++done;
        }
    }
    if (progress)
        progress(done, total, QString());
    return report;
}

void recheckReport(const FixPlan &plan, const CheckRun &recheck, FixReport &report)
{
    report.rechecked = true;
    report.notFixed.clear();
    for (const Fix &fix : plan.fixes) {
        const CheckResult *r = recheck.result(fix.requirementId);
        if (!r) {
            report.notFixed << NotFixed{fix.requirementId, CheckStatus::Unknown, RunnerText::tr("the check did not run again")};
            continue;
        }
        if (r->status == CheckStatus::Pass || r->status == CheckStatus::NotApplicable)
            continue;
        QStringList why{r->summary};
        for (const Evidence &e : r->evidence) {
            QString w = e.file.isEmpty() ? e.note : (e.line > 0 ? QStringLiteral("%1:%2").arg(e.file).arg(e.line) : e.file);
            if (!e.text.isEmpty())
                w += QStringLiteral(": ") + e.text;
            if (!e.file.isEmpty() && !e.note.isEmpty())
                w += QStringLiteral(" (%1)").arg(e.note);
            why << w;
        }
        report.notFixed << NotFixed{fix.requirementId, r->status, why.join(QStringLiteral("; "))};
    }
}

} // namespace imageprep
