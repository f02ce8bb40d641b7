// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class BodInspector;
class LogReplicator;
class MessageLogModel;
class MessageLogStore;
class OAuthSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class ResubmissionJournal;
class ResubmitDialog;

// Message-log triage: a filter bar (direction, outcome, document type, logical id, free text,
// date range), the replicated log as a table that loads as it scrolls, counts, Refresh (pull
// what is new, with progress and cancel), and the selected message's BOD in the inspector.
class LogViewPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewPage(QWidget *parent = nullptr);
    ~LogViewPage() override;

    void setConnection(const ConnectionProfile &profile, OAuthSession *session, const QString &databasePath);
    void refresh();
    QString filterText() const; // the message-log filter the bar builds
    MessageLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    BodInspector *inspector() const { return m_inspector; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    // Resubmits the selected messages (the inspector's edited payload for the one it shows).
    void resubmitSelection();
    void showHistory();
    ResubmissionJournal *journal() const { return m_journal.get(); }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void resubmitDialogOpened(ResubmitDialog *dialog);

private:
    void applyFilter();
    void openMessage(int row);
    void updateCounts();

    ConnectionProfile m_profile;
    QPointer<OAuthSession> m_session;
    std::unique_ptr<MessageLogStore> m_store;
    std::unique_ptr<ResubmissionJournal> m_journal;
    QString m_shownMessageId;
    MessageLogModel *m_model;
    LogReplicator *m_replicator = nullptr;
    QComboBox *m_direction;
    QComboBox *m_outcome;
    QComboBox *m_documentType;
    QComboBox *m_period;
    QLineEdit *m_logicalId;
    QLineEdit *m_text;
    QPushButton *m_refresh;
    QPushButton *m_resubmit;
    QPushButton *m_history;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QTableView *m_table;
    BodInspector *m_inspector;
    QTimer m_debounce;
};
