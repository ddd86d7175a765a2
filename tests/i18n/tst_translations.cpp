// The translation catalogues are complete and current, and the programs use them.
//
// lupdate runs over the sources into a scratch copy of each catalogue: a
// message that is new there (missing from the committed file) or unfinished
// fails the test, so a string added without its Chinese translation cannot land.
#include "TestSupport.h"

#include "checks/Catalogue.h"
#include "checks/Requirement.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace imageprep;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "" (finished), "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    int line = 0;
};

QList<Message> readCatalogue(const QString &path, QString *language = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            m.line = int(xml.lineNumber());
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(" \"") + m.source.left(60) + QStringLiteral("\" (line ") + QString::number(m.line)
           + QLatin1Char(')');
}

// %1..%99 and %n, sorted: the translation must use each the same number of times.
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

QStringList htmlTags(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(IMAGEPREP_SOURCE_DIR "/translations/imageprep_%1.ts").arg(language);
}

// Runs lupdate over the sources into a scratch copy of the catalogue.
QList<Message> refreshed(const QString &language, QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("imageprep_%1.ts").arg(language));
    QFile::copy(tsPath(language), copy);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString src = QStringLiteral(IMAGEPREP_SOURCE_DIR);
    p.start(QStringLiteral(IMAGEPREP_LUPDATE),
            {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
             QStringLiteral("-extensions"), QStringLiteral("cpp,h"), src + QStringLiteral("/core"), src + QStringLiteral("/ui"),
             src + QStringLiteral("/app"), QStringLiteral("-ts"), copy});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("lupdate failed: %s", p.readAll().constData());
    return readCatalogue(copy);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void zhCatalogueIsCompleteAndCurrent();
    void zhTranslationsKeepPlaceholdersAndMarkup();
    void enCatalogueHasPluralForms();
    void catalogueMessagesAreStillInTheSources();
    void languageResolution();
    void installedTranslatorTranslates();
    void cliSpeaksChinese();
};

