#include "image/ArchiveSupport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace imageprep {

using namespace unpack;

qint64 ExtractLimits::effectiveMaxOutput() const
{
    if (maxOutputBytes > 0)
        return maxOutputBytes;
    bool ok = false;
    const qint64 env = qEnvironmentVariable("IMAGEPREP_MAX_EXTRACT_BYTES").toLongLong(&ok);
    return ok && env > 0 ? env : kDefaultMaxOutput;
}

namespace {

// True when the decompressed stream starts with a zero block. Such a stream
// is a disk (a whole-disk ext4, an LVM PV, btrfs leave sector 0 empty), never
// a tar: a tar starts with a member's header, yet libarchive's tar reader
// bids on the zero block and takes it for the end of an empty archive.
bool startsWithZeroBlock(const QString &path)
{
    ArchivePtr a = newReader(false);
    archive_entry *e = nullptr;
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK
        || archive_read_next_header(a.get(), &e) < ARCHIVE_WARN)
        return false;
    char block[512];
    qsizetype got = 0;
    while (got < qsizetype(sizeof block)) {
        const la_ssize_t n = archive_read_data(a.get(), block + got, sizeof block - size_t(got));
        if (n <= 0)
            return false;
        got += n;
    }
    return std::all_of(block, block + sizeof block, [](char c) { return c == 0; });
}

} // namespace

Result<ContainerInfo> detectContainer(const QString &path)
{
    ArchivePtr a = newReader(true);
    ContainerInfo info;
    // Nothing libarchive recognises (an empty file, say): not a container;
    // the image probe explains what it is instead.
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 1 << 16) != ARCHIVE_OK)
        return info;
    archive_entry *e = nullptr;
    const int rc = archive_read_next_header(a.get(), &e);
    info.filters = filterNames(a.get());
    const bool tarBid = (archive_format(a.get()) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_TAR;
    if (!info.filters.isEmpty() && tarBid && startsWithZeroBlock(path)) {
        info.kind = ContainerKind::Compressed;
        return info;
    }
    if (rc == ARCHIVE_EOF || rc < ARCHIVE_WARN) {
        if (info.filters.isEmpty())
            return ContainerInfo{};
        return readError(path, a.get());
    }
    const int format = archive_format(a.get()) & ARCHIVE_FORMAT_BASE_MASK;
    if (format == ARCHIVE_FORMAT_TAR)
        info.kind = ContainerKind::Tar;
    else if (!info.filters.isEmpty())
        info.kind = ContainerKind::Compressed;
    return info;
}

Result<TarListing> scanTar(const QString &archivePath, const std::atomic_bool *cancel)
{
    ArchivePtr a = newReader(true);
    if (Status s = openReader(a.get(), archivePath); !s)
        return s.error();
    TarListing listing;
    archive_entry *e = nullptr;
    for (;;) {
        if (isCancelled(cancel))
            return cancelledError();
        const int rc = archive_read_next_header(a.get(), &e);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return readError(archivePath, a.get());
        if ((archive_format(a.get()) & ARCHIVE_FORMAT_BASE_MASK) != ARCHIVE_FORMAT_TAR)
            return makeError(ErrorCode::ArchiveError,
                             ImageText::tr("%1 is not a tar archive.").arg(native(archivePath)));
        if (auto err = unsafeEntry(archivePath, e))
            return *err;
        if (listing.members.size() >= kMaxMembers)
            return makeError(ErrorCode::UnsafeArchive,
                             ImageText::tr("%1 has more than %2 entries; an OVA or disk archive never needs "
                             "that many. Unpack it yourself after checking it.")
                                 .arg(native(archivePath)).arg(kMaxMembers));
        TarMember m;
        m.name = normalisedName(QString::fromUtf8(archive_entry_pathname(e)));
        m.size = archive_entry_size(e);
        m.regular = archive_entry_filetype(e) == AE_IFREG;
        if (m.regular) {
            const bool dup = std::any_of(listing.members.cbegin(), listing.members.cend(),
                                         [&](const TarMember &o) { return o.regular && o.name == m.name; });
            if (dup)
                return makeError(ErrorCode::UnsafeArchive,
                                 ImageText::tr("%1 is refused: it contains \"%2\" twice, so it is unclear "
                                 "which one is meant.").arg(native(archivePath), m.name));
        }
        QByteArray *target = nullptr;
        if (m.regular && m.size <= kMaxDescriptorBytes) {
            if (listing.ovfName.isEmpty() && m.name.endsWith(".ovf"_L1, Qt::CaseInsensitive)) {
                listing.ovfName = m.name;
                target = &listing.ovf;
            } else if (listing.manifestName.isEmpty() && m.name.endsWith(".mf"_L1, Qt::CaseInsensitive)) {
                listing.manifestName = m.name;
                target = &listing.manifest;
            }
        }
        if (target) {
            char buf[65536];
            for (;;) {
                const la_ssize_t n = archive_read_data(a.get(), buf, sizeof buf);
                if (n == 0)
                    break;
                if (n < 0)
                    return readError(archivePath, a.get());
                if (target->size() + n > kMaxDescriptorBytes)
                    return makeError(ErrorCode::UnsafeArchive,
                                     ImageText::tr("%1 is refused: its descriptor \"%2\" is larger than it "
                                     "declares.").arg(native(archivePath), m.name));
                target->append(buf, qsizetype(n));
            }
        } else if (archive_read_data_skip(a.get()) < ARCHIVE_WARN) {
            return readError(archivePath, a.get());
        }
        listing.members.append(m);
    }
    return listing;
}

