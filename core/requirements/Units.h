#pragma once
// Every requirement unit (core/requirements/Name.cpp), ONE line each, in
// report order (the order of the OpenStack image guide, then hygiene). The
// catalogue (checks/Catalogue.cpp) adds them in this order.
#include "checks/Requirement.h"

#include <memory>

// X(Name): the unit's class is Name, its factory units::makeName().
#define IMAGEPREP_UNITS(X) \
    /* disk and boot */ \
    X(PartitionLayout) \
    X(RootResize) \
    X(FstabStableNames) \
    /* network */ \
    X(NoPersistentNetRules) \
    X(NoHardcodedMac) \
    X(FirewallDisabled) \
    /* access */ \
    X(SshServer) \
    X(SshHostKeys) \
    X(RootPassword) \
    X(NoBakedCredentials) \
    /* cloud-init */ \
    X(SshKeyInjection) \
    X(UserData) \
    X(CloudInitUser) \
    X(CloudInitLocale) \
    /* kernel and boot */ \
    X(SerialConsole) \
    X(XenPvKernel) \
    X(VirtioDrivers) \
    X(AcpiShutdown) \
    /* hygiene */ \
    X(QemuGuestAgent) \
    X(MachineId) \
    X(LeftoverState) \
    X(SelinuxRelabel) \
    X(SecurityUpdates)

namespace imageprep::units {
#define IMAGEPREP_DECLARE_UNIT(Name) std::unique_ptr<Requirement> make##Name();
IMAGEPREP_UNITS(IMAGEPREP_DECLARE_UNIT)
#undef IMAGEPREP_DECLARE_UNIT
} // namespace imageprep::units
