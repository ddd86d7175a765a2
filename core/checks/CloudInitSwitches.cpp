#include "checks/CloudInitSwitches.h"

#include "checks/CheckSupport.h"
#include "guest/GuestFiles.h"

namespace imageprep::checks {

CloudInitSwitches cloudInitSwitches(const GuestFiles &files)
{
    CloudInitSwitches s;
    const QString flag = QStringLiteral("/etc/cloud/cloud-init.disabled");
    if (files.exists(flag))
        s.disabledBy << Evidence{flag, 0, {}, CheckText::tr("this file switches cloud-init off")};
    for (const CmdlineSource &src : kernelCommandLines(files)) {
        if (!kernelArgs(src.cmdline).contains(QLatin1String("cloud-init=disabled")))
            continue;
        // The argument may come in through a variable ($kernelopts): then every line is evidence.
        const bool literal = std::any_of(src.lines.cbegin(), src.lines.cend(), [](const SourceLine &l) {
            return l.line.text.contains(QLatin1String("cloud-init=disabled"));
        });
        for (const SourceLine &l : src.lines) {
            if (!literal || l.line.text.contains(QLatin1String("cloud-init=disabled")))
                s.disabledBy << lineEvidence(l.file, l.line, CheckText::tr("kernel argument cloud-init=disabled"));
        }
    }
    for (const QString &unit : cloudInitServices().all) {
        Evidence e;
        if (isMasked(files, unit + QStringLiteral(".service"), &e))
            s.disabledBy << e;
    }

    if (const auto block = lastTopLevelBlock(cloudConfigFiles(files), QStringLiteral("datasource_list"))) {
        const QStringList sources = yamlList(*block);
        const bool cloud = std::any_of(sources.cbegin(), sources.cend(), [](const QString &src) {
            return src == QLatin1String("OpenStack") || src == QLatin1String("ConfigDrive") || src == QLatin1String("Ec2");
        });
        if (!cloud)
            s.noCloudSource << lineEvidence(block->file, block->keyLine,
                                            CheckText::tr("no OpenStack, ConfigDrive or Ec2 data source: cloud-init reads no metadata"));
    }
    return s;
}

QString describeSwitches(const CloudInitSwitches &s)
{
    QStringList parts;
    for (const Evidence &e : s.disabledBy + s.noCloudSource) {
        if (e.line > 0)
            parts << CheckText::tr("%1 (%2, line %3)").arg(e.text.trimmed(), e.file).arg(e.line);
        else
            parts << e.file;
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

} // namespace imageprep::checks
