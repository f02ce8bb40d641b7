// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"
#include "resubmission/resubmissionjournal.h"
#include "workspace/connectionworkspace.h"

#include "routing/tenantrouting.h"

#include <QDialog>

#include <optional>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class ResubmissionPlan;
class Resubmitter;

// Resubmission of one message or thousands: a preview of what will be sent (document, from
// and to, business key, the message id of the first attempt) with the duplicate guard's
// verdict per item, then sending with counts, pause, resume and cancel. What it sends comes
// from a ResubmissionPlan, the same the command line uses; everything goes through the journal
// first. An earlier unfinished batch is finished before a new one starts.
class ResubmitDialog : public QDialog
{
    Q_OBJECT
public:
    // The preview's columns: the verdict and the state first after the document, what a person
    // reads before Send.
    enum Column { DocumentColumn, DocumentIdColumn, GuardColumn, StateColumn, FromColumn, ToColumn, MessageIdColumn,
                  ColumnCount };

    // `plan` prepared or being prepared, over `workspace`'s journal and log (the workspace
    // outlives the dialog: it is window-modal, and the window owns the workspace).
    ResubmitDialog(std::unique_ptr<ResubmissionPlan> plan, ConnectionWorkspace *workspace, const QString &fromLogicalId,
                   QWidget *parent = nullptr);
    ~ResubmitDialog() override;

    QTableWidget *preview() const { return m_table; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *finishEarlierButton() const { return m_finishEarlier; }
    QString batchId() const { return m_batchId; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void journalChanged();

private:
    void showVerdict(int row);
    void showRoute(int row); // from the connection's routing model, once the BOD is at hand
    void updateSendable();
    void finishEarlierBatches();
    void send();
    void run(const QString &batchId, std::function<void(const QString &summary)> then);
    void showCounts(const QHash<ResubmissionJournal::State, int> &counts);

    ResubmissionPlan *m_plan;
    QPointer<ConnectionWorkspace> m_workspace;
    ResubmissionJournal *m_journal;
    QString m_from;
    std::optional<TenantRouting> m_routing; // the connection's, when one is kept
    Resubmitter *m_resubmitter = nullptr;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_tokenWait; // shown while no token can be had; other updates leave it alone
    QProgressBar *m_progress;
    QPushButton *m_finishEarlier;
    QPushButton *m_send;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QString m_batchId;
    QHash<qint64, int> m_rowOfItem;
    bool m_finished = false;
};
