// Session::exportImage and its worker side: kept apart from Session.cpp so
// the export engine's additions stay in one file.
#include "session/Session.h"
#include "session/SessionWorker.h"

namespace imageprep {

void SessionWorker::exportImage(const QString &overlayPath, const QString &originalPath, const ExportOptions &options)
{
    m_cancel.store(false);
    if (overlayPath.isEmpty()) {
        Q_EMIT failed(makeError(ErrorCode::Internal, tr("No image is open.")));
        Q_EMIT idle();
        return;
    }
    if (m_guest && m_guest->isLaunched()) {
        m_guest->resetCancel();
        // What fix -o OUT does before writing OUT: the written guest's free
        // blocks read as zeros, so the exported image holds only used ones.
        compactWrites();
        // Everything the guest wrote must be in the overlay file before qemu-img reads it.
        if (const Status synced = m_guest->sync(); !synced) {
            Q_EMIT failed(synced.error());
            Q_EMIT idle();
            return;
        }
    }
    Q_EMIT stage(tr("Exporting…"));
    const ProgressFn onProgress = [this](qint64 done, qint64 total, const QString &what) {
        Q_EMIT progress(done, total, what);
    };
    auto result = imageprep::exportImage(ExportSource{overlayPath, QStringLiteral("qcow2"), originalPath}, options, onProgress, &m_cancel);
    if (result)
        Q_EMIT exported(result.value());
    else
        Q_EMIT failed(result.error());
    Q_EMIT idle();
}

void Session::connectExportSignals()
{
    qRegisterMetaType<ExportResult>();
    connect(m_worker, &SessionWorker::exported, this, &Session::exported);
}

void Session::exportImage(const ExportOptions &options)
{
    // A multi-disk OVA is opened by its boot disk only: exporting that alone
    // would drop the other disks without a word.
    if (m_image.descriptor) {
        if (const Status one = singleDiskForGlance(*m_image.descriptor); !one) {
            Q_EMIT failed(one.error());
            return;
        }
    }
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, overlay = m_image.overlayPath, original = m_image.originalPath, options] {
                                  w->exportImage(overlay, original, options);
                              },
                              Qt::QueuedConnection);
}

} // namespace imageprep
