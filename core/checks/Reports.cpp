#include "checks/Reports.h"

#include "requirements/PublishSummary.h"

#include "checks/Catalogue.h"
#include "checks/CheckRun.h"
#include "guest/GuestFacts.h"
#include "util/TextWidth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QXmlStreamWriter>

namespace imageprep {

namespace {

struct Row {
    const CheckResult *result;
    QString title;
    QString group;
    Severity severity;
};

QList<Row> rows(const CheckRun &run)
{
    QList<Row> out;
    const Catalogue &catalogue = Catalogue::instance();
    for (const CheckResult &r : run.results) {
        const Requirement *req = catalogue.find(r.id);
        out << Row{&r, req ? req->title() : r.id, req ? req->group() : QString(),
                   req ? req->severity() : Severity::Recommended};
    }
    return out;
}

QString evidenceLine(const Evidence &e)
{
    QString s;
    if (!e.file.isEmpty()) {
        s = e.file;
        if (e.line > 0)
            s += QStringLiteral(":%1").arg(e.line);
        if (!e.text.isEmpty())
            s += QStringLiteral(": ") + e.text;
    }
    if (!e.note.isEmpty())
        s += s.isEmpty() ? e.note : QStringLiteral(" (%1)").arg(e.note);
    return s;
}

QString guestLine(const GuestFacts &facts)
{
    const QString name = facts.productName.isEmpty() ? facts.distro : facts.productName;
    return QStringLiteral("%1 (%2, %3, %4)")
        .arg(name.isEmpty() ? QStringLiteral("?") : name, toString(facts.family()), toString(facts.init),
             facts.arch.isEmpty() ? QStringLiteral("?") : facts.arch);
}

QString totalsLine(const CheckRun &run)
{
    return QCoreApplication::translate("Reports", "%1 pass, %2 fail, %3 warning, %4 not applicable, %5 unknown")
        .arg(run.count(CheckStatus::Pass))
        .arg(run.count(CheckStatus::Fail))
        .arg(run.count(CheckStatus::Warning))
        .arg(run.count(CheckStatus::NotApplicable))
        .arg(run.count(CheckStatus::Unknown));
}

QString verdictLine(const CheckRun &run)
{
    return run.requiredPassed()
        //: Report verdict: all checks of severity "required" passed.
        ? QCoreApplication::translate("Reports", "Required checks: passed")
        //: Report verdict: at least one check of severity "required" did not pass.
        : QCoreApplication::translate("Reports", "Required checks: NOT passed");
}

} // namespace

QString renderText(const CheckRun &run, const GuestFacts &facts, const QString &imagePath)
{
    const QList<Row> all = rows(run);
    //: Column headers of the text report.
    const QString hStatus = QCoreApplication::translate("Reports", "STATUS");
    const QString hSeverity = QCoreApplication::translate("Reports", "SEVERITY");
    const QString hId = QCoreApplication::translate("Reports", "ID");
    const QString hTitle = QCoreApplication::translate("Reports", "TITLE");

    // Widths in terminal columns: a Chinese word takes two per character.
    int wStatus = displayWidth(hStatus), wSeverity = displayWidth(hSeverity), wId = displayWidth(hId);
    for (const Row &r : all) {
        wStatus = std::max(wStatus, displayWidth(statusSymbol(r.result->status) + QLatin1Char(' ') + statusWord(r.result->status)));
        wSeverity = std::max(wSeverity, displayWidth(severityWord(r.severity)));
        wId = std::max(wId, displayWidth(r.result->id));
    }

    QString out;
    out += QCoreApplication::translate("Reports", "Image: %1").arg(imagePath) + QLatin1Char('\n');
    out += QCoreApplication::translate("Reports", "Guest: %1").arg(guestLine(facts)) + QLatin1String("\n\n");
    out += QStringLiteral("%1  %2  %3  %4\n")
               .arg(padRight(hStatus, wStatus), padRight(hSeverity, wSeverity), padRight(hId, wId), hTitle);
    const QString indent(4, QLatin1Char(' '));
    for (const Row &r : all) {
        const QString status = statusSymbol(r.result->status) + QLatin1Char(' ') + statusWord(r.result->status);
        out += QStringLiteral("%1  %2  %3  %4\n")
                   .arg(padRight(status, wStatus), padRight(severityWord(r.severity), wSeverity),
                        padRight(r.result->id, wId), r.title);
        if (!r.result->summary.isEmpty())
            out += indent + r.result->summary + QLatin1Char('\n');
        for (const Evidence &e : r.result->evidence)
            out += indent + QLatin1String("  ") + evidenceLine(e) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + totalsLine(run) + QLatin1Char('\n') + verdictLine(run) + QLatin1Char('\n');
    return out;
}

QJsonObject renderJson(const CheckRun &run, const GuestFacts &facts, const QString &imagePath)
{
    QJsonArray checks;
    for (const Row &r : rows(run)) {
        QJsonArray evidence;
        for (const Evidence &e : r.result->evidence) {
            evidence.append(QJsonObject{
                {QStringLiteral("file"), e.file},
                {QStringLiteral("line"), e.line},
                {QStringLiteral("text"), e.text},
                {QStringLiteral("note"), e.note},
            });
        }
        checks.append(QJsonObject{
            {QStringLiteral("id"), r.result->id},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("severity"), toString(r.severity)},
            {QStringLiteral("status"), toString(r.result->status)},
            {QStringLiteral("group"), r.group},
            {QStringLiteral("summary"), r.result->summary},
            {QStringLiteral("evidence"), evidence},
        });
    }
    QJsonObject counts;
    for (CheckStatus s : {CheckStatus::Pass, CheckStatus::Fail, CheckStatus::Warning, CheckStatus::NotApplicable,
                          CheckStatus::Unknown})
        counts.insert(toString(s), run.count(s));
    return QJsonObject{
        {QStringLiteral("image"), imagePath},
        {QStringLiteral("requiredPassed"), run.requiredPassed()},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("facts"), facts.toJson()},
        {QStringLiteral("checks"), checks},
    };
}

