#pragma once
// The part of a Session that lives on its worker thread. Internal to core.

#include "session/Session.h"

#include "guest/GuestSession.h"
#include "image/Workspace.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace imageprep {

class SessionWorker final : public QObject {
    Q_OBJECT
public:
    SessionWorker();
    ~SessionWorker() override;

    void open(const QString &imagePath, const SessionOptions &options);
    void check(const QStringList &only, const QStringList &skip);
    void recheck(const QString &requirementId);
    void exportImage(const QString &overlayPath, const QString &originalPath, const ExportOptions &options);
    void plan(const PlanOptions &options);   // core/fixes/SessionFixes.cpp
    void apply(const FixPlan &plan);         // core/fixes/SessionFixes.cpp
    void planDefects(const QStringList &ids); // SessionSteps.cpp
    void closeGuest();                        // SessionSteps.cpp
    void run(const std::function<QVariant(GuestSession &)> &fn,
             const std::function<void(const QVariant &)> &done, QObject *doneContext);
    void cancel(); // any thread
    void shutdown();

Q_SIGNALS:
    void stage(const QString &text);
    void progress(qint64 done, qint64 total, const QString &what);
    void logMessage(const QString &line);
    void opened(const imageprep::OpenedImage &image);
    void inspected(const imageprep::GuestFacts &facts, const imageprep::SessionTimings &timings);
    void checked(const imageprep::CheckRun &run);
    void rechecked(const imageprep::CheckResult &result, const imageprep::GuestFacts &facts);
    void exported(const imageprep::ExportResult &result);
    void planned(const imageprep::FixPlan &plan);
    void applyProgress(int done, int total, const QString &what);
    void applied(const imageprep::FixReport &report, const imageprep::CheckRun &recheck,
                 const imageprep::GuestFacts &facts);
    void applyStopped(const imageprep::FixReport &report);
    void defectsPlanned(const imageprep::DefectPlan &plan);
    void guestClosed(const imageprep::TrimResult &trim);
    void failed(const imageprep::Error &error);
    void idle();

private:
    bool guestReady(); // else failed() and idle() were emitted
    // Drops the file caches and re-reads what writes change into m_facts.
    void refreshFacts();
    // The facts only the export needs, read from the guest (virtio-rng).
    void readExportFacts();
    // open()'s steps.
    void sweepAbandonedWorkspaces(const QString &workspaceParent);
    Status launchGuest(const QString &overlayPath, const SessionOptions &options, SessionTimings &timings);
    // Trims the free space of a guest that was written; logs what it did.
    TrimResult compactWrites();
    // Replaces the guest under m_guestLock so cancel() never sees a dying one.
    void setGuest(std::unique_ptr<GuestSession> guest);

    std::unique_ptr<Workspace> m_workspace;
    std::mutex m_guestLock;
    std::unique_ptr<GuestSession> m_guest;
    GuestFacts m_facts;
    std::atomic_bool m_cancel{false};
};

} // namespace imageprep
