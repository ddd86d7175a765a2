// imageprep: the wizard. `imageprep [IMAGE]` opens IMAGE directly.
#include "MainWindow.h"
#include "UiSupport.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("imageprep"));
    QApplication::setOrganizationName(QStringLiteral("imageprep"));
    QApplication::setApplicationVersion(QStringLiteral(IMAGEPREP_VERSION));
    QApplication::setWindowIcon(imageprep::ui::appIcon());
    // Matches the window to packaging/org.imageprep.ImagePrep.desktop (Wayland app id).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.imageprep.ImagePrep"));

    // The language: --lang LANG, else the one chosen in the wizard, else the
    // system locale. Installed before the parser so that --help is translated.
    const QStringList arguments = QApplication::arguments();
    QString language = QSettings().value(imageprep::ui::LanguageSettingsKey).toString();
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--lang")); i > 0 && i + 1 < arguments.size())
        language = arguments.at(i + 1);
    for (const QString &a : arguments) {
        if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    }
    if (imageprep::installTranslations(language).isEmpty())
        imageprep::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Make an existing Linux VM disk image ready for OpenStack."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  //: %1 is the list of language codes, e.g. "en, zh_CN".
                                  QApplication::translate("main", "Show the wizard in LANG: %1 (default: the system locale).")
                                      .arg(imageprep::availableLanguages().join(QStringLiteral(", "))),
                                  QStringLiteral("LANG"));
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("image"),
                                 QApplication::translate("main", "Disk image to open (optional)."),
                                 QStringLiteral("[IMAGE]"));
    parser.process(app);

    imageprep::ui::MainWindow w;
    w.show();
    if (!parser.positionalArguments().isEmpty()) {
        const QString image = parser.positionalArguments().constFirst();
        // After show(): the window paints first, then the session starts.
        QTimer::singleShot(0, &w, [&w, image] { w.openImage(image); });
    }
    return app.exec();
}
