#pragma once
// Preview: the chosen fix plan as a tree of files and actions, each edit's
// unified diff in a read-only viewer. Nothing is written on this page.

#include "WizardPage.h"

class QLabel;
class QTreeWidget;

namespace imageprep::ui {

class DiffView;

class PreviewPage final : public WizardPage {
    Q_OBJECT
public:
    explicit PreviewPage(QWidget *parent = nullptr);

    QString title() const override;
    // No engine yet: Next passes through to Export.
    bool isComplete() const override { return true; }

    DiffView *diffView() const { return m_diff; }
    QTreeWidget *tree() const { return m_tree; }

private:
    QLabel *m_notice = nullptr;
    QTreeWidget *m_tree = nullptr;
    DiffView *m_diff = nullptr;
};

} // namespace imageprep::ui
