// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logmessage.h"
#include "oauthsession.h"
#include "resubmissionjournal.h"

#include <QDialog>
#include <QPointer>

class MessageLookup;
class OAuthSession;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class Resubmitter;

// Resubmission of one message or thousands: a preview of what will be sent (document, from
// and to, DocumentID) with the duplicate guard's verdict per item (already resubmitted, or
// delivered since), then sending with counts, pause, resume and cancel. Everything goes
// through the journal first.
class ResubmitDialog : public QDialog
{
    Q_OBJECT
public:
    struct Candidate
    {
        LogMessage message;
        QByteArray payload; // possibly edited in the inspector
    };
    ResubmitDialog(const QList<Candidate> &candidates, ResubmissionJournal *journal, OAuthSession *session,
                   const QUrl &serviceUrl, const QString &fromLogicalId, QWidget *parent = nullptr);
    ~ResubmitDialog() override;

    QTableWidget *preview() const { return m_table; }
    QPushButton *sendButton() const { return m_send; }
    QString batchId() const { return m_batchId; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void journalChanged();

private:
    void checkDuplicates();
    void send();
    void showCounts(const QHash<ResubmissionJournal::State, int> &counts);

    QList<Candidate> m_candidates;
    ResubmissionJournal *m_journal;
    QPointer<OAuthSession> m_session;
    QUrl m_serviceUrl;
    QString m_from;
    MessageLookup *m_lookup;
    Resubmitter *m_resubmitter = nullptr;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_tokenWait; // shown while no token can be had; other updates leave it alone
    QProgressBar *m_progress;
    QPushButton *m_send;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QString m_batchId;
    QHash<qint64, int> m_rowOfItem;
    bool m_finished = false;
};
