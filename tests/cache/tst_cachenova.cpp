// Nova as the oracle: scenario instance folders built with qemu-img, Nova's
// real libvirt ImageCacheManager.update() run on each (nova_oracle.py, only
// the database, clock, os.remove and os.utime replaced), and the report must
// agree with it on every file of every scenario.
#include "CacheFixture.h"

#include "cache/CacheReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace imageprep;
using namespace cachefixture;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QString novaPackage = QStringLiteral("/usr/lib/python3/dist-packages/nova/virt/libvirt/imagecache.py");
// The report time of every scenario, with an offset (printed as given).
const QDateTime now = QDateTime::fromString(QStringLiteral("2025-06-01T14:00:00.250+02:00"), Qt::ISODateWithMs);

enum class Source { Xml, Json };

struct Instance {
    QString uuid;
    QJsonValue imageRef = QJsonValue::Null;
    QJsonValue kernelId = QJsonValue::Null;
    QJsonValue ramdiskId = QJsonValue::Null;
    QString taskState;
    int swapMb = 0;
    int ephemeralGb = 0;
};

// One scenario folder: <dir>/instances, <dir>/nova.conf, <dir>/xml or <dir>/servers.json.
class Scenario {
public:
    Scenario(const QString &dir, const QString &name, Source source, const QByteArray &conf, const QString &base = QStringLiteral("_base"))
        : m_name(name), m_dir(dir + QLatin1Char('/') + name), m_source(source), m_base(base)
    {
        QDir().mkpath(instances() + QLatin1Char('/') + base);
        QDir().mkpath(m_dir + QStringLiteral("/xml"));
        write(m_dir + QStringLiteral("/nova.conf"), conf);
    }
    QString name() const { return m_name; }
    QString instances() const { return m_dir + QStringLiteral("/instances"); }
    QString basePath(const QString &file) const { return instances() + QLatin1Char('/') + m_base + QLatin1Char('/') + file; }
    QString error() const { return m_error; }

    // A cache file, raw, of ageSeconds at the report time (fractions kept).
    void cached(const QString &file, double ageSeconds, const QByteArray &bytes = "base")
    {
        write(basePath(file), bytes);
        age(basePath(file), ageSeconds);
    }
    // <folder>/<disk>, a qcow2 overlay of backing (a path), or raw when empty.
    void disk(const QString &folder, const QString &disk, const QString &backing = {})
    {
        const QString path = instances() + QLatin1Char('/') + folder + QLatin1Char('/') + disk;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QStringList args{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f")};
        if (backing.isEmpty())
            args << QStringLiteral("raw") << path << QStringLiteral("1M");
        else
            args << QStringLiteral("qcow2") << QStringLiteral("-b") << backing << QStringLiteral("-F")
                 << QStringLiteral("raw") << path;
        if (!run(args, &m_error))
            return;
    }
    void file(const QString &rel, const QByteArray &bytes)
    {
        const QString path = instances() + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(path).absolutePath());
        write(path, bytes);
    }
    void instance(const Instance &i) { m_instances << i; }

