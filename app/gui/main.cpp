// imageprep: the wizard.
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("imageprep"));
    QApplication::setOrganizationName(QStringLiteral("imageprep"));
    QApplication::setApplicationVersion(QStringLiteral(IMAGEPREP_VERSION));
    imageprep::ui::MainWindow w;
    w.show();
    return app.exec();
}
