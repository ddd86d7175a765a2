#pragma once
// Checklist: one row per requirement (status icon and word, severity,
// title), grouped, with a filter to the problems and a details pane with the
// rationale, the evidence (file:line and the line) and the available fixes.

#include "WizardPage.h"

#include "checks/CheckRun.h"

class QCheckBox;
class QLabel;
class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;
class QGroupBox;

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

    void setProblemsOnly(bool only);
    bool problemsOnly() const;
    // Selects a requirement's row (and shows its details); false when not shown.
    bool selectRequirement(const QString &id);
    QString selectedRequirement() const;

    QTreeWidget *tree() const { return m_tree; }
    QString detailsHtml() const;
    QString detailsText() const;
    QString summaryText() const;
    int visibleRequirementCount() const;

private:
    void applyFilter();
    void showDetails();
    static bool isProblem(CheckStatus status);

    QLabel *m_summary = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QGroupBox *m_fixBox = nullptr;
    QLabel *m_fixNotice = nullptr;
    CheckRun m_run;
    bool m_hasRun = false;
};

} // namespace imageprep::ui
