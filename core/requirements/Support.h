#pragma once
// What several requirement units share on the check side: the tools that
// grow root, rule lines of network files, kernel build configuration.
// Internal to core/requirements.
#include "checks/CheckSupport.h"

#include <QHash>

#include <functional>
#include <optional>

namespace imageprep::units {

// growpart from the family's package, or the tool itself when packages are unlisted.
std::optional<Evidence> growpartTool(const GuestFacts &facts, const GuestFiles &files);
// xfs_growfs likewise.
std::optional<Evidence> xfsGrowTool(const GuestFacts &facts, const GuestFiles &files);

// Rule lines (not blank, # or ; comments) of one file matching pred, as evidence, at most limit.
QList<Evidence> ruleLines(const GuestFiles &files, const QString &path, const std::function<bool(const QString &)> &pred,
                          int limit = 20);

// CONFIG_ name -> (value, line) of a kernel's /boot/config-*; "is not set" reads as "n".
QHash<QString, std::pair<QString, checks::Line>> kernelConfig(const GuestFiles &files, const QString &path);

} // namespace imageprep::units
