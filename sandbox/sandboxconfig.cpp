// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxconfig.h"

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
