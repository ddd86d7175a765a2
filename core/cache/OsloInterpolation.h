#pragma once
// oslo.config's value interpolation (ConfigOpts._substitute and its
// StrSubWrapper): "$option", "${option}", "$group.option", "$$" and "\$",
// resolved against nova.conf and the defaults Nova registers.

#include "cache/NovaConfig.h"

namespace imageprep {

class OsloInterpolation {
public:
    OsloInterpolation(const IniFile &ini, const NovaConfDefaults &defaults);

    // text with every reference replaced, as read from an option of group.
    // An unknown option is an error, as oslo.config's NoSuchOptError is.
    Result<QString> substitute(const QString &text, const QString &group) const;

    // Machine defaults that a substitution used ("$my_ip is ...").
    QStringList notes() const { return m_notes; }

private:
    Result<QString> substitute(const QString &text, const QString &group, int depth) const;
    // nullopt when the option is not registered in group (NoSuchOptError).
    std::optional<Result<QString>> option(const QString &group, const QString &name, int depth) const;
    std::optional<QString> registeredDefault(const QString &group, const QString &name) const;

    const IniFile &m_ini;
    NovaConfDefaults m_defaults;
    mutable QStringList m_notes;
};

} // namespace imageprep
