#pragma once
// DiffView: a read-only viewer for one unified diff, with diff colouring
// (added, removed, hunk headers; colours follow a light or dark palette and
// each line keeps its +/- marker, so colour is never the only cue) and a
// gutter with the old and new line numbers taken from the hunk headers.

#include <QPlainTextEdit>
#include <QVector>

namespace imageprep::ui {

class DiffView final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const QString &unifiedDiff);
    QString diff() const { return toPlainText(); }

    // Old and new line number shown for a text line (0 = none); for tests.
    struct LineNumbers {
        int oldLine = 0;
        int newLine = 0;
    };
    LineNumbers lineNumbers(int textLine) const;
    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class DiffGutter;
    void paintGutter(QPaintEvent *event);
    void markLines();
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter = nullptr;
    QVector<LineNumbers> m_numbers;
};

} // namespace imageprep::ui
