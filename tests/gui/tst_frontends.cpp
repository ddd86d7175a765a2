// One pipeline, two front ends: the same generated guest (debian-defects)
// through the wizard's pages with their default choices and through
// `imageprep-cli fix IMG -o OUT --export DIR` gives the same plan (fixes,
// alternatives, edits), the same apply report and re-check, and
// byte-identical Glance properties files. One appliance per front end; both
// read the shared fixture image, which stays untouched.
#include "GuiTestSupport.h"

#include "ApplyPage.h"
#include "ChecklistPage.h"
#include "ExportPage.h"
#include "MainWindow.h"
#include "OpenPage.h"
#include "PreviewPage.h"

#include "util/Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace imageprep;
using namespace imageprep::ui;

namespace {
// Fixes that work without the appliance network (cloud-init's default
// alternative installs from the repositories, which a test cannot rely on).
const QStringList OfflineFixes{QStringLiteral("no-persistent-net-rules"), QStringLiteral("no-hardcoded-mac"),
                               QStringLiteral("firewall-disabled"),       QStringLiteral("serial-console"),
                               QStringLiteral("machine-id"),              QStringLiteral("ssh-host-keys"),
                               QStringLiteral("leftover-state"),          QStringLiteral("fstab-stable-names")};
const QStringList PropertyFiles{QStringLiteral(".properties.json"), QStringLiteral(".properties.yaml"),
                                QStringLiteral(".properties.sh")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Where `text` stops agreeing with `prefix` ("" when it starts with it): the
// first differing line of each, so a failure shows what drifted. Both are
// also kept as artifacts.
QString firstDifference(const QString &what, const QString &prefix, const QString &text)
{
    QDir().mkpath(guitest::screenshotDir());
    for (const auto &[suffix, content] : {std::pair{QStringLiteral("wizard"), prefix}, std::pair{QStringLiteral("cli"), text}}) {
        QFile f(guitest::screenshotDir() + QStringLiteral("/frontends-%1-%2.txt").arg(what, suffix));
        if (f.open(QIODevice::WriteOnly))
            f.write(content.toUtf8());
    }
    if (text.startsWith(prefix))
        return {};
    const QStringList a = prefix.split(u'\n');
    const QStringList b = text.split(u'\n');
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i >= b.size() || a[i] != b[i])
            return QStringLiteral("%1, line %2:\nwizard: %3\ncli:    %4").arg(what).arg(i + 1).arg(a[i], b.value(i));
    }
    return what;
}
} // namespace

class TestFrontEnds final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wizardAndCliAgree();

private:
    // The wizard from open to export; fills the fields below.
    void runWizard(const QString &exportDir);

    QTemporaryDir m_dir;
    QString m_image;
    QByteArray m_imageHash;
    QString m_plan;       // FixPlan::renderDiff() of the previewed plan
    QString m_report;     // FixReport::toText() of the apply, with its re-check
    ExportOptions m_export; // the export page's options (names, format)
};

void TestFrontEnds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    guitest::isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    qputenv("IMAGEPREP_WORKDIR", m_dir.path().toLocal8Bit());
    m_image = QStringLiteral(IMAGEPREP_FIXTURE_DIR "/debian-defects.qcow2");
    QVERIFY2(QFileInfo::exists(m_image), qPrintable(m_image));
    m_imageHash = guitest::sha256Of(m_image);
    // As both programs' main() do: English plural forms ("14 bytes").
    QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
}

