#pragma once
// Every requirement unit (core/requirements/Name.cpp), ONE line each, in
// report order (the order of the OpenStack image guide, then hygiene). The
// catalogue (checks/Catalogue.cpp) adds them in this order.
#include "checks/Requirement.h"

#include <memory>

// X(Name): the unit's class is Name, its factory units::makeName().
#define IMAGEPREP_UNITS(X) \
    /* kernel and boot */ \
    X(SerialConsole)

namespace imageprep::units {
#define IMAGEPREP_DECLARE_UNIT(Name) std::unique_ptr<Requirement> make##Name();
IMAGEPREP_UNITS(IMAGEPREP_DECLARE_UNIT)
#undef IMAGEPREP_DECLARE_UNIT
} // namespace imageprep::units
