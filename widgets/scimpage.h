// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scim/scimclient.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class ScimBrowser;
class ScimConformanceView;
class ScimMappingView;
class SecretLineEdit;
class SecretStore;

// SCIM provisioning (DOMAIN.md section 11): Tenant URL, User Identifier and SCIM password, the
// bearer token they make (masked, with copy), Bearer or Basic; Test Connection (discovery),
// the conformance run, Users and Groups, and the Azure AD attribute mapping. The password is
// kept in the OS keychain, the rest in the settings.
class ScimPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScimPage(SecretStore *secrets, QWidget *parent = nullptr);
    void setCredentials(const ScimClient::Credentials &credentials); // e.g. the sandbox's
    ScimClient::Credentials credentials() const;
    void testConnection();
    void runConformance();
    void save();
    ScimConformanceView *conformance() const { return m_conformance; }
    ScimBrowser *browser() const { return m_browser; }
    ScimMappingView *mapping() const { return m_mapping; }
    QLabel *connectionStatus() const { return m_status; }
    SecretLineEdit *token() const { return m_token; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateToken();
    void configureClient();
    void load();

    SecretStore *m_secrets;
    ScimClient *m_client;
    QLineEdit *m_url;
    QLineEdit *m_user;
    SecretLineEdit *m_password;
    QComboBox *m_auth;
    QSpinBox *m_rate;
    SecretLineEdit *m_token;
    QLabel *m_status;
    QTabWidget *m_tabs;
    ScimConformanceView *m_conformance;
    ScimBrowser *m_browser;
    ScimMappingView *m_mapping;
};
