#pragma once
// How a root file system on LVM grows into a larger disk at boot, shared by
// root-resize and partition-layout so the two never disagree.
//
// Growing the partition does not grow a logical volume: the physical volume
// (pvresize) and the logical volume with its file system (lvextend -r) must
// follow. Whether the guest's own cloud-init does that is read from its
// growpart module (cc_growpart.py) in the guest, not guessed from a version:
// a module with an LVM step calls pvresize or lvextend.

#include "checks/Requirement.h"

#include <QList>
#include <QString>

namespace imageprep {
class GuestFiles;
struct GuestFacts;
namespace checks {

struct CloudInitLvmSupport {
    QString module;          // guest path of cc_growpart.py; empty when not found
    bool handlesLvm = false; // the module calls pvresize or lvextend
    Evidence evidence;       // the LVM line, or the module with a note
};
CloudInitLvmSupport cloudInitLvmSupport(const GuestFacts &facts, const GuestFiles &files);

struct LvmRootGrowth {
    enum class Path {
        NotLvm,    // root is not on LVM: growpart and resizefs as usual
        CloudInit, // the guest's cloud-init grows partition, PV and LV
        GrowStep,  // a boot script runs pvresize/lvextend (imageprep's or the owner's)
        None,      // nothing grows the logical volume
    };
    Path path = Path::NotLvm;
    QString summary;         // which path the guest takes, for the check's summary
    QList<Evidence> evidence;
};
LvmRootGrowth lvmRootGrowth(const GuestFacts &facts, const GuestFiles &files);

} // namespace checks
} // namespace imageprep
