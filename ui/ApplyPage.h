#pragma once
// Apply page: see ApplyPage.cpp for what it shows.

#include "WizardPage.h"

class QLabel;

namespace imageprep::ui {

class ApplyPage final : public WizardPage {
    Q_OBJECT
public:
    explicit ApplyPage(QWidget *parent = nullptr);

    QString title() const override;
    // No engine yet: Next passes through to Export.
    bool isComplete() const override { return true; }

private:
    QLabel *m_notice = nullptr;
};

} // namespace imageprep::ui