Result<Extracted> extractStream(const QString &archivePath, const QString &dest,
                                const ExtractLimits &limits, const ProgressFn &progress,
                                const std::atomic_bool *cancel)
{
    ArchivePtr a = newReader(false);
    if (Status s = openReader(a.get(), archivePath); !s)
        return s.error();
    archive_entry *e = nullptr;
    const int rc = archive_read_next_header(a.get(), &e);
    if (rc < ARCHIVE_WARN || rc == ARCHIVE_EOF)
        return readError(archivePath, a.get());
    if (filterNames(a.get()).isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         ImageText::tr("%1 is not compressed.").arg(native(archivePath)));

    SparseOutput out(dest, archivePath, limits.effectiveMaxOutput(), limits.reserveBytes);
    if (Status s = out.open(); !s)
        return s.error();
    const qint64 total = QFileInfo(archivePath).size();
    archive *raw = a.get();
    const auto consumed = [raw] { return qint64(archive_filter_bytes(raw, -1)); };
    const QString what = u"Decompressing %1"_s.arg(QFileInfo(archivePath).fileName());
    if (Status s = copyData(raw, archivePath, out, total, consumed, progress, what, cancel); !s)
        return s.error();
    if (Status s = out.finish(out.end()); !s)
        return s.error();
    Extracted x;
    x.path = dest;
    x.size = out.end();
    x.allocated = out.allocated();
    return x;
}

namespace {

// Moves the reader to member's header and returns its stored size; an
// error when it is missing or an entry on the way is unsafe.
Result<qint64> seekMember(archive *a, const QString &archivePath, const QString &member, const std::atomic_bool *cancel)
{
    archive_entry *e = nullptr;
    for (;;) {
        if (isCancelled(cancel))
            return cancelledError();
        const int rc = archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF)
            return makeError(ErrorCode::ArchiveError,
                             ImageText::tr("%1 does not contain \"%2\". The archive is incomplete; export or "
                             "download it again.").arg(native(archivePath), member));
        if (rc < ARCHIVE_WARN)
            return readError(archivePath, a);
        if (auto err = unsafeEntry(archivePath, e))
            return *err;
        if (archive_entry_filetype(e) == AE_IFREG
            && normalisedName(QString::fromUtf8(archive_entry_pathname(e))) == member)
            return qint64(archive_entry_size(e));
        if (archive_read_data_skip(a) < ARCHIVE_WARN)
            return readError(archivePath, a);
    }
}

// The member's digests: SHA-1 and SHA-256 of the bytes as stored.
struct MemberDigests {
    QCryptographicHash sha1{QCryptographicHash::Sha1};
    QCryptographicHash sha256{QCryptographicHash::Sha256};
    qint64 hashed = 0;

