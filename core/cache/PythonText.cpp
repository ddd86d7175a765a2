#include "cache/PythonText.h"

#include <QChar>
#include <QList>

#include <limits>

namespace imageprep::python {

namespace {

// str.isspace(): Unicode whitespace plus the ASCII separators \x1c-\x1f,
// which QChar::isSpace does not count.
bool isPySpace(char32_t c)
{
    return QChar::isSpace(c) || (c >= 0x1c && c <= 0x1f);
}

} // namespace

qsizetype length(const QString &s)
{
    return s.toUcs4().size();
}

char32_t at(const QString &s, qsizetype index)
{
    const QList<uint> cps = s.toUcs4();
    return index >= 0 && index < cps.size() ? char32_t(cps.at(index)) : char32_t(0);
}

bool isDigit(const QString &s)
{
    const QList<uint> cps = s.toUcs4();
    if (cps.isEmpty())
        return false;
    for (const uint c : cps) {
        // Python's isdigit is "has a digit value" (Numeric_Type Digit or
        // Decimal); Qt's digitValue carries exactly that property.
        if (QChar::digitValue(char32_t(c)) < 0)
            return false;
    }
    return true;
}

QString strip(const QString &s)
{
    QList<uint> cps = s.toUcs4();
    qsizetype begin = 0;
    qsizetype end = cps.size();
    while (begin < end && isPySpace(char32_t(cps.at(begin))))
        ++begin;
    while (end > begin && isPySpace(char32_t(cps.at(end - 1))))
        --end;
    const QList<uint> kept = cps.mid(begin, end - begin);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(kept.constData()), kept.size());
}

std::optional<qint64> toInt(const QString &text)
{
    const QList<uint> cps = strip(text).toUcs4();
    qsizetype i = 0;
    bool negative = false;
    if (i < cps.size() && (cps.at(i) == '+' || cps.at(i) == '-')) {
        negative = cps.at(i) == '-';
        ++i;
    }
    if (i >= cps.size())
        return std::nullopt;
    // int() takes Unicode decimal digits (category Nd) only, with single
    // underscores between them.
    quint64 value = 0;
    bool lastWasDigit = false;
    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    for (; i < cps.size(); ++i) {
        const char32_t c = char32_t(cps.at(i));
        if (c == '_') {
            if (!lastWasDigit)
                return std::nullopt;
            lastWasDigit = false;
            continue;
        }
        if (QChar::category(c) != QChar::Number_DecimalDigit)
            return std::nullopt;
        const int d = QChar::digitValue(c);
        if (d < 0 || value > (limit - quint64(d)) / 10)
            return std::nullopt;
        value = value * 10 + quint64(d);
        lastWasDigit = true;
    }
    if (!lastWasDigit)
        return std::nullopt;
    if (negative)
        return value == quint64(std::numeric_limits<qint64>::max()) + 1 ? std::numeric_limits<qint64>::min()
                                                                       : -qint64(value);
    return qint64(value);
}

} // namespace imageprep::python
