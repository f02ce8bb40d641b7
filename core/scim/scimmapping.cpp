// SPDX-License-Identifier: GPL-3.0-or-later
#include "scim/scimmapping.h"

#include "scim/scimclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QList<ScimMapping::Row> ScimMapping::azureAdDefaults()
{
    auto tr = [](const char *s) { return QCoreApplication::translate("ScimMapping", s); };
    return {
        {u"userPrincipalName"_s, u"userName"_s, true, tr("matching: should be the e-mail address (Infor's advice)")},
        {u"Switch([IsSoftDeleted], , \"False\", \"True\", \"True\", \"False\")"_s, u"active"_s, false,
         tr("a soft-deleted user is sent active=false")},
        {u"displayName"_s, u"displayName"_s, false, {}},
        {u"mail"_s, u"emails[type eq \"work\"].value"_s, false, {}},
        {u"givenName"_s, u"name.givenName"_s, false, {}},
        {u"surname"_s, u"name.familyName"_s, false, {}},
        {u"jobTitle"_s, u"title"_s, false, {}},
        {u"mailNickname"_s, u"externalId"_s, false, {}},
    };
}

QJsonObject ScimMapping::userFor(const QHash<QString, QString> &v)
{
    QJsonObject user {{u"schemas"_s, QJsonArray {ScimClient::userSchema()}}, {u"userName"_s, v.value(u"userPrincipalName"_s)},
                      {u"active"_s, v.value(u"accountEnabled"_s, u"true"_s) != u"false"_s}};
    auto put = [&user](const QString &key, const QString &value) {
        if (!value.isEmpty())
            user.insert(key, value);
    };
    put(u"displayName"_s, v.value(u"displayName"_s));
    put(u"title"_s, v.value(u"jobTitle"_s));
    put(u"externalId"_s, v.value(u"mailNickname"_s));
    QJsonObject name;
    if (!v.value(u"givenName"_s).isEmpty())
        name.insert(u"givenName"_s, v.value(u"givenName"_s));
    if (!v.value(u"surname"_s).isEmpty())
        name.insert(u"familyName"_s, v.value(u"surname"_s));
    if (!name.isEmpty())
        user.insert(u"name"_s, name);
    if (!v.value(u"mail"_s).isEmpty())
        user.insert(u"emails"_s, QJsonArray {QJsonObject {{u"value"_s, v.value(u"mail"_s)}, {u"type"_s, u"work"_s}, {u"primary"_s, true}}});
    return user;
}
