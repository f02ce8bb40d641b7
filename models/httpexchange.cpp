// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpexchange.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <memory>

void HttpExchange::send(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
                        const QByteArray &body, int timeoutMs, QObject *context, Callback callback)
{
    struct State
    {
        QElapsedTimer clock;
        QList<QSslError> sslErrors;
        bool timedOut = false;
    };
    auto state = std::make_shared<State>();
    state->clock.start();
    QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [state](const QList<QSslError> &errors) { state->sslErrors = errors; });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [state, reply] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(timeoutMs);
    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [state, reply, guard, callback] {
        reply->deleteLater();
        if (!guard)
            return;
        HttpOutcome outcome = HttpOutcome::fromReply(reply, state->sslErrors, state->timedOut);
        outcome.elapsedMs = state->clock.elapsed();
        callback(outcome);
    });
}
