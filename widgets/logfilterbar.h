// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

// The log view's filter bar: period (presets, or an hour picked on the timeline), direction,
// outcome, document type, logical id (from or to), free text. It builds the message-log
// filter, and saves and restores itself as JSON for saved searches.
class LogFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit LogFilterBar(QWidget *parent = nullptr);

    QString filterText() const; // the message-log grammar
    QString freeText() const;
    QJsonObject state() const;
    void setState(const QJsonObject &state);
    void setDocumentTypes(const QStringList &types);
    bool hasDocumentTypes() const;
    // Shows only the hour that starts at `startUtc` (from the timeline).
    void narrowToHour(const QDateTime &startUtc);
    QComboBox *outcomeFilter() const { return m_outcome; }

Q_SIGNALS:
    void changed(); // after the person stops typing or picking

private:
    void setRange(const QDateTime &fromUtc, const QDateTime &toUtc);

    QComboBox *m_period;
    QComboBox *m_direction;
    QComboBox *m_outcome;
    QComboBox *m_documentType;
    QLineEdit *m_logicalId;
    QLineEdit *m_text;
    QDateTime m_rangeFrom; // the picked range, when the period says "range"
    QDateTime m_rangeTo;
    QTimer m_debounce;
};
