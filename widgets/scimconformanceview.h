// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scim/scimconformance.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// The conformance run on screen: each check with its verdict as it comes, and for the selected
// one the request, what was expected and what came.
class ScimConformanceView : public QWidget
{
    Q_OBJECT
public:
    explicit ScimConformanceView(QWidget *parent = nullptr);
    // `client` is set up by the caller (credentials, rate) before each run.
    void run(ScimClient *client);
    QTreeWidget *checks() const { return m_checks; }
    QLabel *summary() const { return m_summary; }
    QPushButton *runButton() const { return m_run; }

Q_SIGNALS:
    void runRequested();
    void finished(bool nothingFailed);

private:
    ScimConformance *m_conformance = nullptr;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeWidget *m_checks;
    QPlainTextEdit *m_details;
};
