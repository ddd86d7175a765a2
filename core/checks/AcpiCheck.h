#pragma once
// Internal to core: what the acpi-shutdown check and its fix planner share
// (which packages give a system bus, where systemd-logind lives, whether
// acpid handles the power button).
#include "checks/CheckSupport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace imageprep::checks {

inline const QString AcpiEventDir = QStringLiteral("/etc/acpi/events");

// Packages that provide the D-Bus system bus logind needs.
const QStringList &systemBusPackages();
// The systemd-logind binary in the guest, or empty.
QString logindBinary(const GuestFiles &files);

struct AcpidState {
    bool handles = false;  // installed, started at boot, with a power-button event
    QString eventFile;     // the event file naming the power button, if any
    QList<Evidence> evidence;
};
AcpidState acpidState(const GuestFacts &facts, const GuestFiles &files);

void addAcpiChecks(RequirementList &out);

} // namespace imageprep::checks
