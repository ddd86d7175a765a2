#pragma once
// Which network configuration stacks a guest has: the stack decides which
// files carry its NIC settings (and the MAC matches the checks look for).

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

namespace imageprep {

// In a stable order; several at once is common (netplan renders to
// systemd-networkd or NetworkManager). A stack counts when its package is
// installed or its service enabled, or when its configuration files exist
// and its program does: ifupdown, netplan, NetworkManager, systemd-networkd,
// wicked, network-scripts (RHEL's legacy ifcfg service).
QStringList detectNetworkStacks(const GuestFiles &files, const GuestFacts &facts);

} // namespace imageprep
