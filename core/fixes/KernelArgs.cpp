#include "fixes/KernelArgs.h"

namespace imageprep {

QString withoutKernelArg(const QString &line, const QString &arg)
{
    // Preceded by the start, a space or a quote; followed by the end, a space or a quote.
    const QRegularExpression word(QStringLiteral("(^|[\\s\"'])%1(?=$|[\\s\"'])").arg(QRegularExpression::escape(arg)));
    QString out = line;
    out.replace(word, QStringLiteral("\\1"));
    // "a  b" -> "a b", and no space left just inside a quote.
    static const QRegularExpression doubled(QStringLiteral("(\\S)[ \\t]{2,}(?=\\S)"));
    out.replace(doubled, QStringLiteral("\\1 "));
    static const QRegularExpression afterQuote(QStringLiteral("(=[\"'])[ \\t]+"));
    out.replace(afterQuote, QStringLiteral("\\1"));
    static const QRegularExpression beforeQuote(QStringLiteral("[ \\t]+([\"'])$"));
    out.replace(beforeQuote, QStringLiteral("\\1"));
    if (!line.endsWith(QLatin1Char(' ')) && !line.endsWith(QLatin1Char('\t'))) {
        static const QRegularExpression trailing(QStringLiteral("[ \\t]+$"));
        out.remove(trailing);
    }
    return out;
}

std::optional<QByteArray> keepGrubenvSize(const QByteArray &before, const QByteArray &after)
{
    const qsizetype diff = before.size() - after.size();
    if (diff == 0)
        return after;
    if (diff > 0)
        return after + QByteArray(diff, '#');
    // Longer: only if the fill at the end has room.
    qsizetype fill = 0;
    while (fill < after.size() && after.at(after.size() - 1 - fill) == '#')
        ++fill;
    if (fill < -diff)
        return std::nullopt;
    return after.left(before.size());
}

void planRemoveKernelArg(PlanContext &p, Fix &fix, const QString &arg)
{
    QHash<QString, QList<checks::Line>> byFile;
    QStringList order;
    for (const checks::CmdlineSource &src : checks::kernelCommandLines(p.files)) {
        for (const checks::SourceLine &l : src.lines) {
            if (!checks::kernelArgs(l.line.text).contains(arg))
                continue;
            if (!byFile.contains(l.file))
                order << l.file;
            byFile[l.file] << l.line;
        }
    }
    for (const QString &file : std::as_const(order)) {
        const bool grubenv = file.endsWith(QLatin1String("/grubenv"));
        p.changeFile(fix, EditKind::EditLines, file, [&](const QByteArray &c) {
            QList<QByteArray> lines = c.split('\n');
            for (const checks::Line &l : byFile.value(file)) {
                if (l.number > 0 && l.number <= lines.size() && QString::fromUtf8(lines.at(l.number - 1)).startsWith(l.text))
                    lines[l.number - 1] = withoutKernelArg(QString::fromUtf8(lines.at(l.number - 1)), arg).toUtf8();
            }
            const QByteArray after = lines.join('\n');
            return grubenv ? keepGrubenvSize(c, after).value_or(c) : after;
        }, PlanText::tr("Remove %1 from the kernel command line in %2").arg(arg, file));
    }
}

void planKernelCmdlineFile(PlanContext &p, Fix &fix, const std::function<QString(const QString &)> &rewrite)
{
    const QString path = QStringLiteral("/etc/kernel/cmdline");
    if (!p.files.isFile(path))
        return;
    p.changeFile(fix, EditKind::EditLines, path, [&](const QByteArray &c) {
        QList<QByteArray> lines = c.split('\n');
        for (QByteArray &l : lines) {
            const QString t = QString::fromUtf8(l).trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1Char('#'))) {
                l = rewrite(t).toUtf8();
                break; // kernel-install reads the first line
            }
        }
        return lines.join('\n');
    }, PlanText::tr("Kernel console on tty0 and ttyS0 in %1 (kernels installed later)").arg(path));
}

} // namespace imageprep
