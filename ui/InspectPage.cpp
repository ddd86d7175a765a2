#include "InspectPage.h"

#include "FactsView.h"
#include "UiSupport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace imageprep::ui {

InspectPage::InspectPage(QWidget *parent) : WizardPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *stageRow = new QHBoxLayout;
    m_stage = new QLabel(tr("Nothing opened yet."));
    m_stage->setWordWrap(true);
    m_elapsed = new QLabel;
    stageRow->addWidget(m_stage, 1);
    stageRow->addWidget(m_elapsed);
    layout->addLayout(stageRow);

    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Inspection progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Inspection error"));
    m_error->hide();
    layout->addWidget(m_error);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->hide();
    layout->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Vertical);
    m_facts = new FactsView;
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setAccessibleName(tr("Appliance log"));
    m_log->setPlaceholderText(tr("The appliance log appears here."));
    split->addWidget(m_facts);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &InspectPage::tickElapsed);
}

QString InspectPage::title() const
{
    return tr("Inspect");
}

void InspectPage::start(const QString &imagePath)
{
    m_done = false;
    m_facts->clearFacts();
    m_log->clear();
    setMessage(m_error, {}, true);
    m_summary->hide();
    m_stage->setText(tr("Opening %1…").arg(imagePath));
    m_progress->setRange(0, 0); // busy until the session reports numbers
    m_clock.start();
    m_clockTimer->start();
    tickElapsed();
    Q_EMIT completeChanged();
}

void InspectPage::setStage(const QString &text)
{
    m_stage->setText(text);
    m_progress->setRange(0, 0);
    appendLog(text);
}

void InspectPage::setProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
}

void InspectPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void InspectPage::setInspected(const GuestFacts &facts, const SessionTimings &timings)
{
    m_facts->setFacts(facts);
    QString text = tr("Opened in %1 s, appliance started in %2 s, inspected in %3 s.")
                       .arg(timings.openMs / 1000.0, 0, 'f', 1)
                       .arg(timings.launchMs / 1000.0, 0, 'f', 1)
                       .arg(timings.inspectMs / 1000.0, 0, 'f', 1);
    if (timings.softwareEmulation)
        text += QLatin1Char(' ') + tr("The appliance runs in software emulation (no KVM), so guest work is slower.");
    m_summary->setText(text);
    m_summary->show();
}

void InspectPage::setChecking(bool checking)
{
    if (checking) {
        m_stage->setText(tr("Checking the OpenStack requirements…"));
        m_progress->setRange(0, 0);
    }
}

void InspectPage::setChecked()
{
    stopWorking();
    m_stage->setText(tr("Inspection and checks finished. Next shows the checklist."));
    m_done = true;
    Q_EMIT completeChanged();
}

void InspectPage::showError(const Error &error)
{
    stopWorking();
    m_stage->setText(error.code == ErrorCode::Cancelled ? tr("Cancelled.") : tr("Inspection failed."));
    setMessage(m_error, errorHtml(error), error.code != ErrorCode::Cancelled);
    appendLog(error.message);
    if (!error.detail.isEmpty())
        appendLog(error.detail);
    m_done = false;
    Q_EMIT completeChanged();
}

void InspectPage::stopWorking()
{
    m_clockTimer->stop();
    tickElapsed();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
}

void InspectPage::tickElapsed()
{
    if (m_clock.isValid())
        m_elapsed->setText(tr("%1 s").arg(m_clock.elapsed() / 1000));
}

QString InspectPage::logText() const
{
    return m_log->toPlainText();
}

QString InspectPage::stageText() const
{
    return m_stage->text();
}

} // namespace imageprep::ui
