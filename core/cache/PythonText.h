#pragma once
// The few Python string semantics that decide what Nova does with a cache
// file or an option value: code-point lengths, str.isdigit(), int() and
// str.split(). Nova and oslo.config are Python; following these exactly is
// what makes the report agree with them on unusual names and values.

#include <QString>
#include <QStringList>

#include <optional>

namespace imageprep::python {

// len(s): code points, not UTF-16 units.
qsizetype length(const QString &s);
// s[i] for a code point index, as one code point.
char32_t at(const QString &s, qsizetype index);
// str.isdigit(): non-empty, every code point a digit (decimal digits and
// the other Unicode digits such as superscripts).
bool isDigit(const QString &s);
// int(s) in base 10: surrounding whitespace, a sign, Unicode decimal digits,
// single underscores between digits ("3_600"). nullopt when int() raises
// ValueError or the value does not fit in 64 bits.
std::optional<qint64> toInt(const QString &s);
// s.strip() with Python's whitespace set.
QString strip(const QString &s);
// str(n) for an integer.
inline QString str(qint64 n) { return QString::number(n); }

} // namespace imageprep::python
