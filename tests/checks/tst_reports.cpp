// Text, JSON, JUnit and HTML reports rendered from one CheckRun.
#include "GuestFixtures.h"

#include "checks/CheckRun.h"
#include "checks/Reports.h"
#include "util/TextWidth.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace imageprep;
using namespace imageprep::testing;

class TestReports final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void textIsAlignedAndShowsEvidence();
    void textWidthCountsTerminalColumns();
    void chineseTextIsAlignedByColumns();
    void jsonHasEveryField();
    void junitMapsStatuses();
    void htmlIsSelfContainedAndEscaped();

private:
    // Debian guest with one failure (hwaddress, carrying markup), one warning
    // (ufw started but off) and one not-applicable (xen on a modern kernel).
    Guest m_guest;
    CheckRun m_run;
    const QString m_image = s("/images/web <1>.qcow2");
};

void TestReports::initTestCase()
{
    m_guest = cleanGuest(Family::Debian);
    m_guest.facts.productName = s("Debian GNU/Linux 12 (bookworm)");
    m_guest.file(s("/etc/network/interfaces"), "auto eth0\niface eth0 inet dhcp\n  hwaddress <script>alert(1)</script>\n");
    m_guest.file(s("/etc/ufw/ufw.conf"), "ENABLED=no\n");
    m_guest.enableService(s("ufw"));
    m_run = runChecklist(m_guest.facts, m_guest.files);
    QCOMPARE(toString(m_run.result(s("no-hardcoded-mac"))->status), toString(CheckStatus::Fail));
    QCOMPARE(toString(m_run.result(s("firewall-disabled"))->status), toString(CheckStatus::Warning));
    QCOMPARE(toString(m_run.result(s("xen-pv-kernel"))->status), toString(CheckStatus::NotApplicable));
}

void TestReports::textIsAlignedAndShowsEvidence()
{
    const QString text = renderText(m_run, m_guest.facts, m_image);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY(lines.first().contains(m_image));
    const auto header = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QLatin1String("STATUS")); });
    QVERIFY(header != lines.cend());
    const qsizetype idColumn = header->indexOf(QLatin1String("ID "));
    const qsizetype titleColumn = header->indexOf(QLatin1String("TITLE"));
    QVERIFY(idColumn > 0 && titleColumn > idColumn);

    int rows = 0;
    for (const CheckResult &r : m_run.results) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return !l.startsWith(QLatin1Char(' ')) && l.mid(idColumn).startsWith(r.id + QLatin1Char(' '));
        });
        QVERIFY2(line != lines.cend(), qPrintable(r.id));
        // Status is a word, not only a colour or a symbol.
        QVERIFY2(line->contains(statusWord(r.status)), qPrintable(*line));
        QCOMPARE(line->mid(titleColumn), Catalogue::instance().find(r.id)->title());
        ++rows;
    }
    QCOMPARE(rows, m_run.results.size());
    QVERIFY(text.contains(s("      /etc/network/interfaces:3:   hwaddress <script>alert(1)</script>\n")));
    QVERIFY(text.contains(s("Required checks: NOT passed")));
    QVERIFY(text.contains(QStringLiteral("%1 fail").arg(m_run.count(CheckStatus::Fail))));
}

void TestReports::textWidthCountsTerminalColumns()
{
    QCOMPARE(displayWidth(s("PASS")), 4);
    QCOMPARE(displayWidth(s("通过")), 4);          // two ideographs, two columns each
    QCOMPARE(displayWidth(s("必需：")), 6);        // fullwidth colon
    QCOMPARE(displayWidth(s("e\u0301")), 1);       // combining accent takes none
    QCOMPARE(displayWidth(QString::fromUcs4(U"\U00020000")), 2); // supplementary-plane ideograph, one char32, two UTF-16 units
    QCOMPARE(displayWidth(s("✓ 通过")), 6);
    QCOMPARE(padRight(s("通过"), 6), s("通过  "));
    QCOMPARE(padLeft(s("通过"), 5), s(" 通过"));
    QCOMPARE(padRight(s("失败原因"), 4), s("失败原因")); // never truncates
    QCOMPARE(columnWidth({s("PASS"), s("N/A")}, 5), 5);
    QCOMPARE(columnWidth({s("PASS"), s("不适用")}, 5), 6);
    QCOMPARE(columnWidth({}), 0);
}

