// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/flowdiagnosis.h"

#include <QDialog>

class CodeView;
class FilterTester;
class QLabel;
class QLineEdit;
class QTreeWidget;

// "Why did it not arrive?": the checklist for one BOD and route against the tenant's routing
// model, the BOD beside it with the nodes a filter matched highlighted, and a filter tester on
// the same BOD.
class FlowDiagnosisDialog : public QDialog
{
    Q_OBJECT
public:
    FlowDiagnosisDialog(const TenantRouting &routing, const QByteArray &bod, const QString &from, const QString &to,
                        QWidget *parent = nullptr);

    void setRouting(const TenantRouting &routing);
    void setAcceptedDocuments(const QStringList &documents); // IMS's answer for the sender
    void setLoggedSize(qint64 bytes); // what the log says the message weighed (its BOD may be cut)
    const FlowDiagnosis &diagnosis() const { return m_diagnosis; }
    QTreeWidget *checklist() const { return m_checklist; }
    FilterTester *tester() const { return m_tester; }
    CodeView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QList<int> highlightedLines() const;

Q_SIGNALS:
    void editRoutingRequested();

private:
    void rerun();
    void highlight(const QList<qint64> &lines);

    TenantRouting m_routing;
    QByteArray m_bod;
    std::optional<QStringList> m_accepted;
    qint64 m_loggedSize = -1;
    FlowDiagnosis m_diagnosis;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLabel *m_summary;
    QTreeWidget *m_checklist;
    FilterTester *m_tester;
    CodeView *m_view;
    QString m_documentType;
    QList<qint64> m_lines; // highlighted, or to be once loaded
};
