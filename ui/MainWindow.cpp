#include "MainWindow.h"

#include "ApplyPage.h"
#include "BootTestWindow.h"
#include "CacheReportWindow.h"
#include "ChecklistPage.h"
#include "ExportPage.h"
#include "InspectPage.h"
#include "OpenPage.h"
#include "PreviewPage.h"
#include "SampleImage.h"
#include "UiSupport.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace imageprep::ui {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("imageprep — prepare an image for OpenStack"));
    setWindowIcon(appIcon());
    setObjectName(QStringLiteral("imageprepMainWindow"));
    m_session = new Session(this);

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    auto *body = new QHBoxLayout;
    m_steps = new QListWidget;
    m_steps->setAccessibleName(tr("Wizard steps"));
    m_steps->setFocusPolicy(Qt::NoFocus); // Back/Next move between steps
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_stack = new QStackedWidget;

    m_open = new OpenPage;
    m_inspect = new InspectPage;
    m_checklist = new ChecklistPage;
    m_preview = new PreviewPage;
    m_apply = new ApplyPage;
    m_export = new ExportPage;
    const QList<WizardPage *> pages{m_open, m_inspect, m_checklist, m_preview, m_apply, m_export};
    for (int i = 0; i < pages.size(); ++i) {
        m_stack->addWidget(pages[i]);
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(pages[i]->title()));
        item->setFlags(Qt::ItemIsEnabled);
        m_steps->addItem(item);
        connect(pages[i], &WizardPage::completeChanged, this, &MainWindow::updateButtons);
    }
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    body->addWidget(m_steps);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);

    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running work"));
    m_back = new QPushButton(tr("< &Back"));
    m_back->setAccessibleName(tr("Back"));
    m_next = new QPushButton(tr("&Next >"));
    m_next->setAccessibleName(tr("Next"));
    m_next->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    outer->addLayout(buttons);
    setCentralWidget(central);

    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);

    connect(m_next, &QPushButton::clicked, this, &MainWindow::next);
    connect(m_back, &QPushButton::clicked, this, &MainWindow::back);
    connect(m_cancel, &QPushButton::clicked, this, &MainWindow::cancelWork);
    connect(m_open, &OpenPage::openRequested, this, &MainWindow::openImage);
    connect(m_open, &OpenPage::busyChanged, this, [this](bool busy) {
        m_sampleRunning = busy;
        m_status->setText(busy ? tr("Generating the sample image…") : QString());
        updateButtons();
    });

    buildMenus();
    connectSession();

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(980, 680);
    restoreState(settings.value(StateKey).toByteArray());
    setStep(OpenStep);
}

MainWindow::~MainWindow() = default;

void MainWindow::openImage(const QString &path)
{
    if (isWorking() || path.isEmpty())
        return;
    m_open->setImagePath(path);
    m_open->showError({});
    m_opened = false;
    m_inspected = false;
    m_checklist->clear();
    m_preview->clear();
    m_then = {};
    m_planApplied = false;
    m_latestRun = {};
    m_exportInputsSet = false;
    m_job = Job::Open;
    SessionOptions options;
    options.workspaceParent = m_open->workspaceParent();
    options.network = m_open->applianceNetwork();
    m_inspect->start(QFileInfo(path).absoluteFilePath());
    setStep(InspectStep);
    m_session->open(QFileInfo(path).absoluteFilePath(), options);
    updateButtons();
}

void MainWindow::sessionFailed(const Error &error)
{
    m_status->setText(error.message);
    m_then = {};
    if (m_job == Job::Apply) {
        m_apply->setStopped(error, m_session->lastFixReport());
        // The overlay changed part-way: a new plan is needed (Back to the checklist).
        m_planApplied = false;
        m_preview->clear();
        updateButtons();
        return;
    }
    if (m_job == Job::Plan) {
        m_preview->showError(error.message);
        updateButtons();
        return;
    }
    if (m_job == Job::DefaultPlan) {
        // The checklist stands without fixes; say why on it.
        FixPlan none;
        none.errors << error.message;
        m_checklist->setAvailableFixes(none);
        m_inspect->setChecked();
        m_then = [this] { Q_EMIT inspectionFinished(true); };
        updateButtons();
        return;
    }
    if (m_job == Job::Export) {
        m_export->showError(error);
        updateButtons();
        return;
    }
    if (m_job == Job::BootImage) {
        m_apply->setBootTestState(tr("The image for the boot test could not be written: %1").arg(error.message));
        m_apply->bootTestButton()->setEnabled(true);
        updateButtons();
        return;
    }
    if (!m_opened) {
        // Nothing was opened: the problem is the file; say so where it was chosen.
        m_inspect->showError(error);
        m_open->showError(errorHtml(error));
        setStep(OpenStep);
        m_then = [this] { Q_EMIT inspectionFinished(false); };
        return;
    }
    if (!m_inspected || m_checklist->run().results.isEmpty()) {
        m_inspect->showError(error);
        m_then = [this] { Q_EMIT inspectionFinished(false); };
    }
    updateButtons();
}

