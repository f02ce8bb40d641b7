// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EnvironmentRegistry;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class SecretStore;

// Basics: replication environment (preselected, Set ERP, Provision), name, description.
class BasicsTab : public QWidget
{
    Q_OBJECT
public:
    explicit BasicsTab(EnvironmentRegistry *registry, QWidget *parent = nullptr);

    QString environmentId() const;
    // Editing an existing connection: its environment is fixed.
    void setEnvironment(const QString &id, bool locked);
    QString connectionName() const;
    void setConnectionName(const QString &name);
    QString description() const;
    void setDescription(const QString &text);
    QLineEdit *nameEdit() const { return m_name; }
    // Where Provision keeps a team server's password.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

Q_SIGNALS:
    void changed();

private:
    void reloadEnvironments(const QString &select);
    void setErp();
    void provision();

    EnvironmentRegistry *m_registry;
    SecretStore *m_secrets = nullptr;
    QComboBox *m_environment;
    QLabel *m_hint; // what the environment rule means here, or what to do when none is free
    QPushButton *m_setErp;
    QPushButton *m_provision;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QString m_lockedId;
};
