#include "requirements/PublishSummary.h"

#include "checks/CheckSupport.h"

#include <QMap>

namespace imageprep::units {

using checks::CheckText;

QString publishSummaryHtml(const CheckRun &run)
{
    const CheckResult *updates = run.result(QStringLiteral("security-updates"));
    const CheckResult *creds = run.result(QStringLiteral("no-baked-credentials"));
    const CheckResult *locale = run.result(QStringLiteral("cloud-init-locale"));
    if (!updates && !creds && !locale)
        return {};
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList rows;
    const auto row = [&](const CheckResult *r, const QString &what, const QString &found) {
        rows << QStringLiteral("<tr><td class=\"%1\">%2 %3</td><td>%4</td><td>%5</td></tr>")
                    .arg(toString(r->status), esc(statusSymbol(r->status)), esc(statusWord(r->status)), esc(what), esc(found));
    };
    if (updates) {
        // Each evidence of a failing security-updates is one package.
        const QString found = updates->status == CheckStatus::Fail
            ? CheckText::tr("%n package(s) with security updates pending", nullptr, int(updates->evidence.size()))
            : updates->summary;
        row(updates, CheckText::tr("Security updates"), found);
    }
    if (creds) {
        // Each evidence of a failing no-baked-credentials is one finding; its text is the kind.
        QString found = creds->summary;
        if (creds->status == CheckStatus::Fail) {
            QMap<QString, int> byKind;
            for (const Evidence &e : creds->evidence)
                ++byKind[e.text];
            QStringList parts;
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
                parts << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
            found = parts.join(QStringLiteral(", "));
        }
        row(creds, CheckText::tr("Baked credentials"), found);
    }
    if (locale)
        row(locale, CheckText::tr("cloud-init locale"), locale->summary);
    return QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<table>\n<tr><th>%3</th><th>%4</th><th>%5</th></tr>\n%6\n</table>\n")
        .arg(esc(CheckText::tr("Safe to publish")),
             esc(CheckText::tr("For release notes: counts and kinds only; no key, password or token is shown.")),
             esc(CheckText::tr("Status")), esc(CheckText::tr("Item")), esc(CheckText::tr("Found")), rows.join(QLatin1Char('\n')));
}

} // namespace imageprep::units
