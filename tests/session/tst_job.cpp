// Job<T>: the result comes back as a value on the context's thread, cancel
// reaches the work and comes back as ErrorCode::Cancelled, a context that
// is gone gets nothing, and waitForFinished() waits for the work.
#include "util/Job.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace imageprep;

class TestJob final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resultOnTheContextThread();
    void errorIsAValue();
    void cancelReachesTheWork();
    void goneContextGetsNothing();
    void finishedWorkStillReportsLater();
};

void TestJob::resultOnTheContextThread()
{
    QThread *worker = nullptr;
    const Job<int> job = Job<int>::start([&worker](const JobControl &) -> Result<int> {
        worker = QThread::currentThread();
        return 42;
    });
    QVERIFY(job.isStarted());
    std::optional<Result<int>> got;
    QThread *deliveredOn = nullptr;
    QObject context;
    job.onFinished(&context, [&](const Result<int> &r) {
        got = r;
        deliveredOn = QThread::currentThread();
    });
    QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 10000));
    QVERIFY(got->ok());
    QCOMPARE(got->value(), 42);
    QVERIFY(worker != QThread::currentThread()); // ran off this thread
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(!job.isRunning());
}

void TestJob::errorIsAValue()
{
    const Job<QString> job = Job<QString>::start(
        [](const JobControl &) -> Result<QString> { return makeError(ErrorCode::ToolMissing, QStringLiteral("no tool")); });
    std::optional<Result<QString>> got;
    QObject context;
    job.onFinished(&context, [&](const Result<QString> &r) { got = r; });
    QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 10000));
    QVERIFY(!got->ok());
    QCOMPARE(int(got->error().code), int(ErrorCode::ToolMissing));
    QCOMPARE(got->error().message, QStringLiteral("no tool"));
}

void TestJob::cancelReachesTheWork()
{
    std::atomic_bool started{false};
    const Job<int> job = Job<int>::start([&started](const JobControl &control) -> Result<int> {
        started = true;
        while (!control.isCancelled())
            QThread::msleep(5);
        return makeError(ErrorCode::Cancelled, QStringLiteral("Cancelled."));
    });
    QVERIFY(QTest::qWaitFor([&] { return started.load(); }, 10000));
    QVERIFY(job.isRunning());
    std::optional<Result<int>> got;
    QObject context;
    job.onFinished(&context, [&](const Result<int> &r) { got = r; });
    job.cancel();
    QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 10000));
    QCOMPARE(int(got->error().code), int(ErrorCode::Cancelled));
}

void TestJob::goneContextGetsNothing()
{
    std::atomic_bool release{false};
    const Job<int> job = Job<int>::start([&release](const JobControl &) -> Result<int> {
        while (!release.load())
            QThread::msleep(5);
        return 1;
    });
    bool called = false;
    {
        QObject context;
        job.onFinished(&context, [&called](const Result<int> &) { called = true; });
    }
    release = true;
    job.waitForFinished();
    QVERIFY(!job.isRunning());
    QTest::qWait(100); // a queued delivery would have arrived by now
    QVERIFY(!called);
}

// Work that is over before its caller attaches (an input error found in
// microseconds) reports from the event loop, never from inside onFinished():
// the caller sets up its "running" state after attaching and must see the
// result after that, or it would stay "running" for ever.
void TestJob::finishedWorkStillReportsLater()
{
    const Job<int> job = Job<int>::start([](const JobControl &) -> Result<int> { return 7; });
    job.waitForFinished();
    QVERIFY(!job.isRunning());
    QObject context;
    bool running = false;
    std::optional<bool> runningWhenReported;
    job.onFinished(&context, [&](const Result<int> &r) {
        QCOMPARE(r.value(), 7);
        runningWhenReported = running;
        running = false;
    });
    QVERIFY(!runningWhenReported.has_value()); // not called from inside onFinished()
    running = true;
    QVERIFY(QTest::qWaitFor([&] { return runningWhenReported.has_value(); }, 10000));
    QVERIFY(*runningWhenReported);
    QVERIFY(!running);
}

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
