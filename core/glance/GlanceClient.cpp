#include "glance/GlanceClient.h"
#include "glance/Http.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace imageprep {

using http::GlanceText;
using http::Reply;
using http::perform;

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json");

} // namespace

QString glanceErrorMessage(int status, const QByteArray &body)
{
    // Glance answers with webob's HTML error page, or JSON when it was asked.
    QString detail;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *k : {"explanation", "message", "description", "detail", "title"}) {
            if (o.value(QLatin1String(k)).isString()) {
                detail = o.value(QLatin1String(k)).toString();
                break;
            }
        }
        if (detail.isEmpty() && o.value(QLatin1String("error")).isObject())
            detail = o.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
    if (detail.isEmpty())
        detail = QString::fromUtf8(body);
    // Both forms carry HTML: drop the title and heading, tags and entities.
    detail.remove(QRegularExpression(QStringLiteral("<title>.*</title>"), QRegularExpression::DotMatchesEverythingOption));
    detail.remove(QRegularExpression(QStringLiteral("<h1>.*</h1>"), QRegularExpression::DotMatchesEverythingOption));
    detail.replace(QRegularExpression(QStringLiteral("<br\\s*/?>")), QStringLiteral("\n"));
    detail.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    detail.replace(QLatin1String("&#x27;"), QLatin1String("'")).replace(QLatin1String("&#39;"), QLatin1String("'"));
    detail.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&lt;"), QLatin1String("<"));
    detail.replace(QLatin1String("&gt;"), QLatin1String(">")).replace(QLatin1String("&amp;"), QLatin1String("&"));
    // Keep the paragraph that names the problem ("Attribute 'os_glance_x' is reserved.");
    // schema errors follow it with a dump of the schema, which helps nobody.
    QStringList paragraphs;
    for (const QString &p : detail.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            paragraphs << p.simplified();
    }
    if (paragraphs.size() > 1 && paragraphs.first().startsWith(QLatin1String("Access was denied")))
        paragraphs.removeFirst();
    detail = paragraphs.value(0);
    QString what;
    switch (status) {
    case 400: what = GlanceText::tr("Glance refused the request (400 Bad Request): a property has a wrong name, type or value."); break;
    case 401: what = GlanceText::tr("Glance refused the credentials (401 Unauthorized): the token is missing or expired."); break;
    case 403: what = GlanceText::tr("Glance forbids this (403 Forbidden): a reserved or protected attribute, or a policy that denies it."); break;
    case 404: what = GlanceText::tr("Glance does not know this image (404 Not Found)."); break;
    case 409: what = GlanceText::tr("Glance reports a conflict (409): the image is not in a state that allows this (already uploaded or being deleted)."); break;
    case 413: what = GlanceText::tr("Glance refused the data (413): the image exceeds the size limit or your storage quota."); break;
    case 415: what = GlanceText::tr("Glance refused the content type (415)."); break;
    default:
        what = status >= 500 ? GlanceText::tr("Glance failed (HTTP %1): a server-side error; see the Glance log.").arg(status)
                             : GlanceText::tr("Glance answered HTTP %1.").arg(status);
    }
    return detail.isEmpty() ? what : what + QLatin1Char(' ') + detail;
}

// ---- GlanceClient ----

struct GlanceClient::Impl {
    GlanceSession session;
    QNetworkAccessManager nam;
    int renewals = 0;

    QNetworkRequest request(const QString &path, const QByteArray &contentType = {}) const
    {
        QNetworkRequest req(QUrl(session.endpoint + path));
        if (!session.token.isEmpty())
            req.setRawHeader("X-Auth-Token", session.token.toLatin1());
        req.setRawHeader("Accept", "application/json");
        req.setRawHeader("User-Agent", "imageprep/" IMAGEPREP_VERSION);
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (session.cloud)
            http::applyTls(req, *session.cloud);
        return req;
    }

    // A fresh token from the same credentials; the endpoint stays.
    Status renew(const std::atomic_bool *cancel)
    {
        auto fresh = authenticate(*session.cloud, cancel);
        if (!fresh)
            return fresh.error();
        session.token = fresh->token;
        session.issuedAt = fresh->issuedAt;
        session.expiresAt = fresh->expiresAt;
        ++renewals;
        return success();
    }

    // Renews ahead of expiry: a quarter of the lifetime before it, at most
    // five minutes, so that a request never starts with a token about to lapse.
    Status renewIfDue(const std::atomic_bool *cancel)
    {
        if (!session.cloud || !session.expiresAt.isValid())
            return success();
        qint64 marginS = 300;
        if (session.issuedAt.isValid())
            marginS = std::min(marginS, session.issuedAt.secsTo(session.expiresAt) / 4);
        if (QDateTime::currentDateTimeUtc().secsTo(session.expiresAt) > marginS)
            return success();
        return renew(cancel);
    }

