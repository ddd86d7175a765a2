#include "image/ImageInfo.h"
#include "image/ImageText.h"

#include "util/Process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <blkid.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace imageprep {

namespace {

// qemu-img info reads headers only; a minute means it is stuck (a FIFO or a
// hung network file system behind an extent). check reads every table.
constexpr int kInfoTimeoutMs = 60 * 1000;
constexpr int kCheckTimeoutMs = 30 * 60 * 1000;

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, ImageText::tr("Opening the image was cancelled."));
}

Error notRegularError(const QString &path, mode_t mode)
{
    const QString p = QDir::toNativeSeparators(path);
    if (S_ISFIFO(mode))
        return makeError(ErrorCode::InvalidArgument,
                         ImageText::tr("%1 is a named pipe (FIFO), not a disk image file. Save the image to a "
                         "regular file and open that.").arg(p));
    return makeError(ErrorCode::InvalidArgument,
                     ImageText::tr("%1 is not a regular file. Choose a disk image file.").arg(p));
}

// A text VMDK descriptor names its extents; qemu-img would open each one
// and block forever on a FIFO, so their types are checked first (stat never
// blocks). Where they lie is checked after qemu-img info, from its answer.
Status checkDescriptorExtents(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return success(); // probeImage reports unreadable files itself
    const QByteArray head = f.read(64 * 1024);
    if (!head.startsWith("# Disk DescriptorFile"))
        return success();
    static const QRegularExpression extent(uR"re(^\s*(?:RW|RDONLY|NOACCESS)\s+\d+\s+\w+\s+"([^"]+)")re"_s,
                                           QRegularExpression::MultilineOption);
    const QDir here = QFileInfo(path).absoluteDir();
    for (auto it = extent.globalMatch(QString::fromUtf8(head)); it.hasNext();) {
        const QString name = it.next().captured(1);
        struct stat st {};
        if (::stat(QFile::encodeName(here.filePath(name)).constData(), &st) == 0 && !S_ISREG(st.st_mode))
            return makeError(ErrorCode::InvalidArgument,
                             ImageText::tr("The VMDK descriptor %1 refers to %2, which is not a regular file. "
                             "imageprep only opens VMDK extents that are files.")
                                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(name)));
    }
    return success();
}

// Closes a file descriptor on every return path.
struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

struct BlkidProbeDeleter {
    void operator()(blkid_probe p) const { blkid_free_probe(p); }
};

QString qemuImg()
{
    return findTool(u"qemu-img"_s);
}

Error toolMissing()
{
    return makeError(ErrorCode::ToolMissing,
                     ImageText::tr("qemu-img was not found. Install the qemu-utils package and try again."));
}

