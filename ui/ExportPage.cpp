#include "ExportPage.h"

#include "UiSupport.h"

#include "session/ExportChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace imageprep::ui {

namespace {
enum Column { KeyColumn, ValueColumn, ReasonColumn, CheckColumn };
const QString OutputKey = QStringLiteral("export/outputDir");
const QString FormatKey = QStringLiteral("export/format");
const QString CompressKey = QStringLiteral("export/compress");
const QString BundleKey = QStringLiteral("export/bundle");
const QString CloudKey = QStringLiteral("export/cloud");
const QString EndpointKey = QStringLiteral("export/endpoint");
} // namespace

ExportPage::ExportPage(QWidget *parent) : WizardPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(buildImageBox(), 1);
    top->addWidget(buildUploadBox(), 1);
    layout->addLayout(top);
    layout->addWidget(buildPropertyBox(), 1);
    auto *runRow = new QHBoxLayout;
    m_exportButton = new QPushButton(tr("E&xport"));
    m_exportButton->setAccessibleName(tr("Export the image"));
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText = new QLabel;
    runRow->addWidget(m_exportButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_progressText);
    layout->addLayout(runRow);
    m_summary = new QTextBrowser;
    m_summary->setAccessibleName(tr("Export summary"));
    m_summary->setPlaceholderText(tr("The written files and their checksums appear here."));
    m_summary->setMaximumHeight(130);
    layout->addWidget(m_summary);

    QSettings settings;
    m_outputDir->setText(settings.value(OutputKey, QDir::homePath() + QStringLiteral("/imageprep-export")).toString());
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(FormatKey, 0).toInt())));
    m_compress->setChecked(settings.value(CompressKey, false).toBool());
    m_bundle->setCurrentIndex(std::max(0, m_bundle->findData(settings.value(BundleKey, 0).toInt())));
    m_cloud->setText(settings.value(CloudKey).toString());
    m_endpoint->setText(settings.value(EndpointKey).toString());

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_compress->setEnabled(m_format->currentData().toInt() == int(ExportImageFormat::Qcow2));
        derive();
    });
    m_compress->setEnabled(m_format->currentData().toInt() == int(ExportImageFormat::Qcow2));
    connect(m_table, &QTableWidget::cellChanged, this, &ExportPage::tableEdited);
    connect(m_outputDir, &QLineEdit::textChanged, this, &ExportPage::updateExportButton);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (m_running) {
            Q_EMIT cancelRequested();
            return;
        }
        saveSettings();
        Q_EMIT exportRequested(options());
    });
    updateExportButton();
}

QGroupBox *ExportPage::buildImageBox()
{
    auto *imageBox = new QGroupBox(tr("Image"));
    auto *imageForm = new QFormLayout(imageBox);
    m_format = new QComboBox;
    m_format->addItem(tr("qcow2"), int(ExportImageFormat::Qcow2));
    m_format->addItem(tr("raw"), int(ExportImageFormat::Raw));
    m_format->setAccessibleName(tr("Image format"));
    imageForm->addRow(tr("&Format:"), m_format);
    m_compress = new QCheckBox(tr("Co&mpress (qcow2)"));
    imageForm->addRow(QString(), m_compress);
    auto *dirRow = new QHBoxLayout;
    m_outputDir = new QLineEdit;
    m_outputDir->setAccessibleName(tr("Output folder"));
    auto *dirBrowse = new QPushButton(tr("Choose…"));
    dirBrowse->setAccessibleName(tr("Choose the output folder"));
    dirRow->addWidget(m_outputDir, 1);
    dirRow->addWidget(dirBrowse);
    auto *dirLabel = new QLabel(tr("&Output folder:"));
    dirLabel->setBuddy(m_outputDir);
    imageForm->addRow(dirLabel, dirRow);
    m_baseName = new QLineEdit;
    m_baseName->setAccessibleName(tr("File name stem"));
    imageForm->addRow(tr("File &name:"), m_baseName);
    m_imageName = new QLineEdit;
    m_imageName->setAccessibleName(tr("Glance image name"));
    imageForm->addRow(tr("Glance &image name:"), m_imageName);
    m_bundle = new QComboBox;
    m_bundle->addItem(tr("No bundle"), int(BundleFormat::None));
    m_bundle->addItem(QStringLiteral("tar"), int(BundleFormat::Tar));
    m_bundle->addItem(QStringLiteral("tar.gz"), int(BundleFormat::TarGz));
    m_bundle->addItem(QStringLiteral("tar.zst"), int(BundleFormat::TarZst));
    m_bundle->setAccessibleName(tr("Bundle archive"));
    imageForm->addRow(tr("&Bundle:"), m_bundle);
    m_overwrite = new QCheckBox(tr("Replace existing files"));
    imageForm->addRow(QString(), m_overwrite);
    connect(dirBrowse, &QPushButton::clicked, this, &ExportPage::chooseOutputDir);
    return imageBox;
}

