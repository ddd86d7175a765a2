// The session steps around the fixes that both front ends share: lab
// defects, the facts the export needs, and the end of the guest work before
// the overlay is written out.
#include "session/Session.h"
#include "session/SessionWorker.h"

#include "glance/Properties.h"

namespace imageprep {

bool SessionWorker::guestReady()
{
    if (m_guest && m_guest->isLaunched())
        return true;
    Q_EMIT failed(makeError(ErrorCode::Internal, tr("No guest is open.")));
    Q_EMIT idle();
    return false;
}

void SessionWorker::refreshFacts()
{
    m_guest->invalidateFiles();
    m_guest->refreshChangeableFacts(m_facts);
    readExportFacts();
}

void SessionWorker::readExportFacts()
{
    m_facts.kernelVirtioRng = kernelHasVirtioRng(m_facts, m_guest->files());
}

TrimResult SessionWorker::compactWrites()
{
    // An untouched guest leaves the overlay empty (the export is the
    // original, byte for byte): nothing to compact.
    if (!m_guest->isWritable())
        return {};
    const TrimResult trim = trimFreeSpace(*m_guest);
    for (const QString &s : trim.skipped)
        Q_EMIT logMessage(tr("Free space not trimmed: %1").arg(s));
    if (!trim.trimmed.isEmpty())
        Q_EMIT logMessage(tr("Free space trimmed: %1").arg(trim.trimmed.join(QStringLiteral(", "))));
    return trim;
}

void SessionWorker::planDefects(const QStringList &ids)
{
    if (!guestReady())
        return;
    Q_EMIT defectsPlanned(imageprep::planDefects(m_facts, m_guest->files(), ids));
    Q_EMIT idle();
}

void SessionWorker::closeGuest()
{
    if (!guestReady())
        return;
    m_cancel.store(false);
    m_guest->resetCancel();
    const TrimResult trim = compactWrites();
    // The overlay is consistent for qemu-img only once the appliance is down.
    setGuest(nullptr);
    Q_EMIT guestClosed(trim);
    Q_EMIT idle();
}

void SessionWorker::run(const std::function<QVariant(GuestSession &)> &fn,
                        const std::function<void(const QVariant &)> &done, QObject *doneContext)
{
    if (!guestReady())
        return;
    m_guest->resetCancel();
    const QVariant result = fn(*m_guest);
    QMetaObject::invokeMethod(doneContext, [done, result] { done(result); }, Qt::QueuedConnection);
    Q_EMIT idle();
}

void Session::connectStepSignals()
{
    qRegisterMetaType<DefectPlan>();
    qRegisterMetaType<TrimResult>();
    connect(m_worker, &SessionWorker::defectsPlanned, this, &Session::defectsPlanned);
    connect(m_worker, &SessionWorker::guestClosed, this, &Session::guestClosed);
}

void Session::planDefects(const QStringList &ids)
{
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ids] { w->planDefects(ids); }, Qt::QueuedConnection);
}

void Session::closeGuest()
{
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->closeGuest(); }, Qt::QueuedConnection);
}

void Session::runOnGuest(std::function<QVariant(GuestSession &)> fn, std::function<void(const QVariant &)> done)
{
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, fn, done, ctx = this] { w->run(fn, done, ctx); },
                              Qt::QueuedConnection);
}

} // namespace imageprep
