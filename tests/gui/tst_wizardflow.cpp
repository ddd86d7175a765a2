// The whole wizard on a generated practice guest (debian-defects), offscreen,
// in one appliance launch: open, inspect (software emulation visible in the
// log), checklist with evidence, choose fixes, preview the expected diff,
// apply and cancel in the middle, re-plan and apply to the end, re-check side
// by side, export with checksums. And closing the window while work runs
// (asks, cancels, leaves the original untouched). The longest GUI stall is printed, not asserted (see
// benchmarks/gui-stall). Screenshots of each page are saved as artifacts.
#include "GuiTestSupport.h"

#include "ApplyPage.h"
#include "BootTestWindow.h"
#include "ChecklistPage.h"
#include "DiffView.h"
#include "ExportPage.h"
#include "FactsView.h"
#include "PreviewPage.h"
#include "InspectPage.h"
#include "MainWindow.h"
#include "OpenPage.h"
#include "StallProbe.h"

#include "checks/Catalogue.h"
#include "checks/ManualSteps.h"

#include <QAction>
#include <QMenuBar>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTableWidget>
#include <QTreeWidget>

using namespace imageprep;
using namespace imageprep::ui;

class TestWizardFlow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wholeWizard();
    void closeDuringInspection();
    void labModeCheckAgain();

private:
    // Fixes that work offline (no appliance network), as tst_fixcli uses them.
    static QStringList offlineFixes();
    void chooseOfflineFixes(ChecklistPage *list);
    QString m_image;
    QByteArray m_imageHash;
    QTemporaryDir m_dir;
};

void TestWizardFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    guitest::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    qputenv("IMAGEPREP_WORKDIR", m_dir.path().toLocal8Bit());
    m_image = QStringLiteral(IMAGEPREP_GUI_FIXTURE_DIR "/debian-defects.qcow2");
    QVERIFY2(QFileInfo::exists(m_image), qPrintable(m_image));
    m_imageHash = guitest::sha256Of(m_image);
    QVERIFY(!m_imageHash.isEmpty());
}

QStringList TestWizardFlow::offlineFixes()
{
    return {QStringLiteral("no-persistent-net-rules"), QStringLiteral("no-hardcoded-mac"),
            QStringLiteral("firewall-disabled"), QStringLiteral("serial-console"), QStringLiteral("machine-id"),
            QStringLiteral("ssh-host-keys"), QStringLiteral("leftover-state"), QStringLiteral("fstab-stable-names"),
            QStringLiteral("ssh-key-injection")};
}

void TestWizardFlow::chooseOfflineFixes(ChecklistPage *list)
{
    for (const QString &id : list->fixableIds())
        list->setFixChosen(id, offlineFixes().contains(id));
    list->setAlternative(QStringLiteral("ssh-key-injection"), QStringLiteral("firstboot-script"));
}

