// nova.conf reading: oslo.config's INI rules, option names, deprecated
// aliases, defaults, and refusal of values nova-compute would refuse.
#include "cache/NovaConfig.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace imageprep;

class TestNovaConfig final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsWhenEmpty();
    void readsOptions_data();
    void readsOptions();
    void refusesBadValues_data();
    void refusesBadValues();
    void iniRules();
    void booleanSpellings_data();
    void booleanSpellings();
    void unreadableFile();
    void interpolates_data();
    void interpolates();
    void pythonIntegers();
    void ephemeralNames();
};

void TestNovaConfig::defaultsWhenEmpty()
{
    const auto s = parseNovaConf("# only a comment\n[DEFAULT]\ndebug = True\n");
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->subdirectoryName, QStringLiteral("_base"));
    QCOMPARE(s->removeUnusedBaseImages, true);
    QCOMPARE(s->originalMinimumAgeSeconds, qint64(86400));
    QCOMPARE(s->resizedMinimumAgeSeconds, qint64(3600));
    QCOMPARE(s->managerIntervalSeconds, qint64(2400));
    QCOMPARE(s->preallocate, Preallocate::None);
    QVERIFY(s->sources.isEmpty());
}

void TestNovaConfig::readsOptions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<qint64>("original");
    QTest::addColumn<qint64>("resized");
    QTest::addColumn<QString>("subdir");
    QTest::addColumn<bool>("preallocateSpace");
    QTest::addColumn<qint64>("interval");

    const QString base = QStringLiteral("_base");
    QTest::newRow("image_cache section, current names")
        << QByteArray("[image_cache]\nremove_unused_base_images = false\n"
                      "remove_unused_original_minimum_age_seconds = 7200\n"
                      "remove_unused_resized_minimum_age_seconds = 600\nsubdirectory_name = _cache\n")
        << false << qint64(7200) << qint64(600) << QStringLiteral("_cache") << false << qint64(2400);
    QTest::newRow("deprecated DEFAULT aliases")
        << QByteArray("[DEFAULT]\nremove_unused_base_images = no\n"
                      "remove_unused_original_minimum_age_seconds = 100\n"
                      "image_cache_subdirectory_name = _base_10.0.0.5\nimage_cache_manager_interval = -1\n")
        << false << qint64(100) << qint64(3600) << QStringLiteral("_base_10.0.0.5") << false << qint64(-1);
    QTest::newRow("resized age from deprecated libvirt section")
        << QByteArray("[libvirt]\nremove_unused_resized_minimum_age_seconds = 42\n")
        << true << qint64(86400) << qint64(42) << base << false << qint64(2400);
    QTest::newRow("resized age in DEFAULT is not an alias")
        << QByteArray("[DEFAULT]\nremove_unused_resized_minimum_age_seconds = 42\n")
        << true << qint64(86400) << qint64(3600) << base << false << qint64(2400);
    QTest::newRow("current name wins over deprecated alias")
        << QByteArray("[DEFAULT]\nremove_unused_original_minimum_age_seconds = 5\n"
                      "[image_cache]\nremove_unused_original_minimum_age_seconds = 50\n")
        << true << qint64(50) << qint64(3600) << base << false << qint64(2400);
    QTest::newRow("last assignment wins")
        << QByteArray("[image_cache]\nremove_unused_original_minimum_age_seconds = 5\n"
                      "remove_unused_original_minimum_age_seconds = 6\n")
        << true << qint64(6) << qint64(3600) << base << false << qint64(2400);
    QTest::newRow("preallocate space")
        << QByteArray("[DEFAULT]\npreallocate_images = space\n")
        << true << qint64(86400) << qint64(3600) << base << true << qint64(2400);
    QTest::newRow("section names are case-insensitive except DEFAULT")
        << QByteArray("[Image_Cache]\nremove_unused_base_images = off\n[default]\npreallocate_images = space\n")
        << false << qint64(86400) << qint64(3600) << base << false << qint64(2400);
    QTest::newRow("commented-out option stays default")
        << QByteArray("[image_cache]\n#remove_unused_base_images = false\n; manager_interval = -1\n")
        << true << qint64(86400) << qint64(3600) << base << false << qint64(2400);
    QTest::newRow("colon separator, quotes and CRLF")
        << QByteArray("[image_cache]\r\nremove_unused_base_images: \"False\"\r\n"
                      "remove_unused_resized_minimum_age_seconds='120'\r\n")
        << false << qint64(86400) << qint64(120) << base << false << qint64(2400);
}

void TestNovaConfig::readsOptions()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, remove);
    QFETCH(qint64, original);
    QFETCH(qint64, resized);
    QFETCH(QString, subdir);
    QFETCH(bool, preallocateSpace);
    QFETCH(qint64, interval);
    const auto s = parseNovaConf(text);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->removeUnusedBaseImages, remove);
    QCOMPARE(s->originalMinimumAgeSeconds, original);
    QCOMPARE(s->resizedMinimumAgeSeconds, resized);
    QCOMPARE(s->subdirectoryName, subdir);
    QCOMPARE(s->preallocate == Preallocate::Space, preallocateSpace);
    QCOMPARE(s->managerIntervalSeconds, interval);
}

