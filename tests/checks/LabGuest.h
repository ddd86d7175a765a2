#pragma once
// The clean Debian guest of the check tests as a re-inspection sees it:
// services as systemd links, packages in a dpkg status file, so edits
// (lab defects, fixes) change what refresh() reads back. Shared by the lab
// defect test and the catalogue-wide default-fix test.
#include "GuestFixtures.h"

namespace imageprep::testing {

// What inspection reads again after edits: services from links, packages from dpkg.
void refresh(Guest &g);
// cleanGuest(Family::Debian) with links and a dpkg status file.
Guest labGuest();
// Records package as installed in the dpkg status file (what dpkg would).
void addDpkgRecord(Guest &g, const QString &package);

} // namespace imageprep::testing
