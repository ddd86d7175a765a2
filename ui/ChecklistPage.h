#pragma once
// Checklist: one row per requirement (status icon and word, severity,
// title), grouped, with a filter to the problems and a details pane with the
// rationale, the evidence (file:line and the line) and the available fixes.
// Lab mode adds to the details how to check and fix the requirement by hand
// (core/checks/ManualSteps, with the image path put in) and "Check again",
// which re-runs that one check on the session's current workspace.

#include "WizardPage.h"

#include "checks/CheckRun.h"
#include "fixes/FixPlan.h"

#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;
class QGroupBox;
class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace imageprep {
class Session;
}

namespace imageprep::ui {

class ChecklistPage final : public WizardPage {
    Q_OBJECT
public:
    explicit ChecklistPage(QWidget *parent = nullptr);

    QString title() const override;
    bool isComplete() const override { return m_hasRun; }

    void clear();
    void setRun(const CheckRun &run);
    const CheckRun &run() const { return m_run; }

    // The default plan (every fix, default alternatives): what can be fixed
    // and how. Every offered fix starts chosen.
    void setAvailableFixes(const FixPlan &plan);
    bool hasFixInformation() const { return m_hasPlan; }
    QStringList fixableIds() const; // requirement ids with a fix, catalogue order
    void setFixChosen(const QString &id, bool chosen);
    bool isFixChosen(const QString &id) const;
    QStringList chosenFixes() const;
    // Alternatives offered for a requirement, and the one chosen.
    QStringList alternatives(const QString &id) const;
    void setAlternative(const QString &id, const QString &alternative);
    QString alternative(const QString &id) const;
    // What Preview asks the planner for; only non-empty (empty means "all").
    PlanOptions planOptions() const;

    void setProblemsOnly(bool only);
    bool problemsOnly() const;
    // Selects a requirement's row (and shows its details); false when not shown.
    bool selectRequirement(const QString &id);
    QString selectedRequirement() const;

    // Lab mode (remembered in QSettings). The session runs "Check again" and
    // gives the image path for the commands; without one the button is off.
    void setSession(Session *session);
    void setLabMode(bool on);
    bool labMode() const;
    // Re-runs the selected requirement's check; false when it cannot start
    // (not lab mode, nothing selected, no session or the session is busy).
    bool checkAgain();
    QString labCheckText() const;
    QString labFixText() const;
    QString checkAgainNote() const; // what the last "Check again" found
    QPushButton *checkAgainButton() const { return m_checkAgain; }

    QTreeWidget *tree() const { return m_tree; }
    QString detailsHtml() const;
    QString detailsText() const;
    QString summaryText() const;
    int visibleRequirementCount() const;

Q_SIGNALS:
    void fixChoiceChanged();
    void labModeChanged(bool on);

private:
    static constexpr int IdRole = Qt::UserRole; // a row's requirement id
    QGroupBox *buildFixBox(); // ChecklistFixes.cpp
    QGroupBox *buildLabBox(); // ChecklistLab.cpp
    // The requirement whose options offer alternative (other than except), or empty.
    QString choiceOwner(const QString &alternative, const QString &except) const;
    void applyFilter();
    void showDetails();
    void showFixes(const QString &id);
    void itemChanged(QTreeWidgetItem *item, int column);
    QTreeWidgetItem *rowOf(const QString &id) const;
    void showRow(QTreeWidgetItem *item, const CheckResult &result);
    void showSummary();
    void showLab(const QString &id);
    void updateCheckAgain();
    void recheckArrived(const CheckResult &result);
    static QString changeNote(const CheckResult &before, const CheckResult &after);
    static bool isProblem(CheckStatus status);

    QLabel *m_summary = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QGroupBox *m_fixBox = nullptr;
    QLabel *m_fixNotice = nullptr;
    QCheckBox *m_fixChosen = nullptr;
    QComboBox *m_fixAlternative = nullptr;
    QLabel *m_fixAlternativeNote = nullptr;
    QGroupBox *m_labBox = nullptr;
    QPlainTextEdit *m_labCheck = nullptr;
    QPlainTextEdit *m_labFix = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QLabel *m_checkAgainNote = nullptr;
    QPointer<Session> m_session;
    QString m_recheckId;                  // the "Check again" on its way
    QHash<QString, QString> m_recheckNotes; // per requirement: what changed
    CheckRun m_run;
    FixPlan m_defaultPlan;
    bool m_hasPlan = false;
    QHash<QString, bool> m_chosen;
    QHash<QString, QString> m_alternative;
    bool m_hasRun = false;
};

} // namespace imageprep::ui