void TestNovaConfig::refusesBadValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("boolean spelled wrong")
        << QByteArray("[image_cache]\nremove_unused_base_images = maybe\n") << QStringLiteral("line 2");
    QTest::newRow("age not a number")
        << QByteArray("[DEFAULT]\n\n[image_cache]\nremove_unused_original_minimum_age_seconds = 1d\n")
        << QStringLiteral("line 4");
    QTest::newRow("preallocate choice is case-sensitive")
        << QByteArray("[DEFAULT]\npreallocate_images = Space\n") << QStringLiteral("preallocate_images");
    QTest::newRow("manager interval below -1")
        << QByteArray("[image_cache]\nmanager_interval = -2\n") << QStringLiteral("manager_interval");
    QTest::newRow("option before any section")
        << QByteArray("remove_unused_base_images = false\n") << QStringLiteral("outside");
    QTest::newRow("unterminated section header")
        << QByteArray("[image_cache\nremove_unused_base_images = false\n") << QStringLiteral("line 1");
    QTest::newRow("line without separator")
        << QByteArray("[DEFAULT]\njust words\n") << QStringLiteral("line 2");
    QTest::newRow("integer that int() refuses: double underscore")
        << QByteArray("[image_cache]\nmanager_interval = 3__600\n") << QStringLiteral("manager_interval");
    QTest::newRow("empty integer is None")
        << QByteArray("[image_cache]\nremove_unused_resized_minimum_age_seconds =\n")
        << QStringLiteral("remove_unused_resized_minimum_age_seconds");
    QTest::newRow("reference to an unknown option")
        << QByteArray("[image_cache]\nsubdirectory_name = _base_$nosuch\n") << QStringLiteral("no such option nosuch");
    QTest::newRow("[image_cache] options are not free-form")
        << QByteArray("[image_cache]\nfoo = 5\nmanager_interval = $foo\n") << QStringLiteral("no such option foo");
    QTest::newRow("reference loop")
        << QByteArray("[DEFAULT]\nstate_path = $instances_path\ninstances_path = $state_path\n"
                      "[image_cache]\nsubdirectory_name = x$state_path\n") << QStringLiteral("loop");
    QTest::newRow("subdirectory with a slash")
        << QByteArray("[image_cache]\nsubdirectory_name = ../etc\n") << QStringLiteral("subdirectory_name");
}

void TestNovaConfig::refusesBadValues()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    const auto s = parseNovaConf(text);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
}

void TestNovaConfig::iniRules()
{
    const auto ini = IniFile::parse("[DEFAULT]\n"
                                    "key = first\n"
                                    "  second line\n"
                                    "\n"
                                    "# comment = not a key\n"
                                    "url = http://host:5000/v3\n"
                                    "eq:a=b\n"
                                    "[Glance]\n"
                                    "api_servers = x\n");
    QVERIFY(ini.ok());
    QCOMPARE(ini->value(QStringLiteral("DEFAULT"), QStringLiteral("key")), QStringLiteral("first\nsecond line"));
    QCOMPARE(ini->line(QStringLiteral("DEFAULT"), QStringLiteral("key")), 2);
    // '=' before ':' splits at '='; otherwise the first ':' splits
    QCOMPARE(ini->value(QStringLiteral("DEFAULT"), QStringLiteral("url")), QStringLiteral("http://host:5000/v3"));
    QCOMPARE(ini->value(QStringLiteral("DEFAULT"), QStringLiteral("eq")), QStringLiteral("a=b"));
    QVERIFY(!ini->value(QStringLiteral("DEFAULT"), QStringLiteral("# comment")).has_value());
    QCOMPARE(ini->value(QStringLiteral("glance"), QStringLiteral("api_servers")), QStringLiteral("x"));
    QVERIFY(!ini->value(QStringLiteral("glance"), QStringLiteral("missing")).has_value());
}

void TestNovaConfig::booleanSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 refused
    const char *trues[] = {"true", "True", "TRUE", "1", "on", "On", "yes", "YES"};
    const char *falses[] = {"false", "False", "0", "off", "OFF", "no", "No"};
    const char *bad[] = {"", "y", "n", "2", "t", "enabled"};
    for (const char *t : trues)
        QTest::addRow("true spelled '%s'", t) << QString::fromLatin1(t) << 1;
    for (const char *f : falses)
        QTest::addRow("false spelled '%s'", f) << QString::fromLatin1(f) << 0;
    for (const char *b : bad)
        QTest::addRow("refused '%s'", b) << QString::fromLatin1(b) << -1;
}

