#pragma once
// The compute-node image cache report as a window: choose the instances
// folder and nova.conf, the report is built on a worker thread and shown as
// a sortable table with a summary; it can be saved as HTML.

#include "cache/CacheReport.h"
#include "util/Job.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace imageprep::ui {

class CacheReportWindow : public QWidget {
    Q_OBJECT
public:
    explicit CacheReportWindow(QWidget *parent = nullptr);
    ~CacheReportWindow() override;

    // Inputs, also set by the form; used by tests and by callers that know them.
    void setInstancesDir(const QString &path);
    void setNovaConf(const QString &path);
    // An invalid time means "now".
    void setReportTime(const QDateTime &at);
    void setImageIds(const QStringList &ids);
    // The instance list, as the CLI's --instances-json and --libvirt-xml-dir;
    // an empty XML folder means the default (/etc/libvirt/qemu when it
    // holds a Nova instance).
    void setInstancesJson(const QString &path);
    void setLibvirtXmlDir(const QString &path);

    bool isRunning() const;
    // The last finished report, if any.
    const CacheReport *report() const;
    // The cache-files table (source model, unsorted) and the sorting proxy.
    QStandardItemModel *filesModel() const { return m_files; }
    QSortFilterProxyModel *sortedFiles() const { return m_sortedFiles; }
    QString summaryText() const;

public Q_SLOTS:
    // Starts a report on the worker thread; ignored while one runs.
    void startReport();
    void cancelReport();

Q_SIGNALS:
    // The report (or an input error, see summaryText()) is shown.
    void reportFinished(bool ok);

private:
    QTabWidget *createTables();
    void chooseInstancesDir();
    void chooseNovaConf();
    void saveHtml();
    void reportDone(const Result<CacheReport> &result);
    void showReport(const CacheReport &report);
    void setRunning(bool running);

    QLineEdit *m_instancesEdit = nullptr;
    QLineEdit *m_novaConfEdit = nullptr;
    QCheckBox *m_nowCheck = nullptr;
    QDateTimeEdit *m_atEdit = nullptr;
    QLineEdit *m_imageIdsEdit = nullptr;
    QLineEdit *m_instancesJsonEdit = nullptr;
    QLineEdit *m_xmlDirEdit = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_htmlButton = nullptr;
    QStandardItemModel *m_files = nullptr;
    QSortFilterProxyModel *m_sortedFiles = nullptr;
    QTableView *m_filesView = nullptr;
    QStandardItemModel *m_disks = nullptr;
    QTableView *m_disksView = nullptr;
    QLabel *m_summary = nullptr;

    Job<CacheReport> m_job;
    bool m_running = false;
    std::optional<CacheReport> m_report;
};

} // namespace imageprep::ui
