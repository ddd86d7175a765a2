#include "PreviewPage.h"

#include "DiffView.h"

#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imageprep::ui {

PreviewPage::PreviewPage(QWidget *parent) : WizardPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(tr("This build has no fix engine yet, so there is no plan to preview. "
                             "Nothing is written to the image; Next goes on."));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    auto *split = new QSplitter(Qt::Horizontal);
    m_tree = new QTreeWidget;
    m_tree->setHeaderLabels({tr("File or action")});
    m_tree->setAccessibleName(tr("Planned changes"));
    m_diff = new DiffView;
    split->addWidget(m_tree);
    split->addWidget(m_diff);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
}

QString PreviewPage::title() const
{
    return tr("Preview");
}

} // namespace imageprep::ui
