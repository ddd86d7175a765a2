#pragma once
#include <QMainWindow>

namespace imageprep::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace imageprep::ui
