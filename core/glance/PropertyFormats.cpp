// Property renderers: Glance v2 create body (JSON), YAML, openstack script.
#include "glance/Properties.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace imageprep {

namespace {

// Image fields Glance keeps as columns with their own types; everything else
// is a custom property and must be a JSON string.
const QStringList integerFields{QStringLiteral("min_disk"), QStringLiteral("min_ram")};
const QStringList topLevelStrings{QStringLiteral("disk_format"), QStringLiteral("container_format")};

QString yamlQuote(const QString &s)
{
    // A YAML double-quoted scalar with JSON-style escapes is valid YAML 1.1 and 1.2.
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString yamlKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    return plain.match(key).hasMatch() ? key : yamlQuote(key);
}

QString shellQuote(const QString &s)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (safe.match(s).hasMatch())
        return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

std::optional<qint64> asInteger(const QString &v)
{
    bool ok = false;
    const qint64 n = v.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

QByteArray toGlanceCreateJson(const PropertySet &set, const QString &imageName)
{
    QJsonObject body;
    if (!imageName.isEmpty())
        body.insert(QStringLiteral("name"), imageName);
    for (const ImageProperty &p : set.properties()) {
        if (integerFields.contains(p.key)) {
            // Glance's schema refuses "20" for min_disk; a non-number stays a string so Glance names the error.
            if (const auto n = asInteger(p.value)) {
                body.insert(p.key, *n);
                continue;
            }
        }
        body.insert(p.key, p.value); // custom properties are strings in the v2 API
    }
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

QByteArray toYaml(const PropertySet &set, const QString &imageName)
{
    QString out = QStringLiteral("# Glance image properties written by imageprep; one \"# why\" per derived value.\n");
    if (!imageName.isEmpty())
        out += QStringLiteral("name: %1\n").arg(yamlQuote(imageName));
    for (const ImageProperty &p : set.properties()) {
        if (!p.reason.isEmpty())
            out += QStringLiteral("# %1\n").arg(QString(p.reason).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        const auto n = integerFields.contains(p.key) ? asInteger(p.value) : std::nullopt;
        out += yamlKey(p.key) + QLatin1String(": ") + (n ? QString::number(*n) : yamlQuote(p.value)) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray toOpenstackScript(const PropertySet &set, const QString &imageName, const QString &imageFile)
{
    QString out = QStringLiteral(
        "#!/bin/sh\n"
        "# Uploads the image with the properties imageprep derived.\n"
        "# Set OS_CLOUD (clouds.yaml) or the OS_* variables first.\n"
        "set -eu\n"
        "cd \"$(dirname \"$0\")\"\n"
        "exec openstack image create");
    const QString cont = QStringLiteral(" \\\n    ");
    for (const ImageProperty &p : set.properties()) {
        if (p.key == QLatin1String("disk_format"))
            out += cont + QStringLiteral("--disk-format ") + shellQuote(p.value);
        else if (p.key == QLatin1String("container_format"))
            out += cont + QStringLiteral("--container-format ") + shellQuote(p.value);
        else if (p.key == QLatin1String("min_disk"))
            out += cont + QStringLiteral("--min-disk ") + shellQuote(p.value);
        else if (p.key == QLatin1String("min_ram"))
            out += cont + QStringLiteral("--min-ram ") + shellQuote(p.value);
    }
    for (const ImageProperty &p : set.properties()) {
        if (integerFields.contains(p.key) || topLevelStrings.contains(p.key))
            continue;
        out += cont + QStringLiteral("--property ") + shellQuote(p.key + QLatin1Char('=') + p.value);
    }
    out += cont + QStringLiteral("--file ") + shellQuote(imageFile);
    const QString name = imageName.isEmpty() ? imageFile : imageName;
    // "--" only when needed: a name starting with '-' would read as an option.
    out += cont + (name.startsWith(QLatin1Char('-')) ? QStringLiteral("-- ") : QString()) + shellQuote(name) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace imageprep
