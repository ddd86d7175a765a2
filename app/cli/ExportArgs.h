#pragma once
// The export options shared by `export` and `fix --export`: declared,
// parsed and checked in one place, and the Glance properties derived from
// a live session the same way, so both commands describe an image alike.

#include "cli/CliContext.h"

#include "checks/CheckRun.h"
#include "export/Exporter.h"
#include "glance/Properties.h"
#include "session/ExportChoices.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace imageprep {
class Session;
}

namespace imageprep::cli {

// Everything export takes except its IMAGE, -o DIR, --format, --json and
// --properties-only (fix has its own -o and --format).
struct ExportArgNames {
    QCommandLineOption compress, noCompress, bundle, name, baseName, property, unset, minRam, virtioScsi, overwrite,
        upload, replace, uploadMethod, osCloud, imageUrl, token;
};
const ExportArgNames &exportArgNames();
void addExportOptions(QCommandLineParser &parser);
// The long names of the export options set on the command line ("--bundle").
QStringList exportOptionsSet(const QCommandLineParser &parser);

struct ExportRequest {
    ExportOptions options;
    ExportChoices choices;
    QStringList overrides, unsets; // --property, --unset
};

// Reads and checks the export options before any appliance starts. With
// prepare and --upload, the cloud, token, endpoint and a free image name are
// checked too (prepareUpload). imagePath names the files and the Glance
// image when --name and --base-name are not given. nullopt: error printed.
std::optional<ExportRequest> exportRequestFrom(CliContext &ctx, const QCommandLineParser &parser, ExportImageFormat format,
                                               bool formatSet, const QString &outputDir, const QString &imagePath, bool prepare);

// The image file the export will write for imagePath (same naming as exportImage).
QString exportedImagePath(const ExportOptions &options, const QString &imagePath);

// The properties the session's facts and run justify (exportProperties, as
// the wizard derives them), with the overrides applied and validated;
// warnings and errors are printed. nullopt: not valid for Glance (error printed).
std::optional<PropertySet> derivePropertiesFor(CliContext &ctx, const Session &session, const CheckRun &run, const ExportRequest &request);

// One progress line on stderr, rewritten in place once per percent; ended
// with a newline when destroyed.
class ExportProgressLine {
public:
    explicit ExportProgressLine(CliContext &ctx);
    ~ExportProgressLine();
    void operator()(qint64 done, qint64 total, const QString &what);

private:
    CliContext &m_ctx;
    QString m_last;
};

// Prints an export failure with its detail; returns the exit code (1 cancelled, 2 else).
int reportExportError(CliContext &ctx, const Error &e);

// The export summary (the files, the sum, the Glance image), as text or JSON.
void printExportResult(CliContext &ctx, const ExportResult &result, const PropertySet &props, bool json);

} // namespace imageprep::cli
