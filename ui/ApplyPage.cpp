#include "ApplyPage.h"

#include "UiSupport.h"

#include "checks/Catalogue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imageprep::ui {

ApplyPage::ApplyPage(QWidget *parent) : WizardPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_stage = new QLabel(tr("Nothing applied yet: Next on the preview applies the plan."));
    m_stage->setWordWrap(true);
    layout->addWidget(m_stage);
    m_overall = new QProgressBar;
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setFormat(tr("%v of %m changes"));
    m_overall->setRange(0, 1);
    m_overall->setValue(0);
    layout->addWidget(m_overall);

    auto *split = new QSplitter(Qt::Vertical);
    auto *top = new QSplitter(Qt::Horizontal);
    m_edits = new QTreeWidget;
    m_edits->setHeaderLabels({tr("State"), tr("Change")});
    m_edits->setAccessibleName(tr("Changes and their state"));
    m_edits->setRootIsDecorated(false);
    m_edits->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setAccessibleName(tr("Apply log"));
    top->addWidget(m_edits);
    top->addWidget(m_log);
    split->addWidget(top);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    bottomLayout->addWidget(m_result);
    m_compare = new QTreeWidget;
    m_compare->setHeaderLabels({tr("Requirement"), tr("First check"), tr("After apply")});
    m_compare->setAccessibleName(tr("Checks before and after apply"));
    m_compare->setRootIsDecorated(false);
    m_compare->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_compare->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_compare->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_compare->header()->setStretchLastSection(false);
    bottomLayout->addWidget(m_compare, 1);
    auto *bootRow = new QHBoxLayout;
    m_bootButton = new QPushButton(tr("Test &boot"));
    m_bootButton->setToolTip(tr("Boot the fixed image in QEMU the way Nova would (the scratch overlay is copied first; "
                                "the original is never booted)."));
    m_bootButton->setVisible(false);
    connect(m_bootButton, &QPushButton::clicked, this, &ApplyPage::bootTestRequested);
    m_bootState = new QLabel;
    m_bootState->setWordWrap(true);
    bootRow->addWidget(m_bootButton);
    bootRow->addWidget(m_bootState, 1);
    bottomLayout->addLayout(bootRow);
    split->addWidget(bottom);
    layout->addWidget(split, 1);
}

QString ApplyPage::title() const
{
    return tr("Apply");
}

void ApplyPage::start(const FixPlan &plan, const CheckRun &before)
{
    m_before = before;
    m_finished = false;
    m_done = 0;
    m_edits->clear();
    m_log->clear();
    m_compare->clear();
    m_result->clear();
    m_bootButton->setVisible(false);
    m_bootState->clear();
    for (const Fix &fix : plan.fixes) {
        for (const EditPtr &edit : fix.edits) {
            auto *item = new QTreeWidgetItem(m_edits, {tr("waiting"), edit->summary()});
            item->setToolTip(1, edit->path());
        }
    }
    m_overall->setRange(0, std::max(1, plan.editCount()));
    m_overall->setValue(0);
    m_stage->setText(tr("Applying %n change(s) to the scratch overlay…", nullptr, plan.editCount()));
    Q_EMIT completeChanged();
}

void ApplyPage::setProgress(int done, int total, const QString &what)
{
    m_done = done;
    m_overall->setRange(0, std::max(1, total));
    m_overall->setValue(done);
    for (int i = 0; i < m_edits->topLevelItemCount() && i < done; ++i) {
        QTreeWidgetItem *item = m_edits->topLevelItem(i);
        if (item->text(0) != tr("done")) {
            item->setText(0, tr("done"));
            item->setIcon(0, statusIcon(CheckStatus::Pass));
        }
    }
    if (done < m_edits->topLevelItemCount()) {
        QTreeWidgetItem *next = m_edits->topLevelItem(done);
        next->setText(0, tr("running"));
        m_edits->scrollToItem(next);
    }
    if (!what.isEmpty())
        m_stage->setText(tr("Change %1 of %2: %3").arg(std::min(done + 1, total)).arg(total).arg(what));
}

void ApplyPage::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void ApplyPage::markEdits(const FixReport &report)
{
    for (int i = 0; i < m_edits->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_edits->topLevelItem(i);
        if (i < report.edits.size()) {
            const EditRecord &r = report.edits[i];
            item->setText(0, r.done ? tr("done") : tr("failed"));
            item->setIcon(0, statusIcon(r.done ? CheckStatus::Pass : CheckStatus::Fail));
            if (!r.message.isEmpty())
                item->setToolTip(1, r.message);
        } else {
            item->setText(0, tr("not done"));
            item->setIcon(0, statusIcon(CheckStatus::NotApplicable));
        }
    }
}

void ApplyPage::setApplied(const FixReport &report, const CheckRun &recheck)
{
    markEdits(report);
    m_done = report.doneCount();
    m_overall->setValue(report.doneCount());
    m_finished = true;
    m_stage->setText(tr("Applied %n change(s); the checklist ran again.", nullptr, report.doneCount()));
    QString result = report.allFixed() ? tr("Every fixed requirement passes now.")
                                       : tr("%n fixed requirement(s) still do not pass; see the comparison.", nullptr,
                                            int(report.notFixed.size()));
    result += QLatin1Char(' ') + (recheck.requiredPassed() ? tr("Every required check passes.")
                                                           : tr("Some required checks still do not pass."));
    m_result->setText(result);
    m_bootButton->setVisible(true);
    m_bootButton->setEnabled(true);

    m_compare->clear();
    for (const CheckResult &after : recheck.results) {
        const CheckResult *before = m_before.result(after.id);
        const Requirement *req = Catalogue::instance().find(after.id);
        auto *item = new QTreeWidgetItem(m_compare);
        item->setText(0, req ? req->title() : after.id);
        item->setData(0, Qt::UserRole, after.id);
        if (before) {
            item->setIcon(1, statusIcon(before->status));
            item->setText(1, statusWord(before->status));
        }
        item->setIcon(2, statusIcon(after.status));
        item->setText(2, statusWord(after.status));
        item->setToolTip(2, after.summary);
        if (before && before->status != after.status) {
            QFont f = item->font(2);
            f.setBold(true);
            item->setFont(2, f);
        }
    }
    Q_EMIT completeChanged();
}

void ApplyPage::setStopped(const Error &error, const FixReport &report)
{
    markEdits(report);
    m_finished = false;
    m_bootButton->setVisible(false);
    m_done = report.doneCount();
    m_stage->setText(error.code == ErrorCode::Cancelled
                         ? tr("Cancelled after %n change(s). The original image is untouched; the changes made so far "
                              "are only in the scratch overlay.", nullptr, report.doneCount())
                         : tr("Stopped after %n change(s): %1", nullptr, report.doneCount()).arg(error.message));
    appendLog(error.message);
    Q_EMIT completeChanged();
}

void ApplyPage::setBootTestState(const QString &text)
{
    m_bootState->setText(text);
}

QString ApplyPage::resultText() const
{
    return m_stage->text() + u'\n' + m_result->text();
}

QString ApplyPage::logText() const
{
    return m_log->toPlainText();
}

} // namespace imageprep::ui
