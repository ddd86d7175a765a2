#pragma once
// Writes rpm's ndb Packages.db container around given rpm header blobs, as
// rpm's lib/backend/ndb/rpmpkg.c lays it out (little-endian): a 32-byte
// header {'RpmP', version 0, generation, slot pages, next package index},
// slot pages of 16-byte {'Slot', pkgidx, blkoff, blkcnt}, then per package
// a blob of 16-byte blocks: head {'BlbS', pkgidx, generation, length}, the
// header blob, zero padding, tail {adler32 of all before it, length, 'BlbE'}.
// Written here independently of core/guest/RpmNdb.cpp, for its tests and
// fuzz target (Debian's rpm cannot write ndb).

#include <QByteArray>
#include <QList>
#include <QtEndian>

namespace imageprep::test {

struct NdbFile {
    QByteArray bytes;
    QList<qsizetype> slotOffsets; // byte offset of each package's slot
    QList<qsizetype> blobOffsets; // byte offset of each package's blob head
};

inline void putLe32(QByteArray &out, qsizetype at, quint32 v)
{
    qToLittleEndian<quint32>(v, out.data() + at);
}

inline quint32 ndbAdler32(const QByteArray &data)
{
    quint32 a = 1, b = 0;
    for (const char c : data) {
        a = (a + static_cast<unsigned char>(c)) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

// slotPages: how many 4096-byte slot pages; slotStride: package i takes slot
// 2 + i * slotStride (slots 0 and 1 are the file header), leaving free slots
// between, so several pages and free slots are exercised.
inline NdbFile makeNdb(const QList<QByteArray> &headers, quint32 slotPages = 1, qsizetype slotStride = 1)
{
    constexpr qsizetype page = 4096, slotSize = 16, block = 16;
    NdbFile f;
    f.bytes = QByteArray(qsizetype(slotPages) * page, '\0');
    putLe32(f.bytes, 0, 0x506d7052); // RpmP
    putLe32(f.bytes, 4, 0);
    putLe32(f.bytes, 8, 7);
    putLe32(f.bytes, 12, slotPages);
    putLe32(f.bytes, 16, quint32(headers.size() + 1));
    for (qsizetype at = 32; at < f.bytes.size(); at += slotSize)
        putLe32(f.bytes, at, 0x746f6c53); // Slot, free (blkoff 0)
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QByteArray &h = headers.at(i);
        const quint32 pkgidx = quint32(i + 1);
        const qsizetype blkcnt = (16 + h.size() + 12 + block - 1) / block;
        const qsizetype start = f.bytes.size();
        QByteArray blob(blkcnt * block, '\0');
        putLe32(blob, 0, 0x53626c42); // BlbS
        putLe32(blob, 4, pkgidx);
        putLe32(blob, 8, 7);
        putLe32(blob, 12, quint32(h.size()));
        blob.replace(16, h.size(), h);
        const qsizetype tail = blob.size() - 12;
        putLe32(blob, tail, ndbAdler32(blob.first(tail)));
        putLe32(blob, tail + 4, quint32(h.size()));
        putLe32(blob, tail + 8, 0x45626c42); // BlbE
        f.bytes += blob;
        const qsizetype slot = (2 + i * slotStride) * slotSize;
        if (slot + slotSize > qsizetype(slotPages) * page)
            qFatal("makeNdb: slot %lld is past %u slot pages", static_cast<long long>(slot / slotSize), slotPages);
        putLe32(f.bytes, slot + 4, pkgidx);
        putLe32(f.bytes, slot + 8, quint32(start / block));
        putLe32(f.bytes, slot + 12, quint32(blkcnt));
        f.slotOffsets << slot;
        f.blobOffsets << start;
    }
    return f;
}

} // namespace imageprep::test
