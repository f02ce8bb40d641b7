// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QWidget>

class FieldOrigin;
class IonApiFile;
class QLineEdit;
class SecretLineEdit;

// Connect: the six values that come from the .ionapi file, each with where it came from.
class ConnectTab : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectTab(QWidget *parent = nullptr);

    void fill(const IonApiFile &file, const QString &fileName);
    void setValues(const ConnectionProfile &profile);
    QUrl serviceUrl() const;
    QUrl tokenUrl() const;
    ConnectionSecrets secrets() const;
    // The client_credentials grant has no service account: its fields are hidden and a line
    // says why.
    void setGrantType(GrantType grant);
    // Shows every secret field, or hides them all when all are shown (Ctrl+Shift+R).
    void toggleSecrets();

Q_SIGNALS:
    void changed();
    void importRequested();

private:
    struct Field
    {
        QLineEdit *edit;
        FieldOrigin *origin;
        QLayout *row;
    };
    Field addField(class QFormLayout *form, const QString &label, QLineEdit *edit, const QString &objectName);

    Field m_serviceUrl;
    Field m_tokenUrl;
    Field m_username;
    Field m_password;
    Field m_clientId;
    Field m_clientSecret;
    class QFormLayout *m_form;
    class QLabel *m_grantNote;
};