void TestReports::chineseTextIsAlignedByColumns()
{
    QCOMPARE(installTranslations(s("zh_CN")), s("zh_CN"));
    const QString text = renderText(m_run, m_guest.facts, m_image);
    installTranslations(s("en"));
    QVERIFY2(text.contains(QChar(0x901A)), "the report is not in Chinese"); // 通 of 通过
    const QStringList lines = text.split(QLatin1Char('\n'));
    // Every row starts its id at the same terminal column as the header's ID,
    // and the title after the same column, however wide the words before it.
    const auto header = std::find_if(lines.cbegin(), lines.cend(), [this](const QString &l) {
        return l.contains(s("ID ")) && !l.contains(m_image);
    });
    QVERIFY(header != lines.cend());
    const int idColumn = displayWidth(header->left(header->indexOf(s("ID "))));
    QVERIFY(idColumn > 0);
    int rows = 0;
    for (const CheckResult &r : m_run.results) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return !l.startsWith(QLatin1Char(' ')) && l.contains(QLatin1Char(' ') + r.id + QLatin1Char(' '));
        });
        QVERIFY2(line != lines.cend(), qPrintable(r.id));
        const qsizetype at = line->indexOf(QLatin1Char(' ') + r.id + QLatin1Char(' ')) + 1;
        QVERIFY2(displayWidth(line->left(at)) == idColumn, qPrintable(*line));
        ++rows;
    }
    QCOMPARE(rows, m_run.results.size());
}

void TestReports::jsonHasEveryField()
{
    const QJsonObject json = renderJson(m_run, m_guest.facts, m_image);
    // Round-trip through text: what the CLI prints must parse.
    const QJsonObject parsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QCOMPARE(parsed.value(s("image")).toString(), m_image);
    QCOMPARE(parsed.value(s("requiredPassed")).toBool(), false);
    QCOMPARE(parsed.value(s("facts")).toObject().value(s("os")).toObject().value(s("distro")).toString(), s("debian"));
    QCOMPARE(parsed.value(s("counts")).toObject().value(s("fail")).toInt(), m_run.count(CheckStatus::Fail));
    const QJsonArray checks = parsed.value(s("checks")).toArray();
    QCOMPARE(checks.size(), m_run.results.size());
    for (const QJsonValue &v : checks) {
        const QJsonObject c = v.toObject();
        for (const char *key : {"id", "title", "severity", "status", "group", "summary", "evidence"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
    }
    const auto mac = std::find_if(checks.cbegin(), checks.cend(),
                                  [](const QJsonValue &v) { return v.toObject().value(s("id")).toString() == s("no-hardcoded-mac"); });
    QVERIFY(mac != checks.cend());
    const QJsonObject c = mac->toObject();
    QCOMPARE(c.value(s("status")).toString(), s("fail"));
    QCOMPARE(c.value(s("severity")).toString(), s("required"));
    QCOMPARE(c.value(s("group")).toString(), s("network"));
    const QJsonObject e = c.value(s("evidence")).toArray().first().toObject();
    QCOMPARE(e.value(s("file")).toString(), s("/etc/network/interfaces"));
    QCOMPARE(e.value(s("line")).toInt(), 3);
    QCOMPARE(e.value(s("text")).toString(), s("  hwaddress <script>alert(1)</script>"));
    QVERIFY(e.contains(s("note")));
}

void TestReports::junitMapsStatuses()
{
    const QByteArray xml = renderJUnit(m_run, m_guest.facts, m_image);
    QXmlStreamReader r(xml);
    QHash<QString, QStringList> children; // testcase name -> child element names
    QString current, suiteTests, suiteFailures, suiteSkipped;
    int suites = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("testsuite")) {
                ++suites;
                suiteTests = r.attributes().value(s("tests")).toString();
                suiteFailures = r.attributes().value(s("failures")).toString();
                suiteSkipped = r.attributes().value(s("skipped")).toString();
            } else if (r.name() == QLatin1String("testcase")) {
                current = r.attributes().value(s("name")).toString();
                children.insert(current, {});
            } else if (!current.isEmpty()) {
                children[current] << r.name().toString();
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("testcase")) {
            current.clear();
        }
    }
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    QCOMPARE(suites, 1);
    QCOMPARE(suiteTests, QString::number(m_run.results.size()));
    QCOMPARE(suiteFailures, QString::number(m_run.count(CheckStatus::Fail)));
    QCOMPARE(suiteSkipped, QString::number(m_run.count(CheckStatus::NotApplicable)));
    QCOMPARE(children.size(), m_run.results.size());
    QCOMPARE(children.value(s("no-hardcoded-mac")), QStringList{s("failure")});
    QCOMPARE(children.value(s("xen-pv-kernel")), QStringList{s("skipped")});
    QCOMPARE(children.value(s("firewall-disabled")), QStringList{s("system-out")});
    QCOMPARE(children.value(s("ssh-server")), QStringList{});
}

void TestReports::htmlIsSelfContainedAndEscaped()
{
    const QString html = renderHtml(m_run, m_guest.facts, m_image);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<style>")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(!html.contains(QLatin1String("<link")));
    QVERIFY(!html.contains(QLatin1String(" src=")));
    QVERIFY(html.contains(QLatin1String("hwaddress &lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("web &lt;1&gt;.qcow2")));
    // Each row shows its status as symbol plus word.
    for (const CheckResult &r : m_run.results) {
        const QString cell = statusSymbol(r.status).toHtmlEscaped() + QLatin1Char(' ') + statusWord(r.status).toHtmlEscaped();
        QVERIFY2(html.contains(QStringLiteral("<tr id=\"%1\"><td class=\"%2\">%3</td>").arg(r.id, toString(r.status), cell)),
                 qPrintable(r.id));
    }
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
