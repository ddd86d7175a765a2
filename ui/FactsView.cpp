#include "FactsView.h"

namespace imageprep::ui {

FactsView::FactsView(QWidget *parent) : QTreeWidget(parent) {}

} // namespace imageprep::ui
