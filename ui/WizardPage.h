#pragma once
// WizardPage: one step of the wizard. The window asks isComplete() to enable
// Next; a page emits completeChanged() when its answer may have changed.

#include <QWidget>

namespace imageprep::ui {

class WizardPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    // Next may leave this page (the window adds "and no work is running").
    virtual bool isComplete() const { return true; }

Q_SIGNALS:
    void completeChanged();
};

} // namespace imageprep::ui
