#include "image/ImageSource.h"
#include "image/ImageText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace imageprep {

namespace {

// Room the overlay needs to start; it grows with the fixes applied later.
constexpr qint64 kOverlayStartSpace = 64ll << 20;

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, ImageText::tr("Opening the image was cancelled."));
}

void report(const ProgressFn &progress, const QString &what)
{
    if (progress)
        progress(0, -1, what);
}

QString containerName(const QString &filter)
{
    if (filter == "lzma"_L1)
        return u"xz"_s;
    return filter; // libarchive's names already are gzip, xz, zstd, bzip2
}

// Errors about an extracted disk name the member inside the user's file,
// not the scratch copy in the workspace.
Error aboutMember(Error e, const QString &scratch, const QString &member, const QString &original)
{
    e.message.replace(QDir::toNativeSeparators(scratch),
                      u"\"%1\" inside %2"_s.arg(member, QDir::toNativeSeparators(original)));
    return e;
}

Status verifyDigest(const QList<ManifestEntry> &manifest, const QString &name,
                    const QByteArray &sha1, const QByteArray &sha256, const QString &original,
                    QStringList &notes)
{
    for (const ManifestEntry &m : manifest) {
        if (m.fileName != name)
            continue;
        const QByteArray &actual = m.algorithm == "SHA1"_L1 ? sha1 : m.algorithm == "SHA256"_L1 ? sha256 : QByteArray();
        if (actual.isEmpty()) {
            notes.append(u"The manifest's %1 digest of %2 was not checked (algorithm not supported)."_s
                             .arg(m.algorithm, name));
            return success();
        }
        if (actual != m.digest)
            return makeError(ErrorCode::Corrupt,
                             ImageText::tr("\"%1\" inside %2 does not match the %3 digest in the OVA's manifest: "
                             "the file was damaged or altered. Export or download the appliance again.")
                                 .arg(name, QDir::toNativeSeparators(original), m.algorithm),
                             u"expected %1, got %2"_s.arg(QString::fromLatin1(m.digest),
                                                          QString::fromLatin1(actual)));
        return success();
    }
    notes.append(u"The OVA's manifest has no digest for %1; it was not verified."_s.arg(name));
    return success();
}

struct Member {
    QString name;
    QString scratch;
};

// A plain tar: the largest regular file in it is taken to be the disk.
Result<QString> largestMember(const TarListing &listing, const QString &original, OpenedImage &o)
{
    QList<TarMember> files;
    for (const TarMember &t : listing.members) {
        if (t.regular)
            files.append(t);
    }
    if (files.isEmpty())
        return makeError(ErrorCode::NotAnImage,
                         ImageText::tr("%1 is an archive without any file in it. Choose the disk image "
                         "or the OVA itself.").arg(QDir::toNativeSeparators(original)));
    const auto largest = std::max_element(files.cbegin(), files.cend(),
        [](const TarMember &a, const TarMember &b) { return a.size < b.size; });
    if (files.size() > 1)
        o.notes.append(u"The archive holds %1 files; imageprep opened the largest, %2."_s
                           .arg(files.size()).arg(largest->name));
    return largest->name;
}