    // The instance list for the report, in the scenario's source format.
    void writeSource()
    {
        QJsonArray servers;
        for (qsizetype n = 0; n < m_instances.size(); ++n) {
            const Instance &i = m_instances.at(n);
            if (m_source == Source::Xml) {
                QString xml = QStringLiteral("<domain type='kvm'><name>instance-%1</name><uuid>%2</uuid><metadata>"
                                             "<nova:instance xmlns:nova=\"http://openstack.org/xmlns/libvirt/nova/1.1\">"
                                             "<nova:flavor name=\"f\"><nova:swap>%3</nova:swap><nova:ephemeral>%4"
                                             "</nova:ephemeral></nova:flavor>")
                                  .arg(n + 1, 8, 16, QLatin1Char('0')).arg(i.uuid).arg(i.swapMb).arg(i.ephemeralGb);
                if (!i.imageRef.toString().isEmpty())
                    xml += QStringLiteral("<nova:root type=\"image\" uuid=\"%1\"/>").arg(i.imageRef.toString());
                xml += QStringLiteral("</nova:instance></metadata><devices><disk><source file='x'/></disk></devices></domain>");
                write(m_dir + QStringLiteral("/xml/instance-%1.xml").arg(n + 1, 8, 16, QLatin1Char('0')), xml.toUtf8());
            } else {
                QJsonObject o{{QStringLiteral("ID"), i.uuid}, {QStringLiteral("Image ID"), i.imageRef},
                              {QStringLiteral("Task State"), i.taskState.isEmpty() ? QJsonValue() : QJsonValue(i.taskState)},
                              {QStringLiteral("Status"), QStringLiteral("ACTIVE")}};
                if (!i.kernelId.isNull() || !i.ramdiskId.isNull()) {
                    o.insert(QStringLiteral("OS-EXT-SRV-ATTR:kernel_id"), i.kernelId);
                    o.insert(QStringLiteral("OS-EXT-SRV-ATTR:ramdisk_id"), i.ramdiskId);
                }
                servers.append(o);
            }
        }
        if (m_source == Source::Json)
            write(m_dir + QStringLiteral("/servers.json"), QJsonDocument(servers).toJson());
    }

    // What nova_oracle.py gets: the same instances as Nova's database rows.
    QJsonObject oracleInput() const
    {
        QJsonArray list;
        for (qsizetype n = 0; n < m_instances.size(); ++n) {
            const Instance &i = m_instances.at(n);
            list.append(QJsonObject{{QStringLiteral("id"), int(n + 1)}, {QStringLiteral("uuid"), i.uuid},
                                    {QStringLiteral("image_ref"), i.imageRef.isNull() ? QJsonValue(QString()) : i.imageRef},
                                    {QStringLiteral("kernel_id"), i.kernelId}, {QStringLiteral("ramdisk_id"), i.ramdiskId},
                                    {QStringLiteral("task_state"), i.taskState.isEmpty() ? QJsonValue() : QJsonValue(i.taskState)},
                                    {QStringLiteral("vm_state"), QStringLiteral("active")},
                                    {QStringLiteral("swap_mb"), i.swapMb}, {QStringLiteral("ephemeral_gb"), i.ephemeralGb}});
        }
        return QJsonObject{{QStringLiteral("nova_conf"), m_dir + QStringLiteral("/nova.conf")},
                           {QStringLiteral("instances_path"), instances()},
                           {QStringLiteral("now"), double(now.toMSecsSinceEpoch()) / 1000.0},
                           {QStringLiteral("instances"), list}};
    }

    CacheReport report() const
    {
        CacheReportRequest request;
        request.instancesDir = instances();
        auto settings = readNovaConf(m_dir + QStringLiteral("/nova.conf"));
        if (!settings)
            qWarning("%s: %s", qPrintable(m_name), qPrintable(settings.error().message));
        else
            request.settings = settings.value();
        request.at = now;
        auto view = m_source == Source::Xml ? readLibvirtXmlDir(m_dir + QStringLiteral("/xml"))
                                            : readInstanceListJson(m_dir + QStringLiteral("/servers.json"));
        if (view)
            request.instances = view.value();
        else
            qWarning("%s: %s", qPrintable(m_name), qPrintable(view.error().message));
        return buildCacheReport(request);
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    }
    // mtime = report time - ageSeconds, to the nanosecond
    static void age(const QString &path, double ageSeconds)
    {
        const double t = double(now.toMSecsSinceEpoch()) / 1000.0 - ageSeconds;
        struct timespec times[2];
        times[0].tv_sec = time_t(std::floor(t));
        times[0].tv_nsec = long(std::llround((t - std::floor(t)) * 1e9));
        if (times[0].tv_nsec >= 1000000000L) {
            times[0].tv_sec += 1;
            times[0].tv_nsec -= 1000000000L;
        }
        times[1] = times[0];
        ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0);
    }

