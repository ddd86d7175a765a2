// The checklist's fix choices: which offered fixes to apply and, for a
// requirement whose plan offers alternatives (FixPlan::options), which one.
// Rendered from the plan alone, so a new requirement with alternatives gets
// its choice here without code that knows its id.
#include "ChecklistPage.h"

#include "checks/Catalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imageprep::ui {

QGroupBox *ChecklistPage::buildFixBox()
{
    auto *box = new QGroupBox(tr("Fixes"));
    auto *fixLayout = new QVBoxLayout(box);
    m_fixNotice = new QLabel(tr("Select a requirement to see its fix."));
    m_fixNotice->setWordWrap(true);
    fixLayout->addWidget(m_fixNotice);
    m_fixChosen = new QCheckBox(tr("&Apply this fix"));
    m_fixChosen->setAccessibleName(tr("Apply the fix for the selected requirement"));
    fixLayout->addWidget(m_fixChosen);
    auto *altRow = new QHBoxLayout;
    auto *altLabel = new QLabel(tr("&How:"));
    m_fixAlternative = new QComboBox;
    m_fixAlternative->setAccessibleName(tr("Fix alternative"));
    altLabel->setBuddy(m_fixAlternative);
    altRow->addWidget(altLabel);
    altRow->addWidget(m_fixAlternative, 1);
    fixLayout->addLayout(altRow);
    m_fixAlternativeNote = new QLabel;
    m_fixAlternativeNote->setWordWrap(true);
    fixLayout->addWidget(m_fixAlternativeNote);
    m_fixChosen->hide();
    m_fixAlternative->hide();
    altLabel->hide();
    m_fixAlternativeNote->hide();
    connect(m_fixChosen, &QCheckBox::toggled, this, [this](bool on) { setFixChosen(selectedRequirement(), on); });
    connect(m_fixAlternative, &QComboBox::activated, this, [this](int index) {
        setAlternative(selectedRequirement(), m_fixAlternative->itemData(index).toString());
    });
    m_fixAlternative->setProperty("buddyLabel", QVariant::fromValue<QObject *>(altLabel));
    return box;
}

void ChecklistPage::setAvailableFixes(const FixPlan &plan)
{
    m_defaultPlan = plan;
    m_hasPlan = true;
    m_chosen.clear();
    m_alternative.clear();
    const QSignalBlocker block(m_tree);
    for (const Fix &fix : plan.fixes) {
        m_chosen.insert(fix.requirementId, true);
        if (QTreeWidgetItem *row = rowOf(fix.requirementId)) {
            row->setCheckState(3, Qt::Checked);
            row->setText(3, tr("fix"));
            row->setData(3, Qt::AccessibleTextRole, tr("Apply the fix"));
        }
    }
    for (const FixOption &o : plan.options)
        m_alternative.insert(o.requirementId, o.chosen.isEmpty() ? o.defaultAlternative : o.chosen);
    for (const Unfixed &u : plan.unfixed) {
        if (QTreeWidgetItem *row = rowOf(u.requirementId)) {
            row->setText(3, tr("manual"));
            row->setToolTip(3, u.reason);
        }
    }
    showFixes(selectedRequirement());
    Q_EMIT fixChoiceChanged();
}

QStringList ChecklistPage::fixableIds() const
{
    QStringList ids;
    for (const Fix &fix : m_defaultPlan.fixes)
        ids << fix.requirementId;
    return ids;
}

void ChecklistPage::setFixChosen(const QString &id, bool chosen)
{
    if (!m_chosen.contains(id) || m_chosen.value(id) == chosen)
        return;
    m_chosen.insert(id, chosen);
    if (QTreeWidgetItem *row = rowOf(id)) {
        const QSignalBlocker block(m_tree);
        row->setCheckState(3, chosen ? Qt::Checked : Qt::Unchecked);
    }
    if (id == selectedRequirement()) {
        const QSignalBlocker block(m_fixChosen);
        m_fixChosen->setChecked(chosen);
        m_fixAlternative->setEnabled(chosen);
    }
    Q_EMIT fixChoiceChanged();
}

bool ChecklistPage::isFixChosen(const QString &id) const
{
    return m_chosen.value(id, false);
}

QStringList ChecklistPage::chosenFixes() const
{
    QStringList ids;
    for (const Fix &fix : m_defaultPlan.fixes) {
        if (m_chosen.value(fix.requirementId))
            ids << fix.requirementId;
    }
    return ids;
}

