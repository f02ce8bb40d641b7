// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Azure AD's default attribute mapping for a SCIM application (what the Provisioning blade
// shows), and the SCIM user it would send for given Azure AD values. userPrincipalName ->
// userName is the matching attribute: Azure AD finds the user again by it.
namespace ScimMapping {
struct Row
{
    QString azureAttribute;  // "userPrincipalName"
    QString scimAttribute;   // "userName", "name.givenName", "emails[type eq \"work\"].value"
    bool matching = false;
    QString note;
};
QList<Row> azureAdDefaults();
// The SCIM User built from Azure AD values keyed by azureAttribute ("accountEnabled" is "true"/"false").
QJsonObject userFor(const QHash<QString, QString> &azureValues);
}