private:
    QString m_name;
    QString m_dir;
    Source m_source;
    QString m_base;
    QString m_error;
    QList<Instance> m_instances;
};

QString verdict(const CacheReport &r, const BaseFileEntry &e)
{
    if (r.runFails && e.fate != CacheFate::RemovableNow)
        return QStringLiteral("run-fails");
    switch (e.fate) {
    case CacheFate::InUse:
        return QStringLiteral("in-use");
    case CacheFate::KeptUntil:
        return QStringLiteral("kept");
    case CacheFate::RemovableNow:
        return QStringLiteral("removed");
    case CacheFate::NeverRemoved:
        return QStringLiteral("never-removed");
    case CacheFate::NotManaged:
        return QStringLiteral("not-managed");
    case CacheFate::RunFails:
        return QStringLiteral("run-fails");
    }
    return {};
}

} // namespace

class TestCacheNova final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void agreesWithNova();

private:
    void buildScenarios(const QString &dir, QList<Scenario> *out);
};

#include "tst_cachenova_scenarios.h"

void TestCacheNova::agreesWithNova()
{
    if (!QFileInfo::exists(novaPackage) || !QFileInfo::exists(python))
        QSKIP("python3-nova is not installed (scripts/setup.sh installs it): Nova's image cache manager "
              "cannot be run as the oracle");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<Scenario> scenarios;
    buildScenarios(dir.path(), &scenarios);
    QVERIFY(scenarios.size() >= 15);
    QJsonArray input;
    for (Scenario &s : scenarios) {
        QVERIFY2(s.error().isEmpty(), qPrintable(s.name() + QStringLiteral(": ") + s.error()));
        s.writeSource();
        input.append(s.oracleInput());
    }
    Scenario::write(dir.filePath(QStringLiteral("oracle.json")), QJsonDocument(input).toJson());

    QProcess p;
    p.start(python, {QStringLiteral(NOVA_ORACLE), dir.filePath(QStringLiteral("oracle.json"))});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonArray results = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(results.size(), scenarios.size());

    int files = 0;
    int agreements = 0;
    QMap<QString, int> novaVerdicts;
    QStringList disagreements;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const QJsonObject nova = results.at(i).toObject();
        const CacheReport r = scenarios.at(i).report();
        const bool novaFails = !nova.value(QStringLiteral("error")).isNull();
        if (novaFails != r.runFails)
            disagreements << QStringLiteral("%1: Nova error %2, report runFails %3")
                                 .arg(scenarios.at(i).name(), nova.value(QStringLiteral("error")).toString())
                                 .arg(r.runFails);
        const QJsonObject verdicts = nova.value(QStringLiteral("files")).toObject();
        QStringList reported;
        for (const BaseFileEntry &e : r.files) {
            reported << e.name;
            const QString novaSays = novaFails ? QStringLiteral("run-fails") : verdicts.value(e.name).toString();
            ++files;
            ++novaVerdicts[novaSays];
            if (novaSays == verdict(r, e))
                ++agreements;
            else
                disagreements << QStringLiteral("%1/%2: Nova %3, report %4 (%5)")
                                     .arg(scenarios.at(i).name(), e.name, novaSays, verdict(r, e), e.inUseReason);
        }
        if (reported.size() != verdicts.size())
            disagreements << QStringLiteral("%1: Nova saw %2 files, the report %3")
                                 .arg(scenarios.at(i).name()).arg(verdicts.size()).arg(reported.size());
    }
    qInfo("%lld scenarios, %d files, %d agreements", qlonglong(scenarios.size()), files, agreements);
    for (auto it = novaVerdicts.cbegin(); it != novaVerdicts.cend(); ++it)
        qInfo("  Nova: %s %d", qPrintable(it.key()), it.value());
    // every kind of verdict is exercised, so agreement means something
    QCOMPARE(novaVerdicts.size(), 6);
    QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(QLatin1Char('\n'))));
    QVERIFY(files >= 60);
}

QTEST_GUILESS_MAIN(TestCacheNova)
#include "tst_cachenova.moc"
