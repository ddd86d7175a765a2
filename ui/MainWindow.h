#pragma once
// MainWindow: the wizard. Open -> Inspect -> Checklist -> Preview -> Apply ->
// Export, with Back/Next/Cancel that follow the session's state. The window
// owns the core Session; every guest operation runs on the session's worker
// thread, so the GUI thread only paints and reacts. Closing during work asks,
// cancels, waits for the worker to stop (without blocking) and then closes;
// the original image is never written.

#include "session/Session.h"

#include "CacheReportWindow.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace imageprep::ui {

class WizardPage;
class OpenPage;
class InspectPage;
class ChecklistPage;
class PreviewPage;
class ApplyPage;
class ExportPage;
class BootTestWindow;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Step { OpenStep, InspectStep, ChecklistStep, PreviewStep, ApplyStep, ExportStep, StepCount };
    Q_ENUM(Step)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the image and starts inspection (what `imageprep IMAGE` does).
    void openImage(const QString &path);

    Step currentStep() const;
    bool isWorking() const;
    Session &session() { return *m_session; }

    OpenPage *openPage() const { return m_open; }
    InspectPage *inspectPage() const { return m_inspect; }
    ChecklistPage *checklistPage() const { return m_checklist; }
    PreviewPage *previewPage() const { return m_preview; }
    ApplyPage *applyPage() const { return m_apply; }
    ExportPage *exportPage() const { return m_export; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *cancelButton() const { return m_cancel; }
    // The question asked when closing during work; null when none is open.
    QMessageBox *closeQuestion() const { return m_closeQuestion; }
    // The boot test window; null until it was opened.
    BootTestWindow *bootTestWindow() const; // ApplyBootTest.cpp: QPointer needs the full type

public Q_SLOTS:
    void next();
    void back();
    void cancelWork();
    void showCacheReport();
    void showBootTest();

Q_SIGNALS:
    void stepChanged(imageprep::ui::MainWindow::Step step);
    // Open, inspection and checklist are done (or failed: ok false).
    void inspectionFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu(QMenu *menu);
    void connectSession(); // these four in MainWindowWiring.cpp
    void connectSessionStatus(Session *s);
    void connectInspection(Session *s);
    void connectApplyAndExport(Session *s);
    void setStep(Step step);
    void updateButtons();
    void sessionFailed(const Error &error);
    void startApply();
    // Apply page's "Test boot" (ApplyBootTest.cpp): the overlay is locked by
    // the running appliance, so the fixed image is first written through the
    // export path into the session workspace, then booted from there.
    void startApplyBootTest();
    void bootTestImageReady(const QString &imagePath);
    // Shows the boot test window on imagePath (none: as it is) and starts it when asked.
    void openBootTest(const QString &imagePath, bool start);
    void goToExport();
    void busyChanged(bool busy);
    WizardPage *page(Step step) const;

    Session *m_session = nullptr;
    QListWidget *m_steps = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;

    OpenPage *m_open = nullptr;
    InspectPage *m_inspect = nullptr;
    ChecklistPage *m_checklist = nullptr;
    PreviewPage *m_preview = nullptr;
    ApplyPage *m_apply = nullptr;
    ExportPage *m_export = nullptr;
    QPointer<CacheReportWindow> m_cacheReport;
    QPointer<BootTestWindow> m_bootTest;
    QString m_exportedImage;
    QPointer<QMessageBox> m_closeQuestion;

    // What the session is doing for us, to route failed() to the right page.
    enum class Job { None, Open, Check, DefaultPlan, Plan, Apply, Export, BootImage };
    Job m_job = Job::None;
    CheckRun m_latestRun;      // the checklist, or the re-check after apply
    bool m_exportInputsSet = false;
    bool m_planApplied = false; // the preview's plan went through Apply
    // Runs when the session is idle again: the next step of a chain
    // (inspect -> check -> default plan). A result signal arrives before the
    // worker's idle, so starting the next step there would be undone by it.
    std::function<void()> m_then;
    bool m_opened = false;    // the workspace overlay exists (opened() arrived)
    bool m_inspected = false;
    bool m_closeWhenIdle = false;
    bool m_sampleRunning = false;
};

} // namespace imageprep::ui
