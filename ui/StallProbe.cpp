#include "StallProbe.h"

namespace imageprep::ui {

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
    m_ticks = 0;
}

void StallProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    if (m_last >= 0 && now - m_last > m_longest) {
        m_longest = now - m_last;
        m_longestAt = now;
    }
    m_last = now;
    ++m_ticks;
}

} // namespace imageprep::ui
