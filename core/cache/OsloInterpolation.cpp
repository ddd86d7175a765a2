#include "cache/OsloInterpolation.h"

#include <QRegularExpression>

namespace imageprep {

namespace {

const QString defaultGroup = QStringLiteral("DEFAULT");
const QString imageCacheGroup = QStringLiteral("image_cache");
// oslo.config recurses without a limit; a reference loop makes it fail.
constexpr int maxDepth = 32;

Error interpolationError(const QString &message, const QString &text)
{
    return makeError(ErrorCode::InvalidArgument, message, text);
}

} // namespace

OsloInterpolation::OsloInterpolation(const IniFile &ini, const NovaConfDefaults &defaults)
    : m_ini(ini)
    , m_defaults(defaults)
{
}

Result<QString> OsloInterpolation::substitute(const QString &text, const QString &group) const
{
    return substitute(text, group, 0);
}

// The defaults of the options a cache setting can refer to, as registered by
// nova/conf (paths.py, compute.py, netconf.py, imagecache.py). Options of
// [image_cache] outside this list do not exist for oslo.config.
std::optional<QString> OsloInterpolation::registeredDefault(const QString &group, const QString &name) const
{
    if (group == imageCacheGroup) {
        static const QHash<QString, QString> imageCache{
            {QStringLiteral("manager_interval"), QStringLiteral("2400")},
            {QStringLiteral("subdirectory_name"), QStringLiteral("_base")},
            {QStringLiteral("remove_unused_base_images"), QStringLiteral("True")},
            {QStringLiteral("remove_unused_original_minimum_age_seconds"), QStringLiteral("86400")},
            {QStringLiteral("remove_unused_resized_minimum_age_seconds"), QStringLiteral("3600")},
            {QStringLiteral("precache_concurrency"), QStringLiteral("1")},
        };
        const auto it = imageCache.constFind(name);
        return it == imageCache.constEnd() ? std::nullopt : std::optional<QString>(*it);
    }
    if (group != defaultGroup)
        return std::nullopt;
    if (name == u"host")
        return m_defaults.host;
    if (name == u"my_ip")
        return m_defaults.myIp;
    static const QHash<QString, QString> defaults{
        {QStringLiteral("state_path"), QStringLiteral("$pybasedir")},
        {QStringLiteral("instances_path"), QStringLiteral("$state_path/instances")},
        {QStringLiteral("my_block_storage_ip"), QStringLiteral("$my_ip")},
        {QStringLiteral("default_ephemeral_format"), QString()}, // None substitutes as ''
        {QStringLiteral("preallocate_images"), QStringLiteral("none")},
    };
    if (name == u"pybasedir")
        return m_defaults.pybasedir;
    const auto it = defaults.constFind(name);
    return it == defaults.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<Result<QString>> OsloInterpolation::option(const QString &group, const QString &name, int depth) const
{
    // A value set in nova.conf counts as a registered option except in
    // [image_cache], whose options the report knows: nova registers
    // hundreds of others this report cannot list.
    const bool known = registeredDefault(group, name).has_value();
    if (const auto v = m_ini.value(group, name); v && (known || group != imageCacheGroup))
        return substitute(*v, group, depth + 1);
    if (!known)
        return std::nullopt;
    // socket.gethostname() and get_my_ipv4() of the machine running the report
    if (group == defaultGroup && name == u"host")
        m_notes << QStringLiteral("$host is this machine's host name %1 (nova.conf does not set host)")
                       .arg(m_defaults.host);
    if (group == defaultGroup && name == u"my_ip")
        m_notes << QStringLiteral("$my_ip is this machine's address %1 (nova.conf does not set my_ip)")
                       .arg(m_defaults.myIp);
    return substitute(*registeredDefault(group, name), group, depth + 1);
}

// ConfigOpts.Template: idpattern [_a-z][._a-z0-9]* under re.IGNORECASE,
// substituted with safe_substitute (an unmatched "$" stays as it is).
Result<QString> OsloInterpolation::substitute(const QString &input, const QString &group, int depth) const
{
    if (depth > maxDepth)
        return interpolationError(QStringLiteral("option references loop (%1)").arg(input), input);
    QString text = input;
    text.replace(QStringLiteral("\\$"), QStringLiteral("$$"));
    static const QRegularExpression pattern(
        QStringLiteral("\\$(?:(\\$)|([_a-z][._a-z0-9]*)|\\{([_a-z][._a-z0-9]*)\\})"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype pos = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(pos, m.capturedStart() - pos);
        pos = m.capturedEnd();
        if (m.capturedLength(1) > 0) {
            out += QLatin1Char('$');
            continue;
        }
        const QString key = m.capturedLength(2) > 0 ? m.captured(2) : m.captured(3);
        // StrSubWrapper: "group.option" names a group; otherwise the option
        // is looked up in the reading option's group, then in DEFAULT.
        std::optional<Result<QString>> value;
        if (const qsizetype dot = key.indexOf(QLatin1Char('.')); dot > 0)
            value = option(key.left(dot).toLower(), key.mid(dot + 1), depth);
        else
            value = option(group, key, depth);
        if (!value)
            value = option(defaultGroup, key, depth);
        if (!value)
            return interpolationError(QStringLiteral("no such option %1 (referenced as $%1)").arg(key), input);
        if (!*value)
            return value->error();
        out += value->value();
    }
    out += text.mid(pos);
    return out;
}

} // namespace imageprep
