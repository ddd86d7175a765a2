#pragma once
// Inspect: progress while the image is opened and the appliance starts (its
// log shows the software-emulation fallback), then what inspection found.

#include "WizardPage.h"

#include "guest/GuestFacts.h"
#include "session/Session.h"

#include <QElapsedTimer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTimer;

namespace imageprep::ui {

class FactsView;

class InspectPage final : public WizardPage {
    Q_OBJECT
public:
    explicit InspectPage(QWidget *parent = nullptr);

    QString title() const override;
    bool isComplete() const override { return m_done; }

    void start(const QString &imagePath); // clears the page, starts the clock
    void setStage(const QString &text);
    void setProgress(qint64 done, qint64 total);
    void appendLog(const QString &line);
    void setInspected(const GuestFacts &facts, const SessionTimings &timings);
    void setChecking(bool checking);
    void setChecked();
    void showError(const Error &error);

    FactsView *factsView() const { return m_facts; }
    QString logText() const;
    QString stageText() const;

private:
    void stopWorking();
    void tickElapsed();

    QLabel *m_stage = nullptr;
    QLabel *m_elapsed = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    FactsView *m_facts = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTimer *m_clockTimer = nullptr;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace imageprep::ui
