// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment/regionservers.h"
#include "environment/replicationenvironment.h"

#include <QDialog>

class EnvironmentProvisioner;
class EnvironmentRegistry;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSpinBox;
class SecretStore;

// "Provision": a replication environment with a name, ERP and hosting region, embedded on this
// computer or on a team's PostgreSQL server (host, port, database, user, password, TLS; or
// joining the environment a teammate provisioned there), with progress, cancel, and a failure
// message that stays on screen and says what to do.
class ProvisionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProvisionDialog(EnvironmentRegistry *registry, QWidget *parent = nullptr);
    ReplicationEnvironment environment() const { return m_result; }
    // Where a server password is kept once provisioning succeeded (none: this process only).
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    // The servers per region ([regions] in the settings file); the built-in list without them.
    void setRegionServers(const QList<RegionServer> &servers);

private:
    QGroupBox *buildServerBox();
    void provision();
    void setBusy(bool busy);
    void updateKind();
    void regionChosen();
    void succeeded(const ReplicationEnvironment &e);
    bool onServer() const;
    QString serverLocation() const;

    EnvironmentProvisioner *m_provisioner;
    SecretStore *m_secrets = nullptr;
    QList<RegionServer> m_regionServers;
    QLineEdit *m_name;
    QComboBox *m_erp;
    QComboBox *m_region;
    QButtonGroup *m_kind;
    QGroupBox *m_serverBox = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QCheckBox *m_join = nullptr;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    ReplicationEnvironment m_result;
};
