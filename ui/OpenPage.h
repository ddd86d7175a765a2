#pragma once
// Open: choose the image (file dialog filtered to the supported formats, drag
// and drop, recent images, or a generated practice guest) and see where the
// session's scratch files go and how much room there is.

#include "WizardPage.h"

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QPlainTextEdit;

namespace imageprep::ui {

class SampleImage;

class OpenPage final : public WizardPage {
    Q_OBJECT
public:
    explicit OpenPage(QWidget *parent = nullptr);

    QString title() const override;
    bool isComplete() const override;

    QString imagePath() const;
    void setImagePath(const QString &path);
    // Empty: $IMAGEPREP_WORKDIR or the system temporary folder.
    QString workspaceParent() const { return m_workspaceParent; }
    void setWorkspaceParent(const QString &dir);
    QString effectiveWorkspaceParent() const;
    // Network inside the appliance, for fixes that install packages.
    bool applianceNetwork() const;
    void setApplianceNetwork(bool on);

    void addRecent(const QString &path); // remembered in QSettings
    QStringList recentImages() const;
    void showError(const QString &html); // empty hides it
    QString errorText() const;

    SampleImage *sample() const { return m_sample; }
    bool isGeneratingSample() const;
    static QString fileDialogFilter();

public Q_SLOTS:
    void browse();
    void generateSample();

Q_SIGNALS:
    // The user asked to open this image now (double click, drop, sample ready).
    void openRequested(const QString &path);
    void busyChanged(bool busy);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The constructor's parts, top to bottom.
    QLayout *buildPathRow();
    QWidget *buildRecentBox();
    QWidget *buildSampleBox();
    QWidget *buildWorkspaceBox();
    void refreshRecent();
    void refreshWorkspace();
    void chooseWorkspace();
    void sampleFinished(bool ok, const QString &message);

    QLineEdit *m_pathEdit = nullptr;
    QListWidget *m_recent = nullptr;
    QPushButton *m_sampleButton = nullptr;
    QPushButton *m_sampleCancel = nullptr;
    QProgressBar *m_sampleProgress = nullptr;
    QPlainTextEdit *m_sampleLog = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QCheckBox *m_network = nullptr;
    QLabel *m_error = nullptr;
    SampleImage *m_sample = nullptr;
    QString m_workspaceParent;
};

} // namespace imageprep::ui
