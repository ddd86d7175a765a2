#pragma once
// In-memory guests for the check tests: one clean guest per family that
// passes every check, which rows then break one thing at a time.

#include "checks/Catalogue.h"
#include "checks/FamilyProfile.h"
#include "checks/Requirement.h"
#include "guest/GuestFacts.h"
#include "guest/GuestFiles.h"

#include <QList>
#include <QMetaType>
#include <QTest>

namespace imageprep::testing {

enum class Family { Debian, Ubuntu, Rocky, OpenSuse, Alpine };

struct Guest {
    QString label; // "debian", "rocky", ... for row names
    GuestFacts facts;
    MemoryGuestFiles files;

    void file(const QString &path, const QByteArray &content) { files.addFile(path, content); }
    void addPackage(const QString &name, const QString &version = QStringLiteral("1.0"))
    {
        facts.packages.append(PackageInfo{name, version});
    }
    void removePackage(const QString &name)
    {
        facts.packages.removeIf([&](const PackageInfo &p) { return p.name == name; });
    }
    void disableService(const QString &name)
    {
        facts.enabledServices.removeAll(name);
        facts.enabledServices.removeAll(name + QStringLiteral(".service"));
        files.remove(QStringLiteral("/etc/runlevels/default/") + name);
        files.remove(QStringLiteral("/etc/runlevels/boot/") + name);
    }
    // Enables a service the way the family's init system records it.
    void enableService(const QString &name)
    {
        if (facts.init == InitSystem::OpenRC)
            files.addSymlink(QStringLiteral("/etc/runlevels/default/") + name, QStringLiteral("/etc/init.d/") + name);
        else
            facts.enabledServices.append(name.contains(QLatin1Char('.')) ? name : name + QStringLiteral(".service"));
    }
};

// What a row expects to find among a result's evidence: file, line and text
// must match exactly; note, when given, must be contained in the actual note.
struct Expected {
    QString file;
    int line = 0;
    QString text;
    QString note;
};

} // namespace imageprep::testing

Q_DECLARE_METATYPE(imageprep::testing::Guest)
Q_DECLARE_METATYPE(imageprep::testing::Expected)
Q_DECLARE_METATYPE(QList<imageprep::testing::Expected>)

namespace imageprep::testing {

Guest cleanGuest(Family family);

QList<Family> allFamilies();

// Shared verification for the per-check tables (columns: guest, status, evidence).
void addCheckColumns();
void verifyCheck(const QString &id);

// One table row named "<family>: <what>".
inline void row(const Guest &g, const QString &what, const char *status, const QList<Expected> &evidence = {})
{
    QTest::newRow(qPrintable(g.label + QStringLiteral(": ") + what)) << g << QString::fromLatin1(status) << evidence;
}

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace imageprep::testing
