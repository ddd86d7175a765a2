#pragma once
// Job: the one way long work runs off the caller's thread (boot test, cache
// report scan, sample guest generator). The work is a plain function that
// reads a cancel flag and returns a Result<T>; it runs on a thread pool
// (QThreadPool, through QPromise/QFuture), and its result comes back as a
// value on the thread of a context object. Cancel is a request: the work
// stops at its next check and returns ErrorCode::Cancelled, which arrives as
// any other result. Progress and log lines are the work's own callbacks
// (emit a signal: Qt queues it to the receiver's thread).
//
//     Job<Report> job = Job<Report>::start([opts](const JobControl &c) { return scan(opts, c.cancelFlag()); });
//     job.onFinished(window, [window](const Result<Report> &r) { window->show(r); });
//     job.cancel();   // any thread
//
// The Session (core/session) follows the same contract for its steps on its
// own thread, which alone owns the libguestfs handle: queued in, a result
// signal out, cancel through an atomic flag.

#include "util/Result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace imageprep {

// What the work sees of its job: whether it should stop.
class JobControl {
public:
    explicit JobControl(std::shared_ptr<std::atomic_bool> cancel) : m_cancel(std::move(cancel)) {}
    bool isCancelled() const { return m_cancel->load(); }
    // For functions that take a flag (runProcess, runBootTest, buildCacheReport).
    const std::atomic_bool &cancelFlag() const { return *m_cancel; }

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
};

template <typename T>
class Job {
public:
    using Work = std::function<Result<T>(const JobControl &)>;

    Job() = default; // not started

    // Starts work on pool (the global pool by default) and returns at once.
    static Job start(Work work, QThreadPool *pool = QThreadPool::globalInstance())
    {
        Job job;
        job.m_cancel = std::make_shared<std::atomic_bool>(false);
        auto promise = std::make_shared<QPromise<Result<T>>>();
        job.m_future = promise->future();
        promise->start();
        pool->start([promise, work = std::move(work), control = JobControl(job.m_cancel)] {
            promise->addResult(work(control));
            promise->finish();
        });
        return job;
    }

    bool isStarted() const { return m_cancel != nullptr; }
    bool isRunning() const { return isStarted() && !m_future.isFinished(); }
    // Thread-safe; the work stops at its next check.
    void cancel() const
    {
        if (m_cancel)
            m_cancel->store(true);
    }
    // Blocks until the work returned (destructors that must not leave it running).
    void waitForFinished() const
    {
        if (isStarted())
            m_future.waitForFinished();
    }

    // Calls done with the result on context's thread (context must live on
    // the calling thread), unless context is gone by then; always later, from
    // the event loop, never from inside this call, even when the work has
    // already finished (a job that fails in microseconds must not report
    // before its caller has set up its own state). A QFutureWatcher owned by
    // context carries the result: Qt drops its queued delivery when context
    // is destroyed, with no check-then-use race against the worker thread.
    void onFinished(QObject *context, std::function<void(const Result<T> &)> done) const
    {
        auto *watcher = new QFutureWatcher<Result<T>>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)] {
            const Result<T> result = watcher->future().result();
            watcher->deleteLater();
            done(result);
        });
        watcher->setFuture(m_future);
    }

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    mutable QFuture<Result<T>> m_future; // QFuture's waits and continuations are non-const
};

} // namespace imageprep
