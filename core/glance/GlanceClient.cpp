#include "glance/GlanceClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace imageprep {

namespace {

struct GlanceText {
    Q_DECLARE_TR_FUNCTIONS(Glance)
};

const QByteArray JsonType = QByteArrayLiteral("application/json");

QString stripSlashes(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

// Glance endpoints are registered with or without the version suffix.
QString glanceBase(const QString &url)
{
    QString base = stripSlashes(url);
    if (base.endsWith(QLatin1String("/v2")))
        base.chop(3);
    return stripSlashes(base);
}

struct Reply {
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool cancelled = false;
    bool timedOut = false;
};

// One request, run to completion on this thread's own event loop. Polls the
// cancel flag so Ctrl-C and the wizard's Cancel abort even a long upload.
Reply perform(const std::function<QNetworkReply *()> &send,
              const std::atomic_bool *cancel, int timeoutMs, const ProgressFn &progress = {}, bool uploadProgress = false)
{
    Reply r;
    QNetworkReply *reply = send();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (progress) {
        if (uploadProgress)
            QObject::connect(reply, &QNetworkReply::uploadProgress, &loop,
                             [&progress](qint64 d, qint64 t) { progress(d, t, GlanceText::tr("Uploading")); });
    }
    QTimer poll;
    poll.setInterval(100);
    QElapsedTimer idle;
    idle.start();
    // The timeout counts silence, not total time: a long upload that moves is fine.
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&idle] { idle.restart(); });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&idle] { idle.restart(); });
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

void applyTls(QNetworkRequest &req, const CloudConfig *cloud)
{
    if (!cloud || !QSslSocket::supportsSsl())
        return;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!cloud->verify)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!cloud->caCert.isEmpty())
        ssl.addCaCertificates(cloud->caCert);
    req.setSslConfiguration(ssl);
}

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

// ---- Keystone ----

Result<GlanceSession> authenticate(const CloudConfig &cloud, const std::atomic_bool *cancel)
{
    if (cloud.authType == QLatin1String("none") || cloud.authType == QLatin1String("token")) {
        if (cloud.imageEndpointOverride.isEmpty())
            return makeError(ErrorCode::InvalidArgument, GlanceText::tr("Cloud \"%1\" gives no image endpoint.").arg(cloud.name));
        return GlanceSession{glanceBase(cloud.imageEndpointOverride), cloud.token};
    }
    QJsonObject identity;
    if (cloud.authType == QLatin1String("v3applicationcredential")) {
        QJsonObject ac{{QStringLiteral("secret"), cloud.applicationCredentialSecret}};
        if (!cloud.applicationCredentialId.isEmpty()) {
            ac.insert(QStringLiteral("id"), cloud.applicationCredentialId);
        } else {
            QJsonObject user{{QStringLiteral("name"), cloud.username}};
            if (!cloud.userId.isEmpty())
                user = QJsonObject{{QStringLiteral("id"), cloud.userId}};
            else
                user.insert(QStringLiteral("domain"), cloud.userDomainId.isEmpty()
                                                          ? QJsonObject{{QStringLiteral("name"), cloud.userDomainName}}
                                                          : QJsonObject{{QStringLiteral("id"), cloud.userDomainId}});
            ac.insert(QStringLiteral("name"), cloud.applicationCredentialName);
            ac.insert(QStringLiteral("user"), user);
        }
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
                    {QStringLiteral("application_credential"), ac}};
    } else {
        QJsonObject user{{QStringLiteral("password"), cloud.password}};
        if (!cloud.userId.isEmpty()) {
            user.insert(QStringLiteral("id"), cloud.userId);
        } else {
            user.insert(QStringLiteral("name"), cloud.username);
            user.insert(QStringLiteral("domain"), cloud.userDomainId.isEmpty()
                                                      ? QJsonObject{{QStringLiteral("name"), cloud.userDomainName}}
                                                      : QJsonObject{{QStringLiteral("id"), cloud.userDomainId}});
        }
        identity = {{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                    {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
    }
    QJsonObject auth{{QStringLiteral("identity"), identity}};
    // Application credentials carry their own scope; passwords scope to the project.
    if (cloud.authType == QLatin1String("password") && (!cloud.projectId.isEmpty() || !cloud.projectName.isEmpty())) {
        QJsonObject project = cloud.projectId.isEmpty()
                                  ? QJsonObject{{QStringLiteral("name"), cloud.projectName},
                                                {QStringLiteral("domain"), cloud.projectDomainId.isEmpty()
                                                                               ? QJsonObject{{QStringLiteral("name"), cloud.projectDomainName}}
                                                                               : QJsonObject{{QStringLiteral("id"), cloud.projectDomainId}}}}
                                  : QJsonObject{{QStringLiteral("id"), cloud.projectId}};
        auth.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}});
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);

    QString authUrl = stripSlashes(cloud.authUrl);
    if (!authUrl.endsWith(QLatin1String("/v3")))
        authUrl += QStringLiteral("/v3");
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(authUrl + QStringLiteral("/auth/tokens")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, JsonType);
    applyTls(req, &cloud);
    const Reply r = perform([&] { return nam.post(req, body); }, cancel, 60000);
    if (r.status == 0)
        return transportError(r, GlanceText::tr("Keystone at %1").arg(authUrl));
    if (r.status != 201 && r.status != 200)
        return makeError(ErrorCode::InvalidArgument,
                         r.status == 401 ? GlanceText::tr("Keystone refused the credentials of cloud \"%1\" (401).").arg(cloud.name)
                                         : GlanceText::tr("Keystone answered HTTP %1 for cloud \"%2\".").arg(r.status).arg(cloud.name),
                         QString::fromUtf8(r.body.left(2000)));
    const QString token = QString::fromLatin1(r.headers.value("x-subject-token"));
    if (token.isEmpty())
        return makeError(ErrorCode::Corrupt, GlanceText::tr("Keystone returned no X-Subject-Token."));
    if (!cloud.imageEndpointOverride.isEmpty())
        return GlanceSession{glanceBase(cloud.imageEndpointOverride), token};

    const QJsonArray catalog = QJsonDocument::fromJson(r.body).object().value(QLatin1String("token")).toObject()
                                   .value(QLatin1String("catalog")).toArray();
    for (const QJsonValue &svc : catalog) {
        if (svc.toObject().value(QLatin1String("type")).toString() != QLatin1String("image"))
            continue;
        for (const QJsonValue &ev : svc.toObject().value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject e = ev.toObject();
            if (e.value(QLatin1String("interface")).toString() != cloud.interface)
                continue;
            const QString region = e.value(QLatin1String("region_id")).toString(e.value(QLatin1String("region")).toString());
            if (!cloud.regionName.isEmpty() && region != cloud.regionName)
                continue;
            return GlanceSession{glanceBase(e.value(QLatin1String("url")).toString()), token};
        }
    }
    return makeError(ErrorCode::NotFound,
                     GlanceText::tr("The service catalog of cloud \"%1\" has no %2 image endpoint%3.")
                         .arg(cloud.name, cloud.interface,
                              cloud.regionName.isEmpty() ? QString() : GlanceText::tr(" in region %1").arg(cloud.regionName)));
}

