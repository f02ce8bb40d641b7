// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmissionhistory.h"

#include "resubmission/resubmissionjournal.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;

ResubmissionHistory::ResubmissionHistory(ResubmissionJournal *journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_batches(new QTableWidget(this))
    , m_items(new QTableWidget(this))
    , m_empty(new QLabel(this))
{
    setWindowTitle(tr("Resubmission History"));
    m_batches->setObjectName(u"historyBatches"_s);
    for (QTableWidget *t : {m_batches, m_items}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    m_empty->setObjectName(u"historyEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("<h3>No resubmissions yet</h3><p>Batches sent with Resubmit… are listed here with what "
                        "became of each document: every attempt, its message id and IMS's answer.</p>"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_batches);
    splitter->addWidget(m_items);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    connect(m_batches, &QTableWidget::currentCellChanged, this, [this](int row) { showItems(row); });
    reload();
}

void ResubmissionHistory::reload()
{
    const auto batches = m_journal->batches();
    m_batches->clear();
    m_batches->setColumnCount(7);
    m_batches->setHorizontalHeaderLabels({tr("Started"), tr("By"), tr("Batch"), tr("Accepted"), tr("Failed"),
                                          tr("Skipped"), tr("Pending")});
    m_batches->setRowCount(int(batches.size()));
    for (int row = 0; row < batches.size(); ++row) {
        const auto &b = batches[row];
        const int pending = b.counts.value(State::Pending) + b.counts.value(State::Retrying) + b.counts.value(State::Sending)
            + b.counts.value(State::Unknown);
        const QLocale locale;
        // Who journalled it (in a team's environment, perhaps a colleague), and with which version.
        const QString by = b.createdBy.isEmpty() ? tr("(not recorded)") : b.createdBy;
        const QStringList cells {b.created.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), by, b.label,
                                 locale.toString(b.counts.value(State::Accepted)), locale.toString(b.counts.value(State::Failed)),
                                 locale.toString(b.counts.value(State::Skipped)), locale.toString(pending)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, b.id);
            if (c == 1 && !b.appVersion.isEmpty())
                item->setToolTip(tr("ION Workbench %1").arg(b.appVersion));
            m_batches->setItem(row, c, item);
        }
    }
    m_batches->resizeColumnsToContents();
    m_empty->setVisible(batches.isEmpty());
    m_batches->parentWidget()->setVisible(!batches.isEmpty()); // the splitter with both tables
}

void ResubmissionHistory::showItems(int row)
{
    m_items->clear();
    m_items->setColumnCount(5);
    m_items->setHorizontalHeaderLabels({tr("Document"), tr("Document ID"), tr("State"), tr("Attempts"), tr("Reason")});
    const QTableWidgetItem *cell = m_batches->item(row, 0);
    if (!cell) {
        m_items->setRowCount(0);
        return;
    }
    const auto items = m_journal->items(cell->data(Qt::UserRole).toString());
    m_items->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const auto &i = items[r];
        const QStringList cells {i.documentName, i.documentId, ResubmissionJournal::stateName(i.state),
                                 QString::number(i.attempts), i.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_items->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_items->resizeColumnsToContents();
}