void TestWizardFlow::wholeWizard()
{
    MainWindow w;
    w.resize(1000, 700);
    w.show();
    StallProbe probe;
    probe.start();

    QSignalSpy finished(&w, &MainWindow::inspectionFinished);
    w.openPage()->setImagePath(m_image);
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::InspectStep);
    QVERIFY(w.isWorking());
    QVERIFY(!w.nextButton()->isEnabled());
    QVERIFY(!w.backButton()->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return w.inspectPage()->logText().contains(QStringLiteral("appliance")); }, 300000));
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("2-inspect-running")).isEmpty());

    QVERIFY(finished.wait(600000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!w.isWorking());
    qInfo("longest GUI stall while opening, inspecting and checking: %lld ms", probe.longestGapMs());

    // Facts as inspection found them.
    FactsView *facts = w.inspectPage()->factsView();
    QCOMPARE(facts->value(QStringLiteral("Architecture")), QStringLiteral("x86_64"));
    QVERIFY2(facts->value(QStringLiteral("Distribution")).startsWith(QStringLiteral("debian")),
             qPrintable(facts->value(QStringLiteral("Distribution"))));
    QVERIFY(!facts->value(QStringLiteral("Kernels")).isEmpty());
    // force_tcg: the log says the appliance runs in software emulation.
    QVERIFY2(w.inspectPage()->logText().contains(QStringLiteral("software emulation")),
             qPrintable(w.inspectPage()->logText().left(2000)));
    QVERIFY(w.nextButton()->isEnabled());
    QVERIFY(w.backButton()->isEnabled());
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("2-inspect")).isEmpty());

    // Checklist: the practice guest fails required checks; their rows say so.
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ChecklistStep);
    ChecklistPage *list = w.checklistPage();
    const CheckRun &run = list->run();
    QCOMPARE(run.results.size(), Catalogue::instance().ids().size());
    QVERIFY(!run.requiredPassed());
    const CheckResult *serial = run.result(QStringLiteral("serial-console"));
    QVERIFY(serial);
    QCOMPARE(toString(serial->status), toString(CheckStatus::Fail));
    list->setProblemsOnly(true);
    QVERIFY(list->visibleRequirementCount() < int(run.results.size()));
    QVERIFY(list->selectRequirement(QStringLiteral("serial-console")));
    QCOMPARE(list->tree()->currentItem()->text(0), statusWord(CheckStatus::Fail));
    QVERIFY2(list->detailsText().contains(QStringLiteral("/etc/default/grub")), qPrintable(list->detailsText()));
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("3-checklist")).isEmpty());

    // Back goes to the inspection without repeating it.
    QTest::mouseClick(w.backButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::InspectStep);
    QVERIFY(!w.isWorking());
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ChecklistStep);

    // Fixes: every offline fix is offered, with alternatives for the SSH key.
    QVERIFY(list->hasFixInformation());
    for (const QString &id : offlineFixes())
        QVERIFY2(list->fixableIds().contains(id), qPrintable(id));
    QVERIFY(list->alternatives(QStringLiteral("ssh-key-injection")).contains(QStringLiteral("firstboot-script")));
    chooseOfflineFixes(list);
    QVERIFY(list->selectRequirement(QStringLiteral("serial-console")));
    QVERIFY(list->isFixChosen(QStringLiteral("serial-console")));
    QCOMPARE(list->tree()->currentItem()->checkState(3), Qt::Checked);

    // Preview: planned on the worker, the grub diff shows the serial console.
    probe.reset();
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::PreviewStep);
    QVERIFY(QTest::qWaitFor([&] { return w.previewPage()->isComplete() && !w.isWorking(); }, 600000));
    PreviewPage *preview = w.previewPage();
    QVERIFY(!preview->plan().isEmpty());
    QVERIFY(preview->plan().fix(QStringLiteral("serial-console")));
    QVERIFY(!preview->plan().fix(QStringLiteral("qemu-guest-agent"))); // not chosen
    QVERIFY(preview->selectFile(QStringLiteral("/etc/default/grub")));
    const QString diff = preview->diffView()->diff();
    QVERIFY2(diff.contains(QStringLiteral("+++ ")) && diff.contains(QStringLiteral("@@")), qPrintable(diff));
    QVERIFY2(diff.contains(QRegularExpression(QStringLiteral("^\\+.*console=ttyS0"), QRegularExpression::MultilineOption)),
             qPrintable(diff));
    QVERIFY(preview->diffView()->isReadOnly());
    QCOMPARE(w.nextButton()->text(), QStringLiteral("&Apply >"));
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("4-preview")).isEmpty());

    // Apply, and cancel in the middle: Cancel really stops between edits.
    ApplyPage *apply = w.applyPage();
    const int total = preview->plan().editCount();
    QVERIFY(total > 2);
    QSignalSpy progress(&w.session(), &Session::applyProgress);
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ApplyStep);
    QVERIFY(w.isWorking());
    QVERIFY(w.cancelButton()->isEnabled());
    QVERIFY(!w.nextButton()->isEnabled());
    QVERIFY(progress.wait(600000));
    QTest::mouseClick(w.cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 600000));
    QVERIFY2(apply->resultText().contains(QStringLiteral("Cancelled")), qPrintable(apply->resultText()));
    QVERIFY2(apply->editsDone() < total, qPrintable(QString::number(apply->editsDone())));
    QVERIFY(!apply->isFinished());
    QVERIFY(!w.nextButton()->isEnabled());
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("5-apply-cancelled")).isEmpty());
    QCOMPARE(guitest::sha256Of(m_image), m_imageHash);

    // Back to the checklist, plan again (what is left) and apply to the end.
    QTest::mouseClick(w.backButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::PreviewStep);
    QVERIFY(!w.nextButton()->isEnabled()); // the cancelled plan is gone
    QTest::mouseClick(w.backButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ChecklistStep);
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return w.previewPage()->isComplete() && !w.isWorking(); }, 600000));
    QVERIFY(!preview->plan().isEmpty());
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ApplyStep);
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 600000));
    QVERIFY2(apply->isFinished(), qPrintable(apply->resultText() + u'\n' + apply->logText()));
    qInfo("longest GUI stall while planning and applying: %lld ms", probe.longestGapMs());

    // The re-check beside the first check: every chosen fix passes now.
    QTreeWidget *compare = apply->comparison();
    QCOMPARE(compare->topLevelItemCount(), int(run.results.size()));
    for (int i = 0; i < compare->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = compare->topLevelItem(i);
        const QString id = row->data(0, Qt::UserRole).toString();
        if (id == QStringLiteral("serial-console")) {
            QCOMPARE(row->text(1), statusWord(CheckStatus::Fail));
            QVERIFY2(row->text(2) == statusWord(CheckStatus::Pass), qPrintable(row->text(2) + QStringLiteral(": ") + row->toolTip(2)));
        }
        if (offlineFixes().contains(id))
            QVERIFY2(row->text(2) == statusWord(CheckStatus::Pass) || row->text(2) == statusWord(CheckStatus::NotApplicable),
                     qPrintable(id + QStringLiteral(": ") + row->text(2)));
    }
    QVERIFY(w.nextButton()->isEnabled());
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("5-apply")).isEmpty());

    // "Test boot" appears after apply and boots the fixed image, written into
    // the session workspace through the export path (the overlay stays locked
    // by the appliance). The boot is cancelled at once: starting it on the
    // right image is what this proves; tst_bootproof proves real boots.
    QPushButton *bootButton = apply->bootTestButton();
    QVERIFY(bootButton->isVisible());
    QSignalSpy bootImage(&w.session(), &Session::exported);
    QTest::mouseClick(bootButton, Qt::LeftButton);
    QVERIFY(bootImage.wait(600000));
    const QString booted = bootImage.first().first().value<ExportResult>().imagePath;
    const QString workspace = QFileInfo(w.session().image().overlayPath).absolutePath();
    QCOMPARE(QFileInfo(booted).absolutePath(), QDir(workspace).filePath(QStringLiteral("boot-test")));
    QVERIFY(QFileInfo(booted).size() > 0);
    BootTestWindow *bootWindow = w.bootTestWindow();
    QVERIFY(bootWindow);
    QCOMPARE(bootWindow->imagePath(), booted);
    QVERIFY(bootWindow->isRunning()); // on its own thread: the wizard stays responsive
    QSignalSpy bootDone(bootWindow, &BootTestWindow::testFinished);
    bootWindow->cancelTest();
    QVERIFY(bootDone.wait(600000));
    bootWindow->close();
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 300000));

    // Export: derived properties, valid, written with checksums.
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ExportStep);
    ExportPage *exportPage = w.exportPage();
    QVERIFY(exportPage->properties().contains(QStringLiteral("os_distro")));
    QVERIFY(exportPage->propertyTable()->rowCount() > 3);
    // A wrong value is flagged inline and blocks the export; removing it unblocks.
    exportPage->setPropertyValue(QStringLiteral("hw_disk_bus"), QStringLiteral("floppy"));
    QVERIFY(!exportPage->exportButton()->isEnabled());
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("6-export-invalid")).isEmpty());
    exportPage->removeProperty(QStringLiteral("hw_disk_bus"));
    QVERIFY(exportPage->exportButton()->isEnabled());
    const QString out = m_dir.filePath(QStringLiteral("export"));
    exportPage->setOutputDir(out);
    probe.reset();
    QTest::mouseClick(exportPage->exportButton(), Qt::LeftButton);
    QVERIFY(w.isWorking());
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 600000));
    qInfo("longest GUI stall while exporting: %lld ms", probe.longestGapMs());
    const QString summary = exportPage->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("SHA-256")), qPrintable(summary));
    const QStringList written = QDir(out).entryList({QStringLiteral("*.qcow2")}, QDir::Files);
    QCOMPARE(written.size(), 1);
    QVERIFY(summary.contains(written.first()));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/SHA256SUMS")));
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("6-export")).isEmpty());
    QCOMPARE(guitest::sha256Of(m_image), m_imageHash);
}

