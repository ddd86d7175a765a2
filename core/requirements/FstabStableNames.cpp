// fstab-stable-names: /etc/fstab names file systems by UUID or LABEL, not
// by kernel device names that change with the disk bus (sda, vda, xvda).
#include "requirements/Unit.h"

#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"
#include <QRegularExpression>

namespace imageprep::units {

using namespace checks;
using namespace Qt::StringLiterals;

namespace {

void planFstab(PlanContext &p, const CheckResult &r, Fix &fix)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString path = QStringLiteral("/etc/fstab");
    // Kernel name in the guest -> the appliance's name for the same partition.
    const auto uuidFor = [&](const QString &spec, const QString &mountpoint) -> QString {
        QString device = p.facts.mountpoints.value(mountpoint);
        if (device.isEmpty()) {
            static const QRegularExpression disk(QStringLiteral("^/dev/(xvd|vd|hd|sd)([a-z]+[0-9]*)$"));
            const auto m = disk.match(spec);
            device = m.hasMatch() ? QStringLiteral("/dev/sd") + m.captured(2) : spec;
        }
        for (const PartitionInfo &part : p.facts.partitions) {
            if (part.device == device && !part.uuid.isEmpty())
                return part.uuid;
        }
        return {};
    };
    QStringList missing;
    p.changeFile(fix, EditKind::EditLines, path, [&](const QByteArray &c) {
        QList<QByteArray> lines = c.split('\n');
        for (const Evidence &e : r.evidence) {
            if (e.file != path || e.line <= 0 || e.line > lines.size() || QString::fromUtf8(lines.at(e.line - 1)) != e.text)
                continue;
            const QString t = e.text.trimmed();
            const QString spec = t.section(spaces, 0, 0);
            const QString uuid = uuidFor(spec, t.section(spaces, 1, 1));
            if (uuid.isEmpty()) {
                missing << spec;
                continue;
            }
            QString line = e.text;
            line.replace(line.indexOf(spec), spec.size(), QStringLiteral("UUID=") + uuid);
            lines[e.line - 1] = line.toUtf8();
        }
        return lines.join('\n');
    }, PlanText::tr("Name file systems by UUID in %1").arg(path));
    if (!missing.isEmpty())
        p.plan.errors << PlanText::tr("No UUID known for %1 in /etc/fstab.").arg(missing.join(QStringLiteral(", ")));
}

void plantFstab(PlanContext &p, Fix &fix)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString path = QStringLiteral("/etc/fstab");
    const auto deviceFor = [&p](const QString &spec) -> QString {
        for (const PartitionInfo &part : p.facts.partitions) {
            if ((spec.startsWith(QLatin1String("UUID=")) && !part.uuid.isEmpty()
                 && spec.mid(5).compare(part.uuid, Qt::CaseInsensitive) == 0)
                || (spec.startsWith(QLatin1String("LABEL=")) && !part.label.isEmpty() && spec.mid(6) == part.label))
                return part.device;
        }
        return {};
    };
    const bool changed = p.changeFile(fix, EditKind::EditLines, path, [&](const QByteArray &c) {
        QList<QByteArray> lines = c.split('\n');
        for (QByteArray &l : lines) {
            const QString text = QString::fromUtf8(l);
            const QString t = text.trimmed();
            if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
                continue;
            const QString spec = t.section(spaces, 0, 0);
            const QString device = deviceFor(spec);
            if (device.isEmpty())
                continue;
            QString line = text;
            line.replace(line.indexOf(spec), spec.size(), device);
            l = line.toUtf8();
        }
        return lines.join('\n');
    }, LabDefects::tr("Name file systems by kernel device in %1").arg(path));
    if (!changed)
        p.fail(LabDefects::tr("no UUID= or LABEL= entry of /etc/fstab matches a partition of the image."));
}

