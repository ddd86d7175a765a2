#include "session/Session.h"
#include "session/SessionWorker.h"

#include "checks/Catalogue.h"
#include "checks/CheckRun.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMetaObject>

namespace imageprep {

// ---- SessionWorker (worker thread) ----

SessionWorker::SessionWorker() = default;

SessionWorker::~SessionWorker()
{
    shutdown();
}

void SessionWorker::setGuest(std::unique_ptr<GuestSession> guest)
{
    std::unique_ptr<GuestSession> old;
    {
        std::lock_guard lock(m_guestLock);
        old = std::exchange(m_guest, std::move(guest));
    }
    // old is destroyed here, outside the lock: its shutdown may take a while.
}

void SessionWorker::shutdown()
{
    setGuest(nullptr);   // shuts the appliance down before the overlay goes
    m_workspace.reset();
}

void SessionWorker::cancel()
{
    m_cancel.store(true);
    std::lock_guard lock(m_guestLock);
    if (GuestSession *g = m_guest.get())
        g->cancel();
}

void SessionWorker::sweepAbandonedWorkspaces(const QString &workspaceParent)
{
    // Work folders of sessions that crashed or were killed hold whole disk
    // copies; sweep them before making a new one.
    const Workspace::Sweep sweep = Workspace::removeAbandoned(workspaceParent);
    if (!sweep.removed.isEmpty())
        Q_EMIT logMessage(tr("Removed %n work folder(s) left by sessions that ended without cleaning up (%1 freed): %2", nullptr,
                             int(sweep.removed.size()))
                              .arg(QLocale().formattedDataSize(sweep.bytes), sweep.removed.join(QStringLiteral(", "))));
    for (const QString &path : sweep.failed)
        Q_EMIT logMessage(tr("Could not remove the abandoned work folder %1; remove it by hand.").arg(path));
}

// Starts the appliance on the overlay; a failed launch drops the guest.
Status SessionWorker::launchGuest(const QString &overlayPath, const SessionOptions &options, SessionTimings &timings)
{
    Q_EMIT stage(tr("Starting the libguestfs appliance…"));
    setGuest(std::make_unique<GuestSession>());
    connect(m_guest.get(), &GuestSession::logMessage, this, &SessionWorker::logMessage, Qt::DirectConnection);
    connect(m_guest.get(), &GuestSession::progress, this,
            [this](qint64 d, qint64 t) { Q_EMIT progress(d, t, QString()); }, Qt::DirectConnection);
    if (m_cancel.load())
        return makeError(ErrorCode::Cancelled, tr("Cancelled."));

    LaunchOptions launch;
    launch.diskPath = overlayPath;
    launch.format = QStringLiteral("qcow2");
    launch.network = options.network;
    launch.verbose = options.verbose;
    const Status launched = m_guest->launch(launch);
    if (!launched) {
        setGuest(nullptr);
        return launched.error();
    }
    timings.launchMs = m_guest->launchMilliseconds();
    timings.softwareEmulation = m_guest->usedSoftwareEmulation();
    return success();
}

void SessionWorker::open(const QString &imagePath, const SessionOptions &options)
{
    m_cancel.store(false);
    shutdown();
    SessionTimings timings;
    QElapsedTimer timer;
    timer.start();

    auto fail = [this](const Error &e) {
        Q_EMIT failed(e);
        Q_EMIT idle();
    };

    Q_EMIT stage(tr("Opening %1…").arg(imagePath));
    sweepAbandonedWorkspaces(options.workspaceParent);
    m_workspace = std::make_unique<Workspace>(options.workspaceParent);
    if (!m_workspace->isValid())
        return fail(m_workspace->error());
    m_workspace->setKeep(options.keepWorkspace);
    Q_EMIT logMessage(tr("Workspace: %1").arg(m_workspace->path()));

    const ProgressFn onProgress = [this](qint64 done, qint64 total, const QString &what) {
        Q_EMIT progress(done, total, what);
    };
    auto opened = openImage(imagePath, *m_workspace, onProgress, &m_cancel);
    if (!opened)
        return fail(opened.error());
    timings.openMs = timer.restart();
    for (const QString &note : opened->notes)
        Q_EMIT logMessage(note);
    Q_EMIT logMessage(tr("Image format: %1, virtual size %2 bytes; overlay %3")
                          .arg(opened->info.format)
                          .arg(opened->info.virtualSize)
                          .arg(opened->overlayPath));
    Q_EMIT this->opened(opened.value());

    if (const Status launched = launchGuest(opened->overlayPath, options, timings); !launched)
        return fail(launched.error());
    timer.restart();

    Q_EMIT stage(tr("Inspecting the guest…"));
    auto facts = m_guest->inspect();
    if (!facts) {
        setGuest(nullptr);
        return fail(facts.error());
    }
    facts->virtualSize = opened->info.virtualSize;
    if (options.network)
        Q_EMIT stage(tr("Asking the guest's repositories for security updates…"));
    facts->securityUpdates = m_guest->scanSecurityUpdates(facts.value());
    m_facts = facts.value();
    readExportFacts();
    timings.inspectMs = timer.elapsed();
    Q_EMIT inspected(m_facts, timings);
    Q_EMIT idle();
}

void SessionWorker::check(const QStringList &only, const QStringList &skip)
{
    if (!guestReady())
        return;
    Q_EMIT stage(tr("Checking the OpenStack requirements…"));
    const CheckRun run = runChecklist(m_facts, m_guest->files(), only, skip);
    Q_EMIT checked(run);
    Q_EMIT idle();
}

void SessionWorker::recheck(const QString &requirementId)
{
    if (!guestReady())
        return;
    const Requirement *requirement = Catalogue::instance().find(requirementId);
    if (!requirement) {
        Q_EMIT failed(makeError(ErrorCode::InvalidArgument, tr("Unknown requirement: %1").arg(requirementId)));
        Q_EMIT idle();
        return;
    }
    m_cancel.store(false);
    m_guest->resetCancel();
    // No stage(): the inspection page shows stages, and this is no step of it.
    // Fixes or a person in lab mode may have written the guest since the
    // last look: drop the cached files and re-read packages, services and kernels.
    refreshFacts();
    if (m_guest->isCancelled()) {
        Q_EMIT failed(makeError(ErrorCode::Cancelled, tr("Cancelled.")));
        Q_EMIT idle();
        return;
    }
    const CheckRun run = runChecklist(m_facts, m_guest->files(), {requirementId});
    Q_EMIT rechecked(run.results.value(0), m_facts);
    Q_EMIT idle();
}

// ---- Session (caller's thread) ----

Session::Session(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<OpenedImage>();
    qRegisterMetaType<GuestFacts>();
    qRegisterMetaType<CheckRun>();
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<SessionTimings>();

    m_thread.setObjectName(QStringLiteral("imageprep-session"));
    m_worker = new SessionWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SessionWorker::stage, this, &Session::stage);
    connect(m_worker, &SessionWorker::progress, this, &Session::progress);
    connect(m_worker, &SessionWorker::logMessage, this, &Session::logMessage);
    connect(m_worker, &SessionWorker::opened, this, [this](const OpenedImage &image) {
        m_image = image;
        Q_EMIT opened(image);
    });
    connect(m_worker, &SessionWorker::inspected, this,
            [this](const GuestFacts &facts, const SessionTimings &timings) {
                m_facts = facts;
                m_timings = timings;
                Q_EMIT inspected(facts);
            });
    connect(m_worker, &SessionWorker::checked, this, &Session::checked);
    connect(m_worker, &SessionWorker::rechecked, this, [this](const CheckResult &result, const GuestFacts &facts) {
        m_facts = facts; // refreshed before the check
        Q_EMIT rechecked(result);
    });
    connectExportSignals();
    connectFixSignals();
    connectStepSignals();
    connect(m_worker, &SessionWorker::failed, this, &Session::failed);
    connect(m_worker, &SessionWorker::idle, this, [this] { setBusy(false); });
    m_thread.start();
}

