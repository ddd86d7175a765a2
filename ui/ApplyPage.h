#pragma once
// Apply: overall and per-edit progress and a live log while the plan runs on
// the session's worker; then the re-check beside the first check. Cancel (the
// window's button) stops between edits and inside transfers. After a finished
// apply, "Test boot" boots the fixed image (the main window does the work).

#include "WizardPage.h"

#include "checks/CheckRun.h"
#include "fixes/FixRunner.h"
#include "util/Result.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace imageprep::ui {

class ApplyPage final : public WizardPage {
    Q_OBJECT
public:
    explicit ApplyPage(QWidget *parent = nullptr);

    QString title() const override;
    // Export follows a finished apply only (a stopped one leaves a partial change).
    bool isComplete() const override { return m_finished; }

    void start(const FixPlan &plan, const CheckRun &before);
    void setProgress(int done, int total, const QString &what);
    void appendLog(const QString &line);
    void setApplied(const FixReport &report, const CheckRun &recheck);
    void setStopped(const Error &error, const FixReport &report);

    bool isFinished() const { return m_finished; }
    QString resultText() const;
    QString logText() const;
    QTreeWidget *editList() const { return m_edits; }
    QTreeWidget *comparison() const { return m_compare; }
    int editsDone() const { return m_done; }
    // "Test boot": shown once the plan is applied; asks for a boot test of the fixed image.
    QPushButton *bootTestButton() const { return m_bootButton; }
    void setBootTestState(const QString &text);

Q_SIGNALS:
    void bootTestRequested();

private:
    void markEdits(const FixReport &report);

    QLabel *m_stage = nullptr;
    QProgressBar *m_overall = nullptr;
    QTreeWidget *m_edits = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_result = nullptr;
    QTreeWidget *m_compare = nullptr;
    QPushButton *m_bootButton = nullptr;
    QLabel *m_bootState = nullptr;
    CheckRun m_before;
    bool m_finished = false;
    int m_done = 0;
};

} // namespace imageprep::ui
