// Metadefs table loading and property validation.
#include "glance/Properties.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imageprep {

namespace {

constexpr int MaxKeyLength = 255; // Glance's image_properties.name column

} // namespace

Result<Metadefs> Metadefs::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return makeError(ErrorCode::Corrupt, PropertiesText::tr("The Glance metadata definitions table is not valid JSON."), pe.errorString());
    const QJsonObject root = doc.object();
    Metadefs m;
    for (const QJsonValue &v : root.value(QLatin1String("readOnly")).toArray())
        m.m_readOnly.append(v.toString());
    for (const QJsonValue &v : root.value(QLatin1String("reservedPrefixes")).toArray())
        m.m_reservedPrefixes.append(v.toString());
    const QJsonObject props = root.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Definition d;
        d.type = o.value(QLatin1String("type")).toString(QStringLiteral("string"));
        d.title = o.value(QLatin1String("title")).toString();
        d.ns = o.value(QLatin1String("namespace")).toString();
        for (const QJsonValue &e : o.value(QLatin1String("enum")).toArray())
            d.enumValues.append(e.isString() ? e.toString() : QString::number(e.toDouble()));
        if (o.contains(QLatin1String("minimum")))
            d.minimum = o.value(QLatin1String("minimum")).toDouble();
        if (o.contains(QLatin1String("maximum")))
            d.maximum = o.value(QLatin1String("maximum")).toDouble();
        d.maxLength = o.value(QLatin1String("maxLength")).toInt(-1);
        m.m_defs.insert(it.key(), d);
    }
    if (m.m_defs.isEmpty())
        return makeError(ErrorCode::Corrupt, PropertiesText::tr("The Glance metadata definitions table has no properties."));
    return m;
}

const Metadefs &Metadefs::builtin()
{
    static const Metadefs defs = [] {
        QFile f(QStringLiteral(":/imageprep/metadefs/glance-metadefs.json"));
        auto parsed = f.open(QIODevice::ReadOnly) ? fromJson(f.readAll()) : Result<Metadefs>(makeError(ErrorCode::NotFound, QString()));
        // The table is compiled in; failing to read it is a build defect.
        Q_ASSERT(parsed.ok());
        return parsed.ok() ? parsed.value() : Metadefs();
    }();
    return defs;
}

const Metadefs::Definition *Metadefs::find(const QString &key) const
{
    const auto it = m_defs.constFind(key);
    return it == m_defs.cend() ? nullptr : &*it;
}

bool Metadefs::isReadOnly(const QString &key) const
{
    return m_readOnly.contains(key);
}

bool Metadefs::isReserved(const QString &key) const
{
    for (const QString &p : m_reservedPrefixes) {
        if (key.startsWith(p))
            return true;
    }
    return false;
}

namespace {

// Glance stores strings; Nova parses booleans with oslo's strutils.
bool isBoolean(const QString &v)
{
    static const QStringList words{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                   QStringLiteral("no"), QStringLiteral("1"), QStringLiteral("0"),
                                   QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("t"),
                                   QStringLiteral("f"), QStringLiteral("y"), QStringLiteral("n")};
    return words.contains(v.trimmed().toLower());
}

std::optional<QString> valueProblem(const Metadefs::Definition &d, const QString &value)
{
    if (d.type == QLatin1String("integer") || d.type == QLatin1String("number")) {
        bool ok = false;
        const double n = d.type == QLatin1String("integer") ? double(value.trimmed().toLongLong(&ok)) : value.trimmed().toDouble(&ok);
        if (!ok)
            return d.type == QLatin1String("integer") ? PropertiesText::tr("\"%1\" is not an integer").arg(value)
                                                      : PropertiesText::tr("\"%1\" is not a number").arg(value);
        if (d.minimum && n < *d.minimum)
            return PropertiesText::tr("%1 is below the minimum %2").arg(value).arg(*d.minimum);
        if (d.maximum && n > *d.maximum)
            return PropertiesText::tr("%1 is above the maximum %2").arg(value).arg(*d.maximum);
    } else if (d.type == QLatin1String("boolean")) {
        if (!isBoolean(value))
            return PropertiesText::tr("\"%1\" is not a boolean (true or false)").arg(value);
    }
    if (!d.enumValues.isEmpty()) {
        // Array properties (hw_cpu_policy lists and the like) hold comma-separated items.
        const QStringList items = d.type == QLatin1String("array") ? value.split(QLatin1Char(','), Qt::SkipEmptyParts)
                                                                   : QStringList{value};
        for (const QString &item : items) {
            if (!d.enumValues.contains(item.trimmed()))
                return PropertiesText::tr("\"%1\" is not one of %2").arg(item.trimmed(), d.enumValues.join(QStringLiteral(", ")));
        }
    }
    if (d.maxLength >= 0 && value.size() > d.maxLength)
        return PropertiesText::tr("the value is longer than %1 characters").arg(d.maxLength);
    return std::nullopt;
}

} // namespace

QList<PropertyIssue> validateProperties(const PropertySet &set, const Metadefs &defs)
{
    QList<PropertyIssue> issues;
    auto add = [&](const QString &key, PropertyIssue::Level level, const QString &message) {
        issues.append(PropertyIssue{key, level, message});
    };
    for (const ImageProperty &p : set.properties()) {
        if (p.key.size() > MaxKeyLength) {
            add(p.key, PropertyIssue::Level::Error,
                PropertiesText::tr("Property names are limited to %1 characters; this one has %2.").arg(MaxKeyLength).arg(p.key.size()));
            continue;
        }
        if (defs.isReserved(p.key)) {
            add(p.key, PropertyIssue::Level::Error, PropertiesText::tr("%1 is reserved for Glance itself and cannot be set.").arg(p.key));
            continue;
        }
        if (defs.isReadOnly(p.key)) {
            add(p.key, PropertyIssue::Level::Error, PropertiesText::tr("%1 is a read-only image field that Glance sets.").arg(p.key));
            continue;
        }
        const Metadefs::Definition *d = defs.find(p.key);
        if (!d) {
            add(p.key, PropertyIssue::Level::Warning,
                PropertiesText::tr("%1 is not in Glance's metadata definitions; Glance stores it, but Nova may ignore it.").arg(p.key));
            continue;
        }
        if (const auto problem = valueProblem(*d, p.value))
            add(p.key, PropertyIssue::Level::Error, PropertiesText::tr("%1: %2.").arg(p.key, *problem));
    }
    return issues;
}

bool hasErrors(const QList<PropertyIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const PropertyIssue &i) { return i.level == PropertyIssue::Level::Error; });
}

} // namespace imageprep
