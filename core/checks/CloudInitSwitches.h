#pragma once
// What switches an installed cloud-init off, shared by every check that
// relies on cloud-init doing something at boot (keys, user data, growing
// root, replacing host keys). Installers switch it off in two ways at once:
// the flag file /etc/cloud/cloud-init.disabled (no stage runs) and a
// datasource_list without a cloud data source (the stages run, but read no
// metadata, keys or user data). The two are kept apart because they stop
// different things.

#include "checks/Requirement.h"

#include <QList>
#include <QString>

namespace imageprep {
class GuestFiles;
namespace checks {

struct CloudInitSwitches {
    // No stage runs: cloud-init.disabled, cloud-init=disabled on the kernel
    // command line, masked units.
    QList<Evidence> disabledBy;
    // The stages run but read nothing from OpenStack: the effective
    // datasource_list names none of OpenStack, ConfigDrive or Ec2
    // (for instance the installer's "[ None ]").
    QList<Evidence> noCloudSource;
    bool off() const { return !disabledBy.isEmpty(); }
};

CloudInitSwitches cloudInitSwitches(const GuestFiles &files);

// "the flag file /etc/cloud/cloud-init.disabled; datasource_list: [ None ] in F"
// naming each switch found (both kinds), for a check's summary.
QString describeSwitches(const CloudInitSwitches &s);

} // namespace checks
} // namespace imageprep
