#pragma once
// rpm's "ndb" package database (Packages.db: openSUSE Leap 15.3+, SLES 15
// SP3+, Tumbleweed), read without librpm. Debian's rpm 4.18 is built without
// the ndb backend, so the host's rpm cannot read these guests' packages.
//
// The file, as rpm's lib/backend/ndb/rpmpkg.c writes it (little-endian):
//   - a 32-byte header at offset 0: 'RpmP', version 0, generation, number of
//     slot pages, next package index;
//   - that many 4096-byte slot pages (the header takes the first two slots):
//     16-byte slots {'Slot', pkgidx, blkoff, blkcnt}; blkoff 0 is a free slot;
//   - blobs of 16-byte blocks after the slot pages, one per used slot:
//     head {'BlbS', pkgidx, generation, length}, the rpm header blob
//     (guest/RpmHeader.h), zero padding, tail {adler32 of everything before
//     the tail, length, 'BlbE'}.
// The file comes from an untrusted guest: every slot and blob is bounds
// checked and checksummed, and a damaged file is an error, never a partial list.

#include "guest/RpmHeader.h"

namespace imageprep {

// The first bytes of an ndb Packages.db.
bool isNdbPackagesFile(QByteArrayView head);

// Every package of an ndb Packages.db held in memory, in rpm -qa's order
// (by blob position). ErrorCode::Corrupt or Truncated when damaged.
Result<QList<RpmPackage>> readNdbPackages(QByteArrayView file);

// The same for a host file (mapped, not copied into memory).
Result<QList<RpmPackage>> readNdbPackagesFile(const QString &path);

} // namespace imageprep
