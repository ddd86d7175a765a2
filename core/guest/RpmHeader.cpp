#include "guest/RpmHeader.h"

#include <QCoreApplication>
#include <QtEndian>

namespace imageprep {

namespace {

class RpmHeaderText {
    Q_DECLARE_TR_FUNCTIONS(RpmHeaderText)
};

// rpm's own limits (lib/header.c: HEADER_TAGS_MAX, HEADER_DATA_MAX): a
// header beyond them is one rpm itself refuses.
constexpr quint32 kMaxIndexEntries = 0xffff;
constexpr quint32 kMaxDataLength = 0x0fffffff;
// Names, versions, releases and arches are short; kilobytes of one are damage.
constexpr qsizetype kMaxStringLength = 4096;
constexpr qsizetype kIntroSize = 8;
constexpr qsizetype kEntrySize = 16;

enum Tag : quint32 { TagName = 1000, TagVersion = 1001, TagRelease = 1002, TagEpoch = 1003, TagArch = 1022 };
enum Type : quint32 { TypeInt32 = 4, TypeString = 6 };

struct Entry {
    quint32 tag = 0;
    quint32 type = 0;
    quint32 offset = 0;
    quint32 count = 0;
};

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

Error damaged(const QString &why)
{
    return makeError(ErrorCode::Corrupt, RpmHeaderText::tr("An installed package's rpm header is damaged."), why);
}

// One NUL-terminated string of the data store, as rpm's RPM_STRING_TYPE.
Result<QString> stringAt(QByteArrayView store, const Entry &e)
{
    if (e.type != TypeString || e.count != 1)
        return damaged(QStringLiteral("tag %1 has type %2 count %3, not one string").arg(e.tag).arg(e.type).arg(e.count));
    if (e.offset >= quint64(store.size()))
        return damaged(QStringLiteral("tag %1 offset %2 is outside the data store (%3 bytes)").arg(e.tag).arg(e.offset).arg(store.size()));
    const QByteArrayView rest = store.sliced(qsizetype(e.offset));
    const qsizetype end = rest.first(std::min(rest.size(), kMaxStringLength + 1)).indexOf('\0');
    if (end < 0)
        return damaged(QStringLiteral("tag %1 has no string end within %2 bytes").arg(e.tag).arg(kMaxStringLength));
    const QByteArrayView text = rest.first(end);
    // Control characters never appear in these tags; they would corrupt every listing that prints them.
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return damaged(QStringLiteral("tag %1 holds a control character").arg(e.tag));
    }
    return QString::fromUtf8(text);
}

Result<quint32> int32At(QByteArrayView store, const Entry &e)
{
    if (e.type != TypeInt32 || e.count < 1)
        return damaged(QStringLiteral("tag %1 has type %2 count %3, not an int32").arg(e.tag).arg(e.type).arg(e.count));
    if (e.offset % 4 != 0 || quint64(e.offset) + 4 > quint64(store.size()))
        return damaged(QStringLiteral("tag %1 offset %2 is misaligned or outside the data store").arg(e.tag).arg(e.offset));
    return be32(store.data() + e.offset);
}

} // namespace

PackageInfo RpmPackage::toPackageInfo() const
{
    QString v = version;
    if (!release.isEmpty())
        v += QLatin1Char('-') + release;
    if (epoch && *epoch != 0)
        v = QString::number(*epoch) + QLatin1Char(':') + v;
    return PackageInfo{name, v};
}

Result<RpmPackage> parseRpmHeader(QByteArrayView blob)
{
    if (blob.size() < kIntroSize)
        return damaged(QStringLiteral("%1 bytes are too few for a header").arg(blob.size()));
    const quint32 il = be32(blob.data());
    const quint32 dl = be32(blob.data() + 4);
    if (il == 0 || il > kMaxIndexEntries)
        return damaged(QStringLiteral("index count %1 is out of range").arg(il));
    if (dl > kMaxDataLength)
        return damaged(QStringLiteral("data length %1 is out of range").arg(dl));
    // 64-bit arithmetic: il and dl come from the guest.
    const quint64 needed = quint64(kIntroSize) + quint64(il) * kEntrySize + dl;
    if (needed != quint64(blob.size()))
        return damaged(QStringLiteral("index count %1 and data length %2 need %3 bytes, the blob has %4")
                           .arg(il).arg(dl).arg(needed).arg(blob.size()));
    const char *index = blob.data() + kIntroSize;
    const QByteArrayView store = blob.sliced(kIntroSize + qsizetype(il) * kEntrySize);

    RpmPackage p;
    bool haveName = false, haveVersion = false;
    // Tags added after install (rpm's "dribbles") follow the immutable region
    // in the index and replace its entries, so the last entry of a tag wins.
    for (quint32 i = 0; i < il; ++i) {
        const char *raw = index + qsizetype(i) * kEntrySize;
        const Entry e{be32(raw), be32(raw + 4), be32(raw + 8), be32(raw + 12)};
        switch (e.tag) {
        case TagName:
        case TagVersion:
        case TagRelease:
        case TagArch: {
            auto s = stringAt(store, e);
            if (!s)
                return s.error();
            if (e.tag == TagName) {
                p.name = std::move(s.value());
                haveName = true;
            } else if (e.tag == TagVersion) {
                p.version = std::move(s.value());
                haveVersion = true;
            } else if (e.tag == TagRelease) {
                p.release = std::move(s.value());
            } else {
                p.arch = std::move(s.value());
            }
            break;
        }
        case TagEpoch: {
            const auto n = int32At(store, e);
            if (!n)
                return n.error();
            p.epoch = n.value();
            break;
        }
        default:
            break; // every other tag is skipped unread
        }
    }
    if (!haveName || p.name.isEmpty())
        return damaged(QStringLiteral("the header has no package name"));
    if (!haveVersion)
        return damaged(QStringLiteral("package %1 has no version").arg(p.name));
    return p;
}

} // namespace imageprep
