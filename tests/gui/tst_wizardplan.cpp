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

#include "GuiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QTreeWidget>

using namespace imageprep;
using namespace imageprep::testing;

class TestWizardPlan final : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        guitest::isolateSettings(m_settings.path());
    }

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

    // Every requirement whose plan offers alternatives gets its choice on the
    // page, rendered from FixPlan::options alone; a choice made there plans
    // what the command line's --alternative ID=ALT plans.
    void everyOfferedAlternativeIsAChoice()
    {
        Guest g = labGuest();
        g.file(QStringLiteral("/usr/sbin/update-grub"), "#!/bin/sh\n");
        refresh(g);
        const QStringList defects{QStringLiteral("serial-console"), QStringLiteral("root-password"),
                                  QStringLiteral("ssh-key-injection"), QStringLiteral("qemu-guest-agent")};
        const DefectPlan planted = planDefects(g.facts, g.files, defects);
        QVERIFY2(planted.ok(), qPrintable(planted.errors.join(QLatin1Char('\n'))));
        MemoryGuestEditor editor(g.files);
        QVERIFY(FixRunner(editor).run(planted.plan).outcome == FixReport::Outcome::Finished);
        refresh(g);
        const CheckRun run = runChecklist(g.facts, g.files);
        const FixPlan defaults = planFixes(g.facts, g.files, run, PlanOptions{});
        QVERIFY(defaults.options.size() >= 2);

        ui::ChecklistPage page;
        page.resize(1000, 640);
        page.show();
        page.setProblemsOnly(false);
        page.setRun(run);
        page.setAvailableFixes(defaults);
        auto *combo = page.findChild<QComboBox *>();
        QVERIFY(combo);
        int shown = 0;
        for (const FixOption &o : defaults.options) {
            // Options of a planned fix; some follow another requirement's choice.
            if (!run.result(o.requirementId) || !defaults.fix(o.requirementId))
                continue;
            ++shown;
            QVERIFY2(page.selectRequirement(o.requirementId), qPrintable(o.requirementId));
            QVERIFY2(combo->isVisible(), qPrintable(o.requirementId));
            QCOMPARE(combo->count(), int(o.alternatives.size()));
            for (int i = 0; i < combo->count(); ++i)
                QCOMPARE(combo->itemData(i).toString(), o.alternatives.at(i).id);
            QCOMPARE(combo->currentData().toString(), o.chosen);

            // Choose the last available one that is not the default.
            for (auto a = o.alternatives.crbegin(); a != o.alternatives.crend(); ++a) {
                if (!a->available || a->id == o.defaultAlternative)
                    continue;
                page.setAlternative(o.requirementId, a->id);
                QCOMPARE(combo->currentData().toString(), a->id);
                PlanOptions cli;
                cli.alternatives.insert(o.requirementId, a->id);
                const FixPlan fromCli = planFixes(g.facts, g.files, run, cli);
                const FixPlan fromPage = planFixes(g.facts, g.files, run, page.planOptions());
                QCOMPARE(fromPage.renderDiff(), fromCli.renderDiff());
                page.setAlternative(o.requirementId, o.defaultAlternative);
                break;
            }
        }
        QVERIFY(shown >= 2);
        QVERIFY(page.selectRequirement(QStringLiteral("serial-console")));
        page.setAlternative(QStringLiteral("serial-console"), QStringLiteral("keep-quiet"));
        QVERIFY(!guitest::saveScreenshot(&page, QStringLiteral("unit-checklist-alternatives")).isEmpty());
    }
};

QTEST_MAIN(TestWizardPlan)
#include "tst_wizardplan.moc"
