#pragma once
// The cloud-init decision: one choice covers every requirement that
// cloud-init fixes (SSH keys from the metadata service, user data, growing
// root). Install it from the repositories or local package files, or
// instead a first-boot script that fetches the SSH key (and grows an LVM
// root). The first requirement planned gets the install; the others share it.
#include "requirements/PlanContext.h"
#include "requirements/StepText.h"

namespace imageprep::units {

// What the checks of the cloud-init requirements share: is cloud-init
// installed, started at boot and not switched off.
struct CloudInitState {
    bool installed = false;
    bool enabled = false;
    QList<Evidence> evidence;       // package and enabled services
    QList<Evidence> disabledBy;     // cloud-init.disabled, kernel argument, masked units
    QList<Evidence> noCloudSource;  // datasource_list without a cloud data source
    QString switches;               // every switch, named for the summary
    QStringList missingStages;
};

CloudInitState cloudInitState(const GuestFacts &facts, const GuestFiles &files);

// Their by-hand steps: check that cloud-init is installed, on and not
// switched off; install and switch it on.
QList<steps::Block> cloudInitStateCheck();
QList<steps::Block> cloudInitStateFix();

// The alternatives: cloud-init-repo, cloud-init-local, firstboot-script.
inline const QString FirstBootScript = QStringLiteral("firstboot-script");

// Plans the shared fix once (fix.alternative = the choice) and returns
// FixOutcome::shared(): later requirements keep their Fix without edits.
FixOutcome planCloudInitShared(PlanContext &ctx, Fix &fix);

} // namespace imageprep::units
