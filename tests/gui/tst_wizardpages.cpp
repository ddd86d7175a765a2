// Wizard pages without an appliance (offscreen): the diff viewer's numbers,
// the checklist's rows, filter and evidence, and an invalid file at Open,
// which the session refuses before any appliance starts.
#include "GuiTestSupport.h"

#include "ChecklistPage.h"
#include "DiffView.h"
#include "FactsView.h"
#include "InspectPage.h"
#include "MainWindow.h"
#include "OpenPage.h"
#include "UiSupport.h"

#include "checks/Catalogue.h"
#include "checks/ManualSteps.h"
#include "guest/FirmwareFacts.h"

#include <QAction>
#include <QMenuBar>
#include <QPlainTextEdit>

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace imageprep;
using namespace imageprep::ui;

class TestWizardPages final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void diffLineNumbers();
    void factsShowFirmwareLayoutAndNetwork();
    void checklistRowsAndFilter();
    void checklistEvidence();
    void nextNeedsAnImage();
    void invalidFileAtOpen_data();
    void invalidFileAtOpen();
    void labModeShowsManualSteps();

private:
    QTemporaryDir m_dir;
};

void TestWizardPages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    guitest::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
}

void TestWizardPages::diffLineNumbers()
{
    DiffView view;
    view.setDiff(QStringLiteral("--- a/etc/default/grub\n"
                                "+++ b/etc/default/grub\n"
                                "@@ -3,3 +3,4 @@\n"
                                " GRUB_TIMEOUT=5\n"
                                "-GRUB_CMDLINE_LINUX=\"quiet\"\n"
                                "+GRUB_CMDLINE_LINUX=\"console=tty0 console=ttyS0,115200\"\n"
                                "+GRUB_TERMINAL=\"serial console\"\n"
                                " GRUB_DEFAULT=0\n"));
    QCOMPARE(view.document()->blockCount(), 8);
    // Headers carry no numbers; context lines both, removed old only, added new only.
    QCOMPARE(view.lineNumbers(0).oldLine, 0);
    QCOMPARE(view.lineNumbers(2).newLine, 0);
    QCOMPARE(view.lineNumbers(3).oldLine, 3);
    QCOMPARE(view.lineNumbers(3).newLine, 3);
    QCOMPARE(view.lineNumbers(4).oldLine, 4);
    QCOMPARE(view.lineNumbers(4).newLine, 0);
    QCOMPARE(view.lineNumbers(5).newLine, 4);
    QCOMPARE(view.lineNumbers(6).newLine, 5);
    QCOMPARE(view.lineNumbers(7).oldLine, 5);
    QCOMPARE(view.lineNumbers(7).newLine, 6);
    QVERIFY(view.isReadOnly());
    view.resize(600, 200);
    QVERIFY(!guitest::saveScreenshot(&view, QStringLiteral("unit-diffview")).isEmpty());
}

