// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmitdialog.h"

#include "ion/ionendpoints.h"
#include "environment/environmentdatabase.h"
#include "resubmission/resubmissionplan.h"
#include "resubmission/resubmissionroute.h"
#include "resubmission/resubmitter.h"
#include "workspace/connectionworkspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;


ResubmitDialog::ResubmitDialog(std::unique_ptr<ResubmissionPlan> plan, ConnectionWorkspace *workspace,
                               const QString &fromLogicalId, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan.release())
    , m_workspace(workspace)
    , m_journal(workspace->journal())
    , m_from(fromLogicalId)
    , m_table(new QTableWidget(int(m_plan->candidates().size()), ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_tokenWait(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_finishEarlier(new QPushButton(tr("&Finish Earlier Batch"), this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_plan->setParent(this);
    if (m_workspace && m_workspace->database()) {
        QString routingError;
        m_routing = m_workspace->database()->routing(&routingError);
    }
    const int count = int(m_plan->candidates().size());
    setWindowTitle(tr("Resubmit %Ln Message(s)", nullptr, count));
    m_table->setObjectName(u"resubmitPreview"_s);
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("Document ID"), tr("Duplicate check"), tr("State"), tr("From"),
                                        tr("To"), tr("New message ID")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < count; ++row) {
        const ResubmissionPlan::Candidate &c = m_plan->candidates()[row];
        m_table->setItem(row, DocumentColumn, new QTableWidgetItem(c.message.documentType));
        m_table->setItem(row, DocumentIdColumn, new QTableWidgetItem(c.message.documentId));
        m_table->setItem(row, FromColumn, new QTableWidgetItem(fromLogicalId));
        m_table->setItem(row, ToColumn, new QTableWidgetItem(IonEndpoints::defaultLogicalId));
        auto *id = new QTableWidgetItem(c.plannedMessageId);
        id->setToolTip(tr("The message id the first attempt is sent with; every retry gets a new one."));
        m_table->setItem(row, MessageIdColumn, id);
        auto *guard = new QTableWidgetItem;
        guard->setFlags(guard->flags() | Qt::ItemIsUserCheckable);
        m_table->setItem(row, GuardColumn, guard);
        m_table->setItem(row, StateColumn, new QTableWidgetItem(tr("not sent")));
        showVerdict(row);
    }
    // Every column as wide as its content, also the verdict whose text comes later; a narrow
    // window scrolls rather than cutting what the guard says.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress->setRange(0, count);
    m_progress->setVisible(false);
    m_pause->setEnabled(false);
    m_send->setDefault(true);
    m_finishEarlier->setObjectName(u"finishEarlierBatch"_s);
    m_finishEarlier->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"resubmitSummary"_s);
    m_tokenWait->setObjectName(u"resubmitTokenWait"_s);
    m_tokenWait->setWordWrap(true);
    m_tokenWait->setTextFormat(Qt::PlainText);
    m_tokenWait->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_finishEarlier);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_tokenWait);
    layout->addLayout(buttons);
    const int wanted = m_table->horizontalHeader()->length() + 360; // room for a verdict
    const int screen = this->screen() ? this->screen()->availableGeometry().width() * 9 / 10 : 1200;
    resize(qBound(760, wanted, qMax(760, screen)), 440);

    connect(m_plan, &ResubmissionPlan::candidateChanged, this, &ResubmitDialog::showVerdict);
    connect(m_plan, &ResubmissionPlan::ready, this, &ResubmitDialog::updateSendable);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == GuardColumn) // the person overrides the guard, either way
            m_plan->setSend(item->row(), item->checkState() == Qt::Checked);
    });
    connect(m_finishEarlier, &QPushButton::clicked, this, &ResubmitDialog::finishEarlierBatches);
    connect(m_send, &QPushButton::clicked, this, &ResubmitDialog::send);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_resubmitter)
            return;
        if (m_resubmitter->isPaused()) {
            m_resubmitter->resume();
            m_pause->setText(tr("&Pause"));
        } else {
            m_resubmitter->pause();
            m_pause->setText(tr("&Resume"));
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_resubmitter && m_resubmitter->isRunning())
            m_resubmitter->cancel(); // what is not sent stays pending in the journal
        else
            reject();
    });
    updateSendable();
}

