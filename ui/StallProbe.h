#pragma once
// StallProbe: measures how long the GUI event loop goes without running a
// timer. A 5 ms timer records the largest gap between two of its ticks; any
// gap well above the interval is time the GUI thread spent blocked.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace imageprep::ui {

class StallProbe final : public QObject {
    Q_OBJECT
public:
    explicit StallProbe(QObject *parent = nullptr, int intervalMs = 5);

    void start();
    void stop();
    void reset(); // forget the figures, keep running

    qint64 longestGapMs() const { return m_longest; } // largest tick-to-tick gap
    qint64 longestGapEndMs() const { return m_longestAt; } // when it ended, since start()
    // Of the longest gap, the time the GUI thread was runnable but waiting for
    // a CPU (Linux schedstat; -1 when unknown): on a loaded machine a gap can
    // be the scheduler's, not the thread being blocked.
    qint64 longestGapRunqueueMs() const { return m_longestRunqueue; }
    // The longest gap minus its run-queue wait: time the thread itself spent.
    qint64 longestOwnGapMs() const { return m_longestOwn; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    qint64 ticks() const { return m_ticks; }
    int intervalMs() const { return m_timer.interval(); }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_longest = 0;
    qint64 m_longestAt = 0;
    qint64 m_longestRunqueue = -1;
    qint64 m_longestOwn = 0;
    qint64 m_lastRunqueueNs = -1;
    qint64 m_ticks = 0;
};

} // namespace imageprep::ui