// The OVA's boot disk, refused unless the archive holds it uncompressed or
// gzipped and no larger than its descriptor declares.
Result<OvfDisk> ovaBootDisk(const OvfDescriptor &desc, const TarListing &listing, const QString &original,
                            OpenedImage &o)
{
    if (desc.bootDisk < 0)
        return makeError(ErrorCode::NotAnImage,
                         ImageText::tr("The OVF descriptor in %1 lists no disk with a file. Export the "
                         "appliance again with its disks.").arg(QDir::toNativeSeparators(original)));
    const OvfDisk disk = desc.disks.at(desc.bootDisk);
    int withFiles = 0;
    for (const OvfDisk &d : desc.disks)
        withFiles += d.href.isEmpty() ? 0 : 1;
    if (withFiles > 1)
        o.notes.append(u"The appliance has %1 disks; imageprep opened the boot disk %2 (%3) "
                       "and ignores the others."_s.arg(withFiles).arg(disk.diskId, disk.href));
    if (!disk.compression.isEmpty() && disk.compression != "gzip"_L1)
        return makeError(ErrorCode::ArchiveError,
                         ImageText::tr("The disk %1 is compressed with \"%2\", which imageprep does not "
                         "support. Export the appliance without compression.")
                             .arg(disk.href, disk.compression));
    const auto it = std::find_if(listing.members.cbegin(), listing.members.cend(),
        [&](const TarMember &t) { return t.regular && t.name == disk.href; });
    if (it == listing.members.cend())
        return makeError(ErrorCode::ArchiveError,
                         ImageText::tr("The OVF descriptor names the disk file %1, but %2 does not contain "
                         "it. Export or download the appliance again.")
                             .arg(disk.href, QDir::toNativeSeparators(original)));
    if (disk.fileSize >= 0 && it->size > disk.fileSize)
        return makeError(ErrorCode::UnsafeArchive,
                         ImageText::tr("%1 is refused: its member %2 is %3 bytes, larger than the %4 bytes "
                         "its OVF declares. Export or download the appliance again.")
                             .arg(QDir::toNativeSeparators(original), disk.href)
                             .arg(it->size).arg(disk.fileSize));
    return disk;
}

// The OVA's manifest, with the descriptor already verified against it;
// empty (and noted) when the OVA has none.
Result<QList<ManifestEntry>> ovaManifest(const TarListing &listing, const QString &original, OpenedImage &o)
{
    if (listing.manifestName.isEmpty()) {
        o.notes.append(u"The OVA has no manifest (.mf); its files could not be verified."_s);
        return QList<ManifestEntry>();
    }
    auto parsed = parseManifest(listing.manifest);
    if (!parsed)
        return parsed.error();
    const QByteArray ovfSha1 = QCryptographicHash::hash(listing.ovf, QCryptographicHash::Sha1).toHex();
    const QByteArray ovfSha256 = QCryptographicHash::hash(listing.ovf, QCryptographicHash::Sha256).toHex();
    if (Status s = verifyDigest(parsed.value(), listing.ovfName, ovfSha1, ovfSha256, original, o.notes); !s)
        return s.error();
    return parsed;
}

Result<Member> openOva(const TarListing &listing, const QString &original, Workspace &ws, OpenedImage &o,
                       const ExtractLimits &limits, const ProgressFn &progress, const std::atomic_bool *cancel)
{
    Member m;
    m.scratch = ws.filePath(u"disk"_s); // a fixed name: member names are not trusted
    MemberOptions options;
    o.container = u"ova"_s;
    auto desc = parseOvf(listing.ovf);
    if (!desc)
        return desc.error();
    auto bootDisk = ovaBootDisk(desc.value(), listing, original, o);
    if (!bootDisk)
        return bootDisk.error();
    const OvfDisk &disk = bootDisk.value();
    // A disk file in any format needs at most its capacity plus metadata.
    if (disk.capacity > 0)
        options.maxOutputBytes = disk.capacity + disk.capacity / 8 + (64ll << 20);
    options.gunzip = disk.compression == "gzip"_L1;
    m.name = disk.href;

    auto manifest = ovaManifest(listing, original, o);
    if (!manifest)
        return manifest.error();
    options.computeDigests = !listing.manifestName.isEmpty();
    o.ovf = disk;
    o.descriptor = desc.value();

    auto x = extractTarMember(original, m.name, m.scratch, options, limits, progress, cancel);
    if (!x)
        return x.error();
    if (!manifest->isEmpty()) {
        if (Status s = verifyDigest(manifest.value(), m.name, x->sha1, x->sha256, original, o.notes); !s)
            return s.error();
    }
    return m;
}