QStringList ChecklistPage::alternatives(const QString &id) const
{
    QStringList ids;
    for (const FixOption &o : m_defaultPlan.options) {
        if (o.requirementId != id)
            continue;
        for (const FixAlternative &a : o.alternatives)
            ids << a.id;
    }
    return ids;
}

void ChecklistPage::setAlternative(const QString &id, const QString &alternative)
{
    if (!alternatives(id).contains(alternative))
        return;
    m_alternative.insert(id, alternative);
    if (id == selectedRequirement())
        showFixes(id);
    Q_EMIT fixChoiceChanged();
}

QString ChecklistPage::alternative(const QString &id) const
{
    return m_alternative.value(id);
}

PlanOptions ChecklistPage::planOptions() const
{
    PlanOptions o;
    o.only = chosenFixes();
    for (auto it = m_alternative.cbegin(); it != m_alternative.cend(); ++it)
        o.alternatives.insert(it.key(), it.value());
    return o;
}

void ChecklistPage::itemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 3)
        return;
    const QString id = item->data(0, IdRole).toString();
    if (m_chosen.contains(id))
        setFixChosen(id, item->checkState(3) == Qt::Checked);
}

void ChecklistPage::showFixes(const QString &id)
{
    auto *altLabel = qobject_cast<QWidget *>(m_fixAlternative->property("buddyLabel").value<QObject *>());
    m_fixChosen->hide();
    m_fixAlternative->hide();
    altLabel->hide();
    m_fixAlternativeNote->hide();
    const CheckResult *r = m_run.result(id);
    if (!r) {
        m_fixNotice->setText(tr("Select a requirement to see its fix."));
        return;
    }
    if (!m_hasPlan) {
        m_fixNotice->setText(tr("Looking for fixes…"));
        return;
    }
    const Fix *fix = m_defaultPlan.fix(id);
    if (!fix) {
        QString reason;
        for (const Unfixed &u : m_defaultPlan.unfixed) {
            if (u.requirementId == id)
                reason = u.reason;
        }
        if (!reason.isEmpty())
            m_fixNotice->setText(tr("No automatic fix: %1").arg(reason));
        else if (r->status == CheckStatus::Pass || r->status == CheckStatus::NotApplicable)
            m_fixNotice->setText(tr("Nothing to fix."));
        else
            m_fixNotice->setText(tr("No automatic fix for this result."));
        return;
    }
    m_fixNotice->setText(tr("%1 (%n change(s))", nullptr, int(fix->edits.size())).arg(fix->title));
    {
        const QSignalBlocker block(m_fixChosen);
        m_fixChosen->setChecked(isFixChosen(id));
    }
    m_fixChosen->show();
    for (const FixOption &o : m_defaultPlan.options) {
        if (o.requirementId != id)
            continue;
        const QSignalBlocker block(m_fixAlternative);
        m_fixAlternative->clear();
        QStringList notes;
        for (const FixAlternative &a : o.alternatives) {
            m_fixAlternative->addItem(a.available ? a.title : tr("%1 (not available: %2)").arg(a.title, a.note), a.id);
            if (!a.available) // a disabled entry: visible, not choosable
                qobject_cast<QStandardItemModel *>(m_fixAlternative->model())
                    ->item(m_fixAlternative->count() - 1)
                    ->setEnabled(false);
        }
        m_fixAlternative->setCurrentIndex(std::max(0, m_fixAlternative->findData(alternative(id))));
        m_fixAlternative->setEnabled(isFixChosen(id));
        m_fixAlternative->show();
        altLabel->show();
        if (alternative(id) != o.defaultAlternative) {
            m_fixAlternativeNote->setText(tr("Not the default choice."));
            m_fixAlternativeNote->show();
        }
    }
    // A fix whose way is chosen on another requirement (cloud-init's
    // packages follow the SSH key's choice) names where.
    if (fix->alternative != QLatin1String("default") && !alternatives(id).contains(fix->alternative)) {
        if (const QString owner = choiceOwner(fix->alternative, id); !owner.isEmpty()) {
            const Requirement *r = Catalogue::instance().find(owner);
            m_fixAlternativeNote->setText(tr("Follows the choice made on “%1”.").arg(r ? r->title() : owner));
            m_fixAlternativeNote->show();
        }
    }
}
QString ChecklistPage::choiceOwner(const QString &alternative, const QString &except) const
{
    for (const FixOption &o : m_defaultPlan.options) {
        if (o.requirementId == except)
            continue;
        for (const FixAlternative &a : o.alternatives) {
            if (a.id == alternative)
                return o.requirementId;
        }
    }
    return {};
}

} // namespace imageprep::ui
