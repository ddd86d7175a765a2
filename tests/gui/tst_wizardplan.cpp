// The wizard plans what the command line plans: with the checklist page's
// default choices (every offered fix, default alternatives), the plan the
// Preview page asks for is the plan `imageprep-cli plan IMAGE` prints, which
// is planFixes() with default PlanOptions on the same facts and files. The
// guest is the in-memory clean Debian guest with lab defects planted, so no
// appliance is needed.
#include "ChecklistPage.h"
#include "GuestFixtures.h"
#include "LabGuest.h"

#include "checks/CheckRun.h"
#include "fixes/FixRunner.h"
#include "fixes/GuestEditor.h"
#include "lab/LabDefects.h"

#include <QApplication>
#include <QTest>

using namespace imageprep;
using namespace imageprep::testing;

class TestWizardPlan final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultChoicesGiveTheCliPlan()
    {
        Guest g = labGuest();
        g.file(QStringLiteral("/usr/sbin/update-grub"), "#!/bin/sh\n");
        refresh(g);
        const QStringList defects{QStringLiteral("serial-console"), QStringLiteral("firewall-disabled"),
                                  QStringLiteral("acpi-shutdown"),  QStringLiteral("root-password"),
                                  QStringLiteral("qemu-guest-agent"), QStringLiteral("ssh-key-injection"),
                                  QStringLiteral("machine-id"),     QStringLiteral("leftover-state")};
        const DefectPlan planted = planDefects(g.facts, g.files, defects);
        QVERIFY2(planted.ok(), qPrintable(planted.errors.join(QLatin1Char('\n'))));
        MemoryGuestEditor editor(g.files);
        QVERIFY(FixRunner(editor).run(planted.plan).outcome == FixReport::Outcome::Finished);
        refresh(g);
        const CheckRun run = runChecklist(g.facts, g.files);

        // What `plan IMAGE` prints: default options.
        const FixPlan cli = planFixes(g.facts, g.files, run, PlanOptions{});
        QVERIFY(cli.fixes.size() >= defects.size());

        // The wizard: the checklist gets the default plan, Preview plans with the page's choices.
        ui::ChecklistPage page;
        page.setRun(run);
        page.setAvailableFixes(cli);
        const FixPlan wizard = planFixes(g.facts, g.files, run, page.planOptions());
        QCOMPARE(wizard.renderDiff(), cli.renderDiff());
        QCOMPARE(wizard.editCount(), cli.editCount());
        // serial-console's default is the one the check agrees with.
        QCOMPARE(page.alternative(QStringLiteral("serial-console")).isEmpty()
                     ? QStringLiteral("remove-quiet") : page.alternative(QStringLiteral("serial-console")),
                 QStringLiteral("remove-quiet"));
        QCOMPARE(wizard.fix(QStringLiteral("serial-console"))->alternative, QStringLiteral("remove-quiet"));
    }
};

QTEST_MAIN(TestWizardPlan)
#include "tst_wizardplan.moc"
