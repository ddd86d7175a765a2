#include "fixes/FixPlan.h"

#include <QCoreApplication>

namespace imageprep {

namespace {
class PlanText {
    Q_DECLARE_TR_FUNCTIONS(PlanText)
};
} // namespace

int FixPlan::editCount() const
{
    int n = 0;
    for (const Fix &f : fixes)
        n += int(f.edits.size());
    return n;
}

QList<EditPtr> FixPlan::edits() const
{
    QList<EditPtr> out;
    for (const Fix &f : fixes)
        out << f.edits;
    return out;
}

const Fix *FixPlan::fix(const QString &requirementId) const
{
    for (const Fix &f : fixes) {
        if (f.requirementId == requirementId)
            return &f;
    }
    return nullptr;
}

QString FixPlan::renderDiff() const
{
    QString out;
    for (const Fix &f : fixes) {
        out += QStringLiteral("=== %1 [%2]: %3\n").arg(f.requirementId, f.alternative, f.title);
        if (f.edits.isEmpty())
            out += PlanText::tr("# no edits of its own: the %1 edits above fix it too").arg(f.alternative) + QLatin1Char('\n');
        for (const EditPtr &e : f.edits) {
            out += QStringLiteral("# %1 (%2)\n").arg(e->summary(), toString(e->kind()));
            out += e->diff();
        }
        out += QLatin1Char('\n');
    }
    for (const FixOption &o : options) {
        QStringList names;
        for (const FixAlternative &a : o.alternatives)
            names << (a.id == o.chosen ? QStringLiteral("*%1").arg(a.id) : a.id)
                    + (a.available ? QString() : PlanText::tr(" (unavailable: %1)").arg(a.note));
        out += PlanText::tr("Alternatives for %1: %2").arg(o.requirementId, names.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    for (const Unfixed &u : unfixed)
        out += PlanText::tr("Not fixed automatically: %1: %2").arg(u.requirementId, u.reason) + QLatin1Char('\n');
    for (const Unfixed &u : unproven)
        out += PlanText::tr("Not proven: %1: %2").arg(u.requirementId, u.reason) + QLatin1Char('\n');
    for (const QString &e : invalidChoices)
        out += PlanText::tr("Invalid choice: %1").arg(e) + QLatin1Char('\n');
    for (const QString &e : errors)
        out += PlanText::tr("Problem: %1").arg(e) + QLatin1Char('\n');
    if (fixes.isEmpty())
        out += PlanText::tr("Nothing to fix.") + QLatin1Char('\n');
    return out;
}

} // namespace imageprep