// The installer-shaped guest of issue 14: UEFI only, /boot/efi and /boot
// partitions, root on LVM, netplan rendering to systemd-networkd.
void TestWizardPages::factsShowFirmwareLayoutAndNetwork()
{
    GuestFacts f;
    f.distro = QStringLiteral("ubuntu");
    f.productName = QStringLiteral("Ubuntu 22.04.3 LTS");
    f.partitionTable = QStringLiteral("gpt");
    PartitionInfo esp{QStringLiteral("/dev/sda1"), 1, 1 << 20, 512 << 20, QStringLiteral("vfat"), {}, QStringLiteral("A1B2-C3D4"),
                      QStringLiteral("/boot/efi"), QString(EspGptType)};
    PartitionInfo boot{QStringLiteral("/dev/sda2"), 2, 513 << 20, 1 << 30, QStringLiteral("ext4"), {}, {}, QStringLiteral("/boot"), {}};
    PartitionInfo pv{QStringLiteral("/dev/sda3"), 3, qint64(3) << 29, qint64(8) << 30, QStringLiteral("LVM2_member"), {}, {}, {}, {}};
    pv.isLast = true;
    f.partitions = {esp, boot, pv};
    f.lvm.physicalVolumes = {QStringLiteral("/dev/sda3")};
    f.lvm.volumeGroups = {QStringLiteral("ubuntu-vg")};
    f.lvm.logicalVolumes = {{QStringLiteral("ubuntu-lv"), QStringLiteral("ubuntu-vg"), QStringLiteral("/dev/ubuntu-vg/ubuntu-lv"),
                             qint64(4) << 30, QStringLiteral("ext4"), QStringLiteral("/")}};
    f.lvm.groupSize.insert(QStringLiteral("ubuntu-vg"), qint64(8) << 30);
    f.lvm.groupFree.insert(QStringLiteral("ubuntu-vg"), qint64(4) << 30);
    f.packages = {{QStringLiteral("grub-efi-amd64"), QStringLiteral("2.06")}};
    f.boot = decideFirmware(f, {QStringLiteral("/boot/efi/EFI/ubuntu/grubx64.efi")}, false);
    f.firmware = Firmware::Uefi;
    f.networkStacks = {QStringLiteral("netplan"), QStringLiteral("systemd-networkd")};

    FactsView view;
    view.setFacts(f);
    QVERIFY(view.value(QStringLiteral("Firmware")).startsWith(QStringLiteral("UEFI (boots with UEFI only)")));
    const QTreeWidgetItem *fw = view.findItems(QStringLiteral("Firmware"), Qt::MatchExactly).first();
    QStringList why;
    for (int i = 0; i < fw->childCount(); ++i)
        why << fw->child(i)->text(1);
    QVERIFY2(why.contains(QStringLiteral("EFI boot loader /boot/efi/EFI/ubuntu/grubx64.efi")), qPrintable(why.join(u'|')));
    const QTreeWidgetItem *parts = view.findItems(QStringLiteral("Partitions"), Qt::MatchExactly).first();
    QCOMPARE(parts->childCount(), 3);
    QVERIFY(parts->child(0)->text(1).contains(QStringLiteral("mounted on /boot/efi")));
    QVERIFY(parts->child(1)->text(1).contains(QStringLiteral("mounted on /boot")));
    const QTreeWidgetItem *lvm = view.findItems(QStringLiteral("LVM"), Qt::MatchExactly).first();
    QVERIFY(lvm->child(0)->text(1).contains(QStringLiteral("mounted on /")));
    // The installer leaves half the group free: the layout shows it.
    QCOMPARE(lvm->child(1)->text(0), QStringLiteral("Volume group ubuntu-vg"));
    QCOMPARE(lvm->child(1)->text(1), QStringLiteral("8.0 GiB, 4.0 GiB free"));
    QCOMPARE(lvm->child(2)->text(1), QStringLiteral("/dev/sda3"));
    QCOMPARE(view.value(QStringLiteral("Network configuration")), QStringLiteral("netplan, systemd-networkd"));
    view.resize(760, 620);
    QVERIFY(!guitest::saveScreenshot(&view, QStringLiteral("unit-facts-uefi-lvm")).isEmpty());
}

void TestWizardPages::checklistRowsAndFilter()
{
    ChecklistPage page;
    QVERIFY(!page.isComplete());
    page.setProblemsOnly(false);
    const CheckRun run = guitest::sampleRun();
    page.setRun(run);
    QVERIFY(page.isComplete());
    QCOMPARE(page.visibleRequirementCount(), int(run.results.size()));

    // Each row says its status in words (never colour alone) and has an icon.
    const QString failId = run.results[0].id;
    QVERIFY(page.selectRequirement(failId));
    QTreeWidgetItem *row = page.tree()->currentItem();
    QCOMPARE(row->text(0), statusWord(CheckStatus::Fail));
    QVERIFY(!row->icon(0).isNull());
    QCOMPARE(row->text(2), Catalogue::instance().find(failId)->title());
    QCOMPARE(row->text(1), severityWord(Catalogue::instance().find(failId)->severity()));
    // Grouped under its group's title.
    QVERIFY(row->parent()->text(0).startsWith(groupTitle(Catalogue::instance().find(failId)->group())));

    page.setProblemsOnly(true);
    QCOMPARE(page.visibleRequirementCount(), 2);
    QVERIFY(!page.selectRequirement(run.results[2].id)); // a pass is hidden now
    page.setProblemsOnly(false);
    QCOMPARE(page.visibleRequirementCount(), int(run.results.size()));
    QVERIFY2(page.summaryText().contains(QStringLiteral("Failed: 1 ")), qPrintable(page.summaryText()));
}

void TestWizardPages::checklistEvidence()
{
    ChecklistPage page;
    page.setRun(guitest::sampleRun());
    const QString failId = Catalogue::instance().ids().first();
    QVERIFY(page.selectRequirement(failId));
    const QString text = page.detailsText();
    QVERIFY2(text.contains(Catalogue::instance().find(failId)->rationale().left(40)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/etc/default/grub:7")), qPrintable(text));
    // The evidence line is shown as text, not interpreted as HTML.
    QVERIFY2(text.contains(QStringLiteral("quiet <splash>")), qPrintable(text));
    page.resize(900, 500);
    page.show();
    QVERIFY(!guitest::saveScreenshot(&page, QStringLiteral("unit-checklist")).isEmpty());
}

void TestWizardPages::nextNeedsAnImage()
{
    MainWindow w;
    w.show();
    QCOMPARE(w.currentStep(), MainWindow::OpenStep);
    w.openPage()->setImagePath({});
    QVERIFY(!w.nextButton()->isEnabled());
    QVERIFY(!w.backButton()->isEnabled());
    QVERIFY(!w.cancelButton()->isEnabled());
    w.openPage()->setImagePath(QStringLiteral("/some/image.qcow2"));
    QVERIFY(w.nextButton()->isEnabled());
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("1-open")).isEmpty());
}

