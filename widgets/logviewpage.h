// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/connectionworkspace.h"

#include <QPointer>
#include <QTimer>
#include <functional>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class BodInspector;
class ColumnChooser;
class FlowDiagnosisLauncher;
class LogFilterBar;
class LogTimelineView;
class SavedSearches;
class MessageLogModel;
class MessageLogStore;
namespace LogExport {
struct Entry;
}
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class TeamActivity;
class QPushButton;
class QTableView;
class ResubmissionJournal;
class ResubmitDialog;

// Message-log triage: a filter bar (direction, outcome, document type, logical id, free text,
// date range) with saved searches, a timeline of messages and errors per hour that narrows the
// search when clicked, the replicated log as a sortable table that loads as it scrolls (columns
// chosen from its header), counts, Refresh (pull what is new, with progress and cancel), export
// and import of a selection, and the selected message's BOD in the inspector.
class LogViewPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewPage(QWidget *parent = nullptr);
    ~LogViewPage() override;

    // The connection whose log is shown (owned by the window; null: none).
    void setWorkspace(ConnectionWorkspace *workspace);
    ConnectionWorkspace *workspace() const { return m_workspace; }
    void refresh();
    QString filterText() const; // the message-log filter the bar builds
    MessageLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    BodInspector *inspector() const { return m_inspector; }
    QComboBox *outcomeFilter() const;
    LogFilterBar *filterBar() const { return m_filters; }
    LogTimelineView *timeline() const { return m_timeline; }
    SavedSearches *savedSearches() const { return m_searches; }
    ColumnChooser *columnChooser() const { return m_columns; }
    FlowDiagnosisLauncher *diagnosis() const { return m_diagnosis; }
    // "Why did it not arrive?" for the message the inspector shows.
    void diagnoseCurrent();
    // Export: CSV keeps what the table shows; JSON also keeps payloads and events.
    enum class ExportFormat { Csv, Json };
    void exportSelection(ExportFormat format, const QString &path);
    bool importFile(const QString &path, QString *error);
    // Resubmits the selected messages (the inspector's edited payload for the one it shows).
    void resubmitSelection();
    void showHistory();
    ResubmissionJournal *journal() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    void resubmitDialogOpened(ResubmitDialog *dialog);

private:
    void sizeColumns();
    void applyFilter();
    void openMessage(int row);
    bool mayDropEdits(); // asks when the inspector holds edits that were not resubmitted
    void updateSummaries(); // counts per status and the timeline, off the GUI thread
    void showCounts(const std::optional<QHash<QString, qint64>> &outcomes);
    QList<int> selectedRows() const;
    // Calls `done` with the rows' messages and payloads (cached ones, then fetched ones).
    // The selected rows as entries; the one in the inspector carries what it would send.
    QList<LogExport::Entry> entriesFor(const QList<int> &rows) const;
    void withPayloads(const QList<int> &rows, std::function<void(const QList<LogExport::Entry> &)> done);
    void askExport(ExportFormat format);
    void askImport();

    MessageLogStore *store() const;

    QPointer<ConnectionWorkspace> m_workspace;
    std::shared_ptr<std::atomic<int>> m_summaryGeneration = std::make_shared<std::atomic<int>>(0);
    QString m_shownMessageId;
    QByteArray m_journalledEdit; // the inspector's edited bytes, once a batch journalled them
    MessageLogModel *m_model;
    LogFilterBar *m_filters;
    LogTimelineView *m_timeline;
    SavedSearches *m_searches;
    ColumnChooser *m_columns = nullptr;
    QPushButton *m_refresh;
    QPushButton *m_resubmit;
    QPushButton *m_history;
    QPushButton *m_why;
    FlowDiagnosisLauncher *m_diagnosis;
    QProgressBar *m_progress;
    TeamActivity *m_team;      // who replicated it last; word of teammates' changes
    QLabel *m_counts;
    QLabel *m_notice;          // a refresh that failed, until the next one
    bool m_cancelling = false; // the person stopped the refresh: no failure to report
    QTableView *m_table;
    BodInspector *m_inspector;
    int m_lastSortColumn = 1; // MessageLogModel::DateColumn
    Qt::SortOrder m_lastSortOrder = Qt::DescendingOrder;
};
