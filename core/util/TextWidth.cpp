#include "util/TextWidth.h"

#include <QList>
#include <QStringView>

#include <algorithm>

namespace imageprep {

namespace {

bool isWide(char32_t c)
{
    // The wide (W) and fullwidth (F) ranges of Unicode's East Asian Width
    // property that text in a terminal meets: Hangul Jamo, CJK radicals to
    // Yi, Hangul syllables, compatibility ideographs, vertical and small
    // forms, fullwidth forms, and the supplementary ideograph planes.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE19)
        || (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isZeroWidth(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return true;
    default:
        return c == 0x200B;
    }
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (isZeroWidth(c))
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

int columnWidth(const QStringList &texts, int atLeast)
{
    int width = atLeast;
    for (const QString &t : texts)
        width = std::max(width, displayWidth(t));
    return width;
}

QString padRight(const QString &text, int columns)
{
    const int w = displayWidth(text);
    return w >= columns ? text : text + QString(columns - w, QLatin1Char(' '));
}

QString padLeft(const QString &text, int columns)
{
    const int w = displayWidth(text);
    return w >= columns ? text : QString(columns - w, QLatin1Char(' ')) + text;
}

} // namespace imageprep
