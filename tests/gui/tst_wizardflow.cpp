// The whole wizard on a generated practice guest (debian-defects), offscreen:
// open, inspect (software emulation visible in the log), checklist with
// evidence, and closing the window while work runs (asks, cancels, leaves the
// original untouched). The longest GUI stall is printed, not asserted (see
// benchmarks/gui-stall). Screenshots of each page are saved as artifacts.
#include "GuiTestSupport.h"

#include "ChecklistPage.h"
#include "FactsView.h"
#include "InspectPage.h"
#include "MainWindow.h"
#include "OpenPage.h"
#include "StallProbe.h"

#include "checks/Catalogue.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace imageprep;
using namespace imageprep::ui;

class TestWizardFlow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inspectAndCheck();
    void closeDuringInspection();

private:
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

void TestWizardFlow::inspectAndCheck()
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
    QVERIFY(QTest::qWaitFor([&] { return w.inspectPage()->logText().contains(QStringLiteral("appliance")); }, 60000));
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
    QVERIFY(QTest::qWaitFor([&] { return w->inspectPage()->logText().contains(QStringLiteral("appliance")); }, 60000));

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
    QVERIFY(destroyed.wait(120000));
    QCOMPARE(guitest::sha256Of(m_image), m_imageHash);
}

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