ResubmitDialog::~ResubmitDialog() = default;

void ResubmitDialog::showRoute(int row)
{
    const ResubmissionPlan::Candidate &c = m_plan->candidates()[row];
    QTableWidgetItem *from = m_table->item(row, FromColumn);
    QTableWidgetItem *to = m_table->item(row, ToColumn);
    if (!m_routing || c.payload.isEmpty()) { // said in general: the flows decide, not the original's
        const QString route = tr("The original went from %1 to %2. A resubmission is sent from the workbench's own "
                                 "connection point and ION routes it by the document flows (lid://default), so a "
                                 "flow's filter may treat it differently.")
                                  .arg(c.message.fromLogicalId.isEmpty() ? tr("(unknown)") : c.message.fromLogicalId,
                                       c.message.toLogicalId.isEmpty() ? tr("(unknown)") : c.message.toLogicalId);
        from->setToolTip(route);
        to->setToolTip(route);
        return;
    }
    const ResubmissionRoute route = ResubmissionRoute::of(*m_routing, c.message, c.payload, m_from);
    to->setText(route.targets.isEmpty() ? IonEndpoints::defaultLogicalId
                                        : IonEndpoints::defaultLogicalId + u" → "_s + route.targets.join(u", "_s));
    for (QTableWidgetItem *cell : {from, to})
        cell->setToolTip(route.summary);
}

void ResubmitDialog::showVerdict(int row)
{
    const ResubmissionPlan::Candidate &c = m_plan->candidates()[row];
    const QSignalBlocker blocker(m_table); // the plan's decision, not the person's
    showRoute(row);
    QTableWidgetItem *guard = m_table->item(row, GuardColumn);
    guard->setText(c.verdict.text());
    guard->setToolTip(c.verdict.text());
    guard->setCheckState(c.send ? Qt::Checked : Qt::Unchecked);
}

void ResubmitDialog::updateSendable()
{
    if (m_resubmitter)
        return;
    const QStringList unfinished = m_plan->unfinishedBatches();
    m_finishEarlier->setVisible(!unfinished.isEmpty());
    m_send->setEnabled(unfinished.isEmpty() && m_plan->isReady());
    if (!unfinished.isEmpty()) {
        m_send->setToolTip(tr("Finish the earlier batch first"));
        m_summary->setText(tr("An earlier resubmission is unfinished. Finish it first (Finish Earlier Batch): a document "
                              "in both would otherwise be sent twice. The duplicate check is then made again."));
    } else if (!m_plan->isReady()) {
        m_send->setToolTip(tr("Waiting for the duplicate check of every document"));
        m_summary->setText(tr("Checking the journal and the message log for earlier resubmissions and later deliveries…"));
    } else {
        m_send->setToolTip({});
        m_summary->setText(
            tr("Every item is written to the journal before it is sent; nothing is sent twice by accident."));
    }
}

void ResubmitDialog::finishEarlierBatches()
{
    const QStringList unfinished = m_plan->unfinishedBatches();
    if (unfinished.isEmpty()) {
        m_plan->recheck();
        updateSendable();
        return;
    }
    m_finishEarlier->setEnabled(false);
    m_send->setEnabled(false);
    run(unfinished.first(), [this](const QString &summary) {
        delete m_resubmitter;
        m_resubmitter = nullptr;
        m_finishEarlier->setEnabled(true);
        m_pause->setEnabled(false);
        m_progress->setVisible(false);
        if (!m_plan->unfinishedBatches().isEmpty()) {
            m_summary->setText(tr("The earlier batch is still unfinished: %1").arg(summary));
            return;
        }
        m_plan->recheck(); // what it sent may now hold documents of this selection back
        updateSendable();
    });
}

