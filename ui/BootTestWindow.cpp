#include "BootTestWindow.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imageprep::ui {

namespace {

QIcon statusIcon(BootCheckStatus s)
{
    switch (s) {
    case BootCheckStatus::Pass: return QIcon(QStringLiteral(":/imageprep/icons/status-pass.svg"));
    case BootCheckStatus::Fail: return QIcon(QStringLiteral(":/imageprep/icons/status-fail.svg"));
    case BootCheckStatus::NotApplicable: return QIcon(QStringLiteral(":/imageprep/icons/status-na.svg"));
    case BootCheckStatus::Pending: return QIcon(QStringLiteral(":/imageprep/icons/status-unknown.svg"));
    }
    return {};
}

} // namespace

BootTestWindow::BootTestWindow(QWidget *parent) : QWidget(parent), m_test(new BootTest(this))
{
    setWindowTitle(tr("Test boot"));
    resize(1000, 700);

    m_imageLabel = new QLabel(tr("No image chosen."), this);
    m_imageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_growSpin = new QSpinBox(this);
    m_growSpin->setRange(0, 1024);
    m_growSpin->setValue(m_options.growGiB);
    m_growSpin->setSuffix(tr(" GiB"));
    //: tooltip: the boot test adds this much to the disk, like a larger flavor
    m_growSpin->setToolTip(tr("Grow the disk by this much, as a larger flavor would."));
    m_startButton = new QPushButton(tr("Start boot test"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_imageLabel, 1);
    top->addWidget(new QLabel(tr("Grow disk by:"), this));
    top->addWidget(m_growSpin);
    top->addWidget(m_startButton);
    top->addWidget(m_cancelButton);

    m_checks = new QTreeWidget(this);
    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({tr("Check"), tr("Status"), tr("Evidence")});
    m_checks->setRootIsDecorated(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (BootCheckId id : allBootChecks()) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, bootCheckTitle(id));
        item->setData(0, Qt::UserRole, bootCheckKey(id));
        showCheck(BootCheck{id});
    }

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_console = new QPlainTextEdit(this);
    m_console->setReadOnly(true);
    m_console->setFont(mono);
    m_console->setMaximumBlockCount(20000);
    m_console->setPlaceholderText(tr("The guest's serial console appears here while it boots."));
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_checks);
    split->addWidget(m_console);
    split->addWidget(m_log);
    split->setStretchFactor(1, 3);

    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_verdict);

    connect(m_startButton, &QPushButton::clicked, this, &BootTestWindow::startTest);
    connect(m_cancelButton, &QPushButton::clicked, this, &BootTestWindow::cancelTest);
    connect(m_test, &BootTest::progress, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_test, &BootTest::serialLine, m_console, &QPlainTextEdit::appendPlainText);
    connect(m_test, &BootTest::checkChanged, this, &BootTestWindow::showCheck);
    connect(m_test, &BootTest::finished, this, &BootTestWindow::showReport);
    connect(m_test, &BootTest::failed, this, &BootTestWindow::showFailure);
    connect(m_test, &BootTest::cancelled, this, [this] {
        setRunning(false);
        m_verdict->setText(tr("Cancelled; the test files were removed."));
        Q_EMIT testFinished(false);
    });
    setImagePath(QString());
}

BootTestWindow::~BootTestWindow() = default; // BootTest cancels and waits

void BootTestWindow::setImagePath(const QString &path)
{
    m_imagePath = path;
    m_imageLabel->setText(path.isEmpty() ? tr("No image chosen.") : tr("Image: %1").arg(path));
    m_startButton->setEnabled(!path.isEmpty() && !isRunning());
}

void BootTestWindow::setGrowGiB(int gib)
{
    m_growSpin->setValue(gib);
}

void BootTestWindow::setOptions(const BootTestOptions &options)
{
    m_options = options;
    m_growSpin->setValue(options.growGiB);
    if (!options.imagePath.isEmpty())
        setImagePath(options.imagePath);
}

bool BootTestWindow::isRunning() const
{
    return m_test->isRunning();
}

QString BootTestWindow::consoleText() const
{
    return m_console->toPlainText();
}

QString BootTestWindow::verdictText() const
{
    return m_verdict->text();
}

void BootTestWindow::startTest()
{
    if (isRunning() || m_imagePath.isEmpty())
        return;
    BootTestOptions o = m_options;
    o.imagePath = m_imagePath;
    o.growGiB = m_growSpin->value();
    m_report.reset();
    m_console->clear();
    m_log->clear();
    m_verdict->setText(tr("Booting… (under software emulation this takes a few minutes)"));
    for (BootCheckId id : allBootChecks())
        showCheck(BootCheck{id});
    setRunning(true);
    m_test->start(o);
}

void BootTestWindow::cancelTest()
{
    m_test->cancel();
}

void BootTestWindow::showCheck(const BootCheck &check)
{
    QTreeWidgetItem *item = m_checks->topLevelItem(int(check.id));
    if (!item)
        return;
    item->setIcon(1, statusIcon(check.status));
    item->setText(1, bootCheckStatusText(check.status));
    QString evidence = check.evidence;
    if (check.line > 0)
        evidence = tr("line %1: %2").arg(check.line).arg(evidence);
    item->setText(2, evidence.isEmpty() ? check.detail : evidence);
    item->setToolTip(2, check.detail.isEmpty() ? evidence : evidence + QLatin1Char('\n') + check.detail);
}

void BootTestWindow::showReport(const BootTestReport &report)
{
    m_report = report;
    for (const BootCheck &c : report.checks)
        showCheck(c);
    setRunning(false);
    m_verdict->setText(report.verdict);
    Q_EMIT testFinished(report.passed);
}

void BootTestWindow::showFailure(const QString &message, const QString &detail)
{
    setRunning(false);
    m_verdict->setText(detail.isEmpty() ? message : message + QLatin1Char('\n') + detail);
    Q_EMIT testFinished(false);
}

void BootTestWindow::setRunning(bool running)
{
    m_startButton->setEnabled(!running && !m_imagePath.isEmpty());
    m_cancelButton->setEnabled(running);
    m_growSpin->setEnabled(!running);
}

} // namespace imageprep::ui
