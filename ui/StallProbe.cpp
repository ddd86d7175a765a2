#include "StallProbe.h"

#include <QFile>

namespace imageprep::ui {

namespace {
// Nanoseconds this thread has waited on a run queue; -1 when unavailable.
qint64 runqueueWaitNs()
{
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    return fields.size() >= 2 ? fields[1].toLongLong() : -1;
}
} // namespace

StallProbe::StallProbe(QObject *parent, int intervalMs) : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_clock.start();
    m_last = -1;
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::reset()
{
    m_last = m_clock.isValid() ? m_clock.elapsed() : -1;
    m_longest = 0;
    m_longestAt = 0;
    m_longestRunqueue = -1;
    m_longestOwn = 0;
    m_ticks = 0;
}

void StallProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 runqueue = runqueueWaitNs();
    if (m_last >= 0) {
        const qint64 gap = now - m_last;
        const qint64 waited = runqueue >= 0 && m_lastRunqueueNs >= 0 ? (runqueue - m_lastRunqueueNs) / 1000000 : -1;
        if (gap > m_longest) {
            m_longest = gap;
            m_longestAt = now;
            m_longestRunqueue = waited;
        }
        m_longestOwn = std::max(m_longestOwn, waited >= 0 ? gap - waited : gap);
    }
    m_lastRunqueueNs = runqueue;
    m_last = now;
    ++m_ticks;
}

} // namespace imageprep::ui
