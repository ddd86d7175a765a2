// The upload as a whole: preflight (prepareUpload) before any guest work,
// then create, direct upload or glance-direct import, wait, verify, replace.
#include "glance/GlanceClient.h"
#include "glance/Http.h"

namespace imageprep {

using http::GlanceText;

Result<UploadTarget> prepareUpload(const UploadOptions &options, const QString &imageName, const std::atomic_bool *cancel)
{
    auto session = resolveGlanceSession(options, cancel);
    if (!session)
        return session.error();
    GlanceClient client(session.value());
    UploadTarget target;
    // The first Glance call also proves that the endpoint answers and takes the token.
    auto formats = client.diskFormats(cancel);
    if (!formats)
        return formats.error();
    target.diskFormats = formats.value();
    auto methods = client.importMethods(cancel);
    if (!methods)
        return methods.error();
    target.importMethods = methods.value();
    if (options.method == UploadMethod::Import && !target.importMethods.contains(QLatin1String("glance-direct")))
        return makeError(ErrorCode::InvalidArgument,
                         GlanceText::tr("This Glance does not offer the glance-direct import (it offers: %1).")
                             .arg(target.importMethods.isEmpty() ? GlanceText::tr("none") : target.importMethods.join(QStringLiteral(", "))));
    if (!imageName.isEmpty()) {
        auto existing = client.imagesNamed(imageName, session->projectId, cancel);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty() && !options.replace)
            return makeError(ErrorCode::InvalidArgument,
                             GlanceText::tr("Glance already has an image named \"%1\" (%2): choose another name, or replace it.")
                                 .arg(imageName, existing->join(QStringLiteral(", "))));
        target.existingImageIds = existing.value();
    }
    target.session = client.session();
    return target;
}

namespace {

// Direct upload, or glance-direct when asked for, or when the direct upload
// is forbidden (403) and the cloud offers the import.
Status sendData(GlanceClient &client, const UploadTarget &target, UploadMethod method, const QString &id,
                const QString &path, const ProgressFn &progress, const std::atomic_bool *cancel, bool *imported)
{
    const bool canImport = target.importMethods.contains(QLatin1String("glance-direct"));
    *imported = false;
    if (method != UploadMethod::Import) {
        const Status up = client.uploadFile(id, path, progress, cancel);
        if (up || method == UploadMethod::Direct || !canImport || !up.error().message.contains(QLatin1String("(403")))
            return up;
        if (progress)
            progress(0, -1, GlanceText::tr("The direct upload is not allowed here; using Glance's image import"));
    }
    *imported = true;
    if (const Status st = client.stageFile(id, path, progress, cancel); !st)
        return st;
    if (progress)
        progress(0, -1, GlanceText::tr("Importing the staged image"));
    return client.importImage(id, QStringLiteral("glance-direct"), cancel);
}

} // namespace

Result<UploadResult> uploadImage(const UploadOptions &options, const PropertySet &properties, const QString &imageName,
                                 const QString &imagePath, const QString &md5, const QString &sha512,
                                 const ProgressFn &progress, const std::atomic_bool *cancel)
{
    UploadTarget target;
    if (options.target) {
        target = *options.target;
    } else {
        auto prepared = prepareUpload(options, imageName, cancel);
        if (!prepared)
            return prepared.error();
        target = prepared.value();
    }
    GlanceClient client(target.session);
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
    UploadResult res;
    if (const Status up = sendData(client, target, options.method, id, imagePath, progress, cancel, &res.imported); !up)
        return failAndClean(up.error());
    if (progress)
        progress(0, -1, GlanceText::tr("Waiting for Glance to activate the image"));
    auto image = client.waitForActive(id, options.activeTimeoutMs, cancel);
    if (!image)
        return failAndClean(image.error());

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
    // Only now, with the new image active and verified, do the old ones go.
    if (options.replace) {
        for (const QString &old : std::as_const(target.existingImageIds)) {
            if (old == id)
                continue;
            if (const Status del = client.deleteImage(old); !del)
                return makeError(del.error().code, GlanceText::tr("Image %1 is active, but the older image %2 of the same name "
                                                                  "could not be deleted: %3").arg(id, old, del.error().message));
            res.replacedIds << old;
        }
    }
    return res;
}

} // namespace imageprep
