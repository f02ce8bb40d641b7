// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "routing/tenantrouting.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTableWidget;

// The tenant's routing model, edited in two tables (connection points; document flows with
// their filters), imported from and exported to JSON, or read from the sandbox. OK only when
// the model is consistent (every flow joins known connection points, every filter parses).
class RoutingEditor : public QDialog
{
    Q_OBJECT
public:
    // `readFromTenant`, when given, fetches the model (the sandbox's) and calls back with it.
    RoutingEditor(const TenantRouting &routing,
                  std::function<void(std::function<void(std::optional<TenantRouting>, QString)>)> readFromTenant,
                  QWidget *parent = nullptr);

    void setRouting(const TenantRouting &routing);
    // What the tables say, or why it is not a valid model.
    std::optional<TenantRouting> routing(QString *error) const;
    QTableWidget *points() const { return m_points; }
    QTableWidget *flows() const { return m_flows; }
    bool importFile(const QString &path, QString *error);
    bool exportFile(const QString &path, QString *error) const;

    void accept() override;

private:
    QTableWidget *m_points;
    QTableWidget *m_flows;
    QLabel *m_problem;
};
