#pragma once
// Exporter: writes the fixed image (qcow2, optionally compressed, or raw)
// from the session overlay through `qemu-img convert` under a temporary
// name, fsyncs and verifies it, then renames it into place; computes its
// SHA-256, Glance's sha512 os_hash_value and md5 checksum; writes the
// properties files, SHA256SUMS/SHA512SUMS, an optional bundle archive, and
// optionally uploads to Glance (credentials, endpoint and a free image name
// are checked before the conversion starts). Blocking: run it on a worker thread
// (Session::exportImage does). A failure or cancel leaves nothing under a
// final name it had not finished.

#include "glance/Properties.h"
#include "glance/GlanceClient.h"
#include "image/Progress.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace imageprep {

enum class ExportImageFormat { Qcow2, Raw };
enum class BundleFormat { None, Tar, TarGz, TarZst };

QString toString(ExportImageFormat format); // "qcow2", "raw"
QString toString(BundleFormat format);      // "", "tar", "tar.gz", "tar.zst"
// Parses "qcow2"/"raw" and "tar"/"tar.gz"/"tgz"/"tar.zst"/"none"; nullopt on anything else.
std::optional<ExportImageFormat> parseExportImageFormat(const QString &text);
std::optional<BundleFormat> parseBundleFormat(const QString &text);

struct ExportOptions {
    QString outputDir;                // created when missing
    QString baseName;                 // file stem ("debian12"); empty: from imageName, else the source file name
    QString imageName;                // Glance image name; empty: baseName
    ExportImageFormat format = ExportImageFormat::Qcow2;
    bool compress = false;            // qcow2 only (qemu-img convert -c)
    bool overwrite = false;           // replace existing files under the final names
    bool writePropertyFiles = true;   // <base>.properties.{json,yaml,sh}
    PropertySet properties;           // final set (derived + overrides); disk_format is forced to format
    BundleFormat bundle = BundleFormat::None;
    bool upload = false;
    UploadOptions uploadOptions;      // used when upload
};

struct ExportResult {
    QString imagePath;
    qint64 imageBytes = 0;            // file size on disk of the written image
    qint64 virtualSize = 0;
    QString sha256, sha512, md5;      // hex
    QStringList propertyFiles;
    QString sumsPath;                 // SHA256SUMS
    QString bundlePath;               // empty without a bundle
    UploadResult upload;              // id empty without upload
    // Measured wall times, for the report and the README's numbers.
    qint64 convertMs = 0, hashMs = 0, bundleMs = 0, uploadMs = 0;
};

struct ExportSource {
    QString path;    // the session overlay (or any image qemu-img reads)
    QString format;  // its format, "qcow2" for the overlay
    QString originalPath; // what the user opened: names the output when baseName is empty
};

// "debian-12" for /x/debian-12.qcow2, /x/debian-12.raw.xz or /x/debian-12.ova.
QString defaultBaseName(const QString &imagePath);
// The file stem for a Glance image name: '/' becomes '-', no leading dots.
QString fileStemForName(const QString &imageName);

// The whole export. Progress `what` names the step ("Converting", "Hashing", ...).
Result<ExportResult> exportImage(const ExportSource &source, const ExportOptions &options,
                                 const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

// ---- Steps, public for tests and for the fix command ----

// qemu-img convert to `<target>.part` next to target, fsync, verify
// (`qemu-img check` for qcow2, virtual size equal to the source's), rename.
// On failure the temporary file is removed and target is untouched.
Status convertImage(const ExportSource &source, const QString &target, ExportImageFormat format,
                    bool compress, const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

struct FileDigests {
    QString sha256, sha512, md5;
    qint64 size = 0;
};
// Streams the file once through all three hashes (never reads it whole).
Result<FileDigests> hashFile(const QString &path, const ProgressFn &progress = {},
                             const std::atomic_bool *cancel = nullptr);

// "HASH  NAME\n" lines as sha256sum/sha512sum -c read them. Written atomically.
Status writeSums(const QString &path, const QList<QPair<QString, QString>> &hashAndName);

// One archive holding files (stored under their file names), sparse-aware
// (holes are not stored in the archive), large-file safe (pax headers).
// Written under a temporary name and renamed.
Status writeBundle(const QString &archivePath, BundleFormat format, const QStringList &files,
                   const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace imageprep
