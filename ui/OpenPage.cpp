#include "OpenPage.h"

#include "SampleImage.h"
#include "UiSupport.h"

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStorageInfo>
#include <QVBoxLayout>

namespace imageprep::ui {

namespace {
constexpr int MaxRecent = 8;
const QString RecentKey = QStringLiteral("open/recent");
const QString LastFolderKey = QStringLiteral("open/lastFolder");
const QString WorkspaceKey = QStringLiteral("open/workspaceParent");
const QString NetworkKey = QStringLiteral("open/applianceNetwork");
} // namespace

OpenPage::OpenPage(QWidget *parent) : WizardPage(parent)
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Choose the disk image to prepare for OpenStack. It is never written: "
                                "every change goes to a scratch copy in the workspace folder. "
                                "You can also drop an image file on this window."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addLayout(buildPathRow());

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Open error"));
    m_error->hide();
    layout->addWidget(m_error);

    layout->addWidget(buildRecentBox(), 1);

    layout->addWidget(buildSampleBox());
    m_sample = new SampleImage(this);
    connect(m_sampleButton, &QPushButton::clicked, this, &OpenPage::generateSample);
    connect(m_sampleCancel, &QPushButton::clicked, m_sample, &SampleImage::cancel);
    connect(m_sample, &SampleImage::outputLine, m_sampleLog, &QPlainTextEdit::appendPlainText);
    connect(m_sample, &SampleImage::finished, this, &OpenPage::sampleFinished);
    if (SampleImage::scriptPath().isEmpty()) {
        m_sampleButton->setEnabled(false);
        m_sampleButton->setToolTip(tr("The sample generator is not installed."));
    }

    layout->addWidget(buildWorkspaceBox());

    QSettings settings;
    m_workspaceParent = settings.value(WorkspaceKey).toString();
    m_network->setChecked(settings.value(NetworkKey, false).toBool());
    connect(m_network, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(NetworkKey, on); });
    refreshRecent();
    refreshWorkspace();
}

QLayout *OpenPage::buildPathRow()
{
    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("&Image:"));
    m_pathEdit = new QLineEdit;
    m_pathEdit->setAccessibleName(tr("Image file"));
    m_pathEdit->setPlaceholderText(tr("qcow2, raw, vmdk, vdi, vhd(x), ova, or a compressed image"));
    m_pathEdit->setClearButtonEnabled(true);
    pathLabel->setBuddy(m_pathEdit);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Browse for an image file"));
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &OpenPage::browse);
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this] {
        showError({});
        Q_EMIT completeChanged();
    });
    connect(m_pathEdit, &QLineEdit::returnPressed, this, [this] {
        if (isComplete())
            Q_EMIT openRequested(imagePath());
    });
    return pathRow;
}

QWidget *OpenPage::buildRecentBox()
{
    auto *recentBox = new QGroupBox(tr("Recent images"));
    auto *recentLayout = new QVBoxLayout(recentBox);
    m_recent = new QListWidget;
    m_recent->setAccessibleName(tr("Recent images"));
    recentLayout->addWidget(m_recent);
    connect(m_recent, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_pathEdit->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_pathEdit->setText(item->data(Qt::UserRole).toString());
        Q_EMIT openRequested(imagePath());
    });
    return recentBox;
}

// The practice image: a generated Debian guest with the typical problems.
QWidget *OpenPage::buildSampleBox()
{
    auto *sampleBox = new QGroupBox(tr("Practice image"));
    auto *sampleLayout = new QVBoxLayout(sampleBox);
    auto *sampleIntro = new QLabel(tr("No image at hand? Generate a small Debian guest with the typical "
                                      "problems (about a minute; it starts the libguestfs appliance once)."));
    sampleIntro->setWordWrap(true);
    sampleLayout->addWidget(sampleIntro);
    auto *sampleRow = new QHBoxLayout;
    m_sampleButton = new QPushButton(tr("&Generate a sample image"));
    m_sampleCancel = new QPushButton(tr("Cancel sample"));
    m_sampleCancel->setEnabled(false);
    m_sampleProgress = new QProgressBar;
    m_sampleProgress->setRange(0, 0);
    m_sampleProgress->setAccessibleName(tr("Sample generation progress"));
    m_sampleProgress->hide();
    sampleRow->addWidget(m_sampleButton);
    sampleRow->addWidget(m_sampleCancel);
    sampleRow->addWidget(m_sampleProgress, 1);
    sampleLayout->addLayout(sampleRow);
    m_sampleLog = new QPlainTextEdit;
    m_sampleLog->setReadOnly(true);
    m_sampleLog->setMaximumBlockCount(500);
    m_sampleLog->setAccessibleName(tr("Sample generation log"));
    m_sampleLog->setMaximumHeight(80);
    m_sampleLog->hide();
    sampleLayout->addWidget(m_sampleLog);
    return sampleBox;
}