QGroupBox *ExportPage::buildUploadBox()
{
    m_uploadBox = new QGroupBox(tr("&Upload to Glance"));
    m_uploadBox->setCheckable(true);
    m_uploadBox->setChecked(false);
    auto *uploadForm = new QFormLayout(m_uploadBox);
    m_cloud = new QLineEdit;
    m_cloud->setPlaceholderText(tr("from clouds.yaml; empty: $OS_CLOUD"));
    m_cloud->setAccessibleName(tr("Cloud name"));
    uploadForm->addRow(tr("C&loud:"), m_cloud);
    m_endpoint = new QLineEdit;
    m_endpoint->setPlaceholderText(tr("or an image endpoint, e.g. http://glance:9292"));
    m_endpoint->setAccessibleName(tr("Glance endpoint"));
    uploadForm->addRow(tr("&Endpoint:"), m_endpoint);
    m_token = new QLineEdit;
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Token"));
    uploadForm->addRow(tr("&Token:"), m_token);
    return m_uploadBox;
}

QGroupBox *ExportPage::buildPropertyBox()
{
    auto *propBox = new QGroupBox(tr("Glance properties"));
    auto *propLayout = new QVBoxLayout(propBox);
    m_table = new QTableWidget(0, 4);
    m_table->setHorizontalHeaderLabels({tr("Property"), tr("Value"), tr("Why"), tr("Check")});
    m_table->setAccessibleName(tr("Glance properties"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(8 * (m_table->fontMetrics().height() + 8));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    propLayout->addWidget(m_table, 1);
    auto *editRow = new QHBoxLayout;
    m_newProperty = new QLineEdit;
    m_newProperty->setPlaceholderText(tr("KEY=VALUE"));
    m_newProperty->setAccessibleName(tr("New property as KEY=VALUE"));
    auto *add = new QPushButton(tr("&Add"));
    auto *remove = new QPushButton(tr("&Remove selected"));
    editRow->addWidget(m_newProperty, 1);
    editRow->addWidget(add);
    editRow->addWidget(remove);
    propLayout->addLayout(editRow);
    m_validation = new QLabel;
    m_validation->setWordWrap(true);
    propLayout->addWidget(m_validation);
    connect(add, &QPushButton::clicked, this, &ExportPage::addProperty);
    connect(m_newProperty, &QLineEdit::returnPressed, this, &ExportPage::addProperty);
    connect(remove, &QPushButton::clicked, this, &ExportPage::removeSelected);
    return propBox;
}

QString ExportPage::title() const
{
    return tr("Export");
}

void ExportPage::setInputs(const GuestFacts &facts, const CheckRun &run, const QString &sourcePath)
{
    m_facts = facts;
    m_run = run;
    m_hasInputs = true;
    const QString stem = QFileInfo(sourcePath).completeBaseName().section(u'.', 0, 0);
    m_baseName->setText(stem.isEmpty() ? QStringLiteral("image") : stem + QStringLiteral("-openstack"));
    m_imageName->setText(facts.productName.isEmpty() ? m_baseName->text() : facts.productName);
    m_summary->clear();
    derive();
}

void ExportPage::derive()
{
    if (!m_hasInputs)
        return;
    ExportChoices choices;
    choices.format = ExportImageFormat(m_format->currentData().toInt());
    // Keep what the user set across a re-derivation (format change).
    QList<ImageProperty> userSet;
    for (const ImageProperty &p : m_props.properties()) {
        if (p.origin == ImageProperty::Origin::User)
            userSet.append(p);
    }
    // The same derivation as the command line's export and fix --export.
    m_props = exportProperties(m_facts, m_run, choices);
    for (const ImageProperty &p : userSet)
        m_props.set(p.key, p.value, p.reason, ImageProperty::Origin::User);
    fillTable();
}

void ExportPage::fillTable()
{
    m_filling = true;
    validate();
    m_table->setRowCount(0);
    const QList<ImageProperty> props = m_props.properties();
    m_table->setRowCount(int(props.size()));
    for (int row = 0; row < props.size(); ++row) {
        const ImageProperty &p = props[row];
        auto *key = new QTableWidgetItem(p.key);
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        auto *value = new QTableWidgetItem(p.value);
        value->setToolTip(tr("Double-click or press F2 to edit"));
        auto *reason = new QTableWidgetItem(p.reason);
        reason->setFlags(reason->flags() & ~Qt::ItemIsEditable);
        reason->setToolTip(p.reason);
        QStringList problems;
        CheckStatus worst = CheckStatus::Pass;
        for (const PropertyIssue &i : std::as_const(m_issues)) {
            if (i.key != p.key)
                continue;
            problems << i.message;
            if (i.level == PropertyIssue::Level::Error)
                worst = CheckStatus::Fail;
            else if (worst != CheckStatus::Fail)
                worst = CheckStatus::Warning;
        }
        auto *check = new QTableWidgetItem(statusIcon(worst), problems.isEmpty() ? tr("valid") : problems.join(QStringLiteral("; ")));
        check->setFlags(check->flags() & ~Qt::ItemIsEditable);
        check->setToolTip(check->text());
        m_table->setItem(row, KeyColumn, key);
        m_table->setItem(row, ValueColumn, value);
        m_table->setItem(row, ReasonColumn, reason);
        m_table->setItem(row, CheckColumn, check);
    }
    m_filling = false;
    updateExportButton();
}

void ExportPage::validate()
{
    m_issues = validateProperties(m_props);
    int errors = 0;
    int warnings = 0;
    QStringList keysNotInTable;
    for (const PropertyIssue &i : std::as_const(m_issues)) {
        (i.level == PropertyIssue::Level::Error ? errors : warnings)++;
        if (!m_props.contains(i.key))
            keysNotInTable << QStringLiteral("%1: %2").arg(i.key, i.message);
    }
    QString text = errors ? tr("%1 error(s) must be fixed before export; %2 warning(s).").arg(errors).arg(warnings)
                          : warnings ? tr("Valid; %1 warning(s) (unknown keys are allowed).").arg(warnings)
                                     : tr("All properties are valid for Glance.");
    if (!keysNotInTable.isEmpty())
        text += QLatin1Char(' ') + keysNotInTable.join(QStringLiteral("; "));
    m_validation->setText(text);
}

void ExportPage::tableEdited(int row, int column)
{
    if (m_filling || column != ValueColumn)
        return;
    const QString key = m_table->item(row, KeyColumn)->text();
    const QString value = m_table->item(row, ValueColumn)->text();
    if (m_props.value(key) == value)
        return;
    m_props.set(key, value, tr("set by the user"), ImageProperty::Origin::User);
    // Refill after the edit has returned to the view (we are inside its signal).
    QMetaObject::invokeMethod(this, &ExportPage::fillTable, Qt::QueuedConnection);
}

void ExportPage::setPropertyValue(const QString &key, const QString &value)
{
    m_props.set(key, value, tr("set by the user"), ImageProperty::Origin::User);
    fillTable();
}

void ExportPage::removeProperty(const QString &key)
{
    m_props.remove(key);
    fillTable();
}

void ExportPage::addProperty()
{
    const QString text = m_newProperty->text().trimmed();
    PropertySet probe;
    const Status ok = probe.applyOverrides({text}, {});
    if (!ok) {
        m_validation->setText(ok.error().message);
        return;
    }
    for (const ImageProperty &p : probe.properties())
        m_props.set(p.key, p.value, tr("set by the user"), ImageProperty::Origin::User);
    m_newProperty->clear();
    fillTable();
}

void ExportPage::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    QStringList keys;
    for (QTableWidgetItem *item : selected)
        keys << m_table->item(item->row(), KeyColumn)->text();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys))
        m_props.remove(key);
    fillTable();
}