    // One request with a current token; a 401 (a token revoked or expired
    // early) renews it and tries once more. send builds the reply from the
    // request, so a retried upload opens its file again.
    Reply exchange(const QString &path, const QByteArray &contentType,
                   const std::function<QNetworkReply *(const QNetworkRequest &)> &send, const std::atomic_bool *cancel,
                   int timeoutMs, const ProgressFn &progress = {})
    {
        if (const Status s = renewIfDue(cancel); !s) {
            Reply failed;
            failed.errorString = s.error().message;
            return failed;
        }
        Reply r = perform([&] { return send(request(path, contentType)); }, cancel, timeoutMs, progress);
        if (r.status == 401 && session.cloud && renew(cancel))
            r = perform([&] { return send(request(path, contentType)); }, cancel, timeoutMs, progress);
        return r;
    }

    Result<QJsonObject> json(const Reply &r, const QString &what, std::initializer_list<int> okStatus) const
    {
        if (r.status == 0)
            return http::transportError(r, what);
        if (std::find(okStatus.begin(), okStatus.end(), r.status) == okStatus.end())
            return makeError(ErrorCode::InvalidArgument, glanceErrorMessage(r.status, r.body),
                             QString::fromUtf8(r.body.left(4000)));
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        return doc.isObject() ? doc.object() : QJsonObject();
    }

    // PUT of a file as the body, streamed: Qt reads it in chunks as the socket
    // drains. The reply owns the QFile, so the body lives exactly as long as it.
    Status putFile(const QString &path, const QString &file, const QString &what, const ProgressFn &progress,
                   const std::atomic_bool *cancel)
    {
        QString openError;
        const Reply r = exchange(path, QByteArrayLiteral("application/octet-stream"),
            [&](QNetworkRequest req) -> QNetworkReply * {
                auto body = std::make_unique<QFile>(file);
                if (!body->open(QIODevice::ReadOnly)) {
                    openError = body->errorString();
                    body.reset();
                    return nam.put(req, QByteArray()); // never sent: the check below fails first
                }
                req.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
                QNetworkReply *reply = nam.put(req, body.get());
                body.release()->setParent(reply);
                return reply;
            },
            cancel, 10 * 60 * 1000, progress);
        if (!openError.isEmpty())
            return makeError(ErrorCode::Unreadable, GlanceText::tr("Cannot read %1.").arg(file), openError);
        auto obj = json(r, what, {204, 200, 201});
        if (!obj)
            return obj.error();
        return success();
    }
};

GlanceClient::GlanceClient(GlanceSession session) : d(std::make_unique<Impl>())
{
    d->session = std::move(session);
}

GlanceClient::~GlanceClient() = default;

const GlanceSession &GlanceClient::session() const
{
    return d->session;
}

int GlanceClient::tokenRenewals() const
{
    return d->renewals;
}

Result<QJsonObject> GlanceClient::createImage(const QByteArray &createBody, const std::atomic_bool *cancel)
{
    const Reply r = d->exchange(QStringLiteral("/v2/images"), JsonType,
                                [&](const QNetworkRequest &req) { return d->nam.post(req, createBody); }, cancel, 60000);
    auto obj = d->json(r, GlanceText::tr("Creating the image"), {201});
    if (obj && obj->value(QLatin1String("id")).toString().isEmpty())
        return makeError(ErrorCode::Corrupt, GlanceText::tr("Glance created an image but returned no id."), QString::fromUtf8(r.body));
    return obj;
}

Status GlanceClient::uploadFile(const QString &imageId, const QString &path, const ProgressFn &progress,
                                const std::atomic_bool *cancel)
{
    return d->putFile(QStringLiteral("/v2/images/%1/file").arg(imageId), path, GlanceText::tr("Uploading the image data"),
                      progress, cancel);
}

Status GlanceClient::stageFile(const QString &imageId, const QString &path, const ProgressFn &progress,
                               const std::atomic_bool *cancel)
{
    return d->putFile(QStringLiteral("/v2/images/%1/stage").arg(imageId), path, GlanceText::tr("Staging the image data"),
                      progress, cancel);
}

Status GlanceClient::importImage(const QString &imageId, const QString &method, const std::atomic_bool *cancel)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("method"), QJsonObject{{QStringLiteral("name"), method}}}})
                                .toJson(QJsonDocument::Compact);
    const Reply r = d->exchange(QStringLiteral("/v2/images/%1/import").arg(imageId), JsonType,
                                [&](const QNetworkRequest &req) { return d->nam.post(req, body); }, cancel, 60000);
    auto obj = d->json(r, GlanceText::tr("Starting the image import"), {202, 200});
    if (!obj)
        return obj.error();
    return success();
}

Result<QJsonObject> GlanceClient::getImage(const QString &imageId, const std::atomic_bool *cancel)
{
    const Reply r = d->exchange(QStringLiteral("/v2/images/%1").arg(imageId), {},
                                [&](const QNetworkRequest &req) { return d->nam.get(req); }, cancel, 60000);
    return d->json(r, GlanceText::tr("Reading the image record"), {200});
}