void MainWindow::busyChanged(bool busy)
{
    if (!busy) {
        m_job = Job::None;
        // The next step of a chain, or the report that the chain ended.
        if (const auto then = std::exchange(m_then, {}); then && !m_closeWhenIdle) {
            then();
            if (isWorking())
                return;
        }
        if (m_closeWhenIdle)
            m_status->setText(tr("Stopped."));
    }
    updateButtons();
    if (!busy && m_closeWhenIdle)
        close();
}

bool MainWindow::isWorking() const
{
    return m_session->isBusy() || m_sampleRunning;
}

MainWindow::Step MainWindow::currentStep() const
{
    return Step(m_stack->currentIndex());
}

WizardPage *MainWindow::page(Step step) const
{
    return qobject_cast<WizardPage *>(m_stack->widget(int(step)));
}

void MainWindow::setStep(Step step)
{
    m_stack->setCurrentIndex(int(step));
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem *item = m_steps->item(i);
        QFont f = item->font();
        f.setBold(i == int(step));
        item->setFont(f);
        // The current step is marked by a word as well as by the bold face.
        const QString title = tr("%1. %2").arg(i + 1).arg(page(Step(i))->title());
        item->setText(i == int(step) ? tr("%1 (current)").arg(title) : title);
    }
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 2 * m_steps->frameWidth() + 16);
    updateButtons();
    Q_EMIT stepChanged(step);
}

void MainWindow::updateButtons()
{
    const bool working = isWorking();
    const Step step = currentStep();
    m_back->setEnabled(!working && step != OpenStep);
    bool canNext = !working && step != ExportStep && page(step)->isComplete();
    m_next->setEnabled(canNext);
    const bool nextApplies = step == PreviewStep && !m_preview->plan().isEmpty() && !m_planApplied;
    m_next->setText(nextApplies ? tr("&Apply >") : tr("&Next >"));
    m_cancel->setEnabled(m_session->isBusy() || m_sampleRunning);
}

void MainWindow::next()
{
    if (!m_next->isEnabled())
        return;
    switch (currentStep()) {
    case OpenStep:
        // Reopening the same image after Back keeps the session.
        if (m_inspected && QFileInfo(m_open->imagePath()).absoluteFilePath() == m_session->image().originalPath)
            setStep(InspectStep);
        else
            openImage(m_open->imagePath());
        return;
    case InspectStep: setStep(ChecklistStep); return;
    case ChecklistStep:
        setStep(PreviewStep);
        if (!m_preview->isComplete()) {
            if (m_checklist->chosenFixes().isEmpty()) {
                m_preview->setPlan(FixPlan{});
            } else {
                m_preview->setPlanning();
                m_job = Job::Plan;
                m_session->plan(m_checklist->planOptions());
                updateButtons();
            }
        }
        return;
    case PreviewStep:
        if (m_preview->plan().isEmpty()) {
            goToExport();
            return;
        }
        setStep(ApplyStep);
        if (!m_planApplied)
            startApply();
        return;
    case ApplyStep:
        goToExport();
        return;
    case ExportStep:
    case StepCount: return;
    }
}

void MainWindow::startApply()
{
    m_planApplied = true;
    m_apply->start(m_preview->plan(), m_checklist->run());
    m_job = Job::Apply;
    m_session->apply(m_preview->plan());
    updateButtons();
}

void MainWindow::goToExport()
{
    {
        if (!m_exportInputsSet) {
            m_export->setInputs(m_session->facts(), m_latestRun, m_session->image().originalPath);
            m_exportInputsSet = true;
        }
        setStep(ExportStep);
    }
}

void MainWindow::back()
{
    if (!m_back->isEnabled() || currentStep() == OpenStep)
        return;
    // Export after an empty plan came straight from Preview.
    if (currentStep() == ExportStep && !m_planApplied)
        setStep(PreviewStep);
    else
        setStep(Step(int(currentStep()) - 1));
}

void MainWindow::cancelWork()
{
    if (m_sampleRunning)
        m_open->sample()->cancel();
    if (m_session->isBusy()) {
        m_status->setText(tr("Cancelling…"));
        m_session->cancel();
    }
}

void MainWindow::showBootTest()
{
    // Boot what this session exported; the original is never booted in place.
    openBootTest(m_exportedImage, false);
}

void MainWindow::showCacheReport()
{
    if (!m_cacheReport) {
        m_cacheReport = new CacheReportWindow;
        m_cacheReport->setAttribute(Qt::WA_DeleteOnClose);
        m_cacheReport->setWindowTitle(tr("Image cache report — imageprep"));
        m_cacheReport->setWindowIcon(appIcon());
        m_cacheReport->resize(900, 560);
    }
    m_cacheReport->show();
    m_cacheReport->raise();
    m_cacheReport->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isWorking()) {
        QSettings settings;
        settings.setValue(GeometryKey, saveGeometry());
        settings.setValue(StateKey, saveState());
        if (m_cacheReport)
            m_cacheReport->close();
        event->accept();
        return;
    }
    event->ignore();
    if (m_closeWhenIdle || m_closeQuestion)
        return; // already asked, or already stopping
    // Not exec(): the event loop keeps running (progress, the worker's signals).
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit imageprep?"),
                                tr("Work is still running. Cancel it and quit? The original image is not changed."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_closeQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        m_closeWhenIdle = true;
        cancelWork();
        if (!isWorking())
            close();
    });
    box->open();
}

} // namespace imageprep::ui
