#pragma once
// What an export of a session's guest carries, decided once for both front
// ends (the wizard's export page, the CLI's export and fix --export), so the
// same image exports the same Glance properties from either program.

#include "checks/CheckRun.h"
#include "export/Exporter.h"
#include "glance/Properties.h"
#include "guest/GuestFacts.h"

namespace imageprep {

// The user's choices that change the derived properties: the CLI's flags,
// the export page's fields. Defaults are what both front ends start with.
struct ExportChoices {
    ExportImageFormat format = ExportImageFormat::Qcow2;
    bool preferVirtioScsi = false; // --virtio-scsi
    int minRamMiB = -1;            // --min-ram; -1: a per-family default
};

// The derivation options for the facts as the session left them (after
// fixes, as the edits left them; virtio-rng as the session read it).
DeriveOptions exportDeriveOptions(const GuestFacts &facts, const ExportChoices &choices);

// The derived properties of an export: facts, the latest (re-)check, choices.
// Overrides and validation are the caller's (they differ in how they ask).
PropertySet exportProperties(const GuestFacts &facts, const CheckRun &run, const ExportChoices &choices);

} // namespace imageprep
