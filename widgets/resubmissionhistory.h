// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;
class ResubmissionJournal;

// Past resubmissions from the journal: each batch with its counts, and its items on demand.
class ResubmissionHistory : public QDialog
{
    Q_OBJECT
public:
    explicit ResubmissionHistory(ResubmissionJournal *journal, QWidget *parent = nullptr);
    void reload();
    QTableWidget *batches() const { return m_batches; }

private:
    void showItems(int row);

    ResubmissionJournal *m_journal;
    QTableWidget *m_batches;
    QTableWidget *m_items;
    QLabel *m_empty; // instead of two empty tables
};