// qemu-img's own words for "the file ends too early", across formats.
bool soundsTruncated(const QString &text)
{
    static const QLatin1String needles[] = {
        "truncated"_L1, "too short"_L1, "after end of file"_L1, "after the end of file"_L1,
        "after EOF"_L1, "exceeding the end of the file"_L1, "beyond the end"_L1,
    };
    for (const auto &n : needles) {
        if (text.contains(n, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error truncatedError(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Truncated,
                     ImageText::tr("%1 is truncated: the file ends before the image data it describes. "
                     "It was probably cut short while copying or downloading; copy it again "
                     "from its source.").arg(QDir::toNativeSeparators(path)),
                     detail);
}

Error corruptError(const QString &path, const QString &format, const QString &detail)
{
    return makeError(ErrorCode::Corrupt,
                     ImageText::tr("%1 looks like a %2 image but its structure is damaged. "
                     "Copy it again from its source, or try `qemu-img check -r all` on a copy.")
                         .arg(QDir::toNativeSeparators(path), formatDisplayName(format)),
                     detail);
}

Error encryptedError(const QString &path, const QString &what)
{
    return makeError(ErrorCode::Encrypted,
                     ImageText::tr("%1 is encrypted (%2). imageprep cannot inspect encrypted disks; "
                     "decrypt it first, e.g. with `qemu-img convert` and the key, then open "
                     "the decrypted copy.").arg(QDir::toNativeSeparators(path), what));
}

// Runs `qemu-img check` and turns reported corruption into Truncated/Corrupt.
// Leaked clusters are harmless for reading and are not reported.
Status checkConsistency(const ImageInfo &info, const std::atomic_bool *cancel)
{
    const ProcessResult r = runProcess(qemuImg(),
        {u"check"_s, u"--output=json"_s, u"-U"_s, u"-f"_s, info.format, info.path}, kCheckTimeoutMs, cancel);
    if (!r.started)
        return toolMissing();
    if (r.cancelled)
        return cancelledError();
    if (r.exitCode == 63) // "check" is not supported for this format
        return success();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const qint64 corruptions = o.value("corruptions"_L1).toInteger();
    const qint64 checkErrors = o.value("check-errors"_L1).toInteger();
    const qint64 endOffset = o.value("image-end-offset"_L1).toInteger();
    const QString diag = r.diagnostics();
    const bool failed = r.timedOut || r.exitCode == 1 || r.exitCode == 2 || r.exitCode == -1
                        || corruptions > 0 || checkErrors > 0;
    // The last cluster may be only partly written (a fresh qcow2 ends inside
    // its refcount block), so compare against whole clusters. A qcow2 cut at
    // a cluster boundary passes this but check reports clusters past the end.
    const qint64 cluster = std::max<qint64>(info.clusterSize, 512);
    const qint64 fileEnd = (info.fileSize + cluster - 1) / cluster * cluster;
    if (endOffset > fileEnd || (failed && soundsTruncated(diag)))
        return truncatedError(info.path, diag);
    if (failed)
        return corruptError(info.path, info.format, diag);
    return success();
}

// libblkid on a raw file: a partition table, or a file system / LVM / RAID
// signature at offset 0, means a disk; LUKS means an encrypted one.
Status classifyRaw(ImageInfo &info)
{
    Fd f;
    f.fd = ::open(QFile::encodeName(info.path).constData(), O_RDONLY | O_CLOEXEC);
    if (f.fd < 0)
        return fileAccessError(info.path, errno);
    std::unique_ptr<blkid_struct_probe, BlkidProbeDeleter> pr(blkid_new_probe());
    if (!pr || blkid_probe_set_device(pr.get(), f.fd, 0, 0) != 0)
        return makeError(ErrorCode::Internal, ImageText::tr("libblkid could not read %1.").arg(info.path));
    blkid_probe_enable_superblocks(pr.get(), 1);
    blkid_probe_set_superblocks_flags(pr.get(), BLKID_SUBLKS_TYPE | BLKID_SUBLKS_USAGE);
    blkid_probe_enable_partitions(pr.get(), 1);
    blkid_probe_set_partitions_flags(pr.get(), BLKID_PARTS_ENTRY_DETAILS);

    // -2 means several signatures at once (e.g. an old file system signature
    // below a partition table); the values found are still readable below.
    const int rc = blkid_do_safeprobe(pr.get());
    if (rc == -1)
        return makeError(ErrorCode::Unreadable,
                         ImageText::tr("%1 could not be read. Check the file and the disk it is on.")
                             .arg(QDir::toNativeSeparators(info.path)));
    const char *value = nullptr;
    if (blkid_probe_lookup_value(pr.get(), "PTTYPE", &value, nullptr) == 0 && value)
        info.partitionTable = QString::fromUtf8(value);
    if (blkid_probe_lookup_value(pr.get(), "TYPE", &value, nullptr) == 0 && value)
        info.contentType = QString::fromUtf8(value);
    QString usage;
    if (blkid_probe_lookup_value(pr.get(), "USAGE", &value, nullptr) == 0 && value)
        usage = QString::fromUtf8(value);

    if (info.contentType == "crypto_LUKS"_L1 || usage == "crypto"_L1) {
        info.encrypted = true;
        return encryptedError(info.path, u"%1 header"_s.arg(info.contentType));
    }
    if (!info.partitionTable.isEmpty() || !info.contentType.isEmpty())
        return success();
    return makeError(ErrorCode::NotAnImage,
                     ImageText::tr("%1 is not a disk image: it has no partition table and no file system. "
                     "Choose a qcow2, raw, VMDK, VDI, VHD or VHDX disk, or an OVA.")
                         .arg(QDir::toNativeSeparators(info.path)));
}

} // namespace

QString formatDisplayName(const QString &qemuFormat)
{
    if (qemuFormat == "vpc"_L1)
        return u"VHD"_s;
    if (qemuFormat == "qcow2"_L1 || qemuFormat == "raw"_L1 || qemuFormat == "luks"_L1)
        return qemuFormat;
    return qemuFormat.toUpper();
}

Error fileAccessError(const QString &path, int errnoValue)
{
    const QString p = QDir::toNativeSeparators(path);
    const QString sys = QString::fromLocal8Bit(std::strerror(errnoValue));
    switch (errnoValue) {
    case ENOENT:
    case ENOTDIR:
        return makeError(ErrorCode::NotFound,
                         ImageText::tr("%1 does not exist. Check the path and try again.").arg(p), sys);
    case EACCES:
    case EPERM:
        return makeError(ErrorCode::Unreadable,
                         ImageText::tr("%1 cannot be read: permission denied. Make the file readable for "
                         "your user (it is only read, never written) or copy it somewhere "
                         "you own.").arg(p), sys);
    case EISDIR:
        return makeError(ErrorCode::InvalidArgument,
                         ImageText::tr("%1 is a folder. Choose the disk image file inside it.").arg(p), sys);
    default:
        return makeError(ErrorCode::Unreadable,
                         ImageText::tr("%1 cannot be read (%2). Check the file and the disk it is on.")
                             .arg(p, sys), sys);
    }
}

Status checkInputFile(const QString &path, qint64 *size)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    Fd f;
    f.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (f.fd < 0)
        return fileAccessError(path, errno);
    struct stat st {};
    if (::fstat(f.fd, &st) != 0)
        return fileAccessError(path, errno);
    if (S_ISDIR(st.st_mode))
        return fileAccessError(path, EISDIR);
    if (!S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode))
        return notRegularError(path, st.st_mode);
    if (size)
        *size = st.st_size;
    return success();
}

