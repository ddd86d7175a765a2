#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace imageprep {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

// The translators in use; replaced on each installTranslations().
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

// "zh_CN.UTF-8" and "zh-CN" become "zh_CN".
QString normalise(QString name)
{
    name = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

QString match(const QString &wanted)
{
    const QString name = normalise(wanted);
    if (name.isEmpty())
        return {};
    const QStringList shipped = availableLanguages();
    for (const QString &l : shipped) {
        if (l.compare(name, Qt::CaseInsensitive) == 0)
            return l;
    }
    // "zh", "zh_Hans", "zh_Hans_CN" and "zh_SG" read Simplified Chinese; "en_GB" reads English.
    const QLocale locale(name);
    if (locale.language() == QLocale::Chinese)
        return locale.script() == QLocale::TraditionalChineseScript ? QString() : QStringLiteral("zh_CN");
    if (locale.language() == QLocale::English || name.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
        return QStringLiteral("en");
    if (name == QLatin1String("C") || name == QLatin1String("POSIX"))
        return QStringLiteral("en");
    return {};
}

void removeTranslator(std::unique_ptr<QTranslator> &t)
{
    if (t) {
        QCoreApplication::removeTranslator(t.get());
        t.reset();
    }
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString nativeLanguageName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName();
}

QString resolveLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return match(requested);
    // LANGUAGE, LC_ALL, LC_MESSAGES and LANG, in the order the system locale reads them.
    for (const QString &l : QLocale::system().uiLanguages()) {
        const QString found = match(l);
        if (!found.isEmpty())
            return found;
    }
    return QStringLiteral("en");
}

QString installTranslations(const QString &requested)
{
    const QString language = resolveLanguage(requested);
    if (language.isEmpty())
        return {};

    removeTranslator(appTranslator());
    removeTranslator(qtTranslator());

    auto app = std::make_unique<QTranslator>();
    // English has a catalogue too: it holds the plural forms of the %n messages.
    if (app->load(QStringLiteral("imageprep_") + language, kResourceDir)) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            qtTranslator() = std::move(qt);
        }
    }
    return language;
}

} // namespace imageprep
