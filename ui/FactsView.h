#pragma once
// FactsView: what inspection found, as a read-only tree (OS, version,
// architecture, firmware, partitions and LVM, kernels, package count).

#include "guest/GuestFacts.h"

#include <QTreeWidget>

namespace imageprep::ui {

class FactsView final : public QTreeWidget {
    Q_OBJECT
public:
    explicit FactsView(QWidget *parent = nullptr);

    void setFacts(const GuestFacts &facts);
    void clearFacts();
    // The value shown for a top-level row by its label; for tests.
    QString value(const QString &label) const;
};

} // namespace imageprep::ui