Result<GlanceSession> resolveGlanceSession(const UploadOptions &options, const std::atomic_bool *cancel)
{
    if (!options.endpoint.isEmpty())
        return GlanceSession{glanceBase(options.endpoint), options.token};
    auto cloud = loadCloudConfig(options.cloudName, options.cloudsYamlFiles);
    if (!cloud)
        return cloud.error();
    return authenticate(cloud.value(), cancel);
}

// ---- GlanceClient ----

struct GlanceClient::Impl {
    GlanceSession session;
    QNetworkAccessManager nam;

    QNetworkRequest request(const QString &path, const QByteArray &contentType = {}) const
    {
        QNetworkRequest req(QUrl(session.endpoint + path));
        if (!session.token.isEmpty())
            req.setRawHeader("X-Auth-Token", session.token.toLatin1());
        req.setRawHeader("Accept", "application/json");
        req.setRawHeader("User-Agent", "imageprep/" IMAGEPREP_VERSION);
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return req;
    }

    Result<QJsonObject> json(const Reply &r, const QString &what, std::initializer_list<int> okStatus) const
    {
        if (r.status == 0)
            return transportError(r, what);
        if (std::find(okStatus.begin(), okStatus.end(), r.status) == okStatus.end())
            return makeError(ErrorCode::InvalidArgument, glanceErrorMessage(r.status, r.body),
                             QString::fromUtf8(r.body.left(4000)));
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        return doc.isObject() ? doc.object() : QJsonObject();
    }
};

GlanceClient::GlanceClient(GlanceSession session) : d(std::make_unique<Impl>())
{
    d->session = std::move(session);
}

GlanceClient::~GlanceClient() = default;

Result<QJsonObject> GlanceClient::createImage(const QByteArray &createBody, const std::atomic_bool *cancel)
{
    const QNetworkRequest req = d->request(QStringLiteral("/v2/images"), JsonType);
    const Reply r = perform([&] { return d->nam.post(req, createBody); }, cancel, 60000);
    auto obj = d->json(r, GlanceText::tr("Creating the image"), {201});
    if (obj && obj->value(QLatin1String("id")).toString().isEmpty())
        return makeError(ErrorCode::Corrupt, GlanceText::tr("Glance created an image but returned no id."), QString::fromUtf8(r.body));
    return obj;
}

