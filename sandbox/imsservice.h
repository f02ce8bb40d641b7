// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QObject>

#include <functional>

// ION Messaging Service endpoints (DOMAIN.md section 6). `subPath` is what follows
// .../IONSERVICES/api/ion/messaging/service; the Gateway has already checked the token.
class MessageIntake;

class ImsService : public QObject
{
    Q_OBJECT
public:
    explicit ImsService(QObject *parent = nullptr);
    void setIntake(MessageIntake *intake) { m_intake = intake; }
    using Answer = std::function<void(const HttpResponse &)>;
    // Answers at once, except a message sent to IMS: that is answered once it is checked.
    void handle(const HttpRequest &request, const QString &subPath, const Answer &answer);
    void setActive(bool active) { m_active = active; }

private:
    HttpResponse answerAtOnce(const HttpRequest &request, const QString &subPath) const;

    MessageIntake *m_intake = nullptr;
    bool m_active = true;
};
