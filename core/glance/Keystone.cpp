// Keystone v3: a token and the image endpoint of the catalog, and the
// endpoint + token an upload uses (explicit or from the cloud).
#include "glance/GlanceClient.h"
#include "glance/Http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrl>

namespace imageprep {

using http::GlanceText;

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json");

// Glance endpoints are registered with or without the version suffix.
QString glanceBase(const QString &url)
{
    QString base = http::stripSlashes(url);
    if (base.endsWith(QLatin1String("/v2")))
        base.chop(3);
    return http::stripSlashes(base);
}

QJsonObject domainOf(const QString &id, const QString &name)
{
    return id.isEmpty() ? QJsonObject{{QStringLiteral("name"), name}} : QJsonObject{{QStringLiteral("id"), id}};
}

QJsonObject identityOf(const CloudConfig &cloud)
{
    if (cloud.authType == QLatin1String("v3applicationcredential")) {
        QJsonObject ac{{QStringLiteral("secret"), cloud.applicationCredentialSecret}};
        if (!cloud.applicationCredentialId.isEmpty()) {
            ac.insert(QStringLiteral("id"), cloud.applicationCredentialId);
        } else {
            QJsonObject user{{QStringLiteral("name"), cloud.username}};
            if (!cloud.userId.isEmpty())
                user = QJsonObject{{QStringLiteral("id"), cloud.userId}};
            else
                user.insert(QStringLiteral("domain"), domainOf(cloud.userDomainId, cloud.userDomainName));
            ac.insert(QStringLiteral("name"), cloud.applicationCredentialName);
            ac.insert(QStringLiteral("user"), user);
        }
        return {{QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
                {QStringLiteral("application_credential"), ac}};
    }
    QJsonObject user{{QStringLiteral("password"), cloud.password}};
    if (!cloud.userId.isEmpty()) {
        user.insert(QStringLiteral("id"), cloud.userId);
    } else {
        user.insert(QStringLiteral("name"), cloud.username);
        user.insert(QStringLiteral("domain"), domainOf(cloud.userDomainId, cloud.userDomainName));
    }
    return {{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
            {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
}

QByteArray authBody(const CloudConfig &cloud)
{
    QJsonObject auth{{QStringLiteral("identity"), identityOf(cloud)}};
    // Application credentials carry their own scope; passwords scope to the project.
    if (cloud.authType == QLatin1String("password") && (!cloud.projectId.isEmpty() || !cloud.projectName.isEmpty())) {
        const QJsonObject project = cloud.projectId.isEmpty()
            ? QJsonObject{{QStringLiteral("name"), cloud.projectName},
                          {QStringLiteral("domain"), domainOf(cloud.projectDomainId, cloud.projectDomainName)}}
            : QJsonObject{{QStringLiteral("id"), cloud.projectId}};
        auth.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
}

// The image endpoint of the catalog for the cloud's interface and region.
// With no region named, the first one is taken and the choice said in notes.
Result<GlanceSession> imageEndpoint(const QJsonArray &catalog, const CloudConfig &cloud)
{
    QList<QPair<QString, QString>> found; // region, url
    QStringList otherInterfaces;
    for (const QJsonValue &svc : catalog) {
        if (svc.toObject().value(QLatin1String("type")).toString() != QLatin1String("image"))
            continue;
        for (const QJsonValue &ev : svc.toObject().value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject e = ev.toObject();
            const QString iface = e.value(QLatin1String("interface")).toString();
            if (iface != cloud.interface) {
                if (!otherInterfaces.contains(iface))
                    otherInterfaces << iface;
                continue;
            }
            found.append({e.value(QLatin1String("region_id")).toString(e.value(QLatin1String("region")).toString()),
                          e.value(QLatin1String("url")).toString()});
        }
    }
    QStringList regions;
    for (const auto &f : found) {
        if (!regions.contains(f.first))
            regions << f.first;
        if (cloud.regionName.isEmpty() || f.first == cloud.regionName) {
            GlanceSession s;
            s.endpoint = glanceBase(f.second);
            s.region = f.first;
            if (cloud.regionName.isEmpty())
                s.notes << GlanceText::tr("No region named: using region %1, the first with a %2 image endpoint.")
                               .arg(f.first, cloud.interface);
            return s;
        }
    }
    if (!found.isEmpty())
        return makeError(ErrorCode::NotFound,
                         GlanceText::tr("Cloud \"%1\" has no %2 image endpoint in region %3; it has one in: %4.")
                             .arg(cloud.name, cloud.interface, cloud.regionName, regions.join(QStringLiteral(", "))));
    return makeError(ErrorCode::NotFound,
                     otherInterfaces.isEmpty()
                         ? GlanceText::tr("The service catalog of cloud \"%1\" has no image (Glance) endpoint.").arg(cloud.name)
                         : GlanceText::tr("The service catalog of cloud \"%1\" has no %2 image endpoint (only: %3); "
                                          "set interface or image_interface.")
                               .arg(cloud.name, cloud.interface, otherInterfaces.join(QStringLiteral(", "))));
}

// POST /v3/auth/tokens: the token and its record (catalog, project, expiry).
Result<QPair<QString, QJsonObject>> requestToken(const CloudConfig &cloud, const std::atomic_bool *cancel)
{
    QString authUrl = http::stripSlashes(cloud.authUrl);
    if (!authUrl.endsWith(QLatin1String("/v3")))
        authUrl += QStringLiteral("/v3");
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(authUrl + QStringLiteral("/auth/tokens")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, JsonType);
    http::applyTls(req, cloud);
    const QByteArray body = authBody(cloud);
    const http::Reply r = http::perform([&] { return nam.post(req, body); }, cancel, 60000);
    if (r.status == 0)
        return http::transportError(r, GlanceText::tr("Keystone at %1").arg(authUrl));
    if (r.status != 201 && r.status != 200)
        return makeError(ErrorCode::InvalidArgument,
                         r.status == 401 ? GlanceText::tr("Keystone refused the credentials of cloud \"%1\" (401).").arg(cloud.name)
                                         : GlanceText::tr("Keystone answered HTTP %1 for cloud \"%2\".").arg(r.status).arg(cloud.name),
                         QString::fromUtf8(r.body.left(2000)));
    const QString token = QString::fromLatin1(r.headers.value("x-subject-token"));
    if (token.isEmpty())
        return makeError(ErrorCode::Corrupt, GlanceText::tr("Keystone returned no X-Subject-Token."));
    return qMakePair(token, QJsonDocument::fromJson(r.body).object().value(QLatin1String("token")).toObject());
}

} // namespace

Result<GlanceSession> authenticate(const CloudConfig &cloud, const std::atomic_bool *cancel)
{
    if (cloud.authType == QLatin1String("none") || cloud.authType == QLatin1String("token")) {
        if (cloud.imageEndpointOverride.isEmpty())
            return makeError(ErrorCode::InvalidArgument, GlanceText::tr("Cloud \"%1\" gives no image endpoint.").arg(cloud.name));
        GlanceSession s;
        s.endpoint = glanceBase(cloud.imageEndpointOverride);
        s.token = cloud.token;
        return s;
    }
    auto token = requestToken(cloud, cancel);
    if (!token)
        return token.error();
    const QJsonObject record = token->second;
    GlanceSession s;
    if (cloud.imageEndpointOverride.isEmpty()) {
        auto found = imageEndpoint(record.value(QLatin1String("catalog")).toArray(), cloud);
        if (!found)
            return found.error();
        s = found.value();
    } else {
        s.endpoint = glanceBase(cloud.imageEndpointOverride);
    }
    s.token = token->first;
    s.cloud = cloud;
    s.issuedAt = QDateTime::fromString(record.value(QLatin1String("issued_at")).toString(), Qt::ISODateWithMs);
    s.expiresAt = QDateTime::fromString(record.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
    s.projectId = record.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString();
    return s;
}

Result<GlanceSession> resolveGlanceSession(const UploadOptions &options, const std::atomic_bool *cancel)
{
    if (!options.endpoint.isEmpty()) {
        GlanceSession s;
        s.endpoint = glanceBase(options.endpoint);
        s.token = options.token;
        return s;
    }
    auto cloud = loadCloudConfig(options.cloudName, options.cloudsYamlFiles);
    if (!cloud)
        return cloud.error();
    return authenticate(cloud.value(), cancel);
}

} // namespace imageprep