Status GlanceClient::uploadFile(const QString &imageId, const QString &path, const ProgressFn &progress,
                                const std::atomic_bool *cancel)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unreadable, GlanceText::tr("Cannot read %1.").arg(path), file->errorString());
    QNetworkRequest req = d->request(QStringLiteral("/v2/images/%1/file").arg(imageId), QByteArrayLiteral("application/octet-stream"));
    req.setHeader(QNetworkRequest::ContentLengthHeader, file->size());
    // The QFile is the body: Qt reads it in chunks as the socket drains, never
    // whole. The reply owns it, so the body lives exactly as long as the reply.
    const Reply r = perform(
        [&] {
            QNetworkReply *reply = d->nam.put(req, file.get());
            file.release()->setParent(reply);
            return reply;
        },
        cancel, 10 * 60 * 1000, progress, true);
    auto obj = d->json(r, GlanceText::tr("Uploading the image data"), {204, 200, 201});
    if (!obj)
        return obj.error();
    return success();
}

Result<QJsonObject> GlanceClient::getImage(const QString &imageId, const std::atomic_bool *cancel)
{
    const QNetworkRequest req = d->request(QStringLiteral("/v2/images/%1").arg(imageId));
    const Reply r = perform([&] { return d->nam.get(req); }, cancel, 60000);
    return d->json(r, GlanceText::tr("Reading the image record"), {200});
}

Status GlanceClient::deleteImage(const QString &imageId)
{
    const QNetworkRequest req = d->request(QStringLiteral("/v2/images/%1").arg(imageId));
    const Reply r = perform([&] { return d->nam.deleteResource(req); }, nullptr, 60000);
    auto obj = d->json(r, GlanceText::tr("Deleting the image"), {204, 200});
    if (!obj)
        return obj.error();
    return success();
}

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

Result<UploadResult> uploadImage(const UploadOptions &options, const PropertySet &properties, const QString &imageName,
                                 const QString &imagePath, const QString &md5, const QString &sha512,
                                 const ProgressFn &progress, const std::atomic_bool *cancel)
{
    auto session = resolveGlanceSession(options, cancel);
    if (!session)
        return session.error();
    GlanceClient client(session.value());
    if (progress)
        progress(0, -1, GlanceText::tr("Creating the Glance image"));
    auto created = client.createImage(toGlanceCreateJson(properties, imageName), cancel);
    if (!created)
        return created.error();
    const QString id = created->value(QLatin1String("id")).toString();
    auto failAndClean = [&](const Error &e) -> Result<UploadResult> {
        if (options.deleteOnFailure)
            (void)client.deleteImage(id); // best effort: the first error is the one to report
        Error out = e;
        out.message += QLatin1Char(' ') + (options.deleteOnFailure ? GlanceText::tr("The half-created image %1 was deleted.").arg(id)
                                                                   : GlanceText::tr("Image %1 is left in Glance.").arg(id));
        return out;
    };
    if (const Status up = client.uploadFile(id, imagePath, progress, cancel); !up)
        return failAndClean(up.error());
    if (progress)
        progress(0, -1, GlanceText::tr("Waiting for Glance to activate the image"));
    auto image = client.waitForActive(id, options.activeTimeoutMs, cancel);
    if (!image)
        return failAndClean(image.error());

    UploadResult res;
    res.imageId = id;
    res.image = image.value();
    res.status = image->value(QLatin1String("status")).toString();
    res.checksum = image->value(QLatin1String("checksum")).toString();
    res.hashAlgo = image->value(QLatin1String("os_hash_algo")).toString();
    res.hashValue = image->value(QLatin1String("os_hash_value")).toString();
    res.size = image->value(QLatin1String("size")).toInteger();
    if (!md5.isEmpty() && !res.checksum.isEmpty() && res.checksum.compare(md5, Qt::CaseInsensitive) != 0)
        return failAndClean(makeError(ErrorCode::Corrupt,
                                      GlanceText::tr("Glance's checksum %1 differs from the file's MD5 %2: the upload was damaged.").arg(res.checksum, md5)));
    if (res.hashAlgo == QLatin1String("sha512") && !sha512.isEmpty() && res.hashValue.compare(sha512, Qt::CaseInsensitive) != 0)
        return failAndClean(makeError(ErrorCode::Corrupt,
                                      GlanceText::tr("Glance's os_hash_value differs from the file's SHA-512: the upload was damaged.")));
    return res;
}

} // namespace imageprep