QWidget *OpenPage::buildWorkspaceBox()
{
    auto *wsBox = new QGroupBox(tr("Workspace"));
    auto *wsOuter = new QVBoxLayout(wsBox);
    auto *wsLayout = new QHBoxLayout;
    wsOuter->addLayout(wsLayout);
    m_network = new QCheckBox(tr("Allow the appliance &network (fixes that install packages from the guest's repositories)"));
    wsOuter->addWidget(m_network);
    m_workspaceLabel = new QLabel;
    m_workspaceLabel->setWordWrap(true);
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *wsChange = new QPushButton(tr("C&hange…"));
    wsChange->setAccessibleName(tr("Change the workspace folder"));
    wsLayout->addWidget(m_workspaceLabel, 1);
    wsLayout->addWidget(wsChange);
    connect(wsChange, &QPushButton::clicked, this, &OpenPage::chooseWorkspace);
    return wsBox;
}

QString OpenPage::title() const
{
    return tr("Open");
}

bool OpenPage::isComplete() const
{
    return !imagePath().isEmpty() && !isGeneratingSample();
}

QString OpenPage::imagePath() const
{
    return m_pathEdit->text().trimmed();
}

void OpenPage::setImagePath(const QString &path)
{
    m_pathEdit->setText(path);
}

QString OpenPage::fileDialogFilter()
{
    return tr("Disk images (*.qcow2 *.qcow *.img *.raw *.vmdk *.vdi *.vhd *.vhdx *.ova *.ovf *.tar "
              "*.gz *.xz *.zst *.bz2);;All files (*)");
}

void OpenPage::browse()
{
    QSettings settings;
    const QString start = imagePath().isEmpty() ? settings.value(LastFolderKey, QDir::homePath()).toString()
                                                : QFileInfo(imagePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a disk image"), start, fileDialogFilter());
    if (path.isEmpty())
        return;
    settings.setValue(LastFolderKey, QFileInfo(path).absolutePath());
    setImagePath(path);
}

void OpenPage::setWorkspaceParent(const QString &dir)
{
    m_workspaceParent = dir;
    QSettings().setValue(WorkspaceKey, dir);
    refreshWorkspace();
}

bool OpenPage::applianceNetwork() const
{
    return m_network->isChecked();
}

void OpenPage::setApplianceNetwork(bool on)
{
    m_network->setChecked(on);
}

QString OpenPage::effectiveWorkspaceParent() const
{
    if (!m_workspaceParent.isEmpty())
        return m_workspaceParent;
    const QString env = qEnvironmentVariable("IMAGEPREP_WORKDIR");
    return env.isEmpty() ? QDir::tempPath() : env;
}

void OpenPage::chooseWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Workspace folder"), effectiveWorkspaceParent());
    if (!dir.isEmpty())
        setWorkspaceParent(dir);
}

void OpenPage::refreshWorkspace()
{
    const QString dir = effectiveWorkspaceParent();
    const QStorageInfo storage(dir);
    const QString free = storage.isValid() ? formatBytes(storage.bytesAvailable()) : tr("unknown");
    m_workspaceLabel->setText(tr("Scratch files go to <b>%1</b> (%2 free). The fixed image is only written "
                                 "when you export it.")
                                  .arg(QDir::toNativeSeparators(dir).toHtmlEscaped(), free));
}

void OpenPage::addRecent(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentImages();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > MaxRecent)
        list.removeLast();
    QSettings().setValue(RecentKey, list);
    refreshRecent();
}

QStringList OpenPage::recentImages() const
{
    return QSettings().value(RecentKey).toStringList();
}

void OpenPage::refreshRecent()
{
    const QSignalBlocker block(m_recent);
    m_recent->clear();
    for (const QString &path : recentImages()) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ")
                                         + QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        m_recent->addItem(item);
    }
    if (m_recent->count() == 0) {
        auto *none = new QListWidgetItem(tr("No recent images."));
        none->setFlags(Qt::NoItemFlags);
        m_recent->addItem(none);
    }
}

void OpenPage::showError(const QString &html)
{
    setMessage(m_error, html, true);
}

QString OpenPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool OpenPage::isGeneratingSample() const
{
    return m_sample->isRunning();
}

void OpenPage::generateSample()
{
    if (m_sample->isRunning())
        return;
    showError({});
    m_sampleLog->clear();
    m_sampleLog->show();
    m_sampleLog->appendPlainText(tr("Generating %1 …").arg(m_sample->imagePath()));
    m_sampleProgress->show();
    m_sampleButton->setEnabled(false);
    m_sampleCancel->setEnabled(true);
    m_sample->start();
    Q_EMIT busyChanged(true);
    Q_EMIT completeChanged();
}

void OpenPage::sampleFinished(bool ok, const QString &message)
{
    m_sampleProgress->hide();
    m_sampleButton->setEnabled(true);
    m_sampleCancel->setEnabled(false);
    Q_EMIT busyChanged(false);
    Q_EMIT completeChanged();
    if (!ok) {
        m_sampleLog->appendPlainText(message);
        showError(message.toHtmlEscaped());
        return;
    }
    m_sampleLog->appendPlainText(tr("Sample ready."));
    setImagePath(m_sample->imagePath());
    Q_EMIT openRequested(m_sample->imagePath());
}

void OpenPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void OpenPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    setImagePath(urls.first().toLocalFile());
    Q_EMIT openRequested(imagePath());
}

} // namespace imageprep::ui
