// SessionWorker::plan() and apply(): the fix operations of a Session, on its
// worker thread. Kept apart from Session.cpp so the fix code stays in one area.
#include "session/SessionWorker.h"

#include "fixes/FixRunner.h"
#include "fixes/GuestfsEditor.h"

namespace imageprep {

void SessionWorker::plan(const PlanOptions &options)
{
    if (!guestReady())
        return;
    Q_EMIT stage(tr("Planning fixes…"));
    const CheckRun run = runChecklist(m_facts, m_guest->files());
    Q_EMIT planned(planFixes(m_facts, m_guest->files(), run, options));
    Q_EMIT idle();
}

void SessionWorker::apply(const FixPlan &plan)
{
    if (!guestReady())
        return;
    m_cancel.store(false);
    m_guest->resetCancel();
    Q_EMIT stage(tr("Applying fixes…"));
    // The guest was mounted read-only for looking; fixes need it writable.
    if (const Status writable = m_guest->makeWritable(); !writable) {
        Q_EMIT failed(writable.error());
        Q_EMIT idle();
        return;
    }
    GuestfsEditor editor(*m_guest);
    editor.log = [this](const QString &line) { Q_EMIT logMessage(line); };
    FixRunner runner(editor, &m_cancel);
    FixReport report = runner.run(plan, [this](int done, int total, const QString &what) {
        Q_EMIT applyProgress(done, total, what);
    });
    for (const EditRecord &r : std::as_const(report.edits))
        Q_EMIT logMessage(QStringLiteral("%1: %2%3").arg(r.done ? tr("done") : tr("failed"), r.summary,
                                                          r.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.message)));
    if (report.outcome != FixReport::Outcome::Finished) {
        Q_EMIT applyStopped(report);
        Error e = report.error;
        e.detail = report.toText();
        Q_EMIT failed(e);
        Q_EMIT idle();
        return;
    }
    Q_EMIT stage(tr("Checking again…"));
    refreshFacts();
    // Installs and upgrades changed versions: the repositories are asked again.
    if (m_facts.securityUpdates.state != SecurityUpdateScan::State::NotRun)
        m_facts.securityUpdates = m_guest->scanSecurityUpdates(m_facts);
    const CheckRun recheck = runChecklist(m_facts, m_guest->files());
    recheckReport(plan, recheck, report);
    Q_EMIT applied(report, recheck, m_facts);
    Q_EMIT idle();
}

} // namespace imageprep
