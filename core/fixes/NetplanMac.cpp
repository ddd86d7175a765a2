#include "fixes/NetplanMac.h"

#include "requirements/PlanContext.h"

#include "checks/CheckSupport.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace imageprep {

namespace {

class NetplanText {
    Q_DECLARE_TR_FUNCTIONS(NetplanText)
};

struct YamlLine {
    QString text;
    int indent = -1; // -1: blank or comment
    QString key;     // "key" of "key: value" or "key:", else empty
};

QList<YamlLine> splitLines(const QByteArray &yaml)
{
    static const QRegularExpression keyRe(QStringLiteral("^\\s*([A-Za-z0-9_-]+)\\s*:(\\s|$)"));
    QList<YamlLine> out;
    for (const QByteArray &raw : yaml.split('\n')) {
        YamlLine l;
        l.text = QString::fromUtf8(raw);
        const QString t = l.text.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#'))) {
            l.indent = static_cast<int>(l.text.size() - QString(l.text).remove(QRegularExpression(QStringLiteral("^\\s+"))).size());
            const auto m = keyRe.match(l.text);
            if (m.hasMatch())
                l.key = m.captured(1);
        }
        out << l;
    }
    return out;
}

// Index of the nearest line above i with a smaller indent (its parent key), or -1.
int parentOf(const QList<YamlLine> &lines, int i)
{
    for (int j = i - 1; j >= 0; --j) {
        if (lines.at(j).indent >= 0 && lines.at(j).indent < lines.at(i).indent)
            return j;
    }
    return -1;
}

// Lines below i that belong to its block (deeper indent), blanks included.
QList<int> childrenOf(const QList<YamlLine> &lines, int i)
{
    QList<int> out;
    for (int j = i + 1; j < lines.size(); ++j) {
        if (lines.at(j).indent >= 0 && lines.at(j).indent <= lines.at(i).indent)
            break;
        out << j;
    }
    return out;
}

bool hasMacKey(const YAML::Node &node)
{
    if (node.IsMap()) {
        for (const auto &kv : node) {
            if (kv.first.IsScalar() && kv.first.Scalar() == "macaddress")
                return true;
            if (hasMacKey(kv.second))
                return true;
        }
    } else if (node.IsSequence()) {
        for (const auto &item : node) {
            if (hasMacKey(item))
                return true;
        }
    }
    return false;
}

std::optional<QString> parseProblem(const QByteArray &yaml)
{
    try {
        (void)YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return QString::fromStdString(e.what());
    }
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> netplanWithoutMac(const QByteArray &yaml, QString *error)
{
    if (const auto problem = parseProblem(yaml)) {
        *error = NetplanText::tr("The netplan file does not parse as YAML: %1").arg(*problem);
        return std::nullopt;
    }
    const QList<YamlLine> lines = splitLines(yaml);
    QSet<int> drop;
    QSet<int> matches;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).key != QLatin1String("macaddress"))
            continue;
        drop.insert(i);
        const int parent = parentOf(lines, i);
        if (parent >= 0 && lines.at(parent).key == QLatin1String("match"))
            matches.insert(parent);
    }
    for (const int m : std::as_const(matches)) {
        const QList<int> children = childrenOf(lines, m);
        const bool empty = std::all_of(children.cbegin(), children.cend(),
                                       [&](int c) { return drop.contains(c) || lines.at(c).indent < 0; });
        if (!empty)
            continue;
        // An empty match: goes, and with it set-name:, which netplan refuses without a match.
        drop.insert(m);
        const int owner = parentOf(lines, m);
        if (owner < 0)
            continue;
        for (const int s : childrenOf(lines, owner)) {
            if (lines.at(s).indent == lines.at(m).indent && lines.at(s).key == QLatin1String("set-name"))
                drop.insert(s);
        }
    }
    QList<QByteArray> kept;
    for (int i = 0; i < lines.size(); ++i) {
        if (!drop.contains(i))
            kept << lines.at(i).text.toUtf8();
    }
    const QByteArray out = kept.join('\n');
    if (const auto problem = parseProblem(out)) {
        *error = NetplanText::tr("Without its MAC lines the netplan file would not parse: %1").arg(*problem);
        return std::nullopt;
    }
    if (hasMacKey(YAML::Load(out.toStdString()))) {
        *error = NetplanText::tr("The netplan file names a MAC address in a form this edit does not change (a flow mapping).");
        return std::nullopt;
    }
    return out;
}

void planNetplanMac(PlanContext &p, Fix &fix, const QString &path)
{
    QString problem;
    p.changeFile(fix, EditKind::EditLines, path, [&](const QByteArray &c) {
        return netplanWithoutMac(c, &problem).value_or(c);
    }, NetplanText::tr("Remove the MAC match (and the set-name it needs) from %1").arg(path));
    if (!problem.isEmpty())
        p.plan.errors << QStringLiteral("%1: %2").arg(path, problem);
}

} // namespace imageprep
