#pragma once
// Preview: the chosen fix plan as a tree of fixes, files and actions; each
// edit's unified diff (or its list of actions) in a read-only viewer with
// diff colouring and line numbers. Nothing is written on this page.

#include "WizardPage.h"

#include "fixes/FixPlan.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace imageprep::ui {

class DiffView;

class PreviewPage final : public WizardPage {
    Q_OBJECT
public:
    explicit PreviewPage(QWidget *parent = nullptr);

    QString title() const override;
    bool isComplete() const override { return m_hasPlan && !m_plan.isEmpty(); }

    void setPlanning(); // a plan is being made
    void setPlan(const FixPlan &plan);
    void clear();
    const FixPlan &plan() const { return m_plan; }
    void showError(const QString &message);

    // Shows the diff of the first edit whose path is path; false when none.
    bool selectFile(const QString &path);
    DiffView *diffView() const { return m_diff; }
    QTreeWidget *tree() const { return m_tree; }
    QString noticeText() const;

private:
    void showSelected();

    QLabel *m_notice = nullptr;
    QTreeWidget *m_tree = nullptr;
    DiffView *m_diff = nullptr;
    FixPlan m_plan;
    bool m_hasPlan = false;
};

} // namespace imageprep::ui
