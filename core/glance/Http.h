#pragma once
// Private to core/glance: one blocking HTTP exchange on the calling thread's
// own event loop (cancelable, with a silence timeout), shared by the Keystone
// and Glance code. Not installed, not for other units.

#include "glance/CloudConfig.h"
#include "image/Progress.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <atomic>
#include <functional>

namespace imageprep::http {

struct GlanceText {
    Q_DECLARE_TR_FUNCTIONS(Glance)
};

struct Reply {
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool cancelled = false;
    bool timedOut = false;
};

// Sends through `send` and waits for the whole answer. timeoutMs counts
// silence, not total time: a long upload that moves is fine.
Reply perform(const std::function<QNetworkReply *()> &send, const std::atomic_bool *cancel, int timeoutMs,
              const ProgressFn &uploadProgress = {});

// Cancelled / timed out / network error (status 0) as an Error.
Error transportError(const Reply &r, const QString &what);

// cacert and verify of the cloud on a request (no-op without TLS support).
void applyTls(QNetworkRequest &req, const CloudConfig &cloud);

QString stripSlashes(QString url);

} // namespace imageprep::http
