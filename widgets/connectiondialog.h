// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ConnectionForm;
class ConnectionStore;

// The connection form in a window of its own; remembers its size.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(ConnectionStore *store, QWidget *parent = nullptr);
    ~ConnectionDialog() override;
    ConnectionForm *form() const { return m_form; }
    QString savedId() const { return m_savedId; }

private:
    ConnectionForm *m_form;
    QString m_savedId;
};
