#pragma once
// The boot test as a window: the serial console live, and the boot checklist
// filling in with the console line that proves each item. Runs core's
// BootTest (its own worker thread; no Session, no appliance).

#include "boot/BootTest.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace imageprep::ui {

class BootTestWindow : public QWidget {
    Q_OBJECT
public:
    explicit BootTestWindow(QWidget *parent = nullptr);
    ~BootTestWindow() override;

    // The (fixed) image to boot; the wizard sets it to the exported image.
    void setImagePath(const QString &path);
    QString imagePath() const { return m_imagePath; }
    void setGrowGiB(int gib);
    // For tests and callers that know better than auto.
    void setOptions(const BootTestOptions &options);

    bool isRunning() const;
    const std::optional<BootTestReport> &report() const { return m_report; }
    QString consoleText() const;
    QString verdictText() const;
    QTreeWidget *checklist() const { return m_checks; }

public Q_SLOTS:
    void startTest();
    void cancelTest();

Q_SIGNALS:
    // The test ended: passed is the verdict (false too when it could not run).
    void testFinished(bool passed);

private:
    void showCheck(const BootCheck &check);
    void showReport(const BootTestReport &report);
    void showFailure(const QString &message, const QString &detail);
    void setRunning(bool running);

    BootTest *m_test = nullptr;
    QString m_imagePath;
    BootTestOptions m_options;
    std::optional<BootTestReport> m_report;

    QLabel *m_imageLabel = nullptr;
    QSpinBox *m_growSpin = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTreeWidget *m_checks = nullptr;
    QPlainTextEdit *m_console = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_verdict = nullptr;
};

} // namespace imageprep::ui
