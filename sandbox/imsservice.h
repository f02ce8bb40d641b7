// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QObject>

// ION Messaging Service endpoints (DOMAIN.md section 6). `subPath` is what follows
// .../IONSERVICES/api/ion/messaging/service; the Gateway has already checked the token.
class MessageIntake;

class ImsService : public QObject
{
    Q_OBJECT
public:
    explicit ImsService(QObject *parent = nullptr);
    void setIntake(MessageIntake *intake) { m_intake = intake; }
    HttpResponse handle(const HttpRequest &request, const QString &subPath);
    void setActive(bool active) { m_active = active; }

private:
    MessageIntake *m_intake = nullptr;
    bool m_active = true;
};
