#include "guest/RpmNdb.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace imageprep {

namespace {

class RpmNdbText {
    Q_DECLARE_TR_FUNCTIONS(RpmNdbText)
};

constexpr quint32 kFileMagic = 0x506d7052; // "RpmP" read little-endian
constexpr quint32 kSlotMagic = 0x746f6c53; // "Slot"
constexpr quint32 kBlobHeadMagic = 0x53626c42; // "BlbS"
constexpr quint32 kBlobTailMagic = 0x45626c42; // "BlbE"
constexpr qsizetype kFileHeaderSize = 32;
constexpr qsizetype kPageSize = 4096;
constexpr qsizetype kSlotSize = 16;
constexpr qsizetype kBlockSize = 16;
constexpr qsizetype kBlobHeadSize = 16;
constexpr qsizetype kBlobTailSize = 12;
// A SUSE system with thousands of packages has a Packages.db of some hundred
// megabytes; more than this is not a package database worth reading.
constexpr qint64 kMaxFileSize = qint64(2) << 30;
// A large SUSE installation has a few thousand packages.
constexpr qsizetype kMaxPackages = 1 << 20;
// rpm's own header size limit (lib/header.c headerMaxbytes) plus the intro.
constexpr quint32 kMaxBlobLength = (256u << 20) + 8;

struct Slot {
    quint32 pkgidx = 0;
    quint32 blkoff = 0;
    quint32 blkcnt = 0;
};

quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

// Adler-32 (RFC 1950), as rpmpkg.c checksums its blobs.
quint32 adler32(QByteArrayView data)
{
    constexpr quint32 kBase = 65521;
    constexpr qsizetype kChunk = 5552; // the most bytes before the sums can overflow
    quint32 a = 1, b = 0;
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        const qsizetype end = std::min(data.size(), at + kChunk);
        for (qsizetype i = at; i < end; ++i) {
            a += static_cast<unsigned char>(data[i]);
            b += a;
        }
        a %= kBase;
        b %= kBase;
    }
    return (b << 16) | a;
}

Error damaged(const QString &why)
{
    return makeError(ErrorCode::Corrupt, RpmNdbText::tr("The guest's RPM package database (Packages.db) is damaged."), why);
}

Error truncated(const QString &why)
{
    return makeError(ErrorCode::Truncated, RpmNdbText::tr("The guest's RPM package database (Packages.db) is truncated."), why);
}

// The used slots of every slot page, checked as rpmpkg.c checks them on read.
Result<QList<Slot>> readSlots(QByteArrayView file, quint32 slotPages)
{
    const quint64 fileBlocks = quint64(file.size()) / kBlockSize;
    const quint64 firstDataBlock = quint64(slotPages) * (kPageSize / kBlockSize);
    QList<Slot> slots;
    QSet<quint32> seen;
    // The slot area ends where the file's slot pages end; the loop is bounded by it.
    const qsizetype slotAreaEnd = qsizetype(slotPages) * kPageSize;
    for (qsizetype at = kFileHeaderSize; at < slotAreaEnd; at += kSlotSize) {
        const char *raw = file.data() + at;
        if (le32(raw) != kSlotMagic)
            return damaged(QStringLiteral("no slot magic at offset %1").arg(at));
        const Slot s{le32(raw + 4), le32(raw + 8), le32(raw + 12)};
        if (s.blkoff == 0)
            continue; // a free slot
        if (s.pkgidx == 0 || s.blkcnt == 0 || s.blkoff < firstDataBlock)
            return damaged(QStringLiteral("slot at offset %1 is invalid (package %2, block %3, %4 blocks)")
                               .arg(at).arg(s.pkgidx).arg(s.blkoff).arg(s.blkcnt));
        if (quint64(s.blkoff) + s.blkcnt > fileBlocks)
            return truncated(QStringLiteral("package %1 ends at block %2, the file has %3").arg(s.pkgidx).arg(quint64(s.blkoff) + s.blkcnt).arg(fileBlocks));
        if (slots.size() == kMaxPackages)
            return damaged(QStringLiteral("more than %1 packages").arg(kMaxPackages));
        if (seen.contains(s.pkgidx))
            return damaged(QStringLiteral("package %1 has two slots").arg(s.pkgidx));
        seen.insert(s.pkgidx);
        slots.append(s);
    }
    return slots;
}

