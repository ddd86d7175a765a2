// CacheReportWindow offscreen: the report runs on a worker thread, fills a
// sortable table and a summary, and reports input errors in the window.
#include "CacheFixture.h"

#include "CacheReportWindow.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;
using namespace imageprep::ui;
using namespace cachefixture;

class TestCacheReportWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reportsOnWorkerThread();
    void sortsSizesAsNumbers();
    void showsInputErrors();
    void closesWhileRunning();
    void sameVerdictsAsTheCli();

private:
    QTemporaryDir m_dir;
    Layout m_layout;
};

void TestCacheReportWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = build(m_dir.path(), &m_layout);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCacheReportWindow::reportsOnWorkerThread()
{
    CacheReportWindow w;
    w.setInstancesDir(m_layout.root);
    w.setReportTime(referenceTime());
    w.setImageIds({usedImage()});
    QSignalSpy finished(&w, &CacheReportWindow::reportFinished);
    w.startReport();
    // startReport returned before qemu-img ran: the work is on the worker
    QVERIFY(w.isRunning());
    QVERIFY(!w.report());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!w.isRunning());
    QVERIFY(w.report());
    QCOMPARE(w.filesModel()->rowCount(), 13);
    QVERIFY2(w.summaryText().contains(QStringLiteral("6 in use, 2 kept, 4 removable now")),
             qPrintable(w.summaryText()));

    int removable = 0;
    for (int row = 0; row < w.filesModel()->rowCount(); ++row) {
        const QString fate = w.filesModel()->item(row, 5)->data(Qt::UserRole).toString();
        removable += fate == u"removable" ? 1 : 0;
        if (w.filesModel()->item(row, 0)->text() == sha1(usedImage()))
            QCOMPARE(w.filesModel()->item(row, 2)->text(), usedImage());
    }
    QCOMPARE(removable, 4);
}

void TestCacheReportWindow::sortsSizesAsNumbers()
{
    CacheReportWindow w;
    w.setInstancesDir(m_layout.root);
    QSignalSpy finished(&w, &CacheReportWindow::reportFinished);
    w.startReport();
    QVERIFY(finished.wait(60000));
    QSortFilterProxyModel *sorted = w.sortedFiles();
    sorted->sort(3, Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < sorted->rowCount(); ++row) {
        const qint64 size = sorted->index(row, 3).data(Qt::UserRole + 1).toLongLong();
        QVERIFY(size <= previous);
        previous = size;
    }
    // text sorting would put "12.0 KiB" before "4.0 KiB"; the first row is the largest
    qint64 largest = 0;
    for (const BaseFileEntry &e : w.report()->files)
        largest = qMax(largest, e.allocated);
    QCOMPARE(sorted->index(0, 3).data(Qt::UserRole + 1).toLongLong(), largest);
}

void TestCacheReportWindow::showsInputErrors()
{
    CacheReportWindow w;
    QSignalSpy finished(&w, &CacheReportWindow::reportFinished);
    w.startReport(); // no folder chosen
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().first().toBool(), false);

    w.setInstancesDir(m_layout.root);
    w.setNovaConf(m_dir.filePath(QStringLiteral("missing-nova.conf")));
    w.startReport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(w.summaryText().contains(QStringLiteral("cannot read")), qPrintable(w.summaryText()));
    QVERIFY(!w.report());
}

void TestCacheReportWindow::closesWhileRunning()
{
    auto *w = new CacheReportWindow;
    w->setInstancesDir(m_layout.root);
    w->startReport();
    QVERIFY(w->isRunning());
    QElapsedTimer timer;
    timer.start();
    delete w; // cancels and waits for the worker, which stops between qemu-img runs
    QVERIFY2(timer.elapsed() < 10000, "closing waited for the whole report");
}

// The window and `imageprep-cli cache-report --json` on the same inputs (an
// exported instance list, a nova.conf, a report time) give every file the
// same fate and name the same source of "in use".
void TestCacheReportWindow::sameVerdictsAsTheCli()
{
    const QString servers = m_dir.filePath(QStringLiteral("servers.json"));
    {
        QFile f(servers);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QJsonArray list{QJsonObject{{QStringLiteral("ID"), QStringLiteral("inst-a")},
                                          {QStringLiteral("Image ID"), youngImage()},
                                          {QStringLiteral("Status"), QStringLiteral("ACTIVE")}}};
        QVERIFY(f.write(QJsonDocument(list).toJson()) > 0);
    }
    const QString conf = m_dir.filePath(QStringLiteral("window-nova.conf"));
    {
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("[image_cache]\nremove_unused_resized_minimum_age_seconds = 1_800\n") > 0);
    }
    CacheReportWindow w;
    w.setInstancesDir(m_layout.root);
    w.setNovaConf(conf);
    w.setInstancesJson(servers);
    w.setReportTime(referenceTime());
    QSignalSpy finished(&w, &CacheReportWindow::reportFinished);
    w.startReport();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(w.summaryText()));
    QVERIFY2(w.summaryText().contains(QStringLiteral("instance list")), qPrintable(w.summaryText()));

    QProcess cli;
    cli.start(QStringLiteral(IMAGEPREP_CLI),
              {QStringLiteral("cache-report"), m_layout.root, QStringLiteral("--nova-conf"), conf,
               QStringLiteral("--instances-json"), servers, QStringLiteral("--at"),
               referenceTime().toString(Qt::ISODate), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1); // files would be removed
    const QJsonObject root = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(root.value(QStringLiteral("in_use_source")).toString(), QStringLiteral("instance-list"));
    QMap<QString, QString> cliFates;
    for (const QJsonValue &v : root.value(QStringLiteral("files")).toArray())
        cliFates.insert(v.toObject().value(QStringLiteral("name")).toString(),
                        v.toObject().value(QStringLiteral("fate")).toString());
    QMap<QString, QString> windowFates;
    for (int row = 0; row < w.filesModel()->rowCount(); ++row)
        windowFates.insert(w.filesModel()->item(row, 0)->text(),
                           w.filesModel()->item(row, 5)->data(Qt::UserRole).toString());
    QCOMPARE(windowFates, cliFates);
    QCOMPARE(windowFates.value(sha1(youngImage())), QStringLiteral("in-use"));
    QCOMPARE(windowFates.value(sha1(usedImage())), QStringLiteral("in-use")); // inst-a/disk's backing file
    QCOMPARE(windowFates.value(sha1(deepImage())), QStringLiteral("removable")); // inst-c is not listed
}

QTEST_MAIN(TestCacheReportWindow)
#include "tst_cachereportwindow.moc"
