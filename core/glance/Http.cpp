#include "glance/Http.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace imageprep::http {

Reply perform(const std::function<QNetworkReply *()> &send, const std::atomic_bool *cancel, int timeoutMs,
              const ProgressFn &uploadProgress)
{
    Reply r;
    QNetworkReply *reply = send();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (uploadProgress)
        QObject::connect(reply, &QNetworkReply::uploadProgress, &loop,
                         [&uploadProgress](qint64 d, qint64 t) { uploadProgress(d, t, GlanceText::tr("Uploading")); });
    QTimer poll;
    poll.setInterval(100);
    QElapsedTimer idle;
    idle.start();
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&idle] { idle.restart(); });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&idle] { idle.restart(); });
    // Polls the cancel flag so Ctrl-C and the wizard's Cancel abort even a long upload.
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load()) {
            r.cancelled = true;
            reply->abort();
        } else if (timeoutMs > 0 && idle.elapsed() > timeoutMs) {
            r.timedOut = true;
            reply->abort();
        }
    });
    poll.start();
    if (!reply->isFinished())
        loop.exec();
    poll.stop();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    r.error = reply->error();
    r.errorString = reply->errorString();
    // Gone now, not later: an aborted upload still has queued requests for body
    // data, and a later request's event loop must not deliver them to a reply
    // whose body device has gone.
    delete reply;
    return r;
}

Error transportError(const Reply &r, const QString &what)
{
    if (r.cancelled)
        return makeError(ErrorCode::Cancelled, GlanceText::tr("Cancelled."));
    if (r.timedOut)
        return makeError(ErrorCode::GuestError, GlanceText::tr("%1: the server did not answer in time.").arg(what));
    return makeError(ErrorCode::Unreadable, GlanceText::tr("%1: %2").arg(what, r.errorString));
}

void applyTls(QNetworkRequest &req, const CloudConfig &cloud)
{
    if (!QSslSocket::supportsSsl())
        return;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!cloud.verify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!cloud.caCert.isEmpty())
        ssl.addCaCertificates(cloud.caCert);
    req.setSslConfiguration(ssl);
}

QString stripSlashes(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

} // namespace imageprep::http
