#pragma once
// The image guide's alternative to cloud-init: a first-boot script that
// fetches the SSH key from the metadata service with retries, regenerates SSH
// host keys, and on LVM roots grows the root volume into the disk's free
// space. Internal to core/fixes; pure (builds file contents only).

#include "fixes/Edit.h"
#include "guest/GuestFacts.h"

#include <optional>

namespace imageprep {

struct FirstBootFile {
    QString path;
    QByteArray content;
    uint mode = 0644;
    EditKind kind = EditKind::FirstBootScript;
    QString summary;
};

struct FirstBootFiles {
    QList<FirstBootFile> files;
    QStringList services; // to enable
};

inline const QString FirstBootScriptPath = QStringLiteral("/usr/local/sbin/imageprep-firstboot");
inline const QString LvmGrowScriptPath = QStringLiteral("/usr/local/sbin/imageprep-grow-lvm-root");

// rcLocal: current /etc/rc.local content for SysV guests (nullopt: none).
FirstBootFiles firstBootFiles(const GuestFacts &facts, const std::optional<QByteArray> &rcLocal = std::nullopt);

} // namespace imageprep