Status GlanceClient::deleteImage(const QString &imageId)
{
    const Reply r = d->exchange(QStringLiteral("/v2/images/%1").arg(imageId), {},
                                [&](const QNetworkRequest &req) { return d->nam.deleteResource(req); }, nullptr, 60000);
    auto obj = d->json(r, GlanceText::tr("Deleting the image"), {204, 200});
    if (!obj)
        return obj.error();
    return success();
}

Result<QStringList> GlanceClient::importMethods(const std::atomic_bool *cancel)
{
    const Reply r = d->exchange(QStringLiteral("/v2/info/import"), {},
                                [&](const QNetworkRequest &req) { return d->nam.get(req); }, cancel, 60000);
    if (r.status == 404)
        return QStringList(); // a Glance older than the interoperable import
    auto obj = d->json(r, GlanceText::tr("Asking Glance for its import methods"), {200});
    if (!obj)
        return obj.error();
    QStringList methods;
    for (const QJsonValue &v : obj->value(QLatin1String("import-methods")).toObject().value(QLatin1String("value")).toArray())
        methods << v.toString();
    return methods;
}

Result<QStringList> GlanceClient::diskFormats(const std::atomic_bool *cancel)
{
    const Reply r = d->exchange(QStringLiteral("/v2/schemas/image"), {},
                                [&](const QNetworkRequest &req) { return d->nam.get(req); }, cancel, 60000);
    auto obj = d->json(r, GlanceText::tr("Reading Glance's image schema"), {200});
    if (!obj)
        return obj.error();
    QStringList formats;
    const QJsonObject format = obj->value(QLatin1String("properties")).toObject().value(QLatin1String("disk_format")).toObject();
    for (const QJsonValue &v : format.value(QLatin1String("enum")).toArray()) {
        if (v.isString())
            formats << v.toString();
    }
    return formats;
}

Result<QStringList> GlanceClient::imagesNamed(const QString &name, const QString &owner, const std::atomic_bool *cancel)
{
    QString path = QStringLiteral("/v2/images?name=") + QString::fromLatin1(QUrl::toPercentEncoding(name));
    if (!owner.isEmpty())
        path += QStringLiteral("&owner=") + QString::fromLatin1(QUrl::toPercentEncoding(owner));
    const Reply r = d->exchange(path, {}, [&](const QNetworkRequest &req) { return d->nam.get(req); }, cancel, 60000);
    auto obj = d->json(r, GlanceText::tr("Looking for images named %1").arg(name), {200});
    if (!obj)
        return obj.error();
    QStringList ids;
    for (const QJsonValue &v : obj->value(QLatin1String("images")).toArray())
        ids << v.toObject().value(QLatin1String("id")).toString();
    return ids;
}

namespace {

// The message of the image's failed import task, if there is one
// (GET /v2/images/{id}/tasks, Glance API 2.12 and later).
QString failedImportMessage(const QJsonObject &tasks)
{
    for (const QJsonValue &v : tasks.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QLatin1String("status")).toString() == QLatin1String("failure"))
            return t.value(QLatin1String("message")).toString(GlanceText::tr("no message"));
    }
    return {};
}

} // namespace

Result<QJsonObject> GlanceClient::waitForActive(const QString &imageId, int timeoutMs, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    int delayMs = 200;
    for (;;) {
        auto image = getImage(imageId, cancel);
        if (!image)
            return image;
        const QString status = image->value(QLatin1String("status")).toString();
        if (status == QLatin1String("active"))
            return image;
        if (status == QLatin1String("killed") || status == QLatin1String("deleted") || status == QLatin1String("pending_delete"))
            return makeError(ErrorCode::Corrupt, GlanceText::tr("Glance marked the image %1 after the upload; see the Glance log.").arg(status));
        // An import that failed puts the image back to queued or uploading; its task says why.
        if (!image->value(QLatin1String("os_glance_failed_import")).toString().isEmpty()
            || (image->contains(QLatin1String("os_glance_import_task")) && status != QLatin1String("importing"))) {
            const Reply r = d->exchange(QStringLiteral("/v2/images/%1/tasks").arg(imageId), {},
                                        [&](const QNetworkRequest &req) { return d->nam.get(req); }, cancel, 60000);
            if (const QString why = failedImportMessage(QJsonDocument::fromJson(r.body).object()); !why.isEmpty())
                return makeError(ErrorCode::Corrupt, GlanceText::tr("Glance's import of the image failed: %1").arg(why));
        }
        if (timer.elapsed() > timeoutMs)
            return makeError(ErrorCode::GuestError,
                             GlanceText::tr("The image is still %1 after %2 s; Glance did not finish processing it.").arg(status).arg(timeoutMs / 1000));
        // Poll on this thread's event loop so cancel stays responsive.
        QEventLoop wait;
        QTimer::singleShot(delayMs, &wait, &QEventLoop::quit);
        wait.exec();
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, GlanceText::tr("Cancelled."));
        delayMs = std::min(delayMs * 2, 2000);
    }
}

} // namespace imageprep
