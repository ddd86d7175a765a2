#pragma once
// Session: one opened image, its workspace and its one appliance, driven from
// the caller's thread (GUI or CLI). All blocking work runs on the session's
// own worker thread, which alone owns the libguestfs handle; results come
// back as queued signals. Nothing here ever writes the original image.

#include "checks/CheckRun.h"
#include "export/Exporter.h"
#include "fixes/FixPlan.h"
#include "fixes/FixRunner.h"
#include "guest/GuestFacts.h"
#include "guest/GuestTrim.h"
#include "image/ImageSource.h"
#include "lab/LabDefects.h"
#include "util/Result.h"

#include <QObject>
#include <QThread>

#include <functional>

#include <memory>

namespace imageprep {

class GuestSession;
class SessionWorker;

struct SessionOptions {
    QString workspaceParent;   // empty: $IMAGEPREP_WORKDIR or the temp folder
    bool verbose = false;      // appliance and library log lines
    bool network = false;      // appliance network (package installs)
    bool keepWorkspace = false;
};

struct SessionTimings {
    qint64 openMs = 0;    // probe, extraction, overlay
    qint64 launchMs = 0;  // appliance start
    qint64 inspectMs = 0; // inspection and facts
    bool softwareEmulation = false;
};

class Session final : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override; // cancels running work and waits for the worker

    // Opens the image, launches the appliance and inspects the guest.
    // Emits opened(), then inspected() or failed().
    void open(const QString &imagePath, const SessionOptions &options = {});
    // Runs the checklist on the inspected guest. Emits checked() or failed().
    void check(const QStringList &only = {}, const QStringList &skip = {});
    // Runs one requirement again on the workspace as it is now (fixed, when
    // fixes were applied), on the open appliance: file caches are dropped and
    // what edits change is re-read (GuestSession::refreshChangeableFacts)
    // first, so the result sees the current guest. Emits rechecked() or
    // failed() (an unknown id is ErrorCode::InvalidArgument).
    void recheck(const QString &requirementId);

    // Fixes (core/fixes): plan() runs the checklist and builds a FixPlan,
    // changing nothing; emits planned() or failed(). apply() runs the plan on
    // the worker thread (applyProgress per edit), re-inspects what edits
    // change, re-runs the checklist on the same handle and emits applied();
    // a failed or cancelled run emits failed() (ErrorCode::Cancelled) with
    // the report of edits done in lastFixReport(). Writes the overlay only.
    void plan(const PlanOptions &options = {});
    void apply(const FixPlan &plan);
    const FixReport &lastFixReport() const { return m_fixReport; }

    // Lab mode: plans the defects ids on the inspected guest (planDefects),
    // changing nothing; apply() plants them. Emits defectsPlanned() or failed().
    void planDefects(const QStringList &ids);

    // Exports the session's overlay (the fixed image after fixes were applied):
    // image, properties files, sums, bundle, upload, as options ask, with
    // the properties of exportProperties() (ExportChoices.h) as a rule.
    // Emits progress(), then exported() or failed(). A guest that was written
    // has its free space trimmed first (see closeGuest), and is flushed.
    void exportImage(const ExportOptions &options);

    // Runs fn on the worker thread with the live guest (after inspected()),
    // then done(result) on this object's thread. For core's tests only (they
    // change the guest behind a step's back): the front ends drive the steps
    // above and never see the guest.
    void runOnGuest(std::function<QVariant(GuestSession &)> fn, std::function<void(const QVariant &)> done);

    // Ends the guest work before the caller writes the overlay out itself
    // (fix -o OUT, lab make): a guest that was written has the blocks it no
    // longer uses discarded (trimFreeSpace, so OUT holds only used blocks),
    // then the appliance shuts down. Emits guestClosed() or failed().
    void closeGuest();

    // Thread-safe; the running step stops at its next cancel point.
    void cancel();
    bool isBusy() const { return m_busy; }

    const OpenedImage &image() const { return m_image; }
    const GuestFacts &facts() const { return m_facts; }
    const SessionTimings &timings() const { return m_timings; }

Q_SIGNALS:
    void stage(const QString &text);
    void progress(qint64 done, qint64 total, const QString &what);
    void logMessage(const QString &line);
    void opened(const imageprep::OpenedImage &image);
    void inspected(const imageprep::GuestFacts &facts);
    void checked(const imageprep::CheckRun &run);
    void rechecked(const imageprep::CheckResult &result); // recheck() finished; facts() are current
    void exported(const imageprep::ExportResult &result); // exportImage() finished
    void planned(const imageprep::FixPlan &plan);
    void applyProgress(int done, int total, const QString &what);
    void applied(const imageprep::FixReport &report, const imageprep::CheckRun &recheck);
    void defectsPlanned(const imageprep::DefectPlan &plan);
    void guestClosed(const imageprep::TrimResult &trim);
    void failed(const imageprep::Error &error);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void connectExportSignals(); // ExportWork.cpp
    void connectFixSignals();
    void connectStepSignals();   // SessionSteps.cpp

    QThread m_thread;
    SessionWorker *m_worker = nullptr; // lives on m_thread
    OpenedImage m_image;
    GuestFacts m_facts;
    SessionTimings m_timings;
    FixReport m_fixReport;
    bool m_busy = false;
};

} // namespace imageprep

Q_DECLARE_METATYPE(imageprep::OpenedImage)
Q_DECLARE_METATYPE(imageprep::GuestFacts)
Q_DECLARE_METATYPE(imageprep::CheckRun)
Q_DECLARE_METATYPE(imageprep::CheckResult)
Q_DECLARE_METATYPE(imageprep::ExportResult)
Q_DECLARE_METATYPE(imageprep::Error)
Q_DECLARE_METATYPE(imageprep::SessionTimings)
Q_DECLARE_METATYPE(imageprep::TrimResult)