Session::~Session()
{
    m_worker->cancel();
    // Shut the appliance down on its own thread, then stop the thread.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void Session::open(const QString &imagePath, const SessionOptions &options)
{
    setBusy(true);
    m_facts = {};
    m_image = {};
    QMetaObject::invokeMethod(m_worker, [w = m_worker, imagePath, options] { w->open(imagePath, options); },
                              Qt::QueuedConnection);
}

void Session::check(const QStringList &only, const QStringList &skip)
{
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, only, skip] { w->check(only, skip); },
                              Qt::QueuedConnection);
}

void Session::recheck(const QString &requirementId)
{
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, requirementId] { w->recheck(requirementId); },
                              Qt::QueuedConnection);
}

void Session::connectFixSignals()
{
    qRegisterMetaType<FixPlan>();
    qRegisterMetaType<FixReport>();
    qRegisterMetaType<PlanOptions>();
    connect(m_worker, &SessionWorker::planned, this, &Session::planned);
    connect(m_worker, &SessionWorker::applyProgress, this, &Session::applyProgress);
    connect(m_worker, &SessionWorker::applyStopped, this, [this](const FixReport &report) { m_fixReport = report; });
    connect(m_worker, &SessionWorker::applied, this,
            [this](const FixReport &report, const CheckRun &recheck, const GuestFacts &facts) {
                m_fixReport = report;
                m_facts = facts; // edits changed packages and services
                Q_EMIT applied(report, recheck);
            });
}

void Session::plan(const PlanOptions &options)
{
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, options] { w->plan(options); }, Qt::QueuedConnection);
}

void Session::apply(const FixPlan &plan)
{
    setBusy(true);
    m_fixReport = {};
    QMetaObject::invokeMethod(m_worker, [w = m_worker, plan] { w->apply(plan); }, Qt::QueuedConnection);
}

void Session::cancel()
{
    m_worker->cancel();
}

} // namespace imageprep
