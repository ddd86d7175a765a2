#pragma once
// Kernel command line edits that are not a boot loader regeneration:
// /etc/kernel/cmdline (kernel-install's default for later kernels) and the
// removal of one argument from every place the command line is kept.
#include "requirements/PlanContext.h"

#include <QRegularExpression>

namespace imageprep {

// One argument gone from a line of text, the rest as written (quotes,
// spacing). Arguments are whole words: "quiet" does not touch "quieter".
QString withoutKernelArg(const QString &line, const QString &arg);

// grubenv is a fixed 1024-byte block: an edit keeps its size by padding
// (or taking) the trailing '#' fill. nullopt when it cannot.
std::optional<QByteArray> keepGrubenvSize(const QByteArray &before, const QByteArray &after);

// Removes arg from every line kernelCommandLines() reads it from
// (/etc/default/grub(.d), /etc/kernel/cmdline, grub.cfg, BLS entries,
// grubenv kernelopts, extlinux): what boots now and what later updates write.
void planRemoveKernelArg(PlanContext &p, Fix &fix, const QString &arg);

// Rewrites the arguments in /etc/kernel/cmdline, when the guest has one.
void planKernelCmdlineFile(PlanContext &p, Fix &fix, const std::function<QString(const QString &)> &rewrite);

} // namespace imageprep
