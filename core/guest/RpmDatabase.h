#pragma once
// The installed RPM packages of a guest, read by the host's rpm.
//
// libguestfs lists RPM packages with the librpm inside its appliance. On a
// Debian host that librpm looks for the database in ~/.rpmdb (Debian's
// %_dbpath), not in the guest's /var/lib/rpm, so listing the packages of a
// RHEL, Rocky or SUSE guest fails with "rpmtsInitIterator". Then the
// guest's database files are copied out and `rpm --dbpath` (Debian's rpm
// package) reads the copy: sqlite (RHEL 9, Fedora), ndb (SUSE 15.3+) and
// Berkeley DB (RHEL 7/8) databases alike.

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

// The packages of the database in dbDir (a host folder), read by the host's rpm.
Result<QList<PackageInfo>> queryRpmDatabase(const QString &dbDir);

// Copies the guest's database (through copyOut: guest path, host file) into
// a temporary folder and reads it. NotFound when the guest has none,
// ToolMissing without rpm on the host.
Result<QList<PackageInfo>> readGuestRpmDatabase(const GuestFiles &files,
                                                const std::function<bool(const QString &, const QString &)> &copyOut);

} // namespace imageprep