// The rpm header blob inside one slot's blocks, checksum verified.
Result<QByteArrayView> readBlob(QByteArrayView file, const Slot &s)
{
    const QString where = QStringLiteral("package %1 at block %2").arg(s.pkgidx).arg(s.blkoff);
    const qsizetype start = qsizetype(s.blkoff) * kBlockSize;
    const qsizetype size = qsizetype(s.blkcnt) * kBlockSize; // readSlots keeps both inside the file
    if (size < kBlobHeadSize + kBlobTailSize)
        return damaged(where + QStringLiteral(": too few blocks"));
    const QByteArrayView blocks = file.sliced(start, size);
    if (le32(blocks.data()) != kBlobHeadMagic || le32(blocks.data() + 4) != s.pkgidx)
        return damaged(where + QStringLiteral(": no blob head for this package"));
    const quint32 length = le32(blocks.data() + 12);
    if (length > kMaxBlobLength)
        return damaged(where + QStringLiteral(": blob length %1 is out of range").arg(length));
    const quint64 wantBlocks = (quint64(kBlobHeadSize) + length + kBlobTailSize + kBlockSize - 1) / kBlockSize;
    if (wantBlocks != s.blkcnt)
        return damaged(where + QStringLiteral(": blob length %1 does not fit %2 blocks").arg(length).arg(s.blkcnt));
    const char *tail = blocks.data() + size - kBlobTailSize;
    if (le32(tail + 8) != kBlobTailMagic || le32(tail + 4) != length)
        return damaged(where + QStringLiteral(": no matching blob tail"));
    if (adler32(blocks.first(size - kBlobTailSize)) != le32(tail))
        return damaged(where + QStringLiteral(": checksum mismatch"));
    return blocks.sliced(kBlobHeadSize, qsizetype(length));
}

} // namespace

bool isNdbPackagesFile(QByteArrayView head)
{
    return head.size() >= 4 && le32(head.data()) == kFileMagic;
}

Result<QList<RpmPackage>> readNdbPackages(QByteArrayView file)
{
    if (file.size() < kFileHeaderSize || !isNdbPackagesFile(file))
        return damaged(QStringLiteral("no ndb header"));
    if (file.size() > kMaxFileSize)
        return damaged(QStringLiteral("%1 bytes is beyond any package database").arg(file.size()));
    const quint32 version = le32(file.data() + 4);
    if (version != 0)
        return damaged(QStringLiteral("unknown version %1").arg(version));
    if (file.size() % kBlockSize != 0)
        return truncated(QStringLiteral("%1 bytes is not a whole number of blocks").arg(file.size()));
    const quint32 slotPages = le32(file.data() + 12);
    if (slotPages == 0 || quint64(slotPages) * kPageSize > quint64(file.size()))
        return truncated(QStringLiteral("%1 slot pages do not fit %2 bytes").arg(slotPages).arg(file.size()));

    auto slots = readSlots(file, slotPages);
    if (!slots)
        return slots.error();
    // rpm -qa lists the packages in the order of their blobs in the file.
    std::sort(slots->begin(), slots->end(), [](const Slot &a, const Slot &b) { return a.blkoff < b.blkoff; });
    // Blobs never share blocks (rpmpkg.c refuses overlapping slots too); this
    // also bounds the checksum work to one pass over the file.
    for (qsizetype i = 1; i < slots->size(); ++i) {
        const Slot &before = slots->at(i - 1), &s = slots->at(i);
        if (quint64(before.blkoff) + before.blkcnt > s.blkoff)
            return damaged(QStringLiteral("the blobs of packages %1 and %2 overlap").arg(before.pkgidx).arg(s.pkgidx));
    }
    QList<RpmPackage> packages;
    packages.reserve(slots->size());
    for (const Slot &s : slots.value()) {
        const auto blob = readBlob(file, s);
        if (!blob)
            return blob.error();
        auto p = parseRpmHeader(blob.value());
        if (!p)
            return damaged(QStringLiteral("package %1: %2").arg(s.pkgidx).arg(p.error().detail));
        packages.append(std::move(p.value()));
    }
    return packages;
}

Result<QList<RpmPackage>> readNdbPackagesFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Unreadable, RpmNdbText::tr("Could not read %1.").arg(path), f.errorString());
    if (f.size() > kMaxFileSize)
        return damaged(QStringLiteral("%1 bytes is beyond any package database").arg(f.size()));
    if (f.size() < kFileHeaderSize)
        return truncated(QStringLiteral("%1 bytes").arg(f.size()));
    const uchar *mapped = f.map(0, f.size());
    if (!mapped)
        return makeError(ErrorCode::Unreadable, RpmNdbText::tr("Could not read %1.").arg(path), f.errorString());
    return readNdbPackages(QByteArrayView(reinterpret_cast<const char *>(mapped), f.size()));
}

} // namespace imageprep
