// BootTestWindow offscreen: the checklist rows exist before a run, a test
// that cannot run (QEMU missing) ends with a clear verdict and re-enables
// the start button, and the window never blocks while the worker runs.
#include "BootTestWindow.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace imageprep;
using namespace imageprep::ui;

class TestBootTestWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsEveryCheckBeforeARun();
    void missingQemuEndsWithAClearVerdict();
};

void TestBootTestWindow::listsEveryCheckBeforeARun()
{
    BootTestWindow w;
    QCOMPARE(w.checklist()->topLevelItemCount(), int(allBootChecks().size()));
    for (int i = 0; i < w.checklist()->topLevelItemCount(); ++i) {
        QCOMPARE(w.checklist()->topLevelItem(i)->data(0, Qt::UserRole).toString(), bootCheckKey(allBootChecks().at(i)));
        QCOMPARE(w.checklist()->topLevelItem(i)->text(1), bootCheckStatusText(BootCheckStatus::Pending));
    }
    // No image: nothing to start.
    w.startTest();
    QVERIFY(!w.isRunning());
}

void TestBootTestWindow::missingQemuEndsWithAClearVerdict()
{
    QTemporaryDir emptyPath;
    QVERIFY(emptyPath.isValid());
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", emptyPath.path().toUtf8());

    BootTestWindow w;
    w.setImagePath(QStringLiteral(IMAGEPREP_SOURCE_DIR "/README.md"));
    QSignalSpy done(&w, &BootTestWindow::testFinished);
    w.startTest();
    QVERIFY(done.wait(30000));
    qputenv("PATH", oldPath);

    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!w.isRunning());
    QVERIFY2(w.verdictText().contains(QLatin1String("qemu-system-x86_64")), qPrintable(w.verdictText()));
    QVERIFY(!w.report().has_value());
}

QTEST_MAIN(TestBootTestWindow)
#include "tst_boottestwindow.moc"