void TestTranslations::zhCatalogueIsCompleteAndCurrent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString language;
    const QList<Message> committed = readCatalogue(tsPath(QStringLiteral("zh_CN")), &language);
    QCOMPARE(language, QStringLiteral("zh_CN"));
    QVERIFY2(committed.size() > 900, qPrintable(QString::number(committed.size())));

    QStringList problems;
    const QList<Message> current = refreshed(QStringLiteral("zh_CN"), dir);
    for (const Message &m : current) {
        if (m.type == QLatin1String("unfinished") || m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); }))
            problems << QStringLiteral("unfinished or missing: ") + where(m);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 zh_CN message(s) need a translation (run `cmake --build build --target "
                                       "update_translations`, then translate them in translations/imageprep_zh_CN.ts):\n")
                            .arg(problems.size())
                        + problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::zhTranslationsKeepPlaceholdersAndMarkup()
{
    QStringList problems;
    static const QRegularExpression cjk(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
    int chinese = 0;
    for (const Message &m : readCatalogue(tsPath(QStringLiteral("zh_CN")))) {
        if (m.type == QLatin1String("unfinished"))
            continue; // lupdate's guesses; the completeness test reports them
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                continue;
            if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ: ") + where(m) + QStringLiteral(" -> ") + t;
            if (htmlTags(t) != htmlTags(m.source))
                problems << QStringLiteral("markup differs: ") + where(m);
            if (m.source.count(QLatin1Char('\n')) != t.count(QLatin1Char('\n')))
                problems << QStringLiteral("line breaks differ: ") + where(m);
            // "&File" -> "文件(&F)": an accelerator stays an accelerator.
            static const QRegularExpression accel(QStringLiteral("&([A-Za-z])"));
            const auto a = accel.match(QString(m.source).remove(QStringLiteral("&&")));
            if (a.hasMatch() && !m.source.contains(QLatin1Char(';'))
                && !t.contains(QLatin1Char('&') + a.captured(1), Qt::CaseInsensitive))
                problems << QStringLiteral("accelerator lost: ") + where(m);
            if (cjk.match(t).hasMatch())
                ++chinese;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    // Most messages are prose: a catalogue that merely copies the English fails here.
    QVERIFY2(chinese > 800, qPrintable(QString::number(chinese)));
}

void TestTranslations::enCatalogueHasPluralForms()
{
    QTemporaryDir dir;
    QStringList problems;
    int numerus = 0;
    for (const Message &m : refreshed(QStringLiteral("en"), dir)) {
        if (!m.numerus)
            continue;
        ++numerus;
        if (m.translations.size() != 2 || m.translations.at(0).isEmpty() || m.translations.at(1).isEmpty()
            || m.type == QLatin1String("unfinished"))
            problems << where(m);
        else if (m.translations.at(0).contains(QLatin1String("(s)")) || m.translations.at(1).contains(QLatin1String("(s)")))
            problems << QStringLiteral("\"(s)\" left in ") + where(m);
    }
    QVERIFY(numerus > 10);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("English plural forms missing:\n") + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogueMessagesAreStillInTheSources()
{
    // -no-obsolete: lupdate drops what the sources no longer say; the committed
    // file must already be that (no dead weight for translators).
    QTemporaryDir dir;
    const QList<Message> current = refreshed(QStringLiteral("zh_CN"), dir);
    QSet<QString> keys;
    for (const Message &m : current)
        keys.insert(m.context + QChar(0) + m.source + QChar(0) + m.comment);
    QStringList stale;
    for (const Message &m : readCatalogue(tsPath(QStringLiteral("zh_CN")))) {
        if (!keys.contains(m.context + QChar(0) + m.source + QChar(0) + m.comment))
            stale << where(m);
    }
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(QLatin1Char('\n'))));
}

void TestTranslations::languageResolution()
{
    QCOMPARE(availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(resolveLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(resolveLanguage(QStringLiteral("zh_CN.UTF-8")), QStringLiteral("zh_CN"));
    QCOMPARE(resolveLanguage(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
    QCOMPARE(resolveLanguage(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    QCOMPARE(resolveLanguage(QStringLiteral("zh_TW")), QString());
    QCOMPARE(resolveLanguage(QStringLiteral("en_GB")), QStringLiteral("en"));
    QCOMPARE(resolveLanguage(QStringLiteral("C")), QStringLiteral("en"));
    QCOMPARE(resolveLanguage(QStringLiteral("de_DE")), QString());
    QCOMPARE(resolveLanguage(QStringLiteral("klingon")), QString());
}

void TestTranslations::installedTranslatorTranslates()
{
    const Requirement *serial = Catalogue::instance().find(QStringLiteral("serial-console"));
    QVERIFY(serial);
    const QString english = serial->title();
    QCOMPARE(installTranslations(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const QString chinese = serial->title();
    QVERIFY2(chinese != english, qPrintable(chinese));
    QVERIFY(chinese.contains(QRegularExpression(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"))));
    // Plural forms: English picks the form from the count.
    QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(serial->title(), english);
    QCOMPARE(QCoreApplication::translate("CheckText", "%n SSH host key(s) in the image that every instance would share.",
                                         nullptr, 1),
             QStringLiteral("1 SSH host key in the image that every instance would share."));
    QCOMPARE(QCoreApplication::translate("CheckText", "%n SSH host key(s) in the image that every instance would share.",
                                         nullptr, 3),
             QStringLiteral("3 SSH host keys in the image that every instance would share."));
    QCOMPARE(installTranslations(QStringLiteral("xx")), QString());
}

namespace {

QProcessEnvironment localeEnv(const QString &lcAll)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), lcAll);
    return env;
}

bool hasChinese(const QByteArray &text)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
    return cjk.match(QString::fromUtf8(text)).hasMatch();
}

} // namespace

void TestTranslations::cliSpeaksChinese()
{
    const auto zh = test::runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")},
                                 localeEnv(QStringLiteral("C.UTF-8")));
    QCOMPARE(zh.exitCode, 0);
    QVERIFY2(hasChinese(zh.out), zh.out.constData());
    QVERIFY(zh.out.contains("imageprep-cli")); // commands stay as they are typed
    QVERIFY(zh.out.contains("boot-test"));

    // The locale decides when --lang is absent.
    const auto byLocale = test::runCli({QStringLiteral("check"), QStringLiteral("--help")}, localeEnv(QStringLiteral("zh_CN.UTF-8")));
    QCOMPARE(byLocale.exitCode, 0);
    QVERIFY2(hasChinese(byLocale.out), byLocale.out.constData());

    const auto en = test::runCli({QStringLiteral("--lang=en"), QStringLiteral("--help")}, localeEnv(QStringLiteral("zh_CN.UTF-8")));
    QCOMPARE(en.exitCode, 0);
    QVERIFY2(en.out.contains("Usage: imageprep-cli"), en.out.constData());
    QVERIFY(!hasChinese(en.out));

    const auto bad = test::runCli({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("zh_CN"), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
