// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment/replicationenvironment.h"

#include <QDialog>

class EnvironmentProvisioner;
class EnvironmentRegistry;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

// "Provision": a new replication environment with a name, ERP and hosting region, with
// progress, cancel, and a failure message that stays on screen.
class ProvisionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProvisionDialog(EnvironmentRegistry *registry, QWidget *parent = nullptr);
    ReplicationEnvironment environment() const { return m_result; }

private:
    void provision();
    void setBusy(bool busy);

    EnvironmentProvisioner *m_provisioner;
    QLineEdit *m_name;
    QComboBox *m_erp;
    QComboBox *m_region;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    ReplicationEnvironment m_result;
};
