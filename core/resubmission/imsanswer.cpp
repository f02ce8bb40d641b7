// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmission/imsanswer.h"

#include "ion/networkfailure.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Resubmitter", text);
}
} // namespace

ImsAnswer ImsAnswer::of(const HttpOutcome &o)
{
    using Kind = HttpOutcome::Kind;
    ImsAnswer a;
    if (o.tokenUnavailable) {
        a.meaning = Meaning::NoToken;
        a.reason = o.describe();
    } else if (o.ok()) {
        a.meaning = Meaning::Accepted;
        a.reason = tr("HTTP %1").arg(o.httpStatus);
    } else if (o.kind == Kind::HttpError && (o.httpStatus == 503 || o.httpStatus == 429 || o.httpStatus == 401)) {
        a.meaning = Meaning::SendAgain;
        a.reason = tr("HTTP %1").arg(o.httpStatus);
        bool ok = false;
        const int seconds = o.retryAfter.toInt(&ok);
        if (o.httpStatus == 429 && ok && seconds >= 0)
            a.retryAfterMs = seconds * 1000;
    } else if (o.kind == Kind::ConnectionRefused || o.kind == Kind::HostNotFound) {
        a.meaning = Meaning::SendAgain;
        a.reason = o.describe();
    } else if (o.kind == Kind::HttpError && o.httpStatus != 500 && o.httpStatus != 502 && o.httpStatus != 504) {
        a.meaning = Meaning::Refused;
        const QString message = QJsonDocument::fromJson(o.body).object().value(u"message"_s).toString();
        a.reason = message.isEmpty() ? tr("HTTP %1").arg(o.httpStatus) : tr("HTTP %1: %2").arg(o.httpStatus).arg(message);
    } else {
        a.meaning = Meaning::AskTheLog;
        a.reason = o.describe();
    }
    return a;
}
