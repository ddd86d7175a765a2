#pragma once
// The installed RPM packages of a guest, read on the host.
//
// libguestfs lists RPM packages with the librpm inside its appliance. On a
// Debian host that librpm looks for the database in ~/.rpmdb (Debian's
// %_dbpath), not in the guest's /var/lib/rpm, so listing the packages of a
// RHEL, Rocky or SUSE guest fails with "rpmtsInitIterator". Then the
// guest's database files are copied out and read on the host:
//   - sqlite (rpmdb.sqlite: RHEL 9, Fedora) and Berkeley DB (Packages: RHEL
//     7/8, older SUSE) by the host's `rpm --dbpath` (Debian 12's rpm 4.18
//     has the sqlite backend and bdb_ro);
//   - ndb (Packages.db: openSUSE Leap 15.3+, SLES 15 SP3+, Tumbleweed) by
//     imageprep's own reader (guest/RpmNdb.h): Debian's rpm has no ndb
//     backend ("invalid %_db_backend: ndb").
// The format is told by the database files, never by the distribution.

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"
#include "util/Result.h"

#include <functional>

namespace imageprep {

// Folders an RPM database may live in, in the order they are tried
// (/var/lib/rpm is often a link to /usr/lib/sysimage/rpm).
QStringList rpmDatabaseDirs();

// Output of rpm -qa with rpmQueryFormat(): one package per line.
QString rpmQueryFormat();
QList<PackageInfo> parseRpmQuery(const QByteArray &out);

// The packages of the database in dbDir (a host folder), read by the host's
// rpm. No packages at all is an error: it is what an rpm without the
// database's backend reports, after making an empty database of its own.
Result<QList<PackageInfo>> queryRpmDatabase(const QString &dbDir);

// Copies the guest's database (through copyOut: guest path, host file) into
// a temporary folder and reads it. NotFound when the guest has none,
// ToolMissing without rpm on the host (sqlite and bdb only), Corrupt or
// Truncated for a damaged ndb file.
Result<QList<PackageInfo>> readGuestRpmDatabase(const GuestFiles &files,
                                                const std::function<bool(const QString &, const QString &)> &copyOut);

} // namespace imageprep