void TestNovaConfig::booleanSpellings()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto b = parseOsloBool(text);
    if (expected < 0) {
        QVERIFY(!b.has_value());
    } else {
        QVERIFY(b.has_value());
        QCOMPARE(*b, expected == 1);
    }
}

void TestNovaConfig::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto missing = readNovaConf(dir.filePath(QStringLiteral("nova.conf")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Unreadable);
    // a folder is not a nova.conf either
    QVERIFY(!readNovaConf(dir.path()).ok());

    QFile f(dir.filePath(QStringLiteral("nova.conf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[image_cache]\nremove_unused_base_images = False\n");
    f.close();
    const auto ok = readNovaConf(f.fileName());
    QVERIFY(ok.ok());
    QCOMPARE(ok->removeUnusedBaseImages, false);
    QCOMPARE(ok->sourceFile, f.fileName());
    QCOMPARE(ok->sources, QStringList{QStringLiteral("[image_cache] remove_unused_base_images (line 2)")});
}

void TestNovaConfig::interpolates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("subdir");
    QTest::newRow("$my_ip, as nova's own help suggests")
        << QByteArray("[DEFAULT]\nmy_ip = 10.1.2.3\n[image_cache]\nsubdirectory_name = _base_$my_ip\n")
        << QStringLiteral("_base_10.1.2.3");
    QTest::newRow("${host} from this machine") << QByteArray("[image_cache]\nsubdirectory_name = ${host}_c\n")
                                               << QStringLiteral("node7_c");
    QTest::newRow("$my_ip from this machine") << QByteArray("[image_cache]\nsubdirectory_name = b_$my_ip\n")
                                              << QStringLiteral("b_192.0.2.9");
    QTest::newRow("chained default: my_block_storage_ip -> my_ip")
        << QByteArray("[DEFAULT]\nmy_ip = 10.0.0.5\n[image_cache]\nsubdirectory_name = c_$my_block_storage_ip\n")
        << QStringLiteral("c_10.0.0.5");
    QTest::newRow("deprecated name, group reference")
        << QByteArray("[DEFAULT]\nimage_cache_subdirectory_name = d_$libvirt.images_type\n[libvirt]\nimages_type = raw\n")
        << QStringLiteral("d_raw");
    QTest::newRow("$$ and \\$ escape, a lone $ stays")
        << QByteArray("[image_cache]\nsubdirectory_name = a$$b\\$c$9\n") << QStringLiteral("a$b$c$9");
    QTest::newRow("an [image_cache] default") << QByteArray("[image_cache]\nsubdirectory_name = x$manager_interval\n")
                                              << QStringLiteral("x2400");
}

void TestNovaConfig::interpolates()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, subdir);
    NovaConfDefaults machine;
    machine.host = QStringLiteral("node7");
    machine.myIp = QStringLiteral("192.0.2.9");
    const auto s = parseNovaConf(text, machine);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->subdirectoryName, subdir);
    // a machine value used is said in the report
    const bool usedMachine = subdir.contains(QStringLiteral("node7")) || subdir.contains(QStringLiteral("192.0.2.9"));
    QCOMPARE(!s->notes.isEmpty(), usedMachine);
}

void TestNovaConfig::pythonIntegers()
{
    const auto parse = [](const QByteArray &value) {
        return parseNovaConf("[image_cache]\nremove_unused_original_minimum_age_seconds = " + value + '\n');
    };
    QCOMPARE(parse("3_600")->originalMinimumAgeSeconds, qint64(3600));
    QCOMPARE(parse("+0900")->originalMinimumAgeSeconds, qint64(900));
    QCOMPARE(parse("-5")->originalMinimumAgeSeconds, qint64(-5));
    // int() takes any Unicode decimal digits: Arabic-Indic 3600
    QCOMPARE(parse("\xd9\xa3\xd9\xa6\xd9\xa0\xd9\xa0")->originalMinimumAgeSeconds, qint64(3600));
    QVERIFY(!parse("_3600").ok());
    QVERIFY(!parse("3600_").ok());
    QVERIFY(!parse("1e3").ok());
    QVERIFY(!parse("0x10").ok());
    // but not other digits (superscript two is a digit for isdigit, not for int)
    QVERIFY(!parse("\xc2\xb2").ok());
}

void TestNovaConfig::ephemeralNames()
{
    // md5("vfat")[:7] and md5("ext4")[:7], as nova.privsep.fs computes them
    const auto plain = parseNovaConf("[DEFAULT]\n");
    QCOMPARE(plain->ephemeralFileName(1), QStringLiteral("ephemeral_1_0706d66"));
    const auto ext4 = parseNovaConf("[DEFAULT]\ndefault_ephemeral_format = ext4\n");
    QCOMPARE(ext4->ephemeralFileName(20), QStringLiteral("ephemeral_20_") + QString::fromLatin1(
        QCryptographicHash::hash("ext4", QCryptographicHash::Md5).toHex().left(7)));
}

QTEST_GUILESS_MAIN(TestNovaConfig)
#include "tst_novaconfig.moc"
