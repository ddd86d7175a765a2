// Text, JSON and HTML renderings of one CacheReport: the CLI prints them and
// the window saves the HTML, so every face shows the same data.
#include "cache/CacheReport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace imageprep {

namespace {

QString iso(const QDateTime &t)
{
    // as given: an --at with an offset prints with that offset
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

QString durationText(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    QString text;
    if (s >= 86400)
        text = QStringLiteral("%1d %2h").arg(s / 86400).arg((s % 86400) / 3600);
    else if (s >= 3600)
        text = QStringLiteral("%1h %2m").arg(s / 3600).arg((s % 3600) / 60);
    else if (s >= 60)
        text = QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60);
    else
        text = QStringLiteral("%1s").arg(s);
    return negative ? QStringLiteral("-") + text : text;
}

QString fateText(const BaseFileEntry &e)
{
    if (e.fate == CacheFate::KeptUntil)
        return QStringLiteral("kept until %1").arg(iso(e.removableFrom));
    return fateLabel(e.fate);
}

QString settingsLine(const NovaCacheSettings &s)
{
    return QStringLiteral("remove_unused_base_images=%1, original minimum age %2 s, resized minimum age %3 s, "
                          "preallocate_images=%4%5")
        .arg(s.removeUnusedBaseImages ? QStringLiteral("True") : QStringLiteral("False"))
        .arg(s.originalMinimumAgeSeconds)
        .arg(s.resizedMinimumAgeSeconds)
        .arg(s.preallocate == Preallocate::Space ? QStringLiteral("space") : QStringLiteral("none"))
        .arg(s.managerIntervalSeconds < 0 ? QStringLiteral(", image cache manager disabled (manager_interval=-1)")
                                          : QString());
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString fateLabel(CacheFate fate)
{
    switch (fate) {
    case CacheFate::InUse:
        return QCoreApplication::translate("CacheReport", "in use");
    case CacheFate::KeptUntil:
        return QCoreApplication::translate("CacheReport", "kept");
    case CacheFate::RemovableNow:
        return QCoreApplication::translate("CacheReport", "removable now");
    case CacheFate::NeverRemoved:
        return QCoreApplication::translate("CacheReport", "never removed");
    case CacheFate::NotManaged:
        return QCoreApplication::translate("CacheReport", "not managed by nova");
    case CacheFate::RunFails:
        return QCoreApplication::translate("CacheReport", "kept: the run fails");
    }
    return {};
}

QString fateId(CacheFate fate)
{
    switch (fate) {
    case CacheFate::InUse:
        return QStringLiteral("in-use");
    case CacheFate::KeptUntil:
        return QStringLiteral("kept");
    case CacheFate::RemovableNow:
        return QStringLiteral("removable");
    case CacheFate::NeverRemoved:
        return QStringLiteral("never-removed");
    case CacheFate::NotManaged:
        return QStringLiteral("not-managed");
    case CacheFate::RunFails:
        return QStringLiteral("run-fails");
    }
    return {};
}

QString kindId(BaseFileKind kind)
{
    switch (kind) {
    case BaseFileKind::Original:
        return QStringLiteral("original");
    case BaseFileKind::Resized:
        return QStringLiteral("resized");
    case BaseFileKind::LegacySmall:
        return QStringLiteral("small");
    case BaseFileKind::OtherSuffix:
        return QStringLiteral("other-suffix");
    case BaseFileKind::Swap:
        return QStringLiteral("swap");
    case BaseFileKind::Ephemeral:
        return QStringLiteral("ephemeral");
    case BaseFileKind::Unmanaged:
        return QStringLiteral("other");
    }
    return {};
}

QString kindLabel(const BaseFileEntry &e)
{
    switch (e.kind) {
    case BaseFileKind::Original:
        return QCoreApplication::translate("CacheReport", "original");
    case BaseFileKind::Resized:
        return e.resizedTo >= 0 ? QCoreApplication::translate("CacheReport", "resized to %1").arg(formatBytes(e.resizedTo))
                                : QCoreApplication::translate("CacheReport", "resized");
    case BaseFileKind::LegacySmall:
        return QCoreApplication::translate("CacheReport", "small (old naming)");
    case BaseFileKind::OtherSuffix:
        return QCoreApplication::translate("CacheReport", "unknown suffix");
    case BaseFileKind::Swap:
        return QCoreApplication::translate("CacheReport", "swap template");
    case BaseFileKind::Ephemeral:
        return QCoreApplication::translate("CacheReport", "ephemeral template");
    case BaseFileKind::Unmanaged:
        return QCoreApplication::translate("CacheReport", "other");
    }
    return {};
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    // exact bytes below 1 KiB, binary units above, C locale so output is stable
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

namespace {

QJsonObject baseFileToJson(const BaseFileEntry &e)
{
    QJsonObject o{
        {QStringLiteral("name"), e.name},
        {QStringLiteral("path"), e.path},
        {QStringLiteral("kind"), kindId(e.kind)},
        {QStringLiteral("format"), e.format},
        {QStringLiteral("size"), e.size},
        {QStringLiteral("allocated"), e.allocated},
        {QStringLiteral("modified"), iso(e.modified)},
        {QStringLiteral("age_seconds"), e.ageSeconds},
        {QStringLiteral("age"), e.age},
        {QStringLiteral("minimum_age_seconds"), e.minimumAgeSeconds},
        {QStringLiteral("used_by"), QJsonArray::fromStringList(e.usedBy)},
        {QStringLiteral("in_use_reason"), e.inUseReason},
        {QStringLiteral("fate"), fateId(e.fate)},
        {QStringLiteral("problem"), e.problem},
    };
    if (e.kind == BaseFileKind::Resized)
        o.insert(QStringLiteral("resized_to"), e.resizedTo);
    if (!e.fingerprint.isEmpty())
        o.insert(QStringLiteral("fingerprint"), e.fingerprint);
    if (!e.imageId.isEmpty())
        o.insert(QStringLiteral("image_id"), e.imageId);
    if (e.fate == CacheFate::KeptUntil)
        o.insert(QStringLiteral("kept_until"), iso(e.removableFrom));
    return o;
}

QJsonObject instanceDiskToJson(const InstanceDisk &d)
{
    return QJsonObject{
        {QStringLiteral("instance"), d.instance},
        {QStringLiteral("path"), d.path},
        {QStringLiteral("format"), d.format},
        {QStringLiteral("virtual_size"), d.virtualSize},
        {QStringLiteral("actual_size"), d.actualSize},
        {QStringLiteral("backing_chain"), QJsonArray::fromStringList(d.chain)},
        {QStringLiteral("reserved_bytes"), d.reservedBytes},
        {QStringLiteral("problem"), d.problem},
    };
}

} // namespace

QJsonObject cacheReportToJson(const CacheReport &r)
{
    QJsonObject settings{
        {QStringLiteral("subdirectory_name"), r.settings.subdirectoryName},
        {QStringLiteral("remove_unused_base_images"), r.settings.removeUnusedBaseImages},
        {QStringLiteral("remove_unused_original_minimum_age_seconds"), r.settings.originalMinimumAgeSeconds},
        {QStringLiteral("remove_unused_resized_minimum_age_seconds"), r.settings.resizedMinimumAgeSeconds},
        {QStringLiteral("manager_interval"), r.settings.managerIntervalSeconds},
        {QStringLiteral("preallocate_images"),
         r.settings.preallocate == Preallocate::Space ? QStringLiteral("space") : QStringLiteral("none")},
        {QStringLiteral("nova_conf"), r.settings.sourceFile},
        {QStringLiteral("set_by"), QJsonArray::fromStringList(r.settings.sources)},
    };
    QJsonArray files;
    for (const BaseFileEntry &e : r.files)
        files.append(baseFileToJson(e));
    QJsonArray disks;
    for (const InstanceDisk &d : r.disks)
        disks.append(instanceDiskToJson(d));
    const QJsonObject summary{
        {QStringLiteral("files"), int(r.files.size())},
        {QStringLiteral("in_use"), r.countFate(CacheFate::InUse)},
        {QStringLiteral("kept"), r.countFate(CacheFate::KeptUntil)},
        {QStringLiteral("removable_now"), r.countFate(CacheFate::RemovableNow)},
        {QStringLiteral("never_removed"), r.countFate(CacheFate::NeverRemoved)},
        {QStringLiteral("not_managed"), r.countFate(CacheFate::NotManaged)},
        {QStringLiteral("run_fails"), r.countFate(CacheFate::RunFails)},
        {QStringLiteral("space_freed"), r.spaceFreed()},
        {QStringLiteral("reserved_by_preallocation"), r.reservedBytes()},
    };
    return QJsonObject{
        {QStringLiteral("instances_dir"), r.instancesDir},
        {QStringLiteral("cache_dir"), r.baseDir},
        {QStringLiteral("cache_dir_found"), r.baseDirFound},
        {QStringLiteral("at"), iso(r.at)},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("files"), files},
        {QStringLiteral("instance_disks"), disks},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
        {QStringLiteral("complete"), !r.cancelled},
        {QStringLiteral("in_use_source"), instanceSourceId(r.source)},
        {QStringLiteral("in_use_source_text"), r.sourceText},
        {QStringLiteral("in_use_source_notes"), QJsonArray::fromStringList(r.sourceNotes)},
        {QStringLiteral("run_fails"), r.runFails},
        {QStringLiteral("run_failure"), r.runFailure},
        {QStringLiteral("needs_action"), r.needsAction()},
    };
}

QString cacheReportToText(const CacheReport &r)
{
    QString out;
    QTextStream s(&out);
    s << "Image cache " << r.baseDir << " at " << iso(r.at) << '\n';
    s << "Settings: " << settingsLine(r.settings) << '\n';
    s << "  from " << (r.settings.sourceFile.isEmpty() ? QStringLiteral("defaults (no nova.conf given)")
                                                      : r.settings.sourceFile)
      << '\n';
    s << "Instance list: " << r.sourceText << '\n';
    for (const QString &n : r.sourceNotes)
        s << "  note: " << n << '\n';
    for (const QString &n : r.settings.notes)
        s << "  note: " << n << '\n';
    for (const QString &p : r.problems)
        s << "Note: " << p << '\n';
    if (r.runFails)
        s << "THE NEXT RUN FAILS AND REMOVES NOTHING: " << r.runFailure << '\n';
    s << '\n';

    if (!r.files.isEmpty()) {
        int nameWidth = 4;
        for (const BaseFileEntry &e : r.files)
            nameWidth = qMax(nameWidth, int(e.name.size()));
        s << QStringLiteral("FILE").leftJustified(nameWidth) << "  " << QStringLiteral("KIND").leftJustified(24)
          << "  " << QStringLiteral("SIZE").rightJustified(10) << "  " << QStringLiteral("AGE").rightJustified(9)
          << "  FATE\n";
        for (const BaseFileEntry &e : r.files) {
            s << e.name.leftJustified(nameWidth) << "  " << kindLabel(e).leftJustified(24) << "  "
              << formatBytes(e.allocated >= 0 ? e.allocated : e.size).rightJustified(10) << "  "
              << durationText(e.ageSeconds).rightJustified(9) << "  " << fateText(e) << '\n';
            if (!e.imageId.isEmpty())
                s << "    image " << e.imageId << '\n';
            if (!e.inUseReason.isEmpty() && e.usedBy.isEmpty())
                s << "    " << e.inUseReason << '\n';
            for (const QString &u : e.usedBy)
                s << "    used by " << u << '\n';
            if (!e.problem.isEmpty())
                s << "    problem: " << e.problem << '\n';
        }
        s << '\n';
    }

    bool diskHeader = false;
    for (const InstanceDisk &d : r.disks) {
        const bool show = !d.problem.isEmpty() || d.reservedBytes > 0;
        if (!show)
            continue;
        if (!diskHeader) {
            s << "Instance disks:\n";
            diskHeader = true;
        }
        s << "  " << d.instance << '/' << QFileInfo(d.path).fileName();
        if (!d.format.isEmpty())
            s << " (" << d.format << ", " << formatBytes(d.virtualSize) << ")";
        if (d.reservedBytes > 0)
            s << " reserves " << formatBytes(d.reservedBytes);
        if (!d.problem.isEmpty())
            s << ": " << d.problem;
        s << '\n';
    }
    if (diskHeader)
        s << '\n';

    s << "Summary: " << r.files.size() << " files, " << r.countFate(CacheFate::InUse) << " in use, "
      << r.countFate(CacheFate::KeptUntil) << " kept, " << r.countFate(CacheFate::RemovableNow)
      << " removable now, " << r.countFate(CacheFate::NeverRemoved) << " never removed, "
      << r.countFate(CacheFate::NotManaged) << " not managed";
    if (r.runFails)
        s << ", " << r.countFate(CacheFate::RunFails) << " kept because the run fails";
    s << '\n';
    s << "Space freed by the next run: " << formatBytes(r.spaceFreed()) << '\n';
    if (r.settings.preallocate == Preallocate::Space)
        s << "Space reserved by preallocated instance disks: " << formatBytes(r.reservedBytes()) << '\n';
    s.flush();
    return out;
}

QString cacheReportToHtml(const CacheReport &r)
{
    QString out;
    QTextStream s(&out);
    s << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Image cache report</title>\n"
         "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
         "td,th{border:1px solid #bbb;padding:3px 6px;text-align:left}"
         "td.n{text-align:right}.removable{background:#fde2e2}.in-use{background:#e2f5e2}"
         ".kept{background:#fff6d5}.problem{color:#a00}</style></head><body>\n";
    s << "<h1>Image cache " << escaped(r.baseDir) << "</h1>\n";
    s << "<p>At " << escaped(iso(r.at)) << ". " << escaped(settingsLine(r.settings)) << " (from "
      << escaped(r.settings.sourceFile.isEmpty() ? QStringLiteral("defaults") : r.settings.sourceFile)
      << ").</p>\n";
    s << "<p>Instance list: " << escaped(r.sourceText) << "</p>\n";
    if (r.runFails)
        s << "<p class=\"problem\"><b>The next run fails and removes nothing:</b> " << escaped(r.runFailure)
          << "</p>\n";
    if (!r.problems.isEmpty()) {
        s << "<ul>";
        for (const QString &p : r.problems)
            s << "<li class=\"problem\">" << escaped(p) << "</li>";
        s << "</ul>\n";
    }
    s << "<table>\n<tr><th>File</th><th>Kind</th><th>Image</th><th>Size</th><th>Age</th><th>Fate</th>"
         "<th>Used by</th><th>Problem</th></tr>\n";
    for (const BaseFileEntry &e : r.files) {
        s << "<tr class=\"" << fateId(e.fate) << "\"><td>" << escaped(e.name) << "</td><td>"
          << escaped(kindLabel(e)) << "</td><td>" << escaped(e.imageId) << "</td><td class=\"n\">"
          << escaped(formatBytes(e.allocated >= 0 ? e.allocated : e.size)) << "</td><td class=\"n\">"
          << escaped(durationText(e.ageSeconds)) << "</td><td>" << escaped(fateText(e)) << "</td><td>"
          << escaped(e.usedBy.isEmpty() ? e.inUseReason : e.usedBy.join(QStringLiteral(", ")))
          << "</td><td class=\"problem\">" << escaped(e.problem) << "</td></tr>\n";
    }
    s << "</table>\n";
    s << "<h2>Instance disks</h2>\n<table>\n<tr><th>Disk</th><th>Format</th><th>Virtual size</th>"
         "<th>Reserved</th><th>Backing chain</th><th>Problem</th></tr>\n";
    for (const InstanceDisk &d : r.disks) {
        s << "<tr><td>" << escaped(d.instance + QLatin1Char('/') + QFileInfo(d.path).fileName()) << "</td><td>"
          << escaped(d.format) << "</td><td class=\"n\">" << escaped(formatBytes(d.virtualSize))
          << "</td><td class=\"n\">" << escaped(formatBytes(d.reservedBytes)) << "</td><td>"
          << escaped(d.chain.join(QStringLiteral(" \u2192 "))) << "</td><td class=\"problem\">"
          << escaped(d.problem) << "</td></tr>\n";
    }
    s << "</table>\n";
    s << "<h2>Summary</h2>\n<p>" << r.files.size() << " files, " << r.countFate(CacheFate::InUse) << " in use, "
      << r.countFate(CacheFate::KeptUntil) << " kept, " << r.countFate(CacheFate::RemovableNow)
      << " removable now, " << r.countFate(CacheFate::NeverRemoved) << " never removed, "
      << r.countFate(CacheFate::NotManaged) << " not managed. Space freed by the next run: "
      << escaped(formatBytes(r.spaceFreed())) << '.';
    if (r.settings.preallocate == Preallocate::Space)
        s << " Reserved by preallocated instance disks: " << escaped(formatBytes(r.reservedBytes())) << '.';
    s << "</p>\n</body></html>\n";
    s.flush();
    return out;
}

} // namespace imageprep
