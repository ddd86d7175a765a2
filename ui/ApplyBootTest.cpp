// The Apply page's "Test boot" and the boot test window, kept apart from
// MainWindow.cpp: the fixed image is written into the session workspace
// through the session's export path (the appliance keeps the overlay locked
// and its filesystems mounted, so the overlay itself cannot be booted), then
// BootTestWindow boots it on its own worker thread.
#include "MainWindow.h"

#include "ApplyPage.h"
#include "BootTestWindow.h"
#include "UiSupport.h"

#include "session/Session.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

namespace imageprep::ui {

BootTestWindow *MainWindow::bootTestWindow() const
{
    return m_bootTest;
}

void MainWindow::startApplyBootTest()
{
    if (isWorking() || !m_apply->isFinished())
        return;
    ExportOptions options;
    // In the workspace: removed with the session, never next to the original.
    options.outputDir = QDir(QFileInfo(m_session->image().overlayPath).absolutePath()).filePath(QStringLiteral("boot-test"));
    options.baseName = QStringLiteral("fixed");
    options.format = ExportImageFormat::Qcow2;
    options.overwrite = true;          // a second "Test boot" after more fixes
    options.writePropertyFiles = false;
    m_job = Job::BootImage;
    m_apply->bootTestButton()->setEnabled(false);
    m_apply->setBootTestState(tr("Writing the fixed image for the boot test…"));
    m_status->setText(tr("Writing the fixed image for the boot test…"));
    m_session->exportImage(options);
    updateButtons();
}

void MainWindow::bootTestImageReady(const QString &imagePath)
{
    m_apply->bootTestButton()->setEnabled(true);
    m_apply->setBootTestState(tr("Booting %1 in the boot test window.").arg(imagePath));
    m_status->setText(tr("Boot test started."));
    openBootTest(imagePath, true);
}

void MainWindow::openBootTest(const QString &imagePath, bool start)
{
    if (!m_bootTest) {
        m_bootTest = new BootTestWindow;
        m_bootTest->setAttribute(Qt::WA_DeleteOnClose);
        m_bootTest->setWindowIcon(appIcon());
        m_bootTest->resize(1000, 640);
    }
    // Its firmware is the one inspection decided (a hybrid boots with BIOS).
    if (!imagePath.isEmpty() && !m_bootTest->isRunning()) {
        BootTestOptions o;
        o.imagePath = imagePath;
        if (!m_session->facts().osType.isEmpty())
            o.firmware = m_session->facts().firmware == Firmware::Uefi ? BootFirmware::Uefi : BootFirmware::Bios;
        m_bootTest->setOptions(o);
    }
    m_bootTest->show();
    m_bootTest->raise();
    m_bootTest->activateWindow();
    if (start && !m_bootTest->isRunning())
        m_bootTest->startTest();
}

} // namespace imageprep::ui