void TestWizardFlow::closeDuringInspection()
{
    auto *w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy destroyed(w, &QObject::destroyed);
    w->show();
    w->openImage(m_image);
    QVERIFY(w->isWorking());
    // Wait until the appliance is starting, the longest step to stop.
    QVERIFY(QTest::qWaitFor([&] { return w->inspectPage()->logText().contains(QStringLiteral("appliance")); }, 300000));

    QVERIFY(!w->close()); // asks first
    QMessageBox *question = w->closeQuestion();
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QVERIFY(!guitest::saveScreenshot(w, QStringLiteral("2-inspect-close-question")).isEmpty());
    // "No" keeps the work running.
    question->button(QMessageBox::No)->click();
    QVERIFY(QTest::qWaitFor([&] { return !w->closeQuestion(); }, 5000));
    QVERIFY(w->isWorking());

    QVERIFY(!w->close());
    question = w->closeQuestion();
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    // Cancelled cleanly: the window closes by itself once the worker stopped.
    QVERIFY(destroyed.wait(600000));
    QCOMPARE(guitest::sha256Of(m_image), m_imageHash);
}

// Lab mode in one appliance launch: the manual steps name the opened image
// (and a copy beside it for fixes); "Check again" re-runs one check on the
// session's workspace, before and after a fix was applied, and updates the
// row, the summary and the line that says what changed.
void TestWizardFlow::labModeCheckAgain()
{
    MainWindow w;
    w.resize(1200, 820);
    w.show();
    QAction *lab = nullptr;
    for (QAction *a : w.menuBar()->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Lab &Mode"))
            lab = a;
    }
    QVERIFY(lab);
    lab->setChecked(true);

    QSignalSpy finished(&w, &MainWindow::inspectionFinished);
    QSignalSpy inspected(&w.session(), &Session::inspected);
    w.openPage()->setImagePath(m_image);
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QVERIFY(finished.wait(600000));
    QVERIFY(finished.first().first().toBool());
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ChecklistStep);

    ChecklistPage *list = w.checklistPage();
    const QString id = QStringLiteral("machine-id");
    list->setProblemsOnly(false);
    QVERIFY(list->selectRequirement(id));
    QCOMPARE(list->tree()->currentItem()->text(0), statusWord(CheckStatus::Fail));

    // The steps name the image; fixes work on a copy beside it.
    const QString path = QFileInfo(m_image).absoluteFilePath();
    QVERIFY2(list->labCheckText().contains(QStringLiteral("virt-cat -a %1 /etc/machine-id").arg(path)), qPrintable(list->labCheckText()));
    QVERIFY2(list->labFixText().contains(QStringLiteral("cp --sparse=always %1 %2").arg(path, manualCopyPath(path))),
             qPrintable(list->labFixText()));
    QVERIFY(!list->labFixText().contains(QStringLiteral("-a %1").arg(path)));
    QCOMPARE(list->labCheckText(), withImagePath(manualSteps(id).check, path));

    // Check again with nothing changed: still failing, on the same appliance.
    QPushButton *again = list->checkAgainButton();
    QVERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(w.isWorking());
    QVERIFY(!again->isEnabled());
    QVERIFY(!w.nextButton()->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 600000));
    QVERIFY(again->isEnabled());
    QVERIFY2(list->checkAgainNote().startsWith(QStringLiteral("Still failing.")), qPrintable(list->checkAgainNote()));
    QCOMPARE(list->tree()->currentItem()->text(0), statusWord(CheckStatus::Fail));
    const int failedBefore = list->run().count(CheckStatus::Fail);

    // Apply only the machine-id fix, come back to the checklist, check again.
    for (const QString &fixable : list->fixableIds())
        list->setFixChosen(fixable, fixable == id);
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return w.previewPage()->isComplete() && !w.isWorking(); }, 600000));
    QVERIFY(w.previewPage()->plan().fix(id));
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ApplyStep);
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 600000));
    QVERIFY2(w.applyPage()->isFinished(), qPrintable(w.applyPage()->resultText()));
    QTest::mouseClick(w.backButton(), Qt::LeftButton);
    QTest::mouseClick(w.backButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ChecklistStep);
    // The checklist still shows the first run until asked again.
    QVERIFY(list->selectRequirement(id));
    QCOMPARE(list->tree()->currentItem()->text(0), statusWord(CheckStatus::Fail));
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 600000));
    QVERIFY2(list->checkAgainNote().startsWith(QStringLiteral("Now passes (was %1).").arg(statusWord(CheckStatus::Fail))),
             qPrintable(list->checkAgainNote()));
    QTreeWidgetItem *row = list->tree()->currentItem();
    QCOMPARE(row->data(0, Qt::UserRole).toString(), id);
    QCOMPARE(row->text(0), statusWord(CheckStatus::Pass));
    QCOMPARE(toString(list->run().result(id)->status), toString(CheckStatus::Pass));
    QCOMPARE(list->run().count(CheckStatus::Fail), failedBefore - 1);
    QVERIFY2(list->summaryText().contains(QStringLiteral("Failed: %1 ").arg(failedBefore - 1)), qPrintable(list->summaryText()));
    QVERIFY2(list->detailsText().contains(QStringLiteral("No machine ID in the image")), qPrintable(list->detailsText()));

    // Another requirement the fix did not touch stays as it was.
    QVERIFY(list->selectRequirement(QStringLiteral("serial-console")));
    QVERIFY(list->checkAgainNote().isEmpty());
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 600000));
    QVERIFY2(list->checkAgainNote().startsWith(QStringLiteral("Still failing.")), qPrintable(list->checkAgainNote()));
    QVERIFY(list->selectRequirement(id));
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("3-checklist-lab")).isEmpty());

    QCOMPARE(inspected.size(), 1); // one appliance launch for all of it
    lab->setChecked(false);
    QCOMPARE(guitest::sha256Of(m_image), m_imageHash);
}

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
