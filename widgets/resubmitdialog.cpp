// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmitdialog.h"

#include "imsmessage.h"
#include "messagelookup.h"
#include "oauthsession.h"
#include "resubmitter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;

namespace {
enum Column { DocumentColumn, DocumentIdColumn, FromColumn, ToColumn, MessageIdColumn, GuardColumn, StateColumn, ColumnCount };
}

ResubmitDialog::ResubmitDialog(const QList<Candidate> &candidates, ResubmissionJournal *journal, OAuthSession *session,
                               const QUrl &serviceUrl, const QString &fromLogicalId, QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
    , m_journal(journal)
    , m_session(session)
    , m_serviceUrl(serviceUrl)
    , m_from(fromLogicalId)
    , m_lookup(new MessageLookup(session, serviceUrl, this))
    , m_table(new QTableWidget(int(candidates.size()), ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_tokenWait(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Resubmit %n Message(s)", nullptr, int(candidates.size())));
    m_table->setObjectName(u"resubmitPreview"_s);
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("Document ID"), tr("From"), tr("To"), tr("New message ID"),
                                        tr("Duplicate check"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < candidates.size(); ++row) {
        const LogMessage &m = candidates[row].message;
        m_table->setItem(row, DocumentColumn, new QTableWidgetItem(m.documentType));
        m_table->setItem(row, DocumentIdColumn, new QTableWidgetItem(m.documentId));
        m_table->setItem(row, FromColumn, new QTableWidgetItem(fromLogicalId));
        m_table->setItem(row, ToColumn, new QTableWidgetItem(u"lid://default"_s));
        // The id the first attempt will carry; a retry gets a new one, shown as it starts.
        auto *id = new QTableWidgetItem(ImsMessage::newMessageId());
        id->setToolTip(tr("The message id the first attempt is sent with; every retry gets a new one."));
        m_table->setItem(row, MessageIdColumn, id);
        auto *guard = new QTableWidgetItem(tr("checking…"));
        guard->setFlags(guard->flags() | Qt::ItemIsUserCheckable);
        guard->setCheckState(Qt::Checked); // checked: send
        m_table->setItem(row, GuardColumn, guard);
        m_table->setItem(row, StateColumn, new QTableWidgetItem(tr("not sent")));
    }
    m_table->resizeColumnsToContents();
    m_progress->setRange(0, int(candidates.size()));
    m_progress->setVisible(false);
    m_pause->setEnabled(false);
    m_send->setDefault(true);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"resubmitSummary"_s);
    m_summary->setText(tr("Every item is written to the journal before it is sent; nothing is sent twice by accident."));

    m_tokenWait->setObjectName(u"resubmitTokenWait"_s);
    m_tokenWait->setWordWrap(true);
    m_tokenWait->setTextFormat(Qt::PlainText);
    m_tokenWait->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_tokenWait);
    layout->addLayout(buttons);
    resize(900, 420);

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
    checkDuplicates();
}

ResubmitDialog::~ResubmitDialog() = default;

void ResubmitDialog::checkDuplicates()
{
    // The journal (earlier resubmissions) and the message log (later deliveries) are asked
    // about every DocumentID; a hit unchecks the item, and the person may check it again.
    for (int row = 0; row < m_candidates.size(); ++row) {
        const LogMessage &m = m_candidates[row].message;
        QTableWidgetItem *guard = m_table->item(row, GuardColumn);
        const auto earlier = m_journal->acceptedFor(m.documentType, m.documentId);
        if (!earlier.isEmpty()) {
            guard->setText(tr("already resubmitted and accepted on %1; skipped unless checked")
                               .arg(earlier.first().updated.toLocalTime().toString(Qt::ISODate)));
            guard->setCheckState(Qt::Unchecked);
            continue;
        }
        QPointer<ResubmitDialog> self(this);
        m_lookup->findDocument(m.documentType, m.documentId, [self, row, m](const HttpOutcome &o, const QList<LogMessage> &found) {
            if (!self)
                return;
            QTableWidgetItem *guard = self->m_table->item(row, GuardColumn);
            if (!o.ok()) {
                guard->setText(tr("could not be checked: %1").arg(o.describe()));
                return;
            }
            for (const LogMessage &later : found) {
                if (later.messageId != m.messageId && later.messageDate > m.messageDate && later.exceptionType.isEmpty()) {
                    guard->setText(tr("delivered since, on %1 (message %2); skipped unless checked")
                                       .arg(later.messageDate.toLocalTime().toString(Qt::ISODate), later.messageId));
                    guard->setCheckState(Qt::Unchecked);
                    return;
                }
            }
            guard->setText(tr("no later delivery found"));
        });
    }
}

void ResubmitDialog::send()
{
    QList<ResubmissionJournal::Item> items;
    QList<int> rows;
    for (int row = 0; row < m_candidates.size(); ++row) {
        if (m_table->item(row, GuardColumn)->checkState() != Qt::Checked)
            continue;
        const Candidate &c = m_candidates[row];
        ResubmissionJournal::Item item;
        item.sourceMessageId = c.message.messageId;
        item.documentName = c.message.documentType;
        item.documentId = c.message.documentId;
        item.fromLogicalId = m_from;
        item.payload = c.payload;
        item.nextMessageId = m_table->item(row, MessageIdColumn)->text();
        items << item;
        rows << row;
    }
    if (items.isEmpty()) {
        m_summary->setText(tr("Nothing is checked to send."));
        return;
    }
    QString error;
    const auto batch = m_journal->addBatch(tr("%n message(s) from the log", nullptr, int(items.size())), items, &error);
    if (!batch) {
        m_summary->setText(tr("The journal could not record the batch: %1").arg(error));
        return;
    }
    m_batchId = *batch;
    const auto journalled = m_journal->items(m_batchId);
    for (int i = 0; i < journalled.size(); ++i)
        m_rowOfItem.insert(journalled[i].id, rows[i]);
    Q_EMIT journalChanged();
    m_send->setEnabled(false);
    m_pause->setEnabled(true);
    m_progress->setRange(0, int(items.size()));
    m_progress->setVisible(true);
    m_resubmitter = new Resubmitter(m_session, m_journal, m_serviceUrl, this);
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
        showCounts(m_journal->counts(m_batchId));
    });
    connect(m_resubmitter, &Resubmitter::waitingForToken, this, [this](const QString &reason, int retryInMs) {
        m_tokenWait->setText(tr("Waiting for a token: %1. Nothing is sent for %2 s, and no document is charged for it.")
                                 .arg(reason)
                                 .arg((retryInMs + 999) / 1000));
        m_tokenWait->setVisible(true);
    });
    connect(m_resubmitter, &Resubmitter::finished, this, [this](bool, const QString &summary) {
        m_finished = true;
        m_tokenWait->setVisible(false);
        m_pause->setEnabled(false);
        m_cancel->setText(tr("Close"));
        m_summary->setText(summary);
        Q_EMIT journalChanged();
    });
    m_resubmitter->run(m_batchId);
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
