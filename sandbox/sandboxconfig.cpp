// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

void SandboxConfig::fillMissingCredentials()
{
    auto random = [] { return QUuid::createUuid().toString(QUuid::Id128); };
    if (clientId.isEmpty())
        clientId = tenant + u"~"_s + random().left(20);
    if (clientSecret.isEmpty())
        clientSecret = random() + random().left(22);
    if (accessKey.isEmpty())
        accessKey = tenant + u"#"_s + random();
    if (secretKey.isEmpty())
        secretKey = random() + random().left(24);
    if (scimUser.isEmpty())
        scimUser = tenant + u"#"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (controlSecret.isEmpty())
        controlSecret = random() + random();
    if (scimPassword.isEmpty())
        scimPassword = random().left(24);
}

bool SandboxConfig::writePrivateFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SandboxConfig::saveClientCredentials(const QString &path, QString *error) const
{
    const QJsonObject o {{u"clientId"_s, clientId}, {u"clientSecret"_s, clientSecret}, {u"accessKey"_s, accessKey},
                         {u"secretKey"_s, secretKey}};
    return writePrivateFile(path, QJsonDocument(o).toJson(), error);
}

bool SandboxConfig::loadClientCredentials(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList values {o.value(u"clientId"_s).toString(), o.value(u"clientSecret"_s).toString(),
                              o.value(u"accessKey"_s).toString(), o.value(u"secretKey"_s).toString()};
    if (values.contains(QString()))
        return false;
    clientId = values[0];
    clientSecret = values[1];
    accessKey = values[2];
    secretKey = values[3];
    return true;
}
