#pragma once
// FixRunner: applies a FixPlan through a GuestEditor, edit by edit, on the
// thread that owns the editor (the session's worker thread). Progress after
// every edit, cancel checked between edits; the outcome is finished, failed or
// cancelled, and the report lists every edit done. recheckReport() compares a
// re-run of the checklist with the plan: every fixed check must now pass.

#include "checks/CheckRun.h"
#include "fixes/FixPlan.h"
#include "util/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace imageprep {

class GuestEditor;

struct EditRecord {
    QString requirementId;
    QString summary;
    QString path;
    EditKind kind = EditKind::WriteFile;
    bool done = false;
    QString message; // the error when not done
};

// A fixed check that did not turn to pass in the re-check.
struct NotFixed {
    QString requirementId;
    CheckStatus status = CheckStatus::Unknown;
    QString why; // the check's summary and evidence
};

struct FixReport {
    enum class Outcome { Finished, Failed, Cancelled };
    Outcome outcome = Outcome::Finished;
    QList<EditRecord> edits; // every edit attempted, in order
    Error error;             // for Failed and Cancelled
    QList<NotFixed> notFixed; // filled from the re-check
    bool rechecked = false;

    int doneCount() const;
    bool allFixed() const { return outcome == Outcome::Finished && rechecked && notFixed.isEmpty(); }
    QString toText() const; // for the CLI and the session log
};

QString toString(FixReport::Outcome outcome); // "finished", "failed", "cancelled"

using FixProgressFn = std::function<void(int done, int total, const QString &what)>;

class FixRunner {
public:
    FixRunner(GuestEditor &editor, const std::atomic_bool *cancel = nullptr);

    // Applies every edit of plan in order; stops at the first failure or at cancel.
    FixReport run(const FixPlan &plan, const FixProgressFn &progress = {});

private:
    GuestEditor &m_editor;
    const std::atomic_bool *m_cancel;
};

// Fills report.notFixed: each fix whose check is not Pass/NotApplicable in recheck.
void recheckReport(const FixPlan &plan, const CheckRun &recheck, FixReport &report);

} // namespace imageprep

Q_DECLARE_METATYPE(imageprep::FixPlan)
Q_DECLARE_METATYPE(imageprep::FixReport)
Q_DECLARE_METATYPE(imageprep::PlanOptions)