void ResubmitDialog::send()
{
    QList<int> rows;
    for (int row = 0; row < m_plan->candidates().size(); ++row) {
        if (m_plan->candidates()[row].send)
            rows << row;
    }
    QString error;
    const auto batch = m_plan->journal(tr("%Ln message(s) from the log", nullptr, int(rows.size())), m_from, &error);
    if (!batch) {
        m_summary->setText(tr("Nothing was sent: %1").arg(error));
        return;
    }
    m_batchId = *batch;
    const QList<qint64> journalled = m_journal->itemIds(m_batchId); // in the order they were journalled
    for (int i = 0; i < journalled.size() && i < rows.size(); ++i)
        m_rowOfItem.insert(journalled[i], rows[i]);
    Q_EMIT journalChanged();
    m_send->setEnabled(false);
    m_progress->setRange(0, int(rows.size()));
    run(m_batchId, [this](const QString &summary) {
        m_finished = true;
        m_cancel->setText(tr("Close"));
        m_summary->setText(summary);
    });
}

void ResubmitDialog::run(const QString &batchId, std::function<void(const QString &summary)> then)
{
    m_pause->setEnabled(true);
    m_progress->setVisible(true);
    if (!m_workspace) {
        m_summary->setText(tr("The connection was closed; the batch can be finished when it is opened again."));
        return;
    }
    m_resubmitter = m_workspace->newResubmitter(this);
    connect(m_resubmitter, &Resubmitter::progress, this, &ResubmitDialog::showCounts); // counted by the runner, not the journal
    connect(m_resubmitter, &Resubmitter::itemChanged, this, [this](qint64 id, State state, const QString &reason) {
        const int row = m_rowOfItem.value(id, -1);
        if (state == State::Sending) {
            m_tokenWait->setVisible(false); // a token was had: sending again
            const QStringList ids = m_journal->attemptMessageIds(id); // the attempt starting now is the last
            if (QTableWidgetItem *cell = m_table->item(row, MessageIdColumn); cell && !ids.isEmpty())
                cell->setText(ids.constLast());
        }
        if (QTableWidgetItem *cell = m_table->item(row, StateColumn))
            cell->setText(reason.isEmpty() ? ResubmissionJournal::stateName(state)
                                           : ResubmissionJournal::stateName(state) + u": "_s + reason);
    });
    connect(m_resubmitter, &Resubmitter::waitingForToken, this, [this](const QString &reason, int retryInMs) {
        m_tokenWait->setText(tr("Waiting for a token: %1. Nothing is sent for %2 s, and no document is charged for it.")
                                 .arg(reason)
                                 .arg((retryInMs + 999) / 1000));
        m_tokenWait->setVisible(true);
    });
    connect(m_resubmitter, &Resubmitter::finished, this, [this, then](bool, const QString &summary) {
        m_tokenWait->setVisible(false);
        m_pause->setEnabled(false);
        Q_EMIT journalChanged();
        // After this signal: the resubmitter may be deleted by `then`.
        QMetaObject::invokeMethod(this, [then, summary] { then(summary); }, Qt::QueuedConnection);
    });
    m_resubmitter->run(batchId);
}

void ResubmitDialog::showCounts(const QHash<State, int> &counts)
{
    const int done = counts.value(State::Accepted) + counts.value(State::Failed) + counts.value(State::Skipped);
    m_progress->setValue(done);
    m_summary->setText(tr("%1 accepted, %2 failed, %3 retrying, %4 waiting")
                           .arg(counts.value(State::Accepted))
                           .arg(counts.value(State::Failed))
                           .arg(counts.value(State::Retrying) + counts.value(State::Unknown))
                           .arg(counts.value(State::Pending) + counts.value(State::Sending)));
}
