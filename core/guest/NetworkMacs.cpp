#include "guest/NetworkMacs.h"

#include <QRegularExpression>

namespace imageprep::netmac {

namespace {

const QString NmDir = QStringLiteral("/etc/NetworkManager/system-connections");
const QString NetworkdDir = QStringLiteral("/etc/systemd/network");
const QString RhelIfcfgDir = QStringLiteral("/etc/sysconfig/network-scripts");
const QString SuseIfcfgDir = QStringLiteral("/etc/sysconfig/network");

bool isComment(const QString &t)
{
    return t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';'));
}

// KEY=value with a non-empty value (quotes allowed); export is not used in ifcfg.
bool assignsNonEmpty(const QString &t, QLatin1String key)
{
    if (!t.startsWith(key) || t.size() <= key.size() || t.at(key.size()) != QLatin1Char('='))
        return false;
    QString v = t.mid(key.size() + 1).trimmed();
    v.remove(QLatin1Char('"'));
    v.remove(QLatin1Char('\''));
    return !v.isEmpty();
}

bool isIfcfgMac(const QString &t)
{
    return assignsNonEmpty(t, QLatin1String("HWADDR")) || assignsNonEmpty(t, QLatin1String("MACADDR"))
        || assignsNonEmpty(t, QLatin1String("LLADDR"));
}

bool isNmMac(const QString &t)
{
    return assignsNonEmpty(t, QLatin1String("mac-address"));
}

bool isNetworkdMac(const QString &t)
{
    return assignsNonEmpty(t, QLatin1String("MACAddress")) || assignsNonEmpty(t, QLatin1String("PermanentMACAddress"));
}

// Which lines are MAC matches, by index into lines.
QList<int> macIndexes(MacStack stack, const QStringList &lines)
{
    QList<int> out;
    QString section;
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (t.isEmpty() || isComment(t))
            continue;
        if (t.startsWith(QLatin1Char('['))) {
            section = t;
            continue;
        }
        switch (stack) {
        case MacStack::Ifcfg:
            if (isIfcfgMac(t))
                out << i;
            break;
        case MacStack::NmKeyfile:
            if (isNmMac(t))
                out << i;
            break;
        case MacStack::NetworkdNetwork:
        case MacStack::NetworkdLink:
            if (section == QLatin1String("[Match]") && isNetworkdMac(t))
                out << i;
            break;
        }
    }
    return out;
}

// After removing MAC lines from networkd files: a [Match] with no condition
// left gets a name match for Ethernet cards.
void keepNetworkdMatch(QStringList &lines, MacStack stack)
{
    int matchAt = -1;
    bool hasCondition = false;
    for (int i = 0; i <= lines.size(); ++i) {
        const QString t = i < lines.size() ? lines.at(i).trimmed() : QStringLiteral("[");
        if (t.startsWith(QLatin1Char('['))) {
            if (matchAt >= 0 && !hasCondition) {
                lines.insert(matchAt + 1, stack == MacStack::NetworkdLink ? QStringLiteral("OriginalName=eth*")
                                                                          : QStringLiteral("Name=en* eth*"));
                return;
            }
            matchAt = t == QLatin1String("[Match]") ? i : -1;
            hasCondition = false;
        } else if (matchAt >= 0 && !t.isEmpty() && !isComment(t) && t.contains(QLatin1Char('='))) {
            hasCondition = true;
        }
    }
}

} // namespace

std::optional<MacStack> stackOfPath(const QString &path)
{
    const QString dir = path.section(QLatin1Char('/'), 0, -2);
    const QString name = path.section(QLatin1Char('/'), -1);
    if (dir == NmDir)
        return MacStack::NmKeyfile;
    if (dir == NetworkdDir && name.endsWith(QLatin1String(".network")))
        return MacStack::NetworkdNetwork;
    if (dir == NetworkdDir && name.endsWith(QLatin1String(".link")))
        return MacStack::NetworkdLink;
    if (name.startsWith(QLatin1String("ifcfg-")))
        return MacStack::Ifcfg;
    return std::nullopt;
}

QList<MacFile> macConfigFiles(const GuestFiles &files, const QStringList &ifcfgDirs)
{
    QList<MacFile> out;
    QStringList dirs = ifcfgDirs;
    for (const QString &d : {RhelIfcfgDir, SuseIfcfgDir}) {
        if (!dirs.contains(d))
            dirs << d;
    }
    for (const QString &dir : std::as_const(dirs)) {
        for (const QString &f : files.glob(dir, QStringLiteral("ifcfg-*")))
            out << MacFile{f, MacStack::Ifcfg};
    }
    // NetworkManager reads every file there (keyfiles need not end in .nmconnection).
    for (const QString &f : files.glob(NmDir, QStringLiteral("*"))) {
        if (files.isFile(f))
            out << MacFile{f, MacStack::NmKeyfile};
    }
    for (const QString &f : files.glob(NetworkdDir, QStringLiteral("*.network")))
        out << MacFile{f, MacStack::NetworkdNetwork};
    for (const QString &f : files.glob(NetworkdDir, QStringLiteral("*.link")))
        out << MacFile{f, MacStack::NetworkdLink};
    return out;
}

QList<MacLine> macLines(MacStack stack, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<MacLine> out;
    for (int i : macIndexes(stack, lines))
        out << MacLine{i + 1, lines.at(i).endsWith(QLatin1Char('\r')) ? lines.at(i).chopped(1) : lines.at(i)};
    return out;
}

QString withoutMacMatches(MacStack stack, const QString &path, const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    const QList<int> drop = macIndexes(stack, lines);
    if (drop.isEmpty())
        return text;
    for (auto it = drop.crbegin(); it != drop.crend(); ++it)
        lines.removeAt(*it);
    if (stack == MacStack::NetworkdNetwork || stack == MacStack::NetworkdLink) {
        keepNetworkdMatch(lines, stack);
    } else if (stack == MacStack::Ifcfg && path.startsWith(RhelIfcfgDir + QLatin1Char('/'))) {
        static const QRegularExpression device(QStringLiteral("^\\s*DEVICE="));
        const bool hasDevice = std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return device.match(l).hasMatch(); });
        const QString name = path.section(QLatin1Char('/'), -1).mid(6);
        if (!hasDevice && !name.isEmpty()) {
            const bool endsWithNewline = !lines.isEmpty() && lines.last().isEmpty();
            lines.insert(endsWithNewline ? lines.size() - 1 : lines.size(), QStringLiteral("DEVICE=") + name);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace imageprep::netmac
