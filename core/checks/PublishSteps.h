#pragma once
// Internal to core/checks: lab mode's by-hand steps for the safe-to-publish
// requirements (security-updates, no-baked-credentials, cloud-init-locale),
// in the shape ManualSteps.cpp renders: translated prose, untranslated commands.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace imageprep::checks {

struct StepBlock {
    const char *prose = nullptr; // QT_TRANSLATE_NOOP("ManualSteps", ...)
    QStringList commands;
};
struct StepSet {
    QList<StepBlock> check;
    QList<StepBlock> fix;
};

QHash<QString, StepSet> publishManualSteps();

} // namespace imageprep::checks
