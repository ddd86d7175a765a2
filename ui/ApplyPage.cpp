#include "ApplyPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace imageprep::ui {

ApplyPage::ApplyPage(QWidget *parent) : WizardPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(tr("This build has no fix engine yet: nothing can be applied. Next goes on to the export of the image as it is."));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    layout->addStretch(1);
}

QString ApplyPage::title() const
{
    return tr("Apply");
}

} // namespace imageprep::ui
