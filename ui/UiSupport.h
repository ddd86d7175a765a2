#pragma once
// Small helpers shared by the wizard pages: status icons (always shown with
// their word, never colour alone), group names, sizes, error texts.

#include "checks/Requirement.h"
#include "util/Result.h"

#include <QIcon>
#include <QString>

class QLabel;

namespace imageprep::ui {

QIcon statusIcon(CheckStatus status);
QIcon appIcon();
// "disk-boot" -> "Disk and boot", translated.
QString groupTitle(const QString &group);
// Order in which the checklist shows groups.
QStringList groupOrder();
// 1536 -> "1.5 KiB".
QString formatBytes(qint64 bytes);
// One paragraph for an Error: message, then detail in smaller text.
QString errorHtml(const Error &error);
// A label that shows problems: icon + text, hidden while empty.
void setMessage(QLabel *label, const QString &html, bool isError);
// True when the palette's window colour is dark (follow the desktop theme).
bool isDarkPalette();

// QSettings key of the language chosen in the wizard ("" follows the system).
inline const QString LanguageSettingsKey = QStringLiteral("ui/language");

} // namespace imageprep::ui
