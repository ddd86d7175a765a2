#pragma once
// Catalogue: owns every Requirement in a fixed order (the order reports use)
// and finds one by its stable id. Immutable after construction.

#include "checks/Requirement.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace imageprep {

class Catalogue {
public:
    Catalogue();
    ~Catalogue();
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    // The shared, built-in catalogue.
    static const Catalogue &instance();

    QList<const Requirement *> all() const;
    const Requirement *find(const QString &id) const; // nullptr when unknown
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<Requirement>> m_requirements;
    QHash<QString, const Requirement *> m_byId;
};

} // namespace imageprep
