#include "CacheReportWindow.h"
#include "util/VerifiedWrite.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace imageprep::ui {

namespace {

// Sorting uses this role so sizes and ages sort as numbers, not as text.
constexpr int SortRole = Qt::UserRole + 1;

enum FileColumn { ColFile, ColKind, ColImage, ColSize, ColAge, ColFate, ColKeptUntil, ColUsedBy, ColProblem, FileColumns };
enum DiskColumn { ColDisk, ColFormat, ColVirtual, ColReserved, ColChain, ColDiskProblem, DiskColumns };

QStandardItem *textItem(const QString &text, const QVariant &sortKey = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), SortRole);
    return item;
}

QString ageText(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    QString t;
    if (s >= 86400)
        t = CacheReportWindow::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    else if (s >= 3600)
        t = CacheReportWindow::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    else
        t = CacheReportWindow::tr("%1 min").arg(s / 60);
    return seconds < 0 ? CacheReportWindow::tr("in %1").arg(t) : t;
}

} // namespace

CacheReportWindow::CacheReportWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Compute node image cache"));

    m_instancesEdit = new QLineEdit(this);
    m_instancesEdit->setPlaceholderText(QStringLiteral("/var/lib/nova/instances"));
    auto *browseInstances = new QPushButton(tr("Choose…"), this);
    auto *instancesRow = new QHBoxLayout;
    instancesRow->addWidget(m_instancesEdit);
    instancesRow->addWidget(browseInstances);

    m_novaConfEdit = new QLineEdit(this);
    m_novaConfEdit->setPlaceholderText(tr("none: nova's defaults"));
    auto *browseConf = new QPushButton(tr("Choose…"), this);
    auto *confRow = new QHBoxLayout;
    confRow->addWidget(m_novaConfEdit);
    confRow->addWidget(browseConf);

    m_nowCheck = new QCheckBox(tr("Now"), this);
    m_nowCheck->setChecked(true);
    m_atEdit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_atEdit->setCalendarPopup(true);
    m_atEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_atEdit->setEnabled(false);
    auto *atRow = new QHBoxLayout;
    atRow->addWidget(m_nowCheck);
    atRow->addWidget(m_atEdit, 1);

    m_imageIdsEdit = new QLineEdit(this);
    //: Glance image ids, used to name the cached files (SHA-1 of the id)
    m_imageIdsEdit->setPlaceholderText(tr("optional: Glance image ids, comma-separated"));

    m_instancesJsonEdit = new QLineEdit(this);
    //: the output of "openstack server list --host HOST --long -f json"
    m_instancesJsonEdit->setPlaceholderText(tr("optional: exported server list (JSON)"));
    m_xmlDirEdit = new QLineEdit(this);
    m_xmlDirEdit->setPlaceholderText(defaultLibvirtXmlDir());

    auto *form = new QFormLayout;
    form->addRow(tr("Instances folder:"), instancesRow);
    form->addRow(tr("nova.conf:"), confRow);
    form->addRow(tr("Report time:"), atRow);
    form->addRow(tr("Image ids:"), m_imageIdsEdit);
    form->addRow(tr("Instance list:"), m_instancesJsonEdit);
    form->addRow(tr("libvirt XML folder:"), m_xmlDirEdit);

    m_runButton = new QPushButton(tr("Report"), this);
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_htmlButton = new QPushButton(tr("Save as HTML…"), this);
    m_htmlButton->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_htmlButton);

    QTabWidget *tabs = createTables();

    m_summary = new QLabel(tr("Choose the instances folder of a compute node, then Report. Nothing is written."),
                           this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_summary);
    resize(1000, 600);

    connect(browseInstances, &QPushButton::clicked, this, &CacheReportWindow::chooseInstancesDir);
    connect(browseConf, &QPushButton::clicked, this, &CacheReportWindow::chooseNovaConf);
    connect(m_nowCheck, &QCheckBox::toggled, m_atEdit, [this](bool now) { m_atEdit->setEnabled(!now); });
    connect(m_runButton, &QPushButton::clicked, this, &CacheReportWindow::startReport);
    connect(m_cancelButton, &QPushButton::clicked, this, &CacheReportWindow::cancelReport);
    connect(m_htmlButton, &QPushButton::clicked, this, &CacheReportWindow::saveHtml);
}

