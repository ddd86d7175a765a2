#include "fixes/TextDiff.h"

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace imageprep {

namespace {

struct Lines {
    std::vector<std::string> lines;
    bool lastHasNewline = true;
};

Lines splitLines(const QByteArray &text)
{
    Lines out;
    if (text.isEmpty())
        return out;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf('\n', start);
        if (nl < 0) {
            out.lines.emplace_back(text.constData() + start, size_t(text.size() - start));
            out.lastHasNewline = false;
            break;
        }
        out.lines.emplace_back(text.constData() + start, size_t(nl - start));
        start = nl + 1;
    }
    return out;
}

const QString NoNewline = QStringLiteral("\\ No newline at end of file\n");

} // namespace

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &fromName, const QString &toName)
{
    if (before == after)
        return {};
    const Lines a = splitLines(before);
    const Lines b = splitLines(after);
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(fromName, toName);

    // One hunk for a whole side that is empty (dtl numbers those hunks from 1).
    if (a.lines.empty() || b.lines.empty()) {
        const Lines &side = a.lines.empty() ? b : a;
        const QChar mark = a.lines.empty() ? QLatin1Char('+') : QLatin1Char('-');
        const auto n = qsizetype(side.lines.size());
        out += a.lines.empty() ? QStringLiteral("@@ -0,0 +1,%1 @@\n").arg(n) : QStringLiteral("@@ -1,%1 +0,0 @@\n").arg(n);
        for (const std::string &l : side.lines)
            out += mark + QString::fromStdString(l) + QLatin1Char('\n');
        if (!side.lastHasNewline)
            out += NoNewline;
        return out;
    }

    // dtl compares lines; the missing final newline of either side makes its
    // last line differ, as in diff(1).
    std::vector<std::string> sa = a.lines, sb = b.lines;
    const std::string marker("\n\\");
    if (!a.lastHasNewline)
        sa.back() += marker;
    if (!b.lastHasNewline)
        sb.back() += marker;

    dtl::Diff<std::string, std::vector<std::string>> diff(sa, sb);
    diff.onHuge();
    diff.compose();
    diff.composeUnifiedHunks();
    const auto emitLine = [&out, &marker](QChar mark, std::string line) {
        bool noNewline = false;
        if (line.size() >= marker.size() && line.compare(line.size() - marker.size(), marker.size(), marker) == 0) {
            line.resize(line.size() - marker.size());
            noNewline = true;
        }
        out += mark + QString::fromStdString(line) + QLatin1Char('\n');
        if (noNewline)
            out += NoNewline;
    };
    for (const auto &hunk : diff.getUniHunks()) {
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(hunk.a).arg(hunk.b).arg(hunk.c).arg(hunk.d);
        for (const auto &e : hunk.common[0])
            emitLine(QLatin1Char(' '), e.first);
        for (const auto &e : hunk.change) {
            const QChar mark = e.second.type == dtl::SES_ADD ? QLatin1Char('+')
                : e.second.type == dtl::SES_DELETE           ? QLatin1Char('-')
                                                             : QLatin1Char(' ');
            emitLine(mark, e.first);
        }
        for (const auto &e : hunk.common[1])
            emitLine(QLatin1Char(' '), e.first);
    }
    return out;
}

} // namespace imageprep