namespace {

// Why `qemu-img info` failed, said as the error the user can act on.
Error qemuInfoError(const ImageInfo &info, const ProcessResult &r)
{
    if (r.cancelled)
        return cancelledError();
    if (r.timedOut)
        return makeError(ErrorCode::Unreadable,
                         ImageText::tr("qemu-img did not answer within %1 s while reading %2; a file it needs "
                         "may be a pipe or on a hung network share.")
                             .arg(kInfoTimeoutMs / 1000).arg(QDir::toNativeSeparators(info.path)));
    const QString diag = r.diagnostics();
    if (diag.contains("No such file"_L1))
        return fileAccessError(info.path, ENOENT);
    if (diag.contains("Permission denied"_L1))
        return fileAccessError(info.path, EACCES);
    // qemu refuses some LUKS headers outright ("payload is overlapping
    // with the header"); libblkid still recognises them as LUKS.
    ImageInfo asRaw = info;
    if (Status s = classifyRaw(asRaw); !s && s.error().code == ErrorCode::Encrypted)
        return s.error();
    if (soundsTruncated(diag))
        return truncatedError(info.path, diag);
    return makeError(ErrorCode::Corrupt,
                     ImageText::tr("qemu-img cannot open %1: its header is damaged or of an unsupported "
                     "version. Copy it again from its source.")
                         .arg(QDir::toNativeSeparators(info.path)),
                     diag);
}

// Fills info from qemu-img's JSON; returns its format-specific data.
QJsonObject readQemuInfo(ImageInfo &info, const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    info.format = o.value("format"_L1).toString();
    info.virtualSize = o.value("virtual-size"_L1).toInteger();
    info.actualSize = o.value("actual-size"_L1).toInteger();
    info.clusterSize = o.value("cluster-size"_L1).toInteger();
    info.encrypted = o.value("encrypted"_L1).toBool();
    info.backingFile = o.value("full-backing-filename"_L1).toString(
        o.value("backing-filename"_L1).toString());
    const QJsonObject specific = o.value("format-specific"_L1).toObject().value("data"_L1).toObject();
    if (info.format == "vmdk"_L1)
        info.subformat = specific.value("create-type"_L1).toString();
    else if (info.format == "qcow2"_L1)
        info.subformat = specific.value("compat"_L1).toString();
    else if (info.format == "vhdx"_L1 || info.format == "vpc"_L1 || info.format == "vdi"_L1)
        info.subformat = specific.value("subformat"_L1).toString();
    return specific;
}

// Refuses encrypted images and images whose data lives in other files.
Status checkSelfContained(ImageInfo &info, const QJsonObject &specific)
{
    if (info.format == "luks"_L1) {
        info.encrypted = true;
        return encryptedError(info.path, u"LUKS"_s);
    }
    if (info.encrypted)
        return encryptedError(info.path, u"%1 encryption"_s.arg(formatDisplayName(info.format)));
    if (!info.backingFile.isEmpty()) {
        // Refused on purpose: the chain may point at files that are missing
        // or on another machine, and the exported image would silently
        // depend on them. Flattening first makes the input self-contained.
        return makeError(ErrorCode::InvalidArgument,
                         ImageText::tr("%1 is an overlay on the backing file %2. Flatten it into one "
                         "self-contained image first: qemu-img convert -O qcow2 %1 flat.qcow2")
                             .arg(QDir::toNativeSeparators(info.path),
                                  QDir::toNativeSeparators(info.backingFile)));
    }
    if (!specific.value("data-file"_L1).toString().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         ImageText::tr("%1 keeps its data in the separate file %2. Convert it into one "
                         "self-contained image first: qemu-img convert -O qcow2 %1 flat.qcow2")
                             .arg(QDir::toNativeSeparators(info.path),
                                  specific.value("data-file"_L1).toString()));
    }
    return success();
}