    void add(const char *data, qint64 size)
    {
        const QByteArrayView v(data, qsizetype(size));
        sha1.addData(v);
        sha256.addData(v);
        hashed += size;
    }
    // Holes of a sparse tar entry are zeros in the stored file: hash them as zeros.
    void zerosUpTo(qint64 offset)
    {
        static const QByteArray zeros(1 << 16, '\0');
        while (hashed < offset)
            add(zeros.constData(), std::min<qint64>(offset - hashed, zeros.size()));
    }
};

// A gzip-compressed member, decompressed through an inner reader that
// hashes the stored bytes on the way.
Status copyGunzipped(archive *outer, const QString &member, SparseOutput &out, qint64 stored, MemberDigests &digests,
                     const ProgressFn &progress, const QString &what, const std::atomic_bool *cancel)
{
    MemberSource src;
    src.outer = outer;
    src.sha1 = &digests.sha1;
    src.sha256 = &digests.sha256;
    ArchivePtr inner(archive_read_new());
    archive_read_support_filter_gzip(inner.get());
    archive_read_support_format_raw(inner.get());
    archive_entry *ie = nullptr;
    if (archive_read_open(inner.get(), &src, nullptr, memberRead, nullptr) != ARCHIVE_OK
        || archive_read_next_header(inner.get(), &ie) != ARCHIVE_OK
        || archive_filter_code(inner.get(), 0) != ARCHIVE_FILTER_GZIP) {
        return makeError(ErrorCode::ArchiveError,
                         ImageText::tr("The OVF says \"%1\" is gzip-compressed, but it is not readable as "
                         "gzip. Export or download the appliance again.").arg(member),
                         src.failure.isEmpty() ? archiveErrorText(inner.get()) : src.failure);
    }
    const auto consumed = [&src] { return src.consumed; };
    if (Status s = copyData(inner.get(), member, out, stored, consumed, progress, what, cancel); !s)
        return s;
    // Drain what gzip did not need so the digest covers the whole member.
    const void *buf = nullptr;
    while (memberRead(inner.get(), &src, &buf) > 0) {
    }
    return success();
}

} // namespace

Result<Extracted> extractTarMember(const QString &archivePath, const QString &member,
                                   const QString &dest, const MemberOptions &options,
                                   const ExtractLimits &limits, const ProgressFn &progress,
                                   const std::atomic_bool *cancel)
{
    ArchivePtr a = newReader(true);
    if (Status s = openReader(a.get(), archivePath); !s)
        return s.error();
    const auto found = seekMember(a.get(), archivePath, member, cancel);
    if (!found)
        return found.error();
    const qint64 stored = found.value();
    qint64 maxOut = limits.effectiveMaxOutput();
    if (options.maxOutputBytes > 0)
        maxOut = std::min(maxOut, options.maxOutputBytes);
    if (!options.gunzip && stored > maxOut)
        return makeError(ErrorCode::UnsafeArchive,
                         ImageText::tr("%1 is refused: its member \"%2\" is %3, more than the %4 the disk "
                         "can need. Export or download the appliance again.")
                             .arg(native(archivePath), member, sizeText(stored), sizeText(maxOut)));

    MemberDigests digests;
    SparseOutput out(dest, member, maxOut, limits.reserveBytes);
    if (Status s = out.open(); !s)
        return s.error();
    const QString what = u"Extracting %1"_s.arg(member);
    if (options.gunzip) {
        if (Status s = copyGunzipped(a.get(), member, out, stored, digests, progress, what, cancel); !s)
            return s.error();
    } else {
        qint64 got = 0;
        const auto onBlock = [&](qint64 offset, const char *data, qint64 size) {
            if (options.computeDigests) {
                digests.zerosUpTo(offset);
                digests.add(data, size);
            }
            got = offset + size;
        };
        if (Status s = copyData(a.get(), archivePath, out, stored, [&got] { return got; }, progress, what, cancel, onBlock); !s)
            return s.error();
        if (options.computeDigests)
            digests.zerosUpTo(stored);
    }

    const qint64 logical = options.gunzip ? out.end() : stored;
    if (Status s = out.finish(logical); !s)
        return s.error();
    Extracted x;
    x.path = dest;
    x.size = std::max(out.end(), logical);
    x.allocated = out.allocated();
    if (options.computeDigests || options.gunzip) {
        x.sha1 = digests.sha1.result().toHex();
        x.sha256 = digests.sha256.result().toHex();
    }
    return x;
}

} // namespace imageprep
