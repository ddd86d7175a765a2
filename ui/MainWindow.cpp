#include "MainWindow.h"

namespace imageprep::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("imageprep"));
}

} // namespace imageprep::ui
