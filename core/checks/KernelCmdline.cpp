// Where a guest defines its kernel command line: one reader a boot loader
// or default file, in the order kernelCommandLines() reports them.
#include "checks/CheckSupport.h"
#include "checks/ExistingFiles.h"

#include "guest/GuestFiles.h"

#include <QRegularExpression>

#include <algorithm>

namespace imageprep::checks {

QStringList kernelArgs(const QString &cmdline)
{
    QStringList out;
    for (const QString &a : cmdline.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString arg = a;
        arg.remove(QLatin1Char('"'));
        arg.remove(QLatin1Char('\''));
        if (!arg.isEmpty())
            out << arg;
    }
    return out;
}

namespace {

// /etc/default/grub, then grub.d/*.cfg which grub-mkconfig sources after it
// (Ubuntu cloud images set their consoles there). Both variables end up on
// the normal boot entry, GRUB_CMDLINE_LINUX first.
void readGrubDefaults(const GuestFiles &files, QList<CmdlineSource> &out)
{
    QStringList defaults{QStringLiteral("/etc/default/grub")};
    defaults << files.glob(QStringLiteral("/etc/default/grub.d"), QStringLiteral("*.cfg"));
    CmdlineSource src{{}, {}, true};
    QStringList parts;
    for (const QString &key : {QStringLiteral("GRUB_CMDLINE_LINUX"), QStringLiteral("GRUB_CMDLINE_LINUX_DEFAULT")}) {
        std::optional<SourceLine> last;
        QString lastValue;
        for (const QString &path : std::as_const(defaults)) {
            QString value;
            if (const auto l = lastAssignment(files, path, key, &value)) {
                last = SourceLine{path, *l};
                lastValue = value;
            }
        }
        if (last) {
            src.lines << *last;
            parts << lastValue;
        }
    }
    if (!src.lines.isEmpty()) {
        src.cmdline = parts.join(QLatin1Char(' ')).trimmed();
        out << src;
    }
}

// Alpine: update-extlinux writes extlinux.conf from this.
void readUpdateExtlinux(const GuestFiles &files, QList<CmdlineSource> &out)
{
    const QString path = QStringLiteral("/etc/update-extlinux.conf");
    QString value;
    if (const auto l = lastAssignment(files, path, QStringLiteral("default_kernel_opts"), &value))
        out << CmdlineSource{{SourceLine{path, *l}}, value, true};
}

// kernel-install (RHEL 9, Fedora, systemd-boot) writes the BLS entry of
// every kernel installed later from /etc/kernel/cmdline: a default.
void readKernelInstallCmdline(const GuestFiles &files, QList<CmdlineSource> &out)
{
    const QString path = QStringLiteral("/etc/kernel/cmdline");
    const QList<Line> lines = readLines(files, path);
    const auto first = std::find_if(lines.cbegin(), lines.cend(), [](const Line &l) {
        return !l.text.trimmed().isEmpty() && !l.text.trimmed().startsWith(QLatin1Char('#'));
    });
    if (first != lines.cend())
        out << CmdlineSource{{SourceLine{path, *first}}, first->text.trimmed(), true};
}

// grub.cfg as generated: linux/linux16/linuxefi lines, the kernel path first.
void readGrubCfg(const GuestFiles &files, QList<CmdlineSource> &out)
{
    QStringList grubCfgs = existingFiles(files, {QStringLiteral("/boot/grub/grub.cfg"), QStringLiteral("/boot/grub2/grub.cfg")});
    for (const QString &dir : files.glob(QStringLiteral("/boot/efi/EFI"), QStringLiteral("*"))) {
        grubCfgs << existingFiles(files, {dir + QStringLiteral("/grub.cfg")});
    }
    static const QRegularExpression linuxLine(QStringLiteral("^\\s*(linux|linux16|linuxefi)\\s+\\S+\\s*(.*)$"));
    for (const QString &cfg : grubCfgs) {
        for (const Line &l : readLines(files, cfg)) {
            const auto m = linuxLine.match(l.text);
            if (!m.hasMatch())
                continue;
            // Recovery entries (single user) are for a person at the console, not for the cloud.
            const QStringList args = kernelArgs(m.captured(2));
            if (args.contains(QLatin1String("single")) || args.contains(QLatin1String("recovery")))
                continue;
            out << CmdlineSource{{SourceLine{cfg, l}}, m.captured(2), false};
        }
    }
}

// Boot Loader Specification entries. "options $kernelopts" (RHEL 8) takes the
// line from grubenv: then that line is the source, reported once.
void readBlsEntries(const GuestFiles &files, QList<CmdlineSource> &out)
{
    std::optional<std::pair<QString, Line>> kernelopts;
    for (const QString &env : existingFiles(files, {QStringLiteral("/boot/grub2/grubenv"), QStringLiteral("/boot/grub/grubenv")})) {
        for (const Line &l : readLines(files, env)) {
            if (l.text.startsWith(QLatin1String("kernelopts=")))
                kernelopts = std::pair{env, l};
        }
    }
    bool grubenvReported = false;
    for (const QString &entry : files.glob(QStringLiteral("/boot/loader/entries"), QStringLiteral("*.conf"))) {
        for (const Line &l : readLines(files, entry)) {
            const QString t = l.text.trimmed();
            if (!t.startsWith(QLatin1String("options")))
                continue;
            QString opts = t.mid(7).trimmed();
            if (opts == QLatin1String("$kernelopts") && kernelopts) {
                if (!grubenvReported)
                    out << CmdlineSource{{SourceLine{kernelopts->first, kernelopts->second}}, kernelopts->second.text.mid(11), false};
                grubenvReported = true;
                continue;
            }
            opts.replace(QLatin1String("$kernelopts"), kernelopts ? kernelopts->second.text.mid(11) : QString());
            out << CmdlineSource{{SourceLine{entry, l}}, opts, false};
        }
    }
}

// extlinux / syslinux: APPEND lines.
void readSyslinux(const GuestFiles &files, QList<CmdlineSource> &out)
{
    const QStringList syslinux = existingFiles(files, {QStringLiteral("/boot/extlinux/extlinux.conf"), QStringLiteral("/boot/extlinux.conf"),
                                                       QStringLiteral("/extlinux.conf"), QStringLiteral("/boot/syslinux/syslinux.cfg"),
                                                       QStringLiteral("/boot/syslinux.cfg")});
    for (const QString &cfg : syslinux) {
        for (const Line &l : readLines(files, cfg)) {
            const QString t = l.text.trimmed();
            if (t.startsWith(QLatin1String("append "), Qt::CaseInsensitive))
                out << CmdlineSource{{SourceLine{cfg, l}}, t.mid(7).trimmed(), false};
        }
    }
}

} // namespace

QList<CmdlineSource> kernelCommandLines(const GuestFiles &files)
{
    QList<CmdlineSource> out;
    readGrubDefaults(files, out);
    readUpdateExtlinux(files, out);
    readKernelInstallCmdline(files, out);
    readGrubCfg(files, out);
    readBlsEntries(files, out);
    readSyslinux(files, out);
    return out;
}

} // namespace imageprep::checks