void TestWizardPages::invalidFileAtOpen_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::newRow("text file") << QByteArray("this is not a disk image\n") << true;
    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("missing file") << QByteArray() << false;
}

void TestWizardPages::invalidFileAtOpen()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString path = m_dir.filePath(QStringLiteral("not-an-image-%1.qcow2").arg(tag));
    if (create) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    MainWindow w;
    w.show();
    QSignalSpy finished(&w, &MainWindow::inspectionFinished);
    w.openPage()->setImagePath(path);
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    // The probe runs on the worker: the click returned with the work running.
    QCOMPARE(w.currentStep(), MainWindow::InspectStep);
    QVERIFY(w.isWorking());
    QVERIFY(!w.nextButton()->isEnabled());
    QVERIFY(w.cancelButton()->isEnabled());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    // Back at Open, the error shown there, Next available to try again.
    QCOMPARE(w.currentStep(), MainWindow::OpenStep);
    QVERIFY2(!w.openPage()->errorText().isEmpty(), "no error shown");
    QVERIFY(w.nextButton()->isEnabled());
    QVERIFY(!w.isWorking());
    if (create)
        QCOMPARE(QFile(path).size(), qint64(content.size())); // untouched
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("1-open-invalid-%1").arg(tag)).isEmpty());
}

// Lab mode without an appliance: the manual steps of the selected requirement
// (placeholders kept while no image is open), the normal details unchanged,
// "Check again" off without a session, the choice remembered, and the Tools
// menu's check box drives it.
void TestWizardPages::labModeShowsManualSteps()
{
    const QString id = QStringLiteral("machine-id");
    QString normalDetails;
    {
        ChecklistPage page;
        page.setLabMode(false);
        page.setRun(guitest::sampleRun());
        QVERIFY(page.selectRequirement(id));
        normalDetails = page.detailsText();
        QVERIFY(page.labCheckText().isEmpty());
        QVERIFY(!page.checkAgain());

        QSignalSpy changed(&page, &ChecklistPage::labModeChanged);
        page.setLabMode(true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(page.labMode());
        QCOMPARE(page.labCheckText(), manualSteps(id).check);
        QCOMPARE(page.labFixText(), manualSteps(id).fix);
        QVERIFY(page.labCheckText().contains(QStringLiteral("virt-cat -a IMAGE /etc/machine-id")));
        QCOMPARE(page.detailsText(), normalDetails); // rationale and evidence as before

        // Another requirement's steps follow the selection.
        QVERIFY(page.selectRequirement(QStringLiteral("serial-console")));
        QVERIFY(page.labCheckText().contains(QStringLiteral("/etc/default/grub")));

        // Copyable, keyboard-reachable, named for screen readers.
        for (auto *view : page.findChildren<QPlainTextEdit *>()) {
            QVERIFY(view->isReadOnly());
            QVERIFY(view->textInteractionFlags() & Qt::TextSelectableByKeyboard);
            QVERIFY(view->focusPolicy() & Qt::TabFocus);
            QVERIFY(!view->accessibleName().isEmpty());
        }
        QVERIFY(page.checkAgainButton()->focusPolicy() & Qt::TabFocus);
        QVERIFY(!page.checkAgainButton()->accessibleName().isEmpty());
        // No session: nothing to run the check on.
        QVERIFY(!page.checkAgainButton()->isEnabled());
        QVERIFY(!page.checkAgain());
    }
    {
        ChecklistPage remembered;
        QVERIFY(remembered.labMode());
        remembered.setLabMode(false);
    }

    MainWindow w;
    QAction *lab = nullptr;
    for (QAction *a : w.menuBar()->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Lab &Mode"))
            lab = a;
    }
    QVERIFY(lab);
    QVERIFY(lab->isCheckable());
    QVERIFY(!lab->isChecked());
    lab->setChecked(true);
    QVERIFY(w.checklistPage()->labMode());
    // An open window's session exists but is idle with no guest: the button
    // waits for a checklist.
    QVERIFY(!w.checklistPage()->checkAgainButton()->isEnabled());
    lab->setChecked(false);
    QVERIFY(!w.checklistPage()->labMode());
}

QTEST_MAIN(TestWizardPages)
#include "tst_wizardpages.moc"
