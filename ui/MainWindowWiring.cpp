// MainWindow's menus and its wiring to the session and the pages; the
// wizard's flow itself is in MainWindow.cpp.
#include "MainWindow.h"

#include "ApplyPage.h"
#include "ChecklistPage.h"
#include "ExportPage.h"
#include "InspectPage.h"
#include "OpenPage.h"
#include "PreviewPage.h"
#include "UiSupport.h"
#include "util/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>

namespace imageprep::ui {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Image…"), this, [this] {
        if (isWorking())
            return;
        setStep(OpenStep);
        m_open->browse();
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Test Boot…"), this, &MainWindow::showBootTest);
    tools->addAction(tr("Image &Cache Report…"), this, &MainWindow::showCacheReport);
    tools->addSeparator();
    //: Tools menu, a check box: the checklist also shows how to check and fix each requirement by hand.
    QAction *lab = tools->addAction(tr("Lab &Mode"));
    lab->setCheckable(true);
    lab->setChecked(m_checklist->labMode());
    lab->setStatusTip(tr("Show on the checklist how to check and fix each requirement by hand, and check one again"));
    connect(lab, &QAction::toggled, m_checklist, &ChecklistPage::setLabMode);

    buildLanguageMenu(tools->addMenu(tr("&Language")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About imageprep"), this, [this] {
        QMessageBox::about(this, tr("About imageprep"),
                           tr("<p><b>imageprep %1</b></p><p>Makes an existing Linux VM disk image ready for "
                              "OpenStack: inspect, check, preview fixes, apply, export.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildLanguageMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const QString chosen = QSettings().value(LanguageSettingsKey).toString();
    const auto add = [&](const QString &language, const QString &text) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(language == chosen);
        a->setData(language);
        group->addAction(a);
    };
    //: Language menu entry: follow the desktop's language.
    add(QString(), tr("System Language"));
    menu->addSeparator();
    for (const QString &l : availableLanguages())
        add(l, nativeLanguageName(l));
    connect(group, &QActionGroup::triggered, this, [this](QAction *a) {
        const QString language = a->data().toString();
        QSettings().setValue(LanguageSettingsKey, language);
        const QString shown = nativeLanguageName(resolveLanguage(language));
        if (isWorking()) {
            QMessageBox::information(this, tr("Language"),
                                     tr("imageprep will show %1 the next time it starts.").arg(shown));
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Language"),
            tr("imageprep will show %1 the next time it starts. Restart now? The open image is opened again.").arg(shown),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        QStringList args;
        if (!m_session->image().originalPath.isEmpty())
            args << m_session->image().originalPath;
        if (QProcess::startDetached(QApplication::applicationFilePath(), args))
            close();
    });
}

void MainWindow::connectSession()
{
    Session *s = m_session;
    m_checklist->setSession(s); // lab mode's "Check again" and image path
    connectSessionStatus(s);
    connectInspection(s);
    connectApplyAndExport(s);
    connect(s, &Session::failed, this, &MainWindow::sessionFailed);
    connect(s, &Session::busyChanged, this, &MainWindow::busyChanged);
}

// What the session is doing now: stage, progress, log, the opened image.
void MainWindow::connectSessionStatus(Session *s)
{
    connect(s, &Session::stage, this, [this](const QString &text) {
        m_inspect->setStage(text);
        m_status->setText(text);
    });
    connect(s, &Session::progress, this, [this](qint64 done, qint64 total, const QString &what) {
        if (m_job == Job::Export)
            m_export->setProgress(done, total, what);
        else
            m_inspect->setProgress(done, total);
    });
    connect(s, &Session::logMessage, this, [this](const QString &line) {
        if (m_job == Job::Apply)
            m_apply->appendLog(line);
        else
            m_inspect->appendLog(line);
    });
    connect(s, &Session::opened, this, [this](const OpenedImage &image) {
        m_opened = true;
        m_open->addRecent(image.originalPath);
        setWindowTitle(tr("%1 — imageprep").arg(QFileInfo(image.originalPath).fileName()));
    });
}

// Inspect, check, plan: each result starts the next step through m_then.
void MainWindow::connectInspection(Session *s)
{
    connect(s, &Session::inspected, this, [this](const GuestFacts &facts) {
        m_inspected = true;
        m_inspect->setInspected(facts, m_session->timings());
        m_inspect->setChecking(true);
        m_then = [this] {
            m_job = Job::Check;
            m_session->check();
        };
    });
    connect(s, &Session::checked, this, [this](const CheckRun &run) {
        m_checklist->setRun(run);
        m_latestRun = run;
        m_exportInputsSet = false;
        m_status->setText(m_checklist->summaryText());
        // What can be fixed, and how: the default plan (changes nothing).
        m_then = [this] {
            m_job = Job::DefaultPlan;
            m_session->plan();
        };
    });
    connect(s, &Session::planned, this, [this](const FixPlan &plan) {
        if (m_job == Job::DefaultPlan) {
            m_checklist->setAvailableFixes(plan);
            m_inspect->setChecked();
            m_status->setText(m_checklist->summaryText());
            m_then = [this] { Q_EMIT inspectionFinished(true); };
        } else if (m_job == Job::Plan) {
            m_planApplied = false;
            m_preview->setPlan(plan);
            m_status->setText(tr("%n change(s) planned.", nullptr, plan.editCount()));
        }
    });
}

void MainWindow::connectApplyAndExport(Session *s)
{
    connect(s, &Session::applyProgress, m_apply, &ApplyPage::setProgress);
    connect(s, &Session::applied, this, [this](const FixReport &report, const CheckRun &recheck) {
        m_apply->setApplied(report, recheck);
        m_latestRun = recheck;
        m_exportInputsSet = false;
        m_status->setText(report.allFixed() ? tr("Fixes applied; every fixed requirement passes.")
                                            : tr("Fixes applied; some requirements still do not pass."));
    });
    connect(m_checklist, &ChecklistPage::fixChoiceChanged, this, [this] {
        m_preview->clear(); // a new choice needs a new plan
    });
    connect(m_apply, &ApplyPage::bootTestRequested, this, &MainWindow::startApplyBootTest);
    connect(s, &Session::exported, this, [this](const ExportResult &result) {
        if (m_job == Job::BootImage)
            return bootTestImageReady(result.imagePath);
        m_export->setResult(result);
        m_exportedImage = result.imagePath;
        m_status->setText(tr("Exported %1. Tools → Test Boot proves that it boots.").arg(result.imagePath));
    });
    connect(m_export, &ExportPage::exportRequested, this, [this](const ExportOptions &options) {
        if (isWorking())
            return;
        m_job = Job::Export;
        m_export->setRunning(true);
        m_session->exportImage(options);
    });
    connect(m_export, &ExportPage::cancelRequested, this, &MainWindow::cancelWork);
}

} // namespace imageprep::ui
