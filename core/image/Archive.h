#pragma once
// Streaming, safety-checked extraction with libarchive: one compressed stream
// (.gz .xz .zst .bz2) or one member of a tar/OVA into the workspace, as a
// sparse file, never holding the image in memory.
//
// Bomb guard. Disk images legitimately compress at huge ratios (a mostly
// empty 2 GiB raw image xz-compresses to a few KiB), so a compression-ratio
// limit would refuse real images. What actually hurts is (a) allocated bytes
// filling the disk and (b) absurd logical sizes. Zero blocks are written as
// holes and cost nothing, so extraction stops when:
//   - free space in the workspace falls below ExtractLimits::reserveBytes,
//   - the logical output size exceeds ExtractLimits::maxOutputBytes
//     (default 4 TiB, or $IMAGEPREP_MAX_EXTRACT_BYTES),
//   - an OVA member grows beyond what its OVF declares (capacity-based bound).

#include "image/Progress.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>

namespace imageprep {

struct ExtractLimits {
    qint64 maxOutputBytes = 0;          // 0: $IMAGEPREP_MAX_EXTRACT_BYTES or 4 TiB
    qint64 reserveBytes = 256ll << 20;  // keep this much free in the output's file system

    qint64 effectiveMaxOutput() const;
};

enum class ContainerKind { None, Compressed, Tar };

struct ContainerInfo {
    ContainerKind kind = ContainerKind::None;
    QStringList filters; // outermost first, libarchive names: "gzip", "xz", "zstd", "bzip2"
};

// Looks at the content (never the name): a compression filter and/or a tar.
Result<ContainerInfo> detectContainer(const QString &path);

struct TarMember {
    QString name;        // normalised: no leading "./"
    qint64 size = 0;
    bool regular = false;
};

struct TarListing {
    QList<TarMember> members;
    QString ovfName;     // first *.ovf member, if any
    QByteArray ovf;      // its content
    QString manifestName;
    QByteArray manifest; // first *.mf member
};

// Reads every header once and refuses the whole archive (UnsafeArchive,
// naming the entry) if any entry has an absolute path, a ".." component, is
// a symlink, hard link, device, FIFO or socket. Small descriptor files
// (.ovf, .mf) are read into memory; data of other members is skipped.
Result<TarListing> scanTar(const QString &archivePath, const std::atomic_bool *cancel = nullptr);

struct Extracted {
    QString path;
    qint64 size = 0;        // logical size of the output
    qint64 allocated = 0;   // bytes written (non-zero blocks)
    QByteArray sha1;        // lower-case hex digests of a tar member as stored (before
    QByteArray sha256;      // gunzip), for .mf checks; empty unless computeDigests or gunzip
};

struct MemberOptions {
    bool gunzip = false;          // OVF ovf:compression="gzip"
    qint64 maxOutputBytes = 0;    // bound from the OVF (0: none beyond the limits)
    bool computeDigests = false;  // SHA-1 and SHA-256 of the stored member
};

// Decompresses a single compressed stream into `dest` (sparse).
Result<Extracted> extractStream(const QString &archivePath, const QString &dest,
                                const ExtractLimits &limits = {}, const ProgressFn &progress = {},
                                const std::atomic_bool *cancel = nullptr);

// Extracts tar member `member` (as named by scanTar) into `dest` (sparse).
// The whole archive is checked again while reading, so a listing from
// another file cannot be used to smuggle an unsafe entry.
Result<Extracted> extractTarMember(const QString &archivePath, const QString &member,
                                   const QString &dest, const MemberOptions &options = {},
                                   const ExtractLimits &limits = {},
                                   const ProgressFn &progress = {},
                                   const std::atomic_bool *cancel = nullptr);

} // namespace imageprep