class FstabStableNames final : public BasicRequirement {
public:
    FstabStableNames()
        : BasicRequirement({"fstab-stable-names",
                            //: Title of the OpenStack image requirement "fstab-stable-names": a short statement of what a ready image has.
                            QT_TRANSLATE_NOOP("Requirement", "fstab uses UUID or LABEL, not device names"),
                            //: Why OpenStack needs "fstab-stable-names"; shown under the title in reports and the wizard.
                            QT_TRANSLATE_NOOP("Requirement",
                                              "The disk bus changes between hypervisors (sda on the source, vda with virtio on "
                                              "OpenStack), so a file system named by kernel device is not found and the "
                                              "instance stops in emergency mode. UUID= and LABEL= follow the file system."),
                            Severity::Recommended, "disk-boot"})
    {
    }

    CheckResult evaluate(const GuestFacts &, const GuestFiles &files) const override
    {
        const QString path = QStringLiteral("/etc/fstab");
        if (!files.isFile(path))
            return result(CheckStatus::NotApplicable, CheckText::tr("The guest has no /etc/fstab."));
        static const QRegularExpression kernelName(
            QStringLiteral("^/dev/((sd|vd|hd|xvd)[a-z]+[0-9]*|nvme[0-9]+n[0-9]+(p[0-9]+)?|mmcblk[0-9]+(p[0-9]+)?)$"));
        QList<Evidence> bad;
        for (const Line &l : readLines(files, path)) {
            const QString t = l.text.trimmed();
            if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
                continue;
            const QString spec = t.section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
            if (kernelName.match(spec).hasMatch())
                bad << lineEvidence(path, l, CheckText::tr("%1 is a kernel device name").arg(spec));
        }
        if (!bad.isEmpty())
            return result(CheckStatus::Fail, CheckText::tr("%n fstab entr(y/ies) name a kernel device.", nullptr, static_cast<int>(bad.size())), bad);
        return result(CheckStatus::Pass, CheckText::tr("fstab names file systems by UUID, LABEL or stable paths."));
    }

    bool fixable() const override { return true; }

    FixOutcome planFix(PlanContext &ctx, const CheckResult &r, Fix &fix) const override
    {
        planFstab(ctx, r, fix);
        return FixOutcome::planned();
    }

    ManualSteps manualSteps() const override
    {
        using namespace steps;
        return render({
                  //: Lab mode, manual steps for "fstab-stable-names": device names are examples.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Lines of /etc/fstab whose first field is a kernel device name (/dev/sda1, /dev/vda1, /dev/nvme0n1p1, …):"),
                   {uR"~(virt-cat -a IMAGE /etc/fstab | grep -nE '^\s*/dev/(sd|vd|hd|xvd|nvme|mmcblk)')~"_s}},
                  //: Lab mode, manual steps for "fstab-stable-names". Shown as a shell comment; command lines stay untranslated.
                  {QT_TRANSLATE_NOOP("ManualSteps", "The UUID and label of each file system, to use instead:"),
                   {u"virt-filesystems -a IMAGE --filesystems --long --uuid"_s}},
              },
              {
                  //: Lab mode, manual steps for "fstab-stable-names": UUID= is a keyword, the UUID in the command is an example.
                  {QT_TRANSLATE_NOOP("ManualSteps",
                                     "Replace each device name with UUID= and the UUID virt-filesystems showed for it (one --edit per line):"),
                   {uR"~(virt-customize -a COPY --edit '/etc/fstab:s|^/dev/sda1(\s)|UUID=0b6c3f3e-6b43-4a3c-9a53-7d1c2f1a0001$1|')~"_s}},
              });
    }

    const char *labDefect() const override
    {
        return QT_TRANSLATE_NOOP("LabDefects", "names the file systems in /etc/fstab by kernel device (/dev/sda1) instead of UUID");
    }

    void plantDefect(PlanContext &ctx, Fix &fix) const override { plantFstab(ctx, fix); }
};

} // namespace

IMAGEPREP_UNIT(FstabStableNames)

} // namespace imageprep::units
