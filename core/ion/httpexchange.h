// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ion/networkfailure.h"

#include <QNetworkRequest>

#include <functional>

class QNetworkAccessManager;

// Sends one request and hands back a typed outcome. The reply is owned here and freed;
// a timeout aborts it; TLS errors are collected, never ignored.
namespace HttpExchange {
using Callback = std::function<void(const HttpOutcome &)>;
// Whether Qt may send the request again on its own when a connection closes before the
// answer: fine for reads, never for a message that ION would deliver twice.
enum class Resend { Allowed, Never };
// `context` ends the exchange silently when it is destroyed first.
void send(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
          const QByteArray &body, int timeoutMs, QObject *context, Callback callback,
          Resend resend = Resend::Allowed);
}