void ExportPage::chooseOutputDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Output folder"), m_outputDir->text());
    if (!dir.isEmpty())
        m_outputDir->setText(dir);
}

void ExportPage::setOutputDir(const QString &dir)
{
    m_outputDir->setText(dir);
}

void ExportPage::setFormat(ExportImageFormat format, bool compress)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    m_compress->setChecked(compress);
}

void ExportPage::setBundle(BundleFormat bundle)
{
    m_bundle->setCurrentIndex(m_bundle->findData(int(bundle)));
}

ExportOptions ExportPage::options() const
{
    ExportOptions o;
    o.outputDir = m_outputDir->text().trimmed();
    o.baseName = m_baseName->text().trimmed();
    o.imageName = m_imageName->text().trimmed();
    o.format = ExportImageFormat(m_format->currentData().toInt());
    o.compress = o.format == ExportImageFormat::Qcow2 && m_compress->isChecked();
    o.overwrite = m_overwrite->isChecked();
    o.properties = m_props;
    o.bundle = BundleFormat(m_bundle->currentData().toInt());
    o.upload = m_uploadBox->isChecked();
    o.uploadOptions.cloudName = m_cloud->text().trimmed();
    o.uploadOptions.endpoint = m_endpoint->text().trimmed();
    o.uploadOptions.token = m_token->text();
    return o;
}