void TestFrontEnds::runWizard(const QString &exportDir)
{
    MainWindow w;
    w.resize(1100, 760);
    w.show();
    QSignalSpy inspected(&w, &MainWindow::inspectionFinished);
    w.openPage()->setImagePath(m_image);
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QVERIFY(inspected.wait(600000));
    QVERIFY(inspected.first().first().toBool());
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ChecklistStep);

    // Default choices: every offered fix is chosen with its default
    // alternative; only the ones that need the network are left out.
    ChecklistPage *list = w.checklistPage();
    QVERIFY(QTest::qWaitFor([&] { return list->hasFixInformation() && !w.isWorking(); }, 600000));
    for (const QString &id : OfflineFixes)
        QVERIFY2(list->fixableIds().contains(id), qPrintable(id));
    for (const QString &id : list->fixableIds())
        list->setFixChosen(id, OfflineFixes.contains(id));

    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::PreviewStep);
    QVERIFY(QTest::qWaitFor([&] { return w.previewPage()->isComplete() && !w.isWorking(); }, 600000));
    m_plan = w.previewPage()->plan().renderDiff();
    QVERIFY(!w.previewPage()->plan().isEmpty());

    QSignalSpy applied(&w.session(), &Session::applied);
    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 600000));
    QVERIFY2(w.applyPage()->isFinished(), qPrintable(w.applyPage()->resultText()));
    QCOMPARE(applied.size(), 1);
    m_report = applied.first().first().value<FixReport>().toText();

    QTest::mouseClick(w.nextButton(), Qt::LeftButton);
    QCOMPARE(w.currentStep(), MainWindow::ExportStep);
    ExportPage *page = w.exportPage();
    page->setOutputDir(exportDir);
    QVERIFY(page->exportButton()->isEnabled());
    m_export = page->options();
    QVERIFY(!guitest::saveScreenshot(&w, QStringLiteral("6-export-frontends")).isEmpty());
    QTest::mouseClick(page->exportButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !w.isWorking(); }, 600000));
    QVERIFY2(page->summaryText().contains(QStringLiteral("SHA-256")), qPrintable(page->summaryText()));
}

void TestFrontEnds::wizardAndCliAgree()
{
    const QString wizardDir = m_dir.filePath(QStringLiteral("wizard"));
    runWizard(wizardDir);
    if (QTest::currentTestFailed())
        return;

    // The command line as the README documents it, with the wizard's names
    // (the names are the export page's defaults, not choices that differ).
    const QString cliDir = m_dir.filePath(QStringLiteral("cli"));
    const QString out = m_dir.filePath(QStringLiteral("fixed.qcow2"));
    const test::CliRun fix = test::runCli({QStringLiteral("fix"), m_image, QStringLiteral("-o"), out, QStringLiteral("--only"),
                                           OfflineFixes.join(u','), QStringLiteral("--yes"), QStringLiteral("--export"), cliDir,
                                           QStringLiteral("--name"), m_export.imageName, QStringLiteral("--base-name"),
                                           m_export.baseName});
    QVERIFY2(fix.exitCode == 0, (fix.out + fix.err).constData());

    // The same plan, then the same report of edits and re-check.
    const QString cliOut = QString::fromUtf8(fix.out);
    const QString planDrift = firstDifference(QStringLiteral("plan"), m_plan, cliOut);
    QVERIFY2(planDrift.isEmpty(), qPrintable(planDrift));
    const QString reportDrift = firstDifference(QStringLiteral("report"), m_report, cliOut.mid(m_plan.size()));
    QVERIFY2(reportDrift.isEmpty(), qPrintable(reportDrift));
    QVERIFY(m_report.contains(QStringLiteral("Re-check: every fixed check passes.")));

    // Byte-identical properties files (hw_rng_model included where the kernel has virtio-rng).
    for (const QString &suffix : PropertyFiles) {
        const QByteArray fromWizard = readAll(QDir(wizardDir).filePath(m_export.baseName + suffix));
        const QByteArray fromCli = readAll(QDir(cliDir).filePath(m_export.baseName + suffix));
        QVERIFY2(!fromWizard.isEmpty(), qPrintable(QDir(wizardDir).entryList().join(u' ')));
        QVERIFY2(fromWizard == fromCli, qPrintable(QStringLiteral("%1 differs:\n%2\n---\n%3")
                                                        .arg(suffix, QString::fromUtf8(fromWizard), QString::fromUtf8(fromCli))));
    }
    QVERIFY(readAll(QDir(cliDir).filePath(m_export.baseName + PropertyFiles.first())).contains("hw_rng_model"));
    QCOMPARE(guitest::sha256Of(m_image), m_imageHash);
}

QTEST_MAIN(TestFrontEnds)
#include "tst_frontends.moc"
