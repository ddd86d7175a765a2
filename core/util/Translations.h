#pragma once
// The languages imageprep ships and the translators that show them. The .qm
// files are compiled from translations/*.ts and embedded in the programs as
// Qt resources (:/i18n), so an installed program never looks for them on disk.

#include <QString>
#include <QStringList>

namespace imageprep {

// Shipped languages as locale names, "en" first: {"en", "zh_CN"}.
QStringList availableLanguages();

// The language's own name for itself ("English", "简体中文").
QString nativeLanguageName(const QString &language);

// Picks the shipped language for a request: an exact or language-only match of
// `requested` ("zh_CN", "zh_CN.UTF-8", "zh"), else of the system locale's UI
// languages when `requested` is empty, else "en". Returns {} for a non-empty
// request that names no shipped language.
QString resolveLanguage(const QString &requested);

// Installs imageprep's translator and Qt's own (when Qt's translations are
// present) on the running QCoreApplication and makes the language QLocale's
// default. Safe to call again: the previous translators are removed first.
// Returns the language now shown, or {} when `requested` is not shipped.
QString installTranslations(const QString &requested = {});

} // namespace imageprep
