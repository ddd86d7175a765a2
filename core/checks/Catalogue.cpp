#include "checks/Catalogue.h"

#include "checks/AcpiCheck.h"
#include "checks/CheckSupport.h"
#include "requirements/Units.h"

namespace imageprep {

Catalogue::Catalogue()
{
    // Group order is the order of the OpenStack image guide, then hygiene.
    checks::addDiskChecks(m_requirements);
    checks::addNetworkChecks(m_requirements);
    checks::addAccessChecks(m_requirements);
    checks::addCloudInitChecks(m_requirements);
#define IMAGEPREP_ADD_UNIT(Name) m_requirements.push_back(units::make##Name());
    IMAGEPREP_UNITS(IMAGEPREP_ADD_UNIT)
#undef IMAGEPREP_ADD_UNIT
    checks::addBootChecks(m_requirements);
    checks::addAcpiChecks(m_requirements);
    checks::addHygieneChecks(m_requirements);
    for (const auto &r : m_requirements) {
        Q_ASSERT_X(!m_byId.contains(r->id()), "Catalogue", "duplicate requirement id");
        m_byId.insert(r->id(), r.get());
    }
}

Catalogue::~Catalogue() = default;

const Catalogue &Catalogue::instance()
{
    static const Catalogue catalogue;
    return catalogue;
}

QList<const Requirement *> Catalogue::all() const
{
    QList<const Requirement *> out;
    out.reserve(static_cast<qsizetype>(m_requirements.size()));
    for (const auto &r : m_requirements)
        out << r.get();
    return out;
}

const Requirement *Catalogue::find(const QString &id) const
{
    return m_byId.value(id, nullptr);
}

QStringList Catalogue::ids() const
{
    QStringList out;
    for (const auto &r : m_requirements)
        out << r->id();
    return out;
}

} // namespace imageprep