void ExportPage::saveSettings() const
{
    QSettings settings;
    settings.setValue(OutputKey, m_outputDir->text().trimmed());
    settings.setValue(FormatKey, m_format->currentData().toInt());
    settings.setValue(CompressKey, m_compress->isChecked());
    settings.setValue(BundleKey, m_bundle->currentData().toInt());
    settings.setValue(CloudKey, m_cloud->text().trimmed());
    settings.setValue(EndpointKey, m_endpoint->text().trimmed()); // never the token
}

void ExportPage::updateExportButton()
{
    if (m_running) {
        m_exportButton->setText(tr("Cancel e&xport"));
        m_exportButton->setEnabled(true);
        return;
    }
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->setEnabled(m_hasInputs && !hasErrors(m_issues) && !m_outputDir->text().trimmed().isEmpty());
}

void ExportPage::setRunning(bool running)
{
    m_running = running;
    if (running) {
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("Starting…"));
        m_summary->clear();
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
    updateExportButton();
}

void ExportPage::setProgress(qint64 done, qint64 total, const QString &what)
{
    if (!m_running)
        return;
    if (!what.isEmpty())
        m_progressText->setText(what);
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
    }
}

void ExportPage::setResult(const ExportResult &r)
{
    setRunning(false);
    m_progressText->setText(tr("Done."));
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Export finished.").toHtmlEscaped());
    auto file = [](const QString &path) { return QDir::toNativeSeparators(path).toHtmlEscaped(); };
    html += QStringLiteral("<li>%1 (%2)<br><small>SHA-256 <code>%3</code><br>SHA-512 <code>%4</code><br>MD5 <code>%5</code></small></li>")
                .arg(file(r.imagePath), formatBytes(r.imageBytes), r.sha256, r.sha512, r.md5);
    for (const QString &p : r.propertyFiles)
        html += QStringLiteral("<li>%1</li>").arg(file(p));
    if (!r.sumsPath.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(file(r.sumsPath));
    if (!r.bundlePath.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(file(r.bundlePath));
    if (!r.upload.imageId.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(tr("Uploaded to Glance as image %1 (%2)").arg(r.upload.imageId, r.upload.status).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_summary->setHtml(html);
}

void ExportPage::showError(const Error &error)
{
    setRunning(false);
    m_progressText->setText(error.code == ErrorCode::Cancelled ? tr("Cancelled.") : tr("Failed."));
    m_summary->setHtml(QStringLiteral("<p><b>%1</b></p>%2")
                           .arg((error.code == ErrorCode::Cancelled ? tr("Export cancelled; no file was left under a final name.")
                                                                    : tr("Error: the export failed."))
                                    .toHtmlEscaped(),
                                errorHtml(error)));
}

QString ExportPage::summaryText() const
{
    return m_summary->toPlainText();
}

} // namespace imageprep::ui
