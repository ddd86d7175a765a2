#pragma once
// Export: format and compression, the Glance properties derived from the
// facts and checks (value, reason, inline validation, editing), output
// folder, bundle and upload options; then progress and a summary with the
// written files and their checksums. The export itself runs on the session's
// worker thread (Session::exportImage); this page only collects options.

#include "WizardPage.h"

#include "checks/CheckRun.h"
#include "export/Exporter.h"
#include "guest/GuestFacts.h"
#include "util/Result.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace imageprep::ui {

class ExportPage final : public WizardPage {
    Q_OBJECT
public:
    explicit ExportPage(QWidget *parent = nullptr);

    QString title() const override;
    bool isComplete() const override { return false; } // the last page

    // What the properties are derived from; resets user edits.
    void setInputs(const GuestFacts &facts, const CheckRun &run, const QString &sourcePath);
    ExportOptions options() const;
    const PropertySet &properties() const { return m_props; }
    QList<PropertyIssue> issues() const { return m_issues; }

    void setOutputDir(const QString &dir);
    void setFormat(ExportImageFormat format, bool compress);
    void setBundle(BundleFormat bundle);
    // Sets or replaces a property as the user would in the table.
    void setPropertyValue(const QString &key, const QString &value);
    void removeProperty(const QString &key);

    void setRunning(bool running);
    void setProgress(qint64 done, qint64 total, const QString &what);
    void setResult(const ExportResult &result);
    void showError(const Error &error);
    QString summaryText() const;
    QTableWidget *propertyTable() const { return m_table; }
    QPushButton *exportButton() const { return m_exportButton; }

Q_SIGNALS:
    void exportRequested(const imageprep::ExportOptions &options);
    void cancelRequested();

private:
    QGroupBox *buildImageBox();
    QGroupBox *buildUploadBox();
    QGroupBox *buildPropertyBox();
    void derive();
    void fillTable();
    void validate();
    void tableEdited(int row, int column);
    void addProperty();
    void removeSelected();
    void chooseOutputDir();
    void saveSettings() const;
    void updateExportButton();

    QComboBox *m_format = nullptr;
    QCheckBox *m_compress = nullptr;
    QLineEdit *m_outputDir = nullptr;
    QLineEdit *m_baseName = nullptr;
    QLineEdit *m_imageName = nullptr;
    QComboBox *m_bundle = nullptr;
    QCheckBox *m_overwrite = nullptr;
    QGroupBox *m_uploadBox = nullptr;
    QLineEdit *m_cloud = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_token = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newProperty = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QTextBrowser *m_summary = nullptr;

    GuestFacts m_facts;
    CheckRun m_run;
    bool m_hasInputs = false;
    bool m_running = false;
    bool m_filling = false;
    PropertySet m_props;
    QList<PropertyIssue> m_issues;
};

} // namespace imageprep::ui
