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

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>

namespace imageprep {

struct UploadOptions {
    // Either a cloud from clouds.yaml ...
    QString cloudName;           // empty with no endpoint: $OS_CLOUD
    QStringList cloudsYamlFiles; // empty: the usual search path
    // ... or an explicit endpoint and token (token may be empty for an
    // unauthenticated test Glance).
    QString endpoint;            // e.g. http://127.0.0.1:9292 (with or without /v2)
    QString token;
    int activeTimeoutMs = 10 * 60 * 1000; // waiting for status active after the upload
    bool deleteOnFailure = true;          // delete the half-made image when the upload fails
};

struct UploadResult {
    QString imageId;
    QString status;               // active
    QString checksum;             // Glance's md5 checksum
    QString hashAlgo, hashValue;  // os_hash_algo / os_hash_value
    qint64 size = 0;
    QJsonObject image;            // the final image record
};

struct GlanceSession {
    QString endpoint; // base URL without /v2
    QString token;    // may be empty
};

// Keystone v3 (password or application credential) to token + image
// endpoint from the catalog (interface, region). Blocking.
Result<GlanceSession> authenticate(const CloudConfig &cloud, const std::atomic_bool *cancel = nullptr);
// Endpoint + token given directly, or from the cloud config.
Result<GlanceSession> resolveGlanceSession(const UploadOptions &options, const std::atomic_bool *cancel = nullptr);

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
    // Polls until status is active (or killed/deleted: error) or timeoutMs passes.
    Result<QJsonObject> waitForActive(const QString &imageId, int timeoutMs, const std::atomic_bool *cancel = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Create + stream + wait active + compare Glance's checksum (md5) and
// os_hash_value with ours. A mismatch is Corrupt.
Result<UploadResult> uploadImage(const UploadOptions &options, const PropertySet &properties,
                                 const QString &imageName, const QString &imagePath,
                                 const QString &md5, const QString &sha512,
                                 const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace imageprep
