#pragma once
// Netplan without MAC addresses: a `match: macaddress:` ties the NIC's
// configuration (and its `set-name:`) to the machine the image was made on,
// so an instance with a new MAC gets no network. The edit keeps the rest of
// the YAML line for line (comments too): it drops the macaddress lines, a
// match: block left empty, and the set-name: that needs a match. The result
// must parse as YAML again (yaml-cpp) and hold no macaddress key, or the
// edit is refused.

#include <QByteArray>
#include <QString>

#include <optional>

namespace imageprep {

// nullopt with *error when the file does not parse before or after.
std::optional<QByteArray> netplanWithoutMac(const QByteArray &yaml, QString *error);

struct Fix;
class PlanContext;
// The no-hardcoded-mac edit of one netplan file; a refusal is a plan error.
void planNetplanMac(PlanContext &p, Fix &fix, const QString &path);

} // namespace imageprep
