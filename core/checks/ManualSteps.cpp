#include "checks/ManualSteps.h"

#include "checks/Catalogue.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace imageprep {

using namespace Qt::StringLiterals;

namespace {

QString shellQuote(const QString &s)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (safe.match(s).hasMatch())
        return s;
    return u"'"_s + QString(s).replace(u"'"_s, uR"~('\'')~"_s) + u"'"_s;
}

} // namespace

ManualSteps manualSteps(const QString &requirementId)
{
    // Each requirement's unit writes its own (requirements/StepText.h).
    const Requirement *requirement = Catalogue::instance().find(requirementId);
    return requirement ? requirement->manualSteps() : ManualSteps{};
}

QString manualImagePlaceholder()
{
    return u"IMAGE"_s;
}

QString manualCopyPlaceholder()
{
    return u"COPY"_s;
}

QString manualCopyPath(const QString &imagePath)
{
    const QFileInfo fi(imagePath);
    const QString suffix = fi.suffix();
    const QString name = suffix.isEmpty() ? fi.fileName() + u"-fixed"_s
                                          : fi.completeBaseName() + u"-fixed."_s + suffix;
    return fi.path() == u"."_s && !imagePath.startsWith(u"./"_s) ? name : fi.path() + u'/' + name;
}

QString withImagePath(const QString &steps, const QString &imagePath)
{
    if (imagePath.isEmpty())
        return steps;
    static const QRegularExpression image(u"\\bIMAGE\\b"_s);
    static const QRegularExpression copy(u"\\bCOPY\\b"_s);
    const QString quotedImage = shellQuote(imagePath);
    const QString quotedCopy = shellQuote(manualCopyPath(imagePath));
    QStringList lines = steps.split(u'\n');
    for (QString &line : lines) {
        if (line.trimmed().startsWith(u'#'))
            continue;
        line.replace(image, quotedImage);
        line.replace(copy, quotedCopy);
    }
    return lines.join(u'\n');
}

} // namespace imageprep