// The cached-files and instance-disks tables, sortable by number where the
// column holds one.
QTabWidget *CacheReportWindow::createTables()
{
    m_files = new QStandardItemModel(0, FileColumns, this);
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Image"), tr("Size"), tr("Age"), tr("Fate"),
                                        tr("Removable from"), tr("Used by"), tr("Problem")});
    m_sortedFiles = new QSortFilterProxyModel(this);
    m_sortedFiles->setSourceModel(m_files);
    m_sortedFiles->setSortRole(SortRole);
    m_filesView = new QTableView(this);
    m_filesView->setModel(m_sortedFiles);
    m_filesView->setSortingEnabled(true);
    m_filesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filesView->horizontalHeader()->setStretchLastSection(true);
    m_filesView->verticalHeader()->hide();

    m_disks = new QStandardItemModel(0, DiskColumns, this);
    m_disks->setHorizontalHeaderLabels(
        {tr("Disk"), tr("Format"), tr("Virtual size"), tr("Reserved"), tr("Backing chain"), tr("Problem")});
    auto *sortedDisks = new QSortFilterProxyModel(this);
    sortedDisks->setSourceModel(m_disks);
    sortedDisks->setSortRole(SortRole);
    m_disksView = new QTableView(this);
    m_disksView->setModel(sortedDisks);
    m_disksView->setSortingEnabled(true);
    m_disksView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_disksView->horizontalHeader()->setStretchLastSection(true);
    m_disksView->verticalHeader()->hide();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_filesView, tr("Cached files"));
    tabs->addTab(m_disksView, tr("Instance disks"));
    return tabs;
}

CacheReportWindow::~CacheReportWindow()
{
    // Stops between two qemu-img runs; never terminate a thread.
    m_job.cancel();
    m_job.waitForFinished();
}

void CacheReportWindow::setInstancesDir(const QString &path)
{
    m_instancesEdit->setText(path);
}

void CacheReportWindow::setNovaConf(const QString &path)
{
    m_novaConfEdit->setText(path);
}

void CacheReportWindow::setReportTime(const QDateTime &at)
{
    m_nowCheck->setChecked(!at.isValid());
    if (at.isValid())
        m_atEdit->setDateTime(at.toLocalTime());
}

void CacheReportWindow::setImageIds(const QStringList &ids)
{
    m_imageIdsEdit->setText(ids.join(QLatin1Char(',')));
}

void CacheReportWindow::setInstancesJson(const QString &path)
{
    m_instancesJsonEdit->setText(path);
}

void CacheReportWindow::setLibvirtXmlDir(const QString &path)
{
    m_xmlDirEdit->setText(path);
}

bool CacheReportWindow::isRunning() const
{
    return m_running;
}

const CacheReport *CacheReportWindow::report() const
{
    return m_report ? &*m_report : nullptr;
}

QString CacheReportWindow::summaryText() const
{
    return m_summary->text();
}

void CacheReportWindow::chooseInstancesDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Instances folder"), m_instancesEdit->text());
    if (!dir.isEmpty())
        m_instancesEdit->setText(dir);
}

void CacheReportWindow::chooseNovaConf()
{
    const QString start = m_novaConfEdit->text().isEmpty() ? QStringLiteral("/etc/nova") : m_novaConfEdit->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("nova.conf"), start,
                                                      tr("Configuration files (*.conf);;All files (*)"));
    if (!file.isEmpty())
        m_novaConfEdit->setText(file);
}

void CacheReportWindow::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_htmlButton->setEnabled(!running && m_report.has_value());
}

