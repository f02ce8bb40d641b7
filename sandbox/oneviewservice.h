// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QObject>

class MessageLogStore;

// The message-log API (DOMAIN.md section 7, unverified wire format): search with the filter
// grammar and paging, payload, events and facets. `subPath` follows .../IONSERVICES/oneviewapi.
class OneViewService : public QObject
{
    Q_OBJECT
public:
    explicit OneViewService(MessageLogStore *store, QObject *parent = nullptr);
    HttpResponse handle(const HttpRequest &request, const QString &subPath);

    static constexpr int MaxRecords = 10000;

private:
    HttpResponse search(const HttpRequest &request);
    HttpResponse facets(const HttpRequest &request);

    MessageLogStore *m_store;
};
