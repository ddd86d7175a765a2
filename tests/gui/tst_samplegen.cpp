// The Open page's "sample image": a real practice guest is generated (one
// guestfish launch), the page then asks to open it; Cancel stops the
// generator's whole process group and leaves no image behind.
#include "GuiTestSupport.h"

#include "OpenPage.h"
#include "SampleImage.h"
#include "image/ImageInfo.h"

#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace imageprep;
using namespace imageprep::ui;

class TestSampleGen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cancelStopsTheGenerator();
    void generateAndOpen();

private:
    QPushButton *button(OpenPage &page, const QString &accessibleOrText);
    QTemporaryDir m_dir;
};

void TestSampleGen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    guitest::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toLocal8Bit());
    QVERIFY(!SampleImage::scriptPath().isEmpty());
}

QPushButton *TestSampleGen::button(OpenPage &page, const QString &text)
{
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

void TestSampleGen::cancelStopsTheGenerator()
{
    OpenPage page;
    page.show();
    QPushButton *generate = button(page, QStringLiteral("Generate a sample image"));
    QPushButton *cancel = button(page, QStringLiteral("Cancel sample"));
    QVERIFY(generate && cancel);
    QVERIFY(generate->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QSignalSpy finished(page.sample(), &SampleImage::finished);
    QSignalSpy opened(&page, &OpenPage::openRequested);

    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(page.isGeneratingSample());
    QVERIFY(!generate->isEnabled());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!page.isComplete()); // Next waits for the generator
    QTest::qWait(3000);          // guestfish and its appliance are running now
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!page.isGeneratingSample());
    QVERIFY(generate->isEnabled());
    QCOMPARE(opened.size(), 0);
    QVERIFY(!QFileInfo::exists(page.sample()->imagePath()));
}

void TestSampleGen::generateAndOpen()
{
    OpenPage page;
    page.resize(900, 600);
    page.show();
    QSignalSpy finished(page.sample(), &SampleImage::finished);
    QSignalSpy opened(&page, &OpenPage::openRequested);
    QTest::mouseClick(button(page, QStringLiteral("Generate a sample image")), Qt::LeftButton);
    QVERIFY(finished.wait(10 * 60 * 1000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString image = page.sample()->imagePath();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), image);
    QCOMPARE(page.imagePath(), image);
    QVERIFY(page.isComplete());
    // A real qcow2 the session can open, in the user's cache folder.
    QVERIFY(image.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    const auto info = probeImage(image);
    QVERIFY2(info, info ? "" : qPrintable(info.error().message));
    QCOMPARE(info->format, QStringLiteral("qcow2"));
    QVERIFY(!guitest::saveScreenshot(&page, QStringLiteral("1-open-sample-ready")).isEmpty());
}

QTEST_MAIN(TestSampleGen)
#include "tst_samplegen.moc"
