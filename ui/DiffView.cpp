#include "DiffView.h"

#include "UiSupport.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace imageprep::ui {

class DiffGutter final : public QWidget {
public:
    explicit DiffGutter(DiffView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    DiffView *m_view;
};

namespace {

class DiffHighlighter final : public QSyntaxHighlighter {
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        const bool dark = isDarkPalette();
        QTextCharFormat f;
        if (text.startsWith(u"+++") || text.startsWith(u"---") || text.startsWith(u"diff ")) {
            f.setFontWeight(QFont::Bold);
        } else if (text.startsWith(u"@@")) {
            f.setForeground(dark ? QColor(0x80, 0xb0, 0xff) : QColor(0x1a, 0x4f, 0xa0));
        } else {
            return;
        }
        setFormat(0, text.size(), f);
    }
};

} // namespace

DiffView::DiffView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setAccessibleName(tr("Unified diff"));
    m_gutter = new DiffGutter(this);
    new DiffHighlighter(document());
    connect(this, &QPlainTextEdit::updateRequest, this, &DiffView::updateGutter);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void DiffView::setDiff(const QString &unifiedDiff)
{
    m_numbers.clear();
    static const QRegularExpression hunk(QStringLiteral(R"(^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@)"));
    int oldLine = 0;
    int newLine = 0;
    bool inHunk = false;
    QString text = unifiedDiff;
    if (text.endsWith(u'\n'))
        text.chop(1);
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        LineNumbers n;
        if (const auto m = hunk.match(line); m.hasMatch()) {
            oldLine = m.captured(1).toInt();
            newLine = m.captured(2).toInt();
            inHunk = true;
        } else if (inHunk && line.startsWith(u'+') && !line.startsWith(u"+++")) {
            n.newLine = newLine++;
        } else if (inHunk && line.startsWith(u'-') && !line.startsWith(u"---")) {
            n.oldLine = oldLine++;
        } else if (inHunk && line.startsWith(u' ')) {
            n.oldLine = oldLine++;
            n.newLine = newLine++;
        } else if (!line.startsWith(u'\\')) {
            inHunk = false; // a header of the next file
        }
        m_numbers.append(n);
    }
    setPlainText(text);
    markLines();
    setViewportMargins(gutterWidth(), 0, 0, 0);
    m_gutter->update();
}

DiffView::LineNumbers DiffView::lineNumbers(int textLine) const
{
    return textLine >= 0 && textLine < m_numbers.size() ? m_numbers.at(textLine) : LineNumbers{};
}

int DiffView::gutterWidth() const
{
    int widest = 1;
    for (const LineNumbers &n : m_numbers)
        widest = std::max({widest, n.oldLine, n.newLine});
    const int digits = std::max(3, int(QString::number(widest).size()));
    return 2 * (fontMetrics().horizontalAdvance(u'9') * digits) + 16;
}

void DiffView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void DiffView::markLines()
{
    // Whole-width line backgrounds for added and removed lines.
    const bool dark = isDarkPalette();
    const QColor added = dark ? QColor(0x1d, 0x44, 0x28) : QColor(0xdc, 0xf5, 0xdc);
    const QColor removed = dark ? QColor(0x5a, 0x22, 0x22) : QColor(0xfb, 0xdf, 0xdf);
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        const LineNumbers n = lineNumbers(b.blockNumber());
        if (bool(n.oldLine) == bool(n.newLine))
            continue; // context, header or hunk line
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(b);
        sel.format.setBackground(n.newLine ? added : removed);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(sel);
    }
    setExtraSelections(marks);
}

void DiffView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // A theme switch: recolour the lines.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        const QList<QSyntaxHighlighter *> hs = document()->findChildren<QSyntaxHighlighter *>();
        for (QSyntaxHighlighter *h : hs)
            h->rehighlight();
        markLines();
    }
}

void DiffView::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void DiffView::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    p.setPen(palette().color(QPalette::PlaceholderText));
    const int half = (m_gutter->width() - 8) / 2;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const LineNumbers n = lineNumbers(block.blockNumber());
        if (block.isVisible() && top + height >= event->rect().top()) {
            if (n.oldLine)
                p.drawText(0, top, half, height, Qt::AlignRight | Qt::AlignVCenter, QString::number(n.oldLine));
            if (n.newLine)
                p.drawText(half + 4, top, half, height, Qt::AlignRight | Qt::AlignVCenter, QString::number(n.newLine));
        }
        block = block.next();
        top += height;
    }
}

} // namespace imageprep::ui