Result<Member> openTar(const QString &original, Workspace &ws, OpenedImage &o,
                       const ExtractLimits &limits, const ProgressFn &progress,
                       const std::atomic_bool *cancel)
{
    report(progress, u"Checking the archive"_s);
    auto listing = scanTar(original, cancel);
    if (!listing)
        return listing.error();
    if (!listing->ovfName.isEmpty())
        return openOva(listing.value(), original, ws, o, limits, progress, cancel);

    Member m;
    m.scratch = ws.filePath(u"disk"_s); // a fixed name: member names are not trusted
    o.container = u"tar"_s;
    auto name = largestMember(listing.value(), original, o);
    if (!name)
        return name.error();
    m.name = name.value();
    auto x = extractTarMember(original, m.name, m.scratch, MemberOptions(), limits, progress, cancel);
    if (!x)
        return x.error();
    return m;
}

} // namespace

// The original is only ever opened O_RDONLY (here, by libarchive, and by
// qemu-img info/check with -U); the session writes to a qcow2 overlay in the
// workspace that uses the original (or a copy extracted from it) as its
// read-only backing file. A crash or cancel can therefore only leave files in
// the workspace, never change the user's image.
Result<OpenedImage> openImage(const QString &path, Workspace &ws, const ProgressFn &progress,
                              const std::atomic_bool *cancel, const ExtractLimits &limits)
{
    if (!ws.isValid())
        return ws.error();
    OpenedImage o;
    o.originalPath = QFileInfo(path).absoluteFilePath();
    // Before libarchive opens it: a FIFO would block that open for ever.
    if (Status s = checkInputFile(o.originalPath); !s)
        return s.error();

    report(progress, u"Reading %1"_s.arg(QFileInfo(o.originalPath).fileName()));
    auto container = detectContainer(o.originalPath);
    if (!container)
        return container.error();
    if (isCancelled(cancel))
        return cancelledError();

    QString memberName;
    switch (container->kind) {
    case ContainerKind::None:
        o.diskPath = o.originalPath;
        break;
    case ContainerKind::Compressed: {
        o.container = containerName(container->filters.first());
        o.filters = container->filters;
        const QString scratch = ws.filePath(u"disk"_s);
        auto x = extractStream(o.originalPath, scratch, limits, progress, cancel);
        if (!x)
            return x.error();
        o.diskPath = scratch;
        memberName = QFileInfo(o.originalPath).fileName() + u" (decompressed)"_s;
        break;
    }
    case ContainerKind::Tar: {
        o.filters = container->filters;
        auto m = openTar(o.originalPath, ws, o, limits, progress, cancel);
        if (!m)
            return m.error();
        o.diskPath = m->scratch;
        memberName = m->name;
        break;
    }
    }
    if (isCancelled(cancel))
        return cancelledError();

    report(progress, u"Checking the disk image"_s);
    auto info = probeImage(o.diskPath, cancel);
    if (!info) {
        if (o.diskPath != o.originalPath)
            return aboutMember(info.error(), o.diskPath, memberName, o.originalPath);
        return info.error();
    }
    o.info = info.value();
    if (o.diskPath != o.originalPath && !o.info.extentFiles.isEmpty()) {
        // An extracted disk must be self-contained: its extents would be
        // other files of the workspace, never meant as disk content.
        return makeError(ErrorCode::UnsafeArchive,
                         ImageText::tr("\"%1\" inside %2 is a VMDK descriptor that refers to other files. "
                         "imageprep only opens self-contained disks from archives; export the "
                         "appliance with a monolithic or stream-optimized disk.")
                             .arg(memberName, QDir::toNativeSeparators(o.originalPath)));
    }
    if (o.ovf && o.ovf->capacity > 0 && o.ovf->capacity != o.info.virtualSize)
        o.notes.append(u"The OVF declares a capacity of %1 bytes, the disk itself %2 bytes; "
                       "the disk's own size is used."_s.arg(o.ovf->capacity).arg(o.info.virtualSize));
    if (isCancelled(cancel))
        return cancelledError();

    if (Status s = ws.ensureFreeSpace(kOverlayStartSpace); !s)
        return s.error();
    report(progress, u"Creating the session overlay"_s);
    auto overlay = ws.createOverlay(o.info);
    if (!overlay)
        return overlay.error();
    o.overlayPath = overlay.value();
    return o;
}

} // namespace imageprep
