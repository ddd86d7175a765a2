#pragma once
#include <QTreeWidget>

namespace imageprep::ui {

class FactsView : public QTreeWidget {
    Q_OBJECT
public:
    explicit FactsView(QWidget *parent = nullptr);
};

} // namespace imageprep::ui
