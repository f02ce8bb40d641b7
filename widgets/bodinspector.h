// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod.h"
#include "logmessage.h"

#include <QTimer>
#include <QWidget>

class CodeView;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;

// The BOD inspector: the XML pretty-printed and highlighted with line numbers and find; the
// structure, the facts, the problems (each with its line) and the message's events beside it.
// Edit mode re-validates as you type; Ctrl+Z undoes; "Changes" shows what differs from the
// original.
class BodInspector : public QWidget
{
    Q_OBJECT
public:
    explicit BodInspector(QWidget *parent = nullptr);

    void setDocument(const QByteArray &payload, const QList<LogEvent> &events = {});
    QByteArray currentPayload() const;
    bool isModified() const;
    const BodDocument &parsed() const { return m_parsed; }
    CodeView *view() const { return m_view; }
    QListWidget *problemList() const { return m_problems; }
    void setEditable(bool editable);
    QString changes() const; // a line diff against the original, "" when unchanged

Q_SIGNALS:
    void validated(const BodDocument &document);

private:
    void validate();
    void showFacts();
    void findNext();

    CodeView *m_view;
    QLineEdit *m_find;
    QPushButton *m_edit;
    QPushButton *m_changes;
    QTabWidget *m_side;
    QTreeWidget *m_structure;
    QFormLayout *m_facts;
    QListWidget *m_problems;
    QTreeWidget *m_events;
    QLabel *m_status;
    QTimer m_revalidate;
    QByteArray m_original;
    BodDocument m_parsed;
};