void CacheReportWindow::startReport()
{
    if (m_running)
        return;
    CacheReportRequest request;
    request.instancesDir = m_instancesEdit->text().trimmed();
    if (request.instancesDir.isEmpty()) {
        m_summary->setText(tr("Choose the instances folder first."));
        Q_EMIT reportFinished(false);
        return;
    }
    request.at = m_nowCheck->isChecked() ? QDateTime() : m_atEdit->dateTime().toUTC();
    for (const QString &id : m_imageIdsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.imageIds << id.trimmed();
    const QString novaConf = m_novaConfEdit->text().trimmed();
    const QString instancesJson = m_instancesJsonEdit->text().trimmed();
    const QString xmlDir = m_xmlDirEdit->text().trimmed();

    // The work sees only these copies; the result comes back as a value.
    m_job = Job<CacheReport>::start([request, novaConf, instancesJson, xmlDir](const JobControl &control) mutable -> Result<CacheReport> {
        // the same instance list the CLI would read from these inputs
        auto instances = loadInstanceView(instancesJson, xmlDir.isEmpty() ? defaultLibvirtXmlDir() : xmlDir,
                                          !xmlDir.isEmpty());
        if (!instances)
            return instances.error();
        request.instances = instances.value();
        if (!novaConf.isEmpty()) {
            auto settings = readNovaConf(novaConf);
            if (!settings)
                return settings.error();
            request.settings = settings.value();
        }
        request.cancel = &control.cancelFlag();
        return buildCacheReport(request);
    });
    m_job.onFinished(this, [this](const Result<CacheReport> &result) { reportDone(result); });
    m_running = true;
    m_summary->setText(tr("Reading %1…").arg(request.instancesDir));
    setRunning(true);
}

void CacheReportWindow::cancelReport()
{
    m_job.cancel();
}

void CacheReportWindow::reportDone(const Result<CacheReport> &result)
{
    m_running = false;
    if (result) {
        m_report = result.value();
        showReport(*m_report);
    } else {
        m_summary->setText(tr("Cannot report: %1").arg(result.error().message));
    }
    setRunning(false);
    Q_EMIT reportFinished(result.ok());
}

void CacheReportWindow::showReport(const CacheReport &report)
{
    m_files->removeRows(0, m_files->rowCount());
    for (const BaseFileEntry &e : report.files) {
        const qint64 bytes = e.allocated >= 0 ? e.allocated : e.size;
        QList<QStandardItem *> row(FileColumns);
        row[ColFile] = textItem(e.name);
        row[ColFile]->setToolTip(e.path);
        row[ColKind] = textItem(kindLabel(e));
        row[ColImage] = textItem(e.imageId.isEmpty() ? e.fingerprint : e.imageId);
        row[ColSize] = textItem(formatBytes(bytes), bytes);
        row[ColSize]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[ColAge] = textItem(ageText(e.ageSeconds), e.ageSeconds);
        row[ColAge]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[ColFate] = textItem(fateLabel(e.fate), int(e.fate));
        row[ColFate]->setData(fateId(e.fate), Qt::UserRole);
        row[ColKeptUntil] = textItem(e.removableFrom.isValid()
                                         ? e.removableFrom.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                         : QString(),
                                     e.removableFrom.isValid() ? e.removableFrom.toMSecsSinceEpoch() : qint64(0));
        row[ColUsedBy] = textItem(e.usedBy.isEmpty() ? e.inUseReason : e.usedBy.join(QStringLiteral(", ")));
        row[ColProblem] = textItem(e.problem);
        m_files->appendRow(row);
    }
    m_disks->removeRows(0, m_disks->rowCount());
    for (const InstanceDisk &d : report.disks) {
        QList<QStandardItem *> row(DiskColumns);
        row[ColDisk] = textItem(d.instance + QLatin1Char('/') + QFileInfo(d.path).fileName());
        row[ColDisk]->setToolTip(d.path);
        row[ColFormat] = textItem(d.format);
        row[ColVirtual] = textItem(formatBytes(d.virtualSize), d.virtualSize);
        row[ColReserved] = textItem(d.reservedBytes > 0 ? formatBytes(d.reservedBytes) : QString(), d.reservedBytes);
        row[ColChain] = textItem(d.chain.join(QStringLiteral(" → ")));
        row[ColDiskProblem] = textItem(d.problem);
        m_disks->appendRow(row);
    }
    m_filesView->resizeColumnsToContents();
    m_disksView->resizeColumnsToContents();

    QStringList lines;
    lines << report.sourceText;
    if (report.runFails)
        lines << tr("The next run fails and removes nothing: %1").arg(report.runFailure);
    lines << tr("%n file(s): %1 in use, %2 kept, %3 removable now, %4 never removed, %5 not managed.",
                nullptr, int(report.files.size()))
                 .arg(report.countFate(CacheFate::InUse))
                 .arg(report.countFate(CacheFate::KeptUntil))
                 .arg(report.countFate(CacheFate::RemovableNow))
                 .arg(report.countFate(CacheFate::NeverRemoved))
                 .arg(report.countFate(CacheFate::NotManaged));
    lines << tr("Space freed by the next run: %1.").arg(formatBytes(report.spaceFreed()));
    if (report.settings.preallocate == Preallocate::Space)
        lines << tr("Reserved by preallocated instance disks: %1.").arg(formatBytes(report.reservedBytes()));
    for (const QString &p : report.problems)
        lines << p;
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void CacheReportWindow::saveHtml()
{
    if (!m_report)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Save report"), QStringLiteral("cache-report.html"),
                                                      tr("HTML files (*.html)"));
    if (file.isEmpty())
        return;
    // the report never writes into the folder it describes
    const QString instances = QFileInfo(m_report->instancesDir).canonicalFilePath();
    const QString target = QFileInfo(QFileInfo(file).absolutePath()).canonicalFilePath();
    if (!instances.isEmpty() && (target == instances || target.startsWith(instances + QLatin1Char('/')))) {
        m_summary->setText(tr("Choose a place outside the instances folder for the report."));
        return;
    }
    if (const Status w = writeFileVerified(file, cacheReportToHtml(*m_report).toUtf8()); !w)
        m_summary->setText(tr("Cannot write %1: %2").arg(file, w.error().detail));
}

} // namespace imageprep::ui