QByteArray renderJUnit(const CheckRun &run, const GuestFacts &facts, const QString &imagePath)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("imageprep.checks"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(run.results.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(run.count(CheckStatus::Fail)));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(run.count(CheckStatus::Unknown)));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(run.count(CheckStatus::NotApplicable)));
    xml.writeStartElement(QStringLiteral("properties"));
    const auto property = [&](const QString &name, const QString &value) {
        xml.writeStartElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeAttribute(QStringLiteral("value"), value);
        xml.writeEndElement();
    };
    property(QStringLiteral("image"), imagePath);
    property(QStringLiteral("distro"), facts.distro);
    property(QStringLiteral("version"), facts.version());
    property(QStringLiteral("family"), toString(facts.family()));
    xml.writeEndElement(); // properties

    for (const Row &r : rows(run)) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("imageprep.") + r.group);
        xml.writeAttribute(QStringLiteral("name"), r.result->id);
        QStringList body;
        for (const Evidence &e : r.result->evidence)
            body << evidenceLine(e);
        const QString details = QStringLiteral("%1 [%2]\n%3").arg(r.title, toString(r.severity), body.join(QLatin1Char('\n')));
        switch (r.result->status) {
        case CheckStatus::Fail:
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), r.result->summary);
            xml.writeAttribute(QStringLiteral("type"), toString(r.severity));
            xml.writeCharacters(details);
            xml.writeEndElement();
            break;
        case CheckStatus::NotApplicable:
            xml.writeStartElement(QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), r.result->summary);
            xml.writeEndElement();
            break;
        case CheckStatus::Unknown:
            xml.writeStartElement(QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("message"), r.result->summary);
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("unknown"));
            xml.writeCharacters(details);
            xml.writeEndElement();
            break;
        case CheckStatus::Warning:
            xml.writeTextElement(QStringLiteral("system-out"),
                                 QStringLiteral("WARNING: %1\n%2").arg(r.result->summary, details));
            break;
        case CheckStatus::Pass:
            break;
        }
        xml.writeEndElement(); // testcase
    }
    xml.writeEndElement(); // testsuite
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    return out;
}

QString renderHtml(const CheckRun &run, const GuestFacts &facts, const QString &imagePath)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
             .arg(esc(QCoreApplication::translate("Reports", "OpenStack image check: %1").arg(imagePath)));
    h += QStringLiteral(
        "<style>\n"
        "body{font-family:sans-serif;margin:2em;color:#222}\n"
        "table{border-collapse:collapse;width:100%}\n"
        "th,td{border-bottom:1px solid #ccc;padding:.4em;text-align:left;vertical-align:top}\n"
        ".pass{color:#1a7f37}.fail{color:#b3261e;font-weight:bold}.warning{color:#8a5a00}\n"
        ".not-applicable,.unknown{color:#555}\n"
        "ul.evidence{margin:.3em 0;padding-left:1.2em;font-family:monospace;font-size:90%}\n"
        "</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(QCoreApplication::translate("Reports", "OpenStack image check")));
    h += QStringLiteral("<p>%1<br>%2</p>\n")
             .arg(esc(QCoreApplication::translate("Reports", "Image: %1").arg(imagePath)),
                  esc(QCoreApplication::translate("Reports", "Guest: %1").arg(guestLine(facts))));
    h += QStringLiteral("<p><strong>%1</strong> &mdash; %2</p>\n").arg(esc(verdictLine(run)), esc(totalsLine(run)));
    h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
             .arg(esc(QCoreApplication::translate("Reports", "Status")), esc(QCoreApplication::translate("Reports", "Severity")),
                  esc(QCoreApplication::translate("Reports", "Requirement")), esc(QCoreApplication::translate("Reports", "Details")));
    for (const Row &r : rows(run)) {
        const QString cls = toString(r.result->status);
        QString details = esc(r.result->summary);
        if (!r.result->evidence.isEmpty()) {
            details += QStringLiteral("<ul class=\"evidence\">");
            for (const Evidence &e : r.result->evidence)
                details += QStringLiteral("<li>%1</li>").arg(esc(evidenceLine(e)));
            details += QStringLiteral("</ul>");
        }
        h += QStringLiteral("<tr id=\"%1\"><td class=\"%2\">%3 %4</td><td>%5</td><td><strong>%6</strong><br><code>%7</code></td><td>%8</td></tr>\n")
                 .arg(esc(r.result->id), cls, esc(statusSymbol(r.result->status)), esc(statusWord(r.result->status)),
                      esc(severityWord(r.severity)), esc(r.title), esc(r.result->id), details);
    }
    h += QStringLiteral("</table>\n");
    h += units::publishSummaryHtml(run);
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace imageprep
