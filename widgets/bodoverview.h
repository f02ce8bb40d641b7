// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod/bod.h"
#include "messagelog/logmessage.h"

#include <QTabWidget>

class QFormLayout;
class QListWidget;
class QTreeWidget;

// The inspector's side: a BOD's facts, its problems (each with its line), its structure and
// the message's events. Activating a problem or an element asks for its line.
class BodOverview : public QTabWidget
{
    Q_OBJECT
public:
    explicit BodOverview(QWidget *parent = nullptr);
    void showDocument(const BodDocument &document);
    void showEvents(const QList<LogEvent> &events);
    QListWidget *problemList() const { return m_problems; }

Q_SIGNALS:
    void lineActivated(int line); // from 1

private:
    QFormLayout *m_facts;
    QListWidget *m_problems;
    QTreeWidget *m_structure;
    QTreeWidget *m_events;
};
