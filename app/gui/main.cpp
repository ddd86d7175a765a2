// imageprep: the wizard. `imageprep [IMAGE]` opens IMAGE directly.
#include "MainWindow.h"
#include "UiSupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("imageprep"));
    QApplication::setOrganizationName(QStringLiteral("imageprep"));
    QApplication::setApplicationVersion(QStringLiteral(IMAGEPREP_VERSION));
    QApplication::setWindowIcon(imageprep::ui::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Make an existing Linux VM disk image ready for OpenStack."));
    parser.addHelpOption();
    parser.addVersionOption();
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
