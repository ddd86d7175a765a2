#pragma once
// Building blocks of a unit's by-hand steps (checks/ManualSteps.h): each
// step is a sentence for people, QT_TRANSLATE_NOOP("ManualSteps", ...) shown
// as a shell comment, and the command lines that do it (never translated).
#include "checks/ManualSteps.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace imageprep::steps {

struct Block {
    const char *prose = nullptr; // QT_TRANSLATE_NOOP("ManualSteps", ...)
    QStringList commands;
};

// The texts for check and fix; fixOnCopy: the fix commands change COPY, so
// they start by making it (the first block says so).
ManualSteps render(const QList<Block> &check, const QList<Block> &fix, bool fixOnCopy = true);

// Headings above per-family commands.
extern const char *const DebianFamily;
extern const char *const RedHatFamily;
// Mount the guest read-only on the host (FUSE) at /tmp/guest, and unmount it.
Block mountGuest();
Block unmountGuest();

} // namespace imageprep::steps
