// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

// The short user guide shipped in the resources (:/guide, one page per tab, with the
// screenshots): F1 opens the page about what is on screen. One window, reused.
class UserGuide : public QDialog
{
    Q_OBJECT
public:
    // page: "connections", "connection-form", "message-log", "scim", "sandbox" or "index".
    static UserGuide *open(QWidget *parent, const QString &page);
    QTextBrowser *browser() const { return m_browser; }
    QString page() const;
    ~UserGuide() override;

private:
    explicit UserGuide(QWidget *parent);
    void showPage(const QString &page);

    QTextBrowser *m_browser;
};
