#pragma once

#include <QString>
#include <QStringList>

namespace imageprep {

// Terminal columns a string takes: East Asian wide and fullwidth characters
// take two, combining marks and zero-width characters none, others one. Text
// tables pad by this, not by QString::size(), so Chinese columns line up.
int displayWidth(const QString &text);

// The width of a column holding these texts: the widest one's displayWidth,
// and at least `atLeast`.
int columnWidth(const QStringList &texts, int atLeast = 0);

// Pads with spaces on the right (left for padLeft) to at least `columns`
// terminal columns; never truncates.
QString padRight(const QString &text, int columns);
QString padLeft(const QString &text, int columns);

} // namespace imageprep
