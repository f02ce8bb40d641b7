// SPDX-License-Identifier: GPL-3.0-or-later
#include "ion/httpexchange.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace {
// A body Qt can read once and never rewind: with DoNotBufferUploadDataAttribute it has nothing
// to send again, so a connection that closes mid-exchange is reported instead of silently
// repeated.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
} // namespace

void HttpExchange::send(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
                        const QByteArray &body, int timeoutMs, QObject *context, Callback callback, Resend resend)
{
    struct State
    {
        QElapsedTimer clock;
        QList<QSslError> sslErrors;
        bool timedOut = false;
    };
    auto state = std::make_shared<State>();
    state->clock.start();
    QNetworkReply *reply = nullptr;
    if (resend == Resend::Never) {
        QNetworkRequest once = request;
        once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        once.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *device = new OneShotBody(body, nullptr);
        reply = network->sendCustomRequest(once, verb, device);
        device->setParent(reply);
    } else {
        reply = network->sendCustomRequest(request, verb, body);
    }
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
