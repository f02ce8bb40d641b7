// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/flowfilter.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

// Type a document-flow filter and see, as you type, whether the BOD passes, and each
// condition's result on every repetition it found (the nodes it matched are highlighted by
// whoever shows the BOD: see linesMatched). A large BOD is tested on a worker thread.
class FilterTester : public QWidget
{
    Q_OBJECT
public:
    explicit FilterTester(QWidget *parent = nullptr);
    void setBod(const QByteArray &bod);
    void setFilter(const QString &text);
    QString filter() const;
    QLabel *verdict() const { return m_verdict; }
    QTreeWidget *results() const { return m_results; }
    static constexpr qsizetype BackgroundBytes = 1024 * 1024; // tested on a worker from this size on

Q_SIGNALS:
    void linesMatched(const QList<qint64> &lines);

private:
    void evaluate();
    void showResult(const FlowFilter &filter, const FlowFilter::Result &r);

    QLineEdit *m_condition;
    QLabel *m_verdict;
    QTreeWidget *m_results;
    QByteArray m_bod;
    QTimer m_debounce;
    int m_generation = 0; // a worker's answer for an older filter or BOD is dropped
};
