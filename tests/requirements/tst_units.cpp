// A requirement is one unit (core/requirements): no code outside the units
// names a requirement id in a string literal, so nothing chooses behaviour
// by comparing ids. The ids come from the catalogue, so a new requirement is
// covered as soon as it is registered.
#include "checks/Catalogue.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace imageprep;

namespace {

// Literals that spell an id but mean something else, each with the file it is in.
struct Allowed {
    QString file; // relative to the source folder
    QString id;
    const char *why;
};
const QList<Allowed> AllowedLiterals{
    {QStringLiteral("core/checks/FamilyProfile.cpp"), QStringLiteral("qemu-guest-agent"), "the package and service of that name"},
    {QStringLiteral("core/fixes/Edit.cpp"), QStringLiteral("selinux-relabel"), "the machine name of EditKind::SelinuxRelabel"},
};

QString sourceDir()
{
    return QStringLiteral(IMAGEPREP_SOURCE_DIR);
}

// Every source file of the programs outside core/requirements, relative.
QStringList programSources()
{
    QStringList out;
    for (const char *area : {"core", "ui", "app"}) {
        QDirIterator it(sourceDir() + QLatin1Char('/') + QLatin1String(area), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = it.next().mid(sourceDir().size() + 1);
            if (!rel.startsWith(QLatin1String("core/requirements/")))
                out << rel;
        }
    }
    out.sort();
    return out;
}

} // namespace

class TestUnits final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noIdLiteralsOutsideUnits()
    {
        const QStringList ids = Catalogue::instance().ids();
        QVERIFY(ids.size() >= 20);
        const QStringList files = programSources();
        QVERIFY2(files.contains(QStringLiteral("core/fixes/Planner.cpp")), qPrintable(sourceDir()));
        static const QRegularExpression comment(QStringLiteral("(^|\\s)//.*$"));
        QStringList found;
        QList<Allowed> used;
        for (const QString &rel : files) {
            QFile f(sourceDir() + QLatin1Char('/') + rel);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(rel));
            int number = 0;
            for (const QByteArray &raw : f.readAll().split('\n')) {
                ++number;
                const QString code = QString::fromUtf8(raw).remove(comment);
                for (const QString &id : ids) {
                    if (!code.contains(QLatin1Char('"') + id + QLatin1Char('"')))
                        continue;
                    const auto allowed = std::find_if(AllowedLiterals.cbegin(), AllowedLiterals.cend(),
                                                      [&](const Allowed &a) { return a.file == rel && a.id == id; });
                    if (allowed != AllowedLiterals.cend())
                        used << *allowed;
                    else
                        found << QStringLiteral("%1:%2: \"%3\" (only core/requirements may name ids): %4")
                                     .arg(rel).arg(number).arg(id, QString::fromUtf8(raw).trimmed());
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // An exception that no longer matches anything is stale: drop it.
        for (const Allowed &a : AllowedLiterals) {
            const bool seen = std::any_of(used.cbegin(), used.cend(), [&](const Allowed &u) { return u.file == a.file && u.id == a.id; });
            QVERIFY2(seen, qPrintable(QStringLiteral("%1 no longer names %2 (%3)").arg(a.file, a.id, QLatin1String(a.why))));
        }
    }

    // The same scan finds a literal when there is one (the test can fail).
    void scanSeesLiterals()
    {
        static const QRegularExpression comment(QStringLiteral("(^|\\s)//.*$"));
        QVERIFY(QStringLiteral("if (id == QLatin1String(\"serial-console\"))").remove(comment).contains(QStringLiteral("\"serial-console\"")));
        QVERIFY(!QStringLiteral("    // check id: \"ssh-key-injection\"").remove(comment).contains(QStringLiteral("\"ssh-key-injection\"")));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
