#pragma once
// PlanContext: the one set of planning helpers that fixes (planFixes) and lab
// defects (planDefects) share. It holds the guest's facts, a view of its
// files that shows every edit planned so far, the plan being built and the
// shared choices between requirements (the cloud-init install). Helpers
// record typed edits (fixes/Edit.h) into a Fix and lay their result into the
// view; nothing here writes the guest. Internal to core: units use it, the
// front ends see only FixPlan and DefectPlan.
#include "checks/CheckSupport.h" // core-internal helpers: services, cmdlines, assignments
#include "fixes/FixPlan.h"
#include "fixes/PlannedFiles.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace imageprep {

// Translation contexts of the texts plans and lab defects show (kept from
// before the units, so existing translations still match).
class PlanText {
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};
class LabDefects {
    Q_DECLARE_TR_FUNCTIONS(LabDefects)
};

// PlanOptions::alternatives may name the shared cloud-init choice by this key.
inline const QString CloudInitChoiceKey = QStringLiteral("cloud-init");

// The kernel's consoles as the image guide wants them (ttyS0 last).
inline const QString SerialArgs = QStringLiteral("console=tty0 console=ttyS0,115200n8");

class PlanContext {
public:
    enum class Mode { Fix, LabDefect };

    PlanContext(const GuestFacts &facts, const GuestFiles &files, const PlanOptions &options, FixPlan &plan, Mode mode = Mode::Fix);

    const GuestFacts &facts;
    PlannedFiles files;        // the guest as the planned edits leave it
    const PlanOptions &options;
    FixPlan &plan;

    Mode mode() const { return m_mode; }
    // True when the plan should fix r (fail, or warning with includeWarnings; within options.only).
    bool wants(const CheckResult &r) const;

    // ---- problems ----

    // A file that cannot be edited: a plan error (fix), the defect's failure (lab).
    void problem(const QString &why);
    // Lab: the defect cannot be planted here (the first reason is kept). Returns false.
    bool fail(const QString &why);
    QString failure() const { return m_failure; }
    void clearFailure() { m_failure.clear(); }

    // ---- choices ----

    // Records option in the plan and returns the alternative to use: requested
    // (or the default when empty, unknown or unavailable: said in invalidChoices).
    QString choose(FixOption option, const QString &requested);
    // Install from the guest's repositories or from local package files.
    FixOption packageOption(const QString &requirementId) const;
    // The cloud-init decision shared by the requirements cloud-init fixes
    // (see requirements/CloudInit.h); decided and recorded on first call.
    QString cloudInitChoice();
    bool cloudInitPlanned = false; // the shared install (or first-boot script) is in the plan

    // ---- files ----

    // Current editable content of path (after guest symlinks), or nullopt; a reason goes to problem().
    std::optional<QByteArray> editable(const QString &path, QString *resolved);
    // Changes an existing file; false (nothing recorded) when missing, unreadable or unchanged.
    bool changeFile(Fix &fix, EditKind kind, const QString &path, const std::function<QByteArray(const QByteArray &)> &transform,
                    const QString &summary);
    // Creates or replaces a file; parents are created by apply. False when nothing was recorded.
    bool writeFile(Fix &fix, EditKind kind, const QString &path, const QByteArray &content, uint mode, const QString &summary);
    void removeFile(Fix &fix, const QString &path, const QString &summary);
    // content without the given 1-based lines of file (verified against their text).
    static QByteArray withoutLines(const QByteArray &content, const QList<Evidence> &lines, const QString &file);
    bool guestHas(const QString &tool) const; // an executable in /usr/sbin, /usr/bin, /sbin or /bin

    // ---- services ----

    QString unitPath(const QString &unit) const; // a regular unit file in the systemd unit folders
    static QString unitName(const QString &service); // "ssh" -> "ssh.service"
    // Enables service; when its unit/script is not in the guest yet (it comes
    // with a package of this plan) the init system's own tool does it after.
    void enableService(Fix &fix, const QString &service);
    // Lab: links an existing systemd unit file as its WantedBy= asks, visible to later defects.
    bool enableUnitFile(Fix &fix, const QString &unit, const QString &unitFile);
    // Removes every start link of service; false when there was none.
    bool disableService(Fix &fix, const QString &service);

    // ---- packages (PlanPackages.cpp) ----

    bool install(Fix &fix, const QStringList &names, bool local);
    // Brings installed packages to the repositories' (or the local files')
    // version, and nothing else: installing an installed package upgrades it.
    bool upgrade(Fix &fix, const QStringList &names, bool local);
    QString packageManager() const; // the guest's, or the family's default
    // Lab: true when package is installed, else the defect fails.
    bool needsPackage(const QString &name);
    // Lab: what dpkg --purge leaves behind (files, info, status record), without scripts.
    void removeDebPackage(Fix &fix, const QString &package);
    // After the installs: remove the package manager's caches (unless kept).
    void cleanUpAfterInstalls();
    // The fix whose installs run last (cleanups after installs go there), or nullptr.
    Fix *lastInstallFix();

    QStringList installed; // packages already planned
    QStringList enabled;   // services planned to start at boot
    QStringList disabled;  // services planned not to start at boot
    QStringList startedByPackages; // services a planned package enables itself when installed
    QStringList upgraded;  // installed packages the plan brings to their candidate version (upgrade())

private:
    QList<ServiceLink> systemdEnableLinks(const QString &unit, const QString &path);
    QStringList localFilesFor(const QStringList &names, QStringList *missing);
    // One package-manager edit for wanted (from the repositories or the
    // local files), recorded in done; false when a local file is missing.
    bool addPackages(Fix &fix, const QStringList &wanted, bool local, QStringList &done);

    Mode m_mode;
    QString m_failure;
    std::optional<QString> m_cloudInitChoice;
};

// Lab defects differ in every image: random hex digits and a QEMU-style MAC.
QString randomHex(int bytes);
QString randomMac();

} // namespace imageprep