// A descriptor may name any file as an extent (even /etc/shadow), which
// would then be served to the guest session as disk content.
Status checkVmdkExtents(ImageInfo &info, const QJsonObject &specific)
{
    const QDir here = QFileInfo(info.path).absoluteDir();
    const QString self = QFileInfo(info.path).canonicalFilePath();
    const QJsonArray extents = specific.value("extents"_L1).toArray();
    for (const QJsonValue &v : extents) {
        const QString name = v.toObject().value("filename"_L1).toString();
        const QFileInfo extent(here, name);
        const QString canonical = extent.canonicalFilePath();
        if (canonical == self)
            continue;
        if (canonical.isEmpty() || extent.absoluteDir().canonicalPath() != here.canonicalPath()
            || extent.isSymLink()) {
            return makeError(ErrorCode::InvalidArgument,
                             ImageText::tr("The VMDK descriptor %1 refers to %2, which is not a file in its "
                             "own folder. imageprep only opens VMDK files whose extents lie "
                             "next to the descriptor; convert it first: "
                             "qemu-img convert -O qcow2 %1 disk.qcow2")
                                 .arg(QDir::toNativeSeparators(info.path),
                                      QDir::toNativeSeparators(name)));
        }
        if (!info.extentFiles.contains(canonical))
            info.extentFiles.append(canonical);
    }
    return success();
}

// The last word on an image qemu-img could read: raw is classified by its
// content, the other supported formats are checked table by table.
Status classifyByFormat(ImageInfo &info, const std::atomic_bool *cancel)
{
    if (info.format == "raw"_L1) {
        if (info.fileSize == 0 && info.virtualSize == 0)
            return makeError(ErrorCode::NotAnImage,
                             ImageText::tr("%1 is empty (0 bytes), not a disk image. Copy the image again "
                             "from its source.").arg(QDir::toNativeSeparators(info.path)));
        return classifyRaw(info);
    }

    static const QLatin1String supported[] = {"qcow2"_L1, "vmdk"_L1, "vdi"_L1, "vpc"_L1, "vhdx"_L1};
    if (std::find(std::begin(supported), std::end(supported), info.format) == std::end(supported))
        return makeError(ErrorCode::NotAnImage,
                         ImageText::tr("%1 is a %2 image, which imageprep does not support. Convert it to "
                         "qcow2 with qemu-img convert first.")
                             .arg(QDir::toNativeSeparators(info.path), info.format));
    return checkConsistency(info, cancel);
}

} // namespace

Result<ImageInfo> probeImage(const QString &path, const std::atomic_bool *cancel)
{
    ImageInfo info;
    info.path = QFileInfo(path).absoluteFilePath();

    // Open it ourselves first (read-only) so access errors come from errno,
    // not from parsing a tool's message.
    if (Status s = checkInputFile(info.path, &info.fileSize); !s)
        return s.error();
    if (Status s = checkDescriptorExtents(info.path); !s)
        return s.error();

    if (qemuImg().isEmpty())
        return toolMissing();
    // -U (--force-share) takes no lock, so an image still held by a running
    // VM can be probed; `info` opens read-only either way.
    const ProcessResult r = runProcess(qemuImg(),
        {u"info"_s, u"--output=json"_s, u"-U"_s, info.path}, kInfoTimeoutMs, cancel);
    if (!r.started)
        return toolMissing();
    if (r.cancelled || r.timedOut || !r.ok())
        return qemuInfoError(info, r);

    const QJsonObject specific = readQemuInfo(info, r.out);
    if (info.format.isEmpty())
        return makeError(ErrorCode::Internal, ImageText::tr("qemu-img gave no format for %1.").arg(info.path),
                         QString::fromUtf8(r.out));
    if (Status s = checkSelfContained(info, specific); !s)
        return s.error();
    if (info.format == "vmdk"_L1) {
        if (Status s = checkVmdkExtents(info, specific); !s)
            return s.error();
    }
    if (specific.value("corrupt"_L1).toBool())
        return corruptError(info.path, info.format, u"the qcow2 header marks the image corrupt"_s);
    if (Status s = classifyByFormat(info, cancel); !s)
        return s.error();
    return info;
}

} // namespace imageprep
