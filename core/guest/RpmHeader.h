#pragma once
// One rpm header blob as rpm stores it in its package database (the output
// of rpm's headerExport: big-endian index count and data length, 16-byte
// index entries tag/type/offset/count, then the data store), read into the
// few tags imageprep needs. The blob comes from an untrusted guest: every
// offset and count is checked against the blob, sizes are capped, and a
// damaged blob is an error, never a crash or a guess.

#include "guest/GuestFacts.h"
#include "util/Result.h"

#include <QByteArrayView>

#include <optional>

namespace imageprep {

// What rpm -qa --qf '%{NAME} %{EPOCH} %{VERSION} %{RELEASE} %{ARCH}' shows.
struct RpmPackage {
    QString name;
    std::optional<quint32> epoch; // unset: the header has no EPOCH tag
    QString version;
    QString release;
    QString arch; // empty when the header has none (gpg-pubkey has "(none)" in rpm -qa)

    // As libguestfs and RpmDatabase write it: [epoch:]version[-release], epoch only when not 0.
    PackageInfo toPackageInfo() const;
};

// A damaged blob gives ErrorCode::Corrupt, with the technical reason (tag,
// offset) in Error::detail.
Result<RpmPackage> parseRpmHeader(QByteArrayView blob);

} // namespace imageprep
