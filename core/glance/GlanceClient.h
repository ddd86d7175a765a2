#pragma once
// GlanceClient: the Glance v2 calls an upload needs, over Qt Network.
// Blocking calls that spin a local event loop: use it on a worker thread
// (the exporter's), never on the GUI thread. The file is streamed from disk
// (QFile as the request body), never read whole. Glance's error bodies
// (403 reserved attribute, 400 schema, 409 conflict) become clear messages.

#include "glance/CloudConfig.h"
#include "glance/Properties.h"
#include "image/Progress.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace imageprep {

struct GlanceSession {
    QString endpoint; // base URL without /v2
    QString token;    // may be empty
    // Set when the token came from Keystone: the client renews the token from
    // it when it nears expiresAt (or when Glance answers 401).
    std::optional<CloudConfig> cloud;
    QDateTime issuedAt, expiresAt; // UTC; invalid when unknown
    QString projectId;             // the token's project (owner of new images)
    QString region;                // catalog region of the endpoint
    QStringList notes;             // for the user, e.g. which region was chosen
};

enum class UploadMethod {
    Auto,   // PUT .../file; glance-direct import when the cloud forbids that
    Direct, // PUT /v2/images/{id}/file only
    Import, // glance-direct: PUT .../stage, then POST .../import
};

// What preflight found out before any guest work: used again by the upload.
struct UploadTarget {
    GlanceSession session;
    QStringList importMethods;    // GET /v2/info/import (empty: none or an old Glance)
    QStringList diskFormats;      // the image schema's disk_format values
    QStringList existingImageIds; // images of this name in the project (replaced with replace)
};

struct UploadOptions {
    // Either a cloud from clouds.yaml (or the OS_* environment) ...
    QString cloudName;           // empty with no endpoint: $OS_CLOUD, else OS_AUTH_URL & co.
    QStringList cloudsYamlFiles; // empty: the usual search path
    // ... or an explicit endpoint and token (token may be empty for an
    // unauthenticated test Glance).
    QString endpoint;            // e.g. http://127.0.0.1:9292 (with or without /v2)
    QString token;
    UploadMethod method = UploadMethod::Auto;
    bool replace = false;        // an image of the same name is deleted once the new one is active
    int activeTimeoutMs = 10 * 60 * 1000; // waiting for status active after the upload
    bool deleteOnFailure = true;          // delete the half-made image when the upload fails
    std::optional<UploadTarget> target;   // from prepareUpload(); resolved again when unset
};

struct UploadResult {
    QString imageId;
    QString status;               // active
    QString checksum;             // Glance's md5 checksum
    QString hashAlgo, hashValue;  // os_hash_algo / os_hash_value
    qint64 size = 0;
    bool imported = false;        // went through glance-direct
    QStringList replacedIds;      // deleted older images of the same name
    QJsonObject image;            // the final image record
};

// Keystone v3 (password or application credential) to token + image
// endpoint from the catalog (interface, region). Blocking.
Result<GlanceSession> authenticate(const CloudConfig &cloud, const std::atomic_bool *cancel = nullptr);
// Endpoint + token given directly, or from the cloud config.
Result<GlanceSession> resolveGlanceSession(const UploadOptions &options, const std::atomic_bool *cancel = nullptr);

// Fail early: the cloud, a token, the image endpoint, the import methods and
// disk formats, and that imageName is free in the project (or replace is
// set). Seconds, before any guest work.
Result<UploadTarget> prepareUpload(const UploadOptions &options, const QString &imageName,
                                   const std::atomic_bool *cancel = nullptr);

// Turns a Glance error response into one sentence a user can act on.
QString glanceErrorMessage(int httpStatus, const QByteArray &body);

class GlanceClient {
public:
    explicit GlanceClient(GlanceSession session);
    ~GlanceClient();
    GlanceClient(const GlanceClient &) = delete;
    GlanceClient &operator=(const GlanceClient &) = delete;

    // POST /v2/images with the create body; returns the image record.
    Result<QJsonObject> createImage(const QByteArray &createBody, const std::atomic_bool *cancel = nullptr);
    // PUT /v2/images/{id}/file, streamed from path with progress.
    Status uploadFile(const QString &imageId, const QString &path, const ProgressFn &progress = {},
                      const std::atomic_bool *cancel = nullptr);
    Result<QJsonObject> getImage(const QString &imageId, const std::atomic_bool *cancel = nullptr);
    Status deleteImage(const QString &imageId);
    // Polls until status is active (or killed/deleted, or a failed import task:
    // error) or timeoutMs passes.
    Result<QJsonObject> waitForActive(const QString &imageId, int timeoutMs, const std::atomic_bool *cancel = nullptr);

    // Interoperable import: PUT /v2/images/{id}/stage, then POST .../import.
    Status stageFile(const QString &imageId, const QString &path, const ProgressFn &progress = {},
                     const std::atomic_bool *cancel = nullptr);
    Status importImage(const QString &imageId, const QString &method, const std::atomic_bool *cancel = nullptr);
    // GET /v2/info/import; an old Glance without it gives an empty list.
    Result<QStringList> importMethods(const std::atomic_bool *cancel = nullptr);
    // The disk_format values of GET /v2/schemas/image.
    Result<QStringList> diskFormats(const std::atomic_bool *cancel = nullptr);
    // Ids of images named name (of owner, when not empty).
    Result<QStringList> imagesNamed(const QString &name, const QString &owner, const std::atomic_bool *cancel = nullptr);

    // The session as it is now (the token may have been renewed).
    const GlanceSession &session() const;
    int tokenRenewals() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Create + stream (or stage and import) + wait active + compare Glance's
// checksum (md5) and os_hash_value with ours (a mismatch is Corrupt), then
// delete the images it replaces.
Result<UploadResult> uploadImage(const UploadOptions &options, const PropertySet &properties,
                                 const QString &imageName, const QString &imagePath,
                                 const QString &md5, const QString &sha512,
                                 const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace imageprep
